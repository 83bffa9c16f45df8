// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace limber {

/// Before the first break: who should leave out what. Osteoporosis or osteopenia and
/// the exercises that press on the spine (with a check box for them), a recent injury,
/// surgery or pain, and that Limber is not medical advice; then Start the break (the
/// default button) or Not now, and a way to the Exercises window.
///
/// Holds no setting itself: the break window reads and writes them.
class BreakSafetyPage : public QWidget
{
    Q_OBJECT
public:
    explicit BreakSafetyPage(QWidget *parent = nullptr);

    QCheckBox *spineBox() const { return m_spine; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *notNowButton() const { return m_notNow; }
    /// Everything the page says, line by line (for tests and the accessible description).
    QString text() const;

signals:
    void spinePressureAvoided(bool avoided);
    void startRequested();
    void notNowRequested();
    void exercisesRequested();

private:
    QLabel *m_title;
    QLabel *m_intro;
    QCheckBox *m_spine;
    QPushButton *m_start;
    QPushButton *m_notNow;
    QList<QLabel *> m_points; ///< each point's heading, then its text
};

} // namespace limber

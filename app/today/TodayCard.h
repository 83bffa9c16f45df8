// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QProgressBar>

class QLabel;
class QVBoxLayout;

namespace limber {

/// A thin bar of today's breaks against the goal, drawn in the palette's colours (the
/// track shows on a dark palette too); a progress bar to a screen reader.
class GoalBar : public QProgressBar
{
    Q_OBJECT
public:
    explicit GoalBar(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
};

/// A card of the Today window: a small caption over a large value ("Next break",
/// "in 13 min"), on the palette's base colour; a screen reader hears "Next break: in
/// 13 min".
class TodayCard : public QFrame
{
    Q_OBJECT
public:
    /// `wrap`: a long value ("In a meeting until 14:30") wraps onto a second line.
    explicit TodayCard(QWidget *parent = nullptr, bool wrap = false);

    void setLine(const QString &caption, const QString &value);
    /// Adds `widget` under the value (the daily goal's progress bar).
    void addBelow(QWidget *widget);

    QString caption() const;
    QString value() const;

private:
    QLabel *m_caption;
    QLabel *m_value;
    QVBoxLayout *m_layout;
};

} // namespace limber

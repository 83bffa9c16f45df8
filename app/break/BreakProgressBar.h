// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QList>
#include <QProgressBar>

namespace limber {

/// The whole break's progress: one segment per exercise, as long as its share of the
/// break; the ones behind are full, the current one fills as its time runs. A
/// QProgressBar underneath (value = seconds into the break), so a screen reader knows
/// it as a progress bar; its text and description say the time left.
class BreakProgressBar : public QProgressBar
{
    Q_OBJECT
public:
    explicit BreakProgressBar(QWidget *parent = nullptr);

    /// Planned seconds of each exercise, in order.
    void setSegments(const QList<int> &seconds);
    /// Exercise `current` is on with `leftInCurrent` to go.
    void setPosition(qsizetype current, Millis leftInCurrent);
    /// Time until the break ends when nobody skips or pauses.
    Millis timeLeft() const;
    QString text() const override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_segments;
    qsizetype m_current = 0;
    Millis m_leftInCurrent{0};
};

} // namespace limber

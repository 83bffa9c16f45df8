// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QWidget>

namespace limber {

/// The exercise's countdown: a ring that empties as time passes, the time left in
/// its middle and "left" or "paused" below it. Drawn from the palette (the arc in
/// the highlight colour), sized from the font so it scales with it. A screen reader
/// reads it as a label: "Time left in this exercise: 24 seconds".
class CountdownRing : public QWidget
{
    Q_OBJECT
public:
    explicit CountdownRing(QWidget *parent = nullptr);

    void setTime(Millis left, Millis total);
    void setPaused(bool paused);
    /// What the ring shows in its middle, e.g. "0:24".
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleName();

    QString m_text;
    double m_fraction = 1.0; ///< share of the exercise still to go
    Millis m_left{0};
    bool m_paused = false;
};

} // namespace limber

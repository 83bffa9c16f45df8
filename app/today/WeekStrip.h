// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/TrayMenuModel.h"

#include <QLabel>
#include <QList>
#include <QWidget>

namespace limber {

/// One day of the week strip: its short name, a drawn mark and the word for the mark
/// ("done", "partly", "missed", "today", "ahead", "rest day"). A label to a screen
/// reader, named "Monday: done".
class WeekDayCell : public QLabel
{
    Q_OBJECT
public:
    explicit WeekDayCell(QWidget *parent = nullptr);

    /// `isToday`: drawn on a tinted tile.
    void setMark(const WeekMark &mark, bool isToday);
    const WeekMark &mark() const { return m_mark; }
    bool isToday() const { return m_isToday; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    WeekMark m_mark;
    bool m_isToday = false;
};

/// This week day by day, in the order given (the locale's week, from
/// StatsReport::week through TrayMenuModel::weekMarks).
class WeekStrip : public QWidget
{
    Q_OBJECT
public:
    explicit WeekStrip(QWidget *parent = nullptr);

    void setMarks(const QList<WeekMark> &marks, const QDate &today);
    const QList<WeekDayCell *> &cells() const { return m_cells; }

private:
    QList<WeekDayCell *> m_cells;
};

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryOverview.h"

#include <QWidget>

namespace limber {

/// The last weeks as a calendar: one row per week (oldest at the top), one cell per day
/// in the locale's week order, filled by completed breaks against the daily goal, with
/// the week's total at the end of the row and today ringed. Drawn with QPainter in the
/// palette's colours, so it follows light and dark themes; the accessible description
/// carries the same facts in words.
class HistoryChart : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryChart(QWidget *parent = nullptr);

    void setOverview(const HistoryOverview &overview);
    /// The chart in sentences, for screen readers.
    static QString summary(const HistoryOverview &overview);
    /// "Tue 3 Mar: 4 of 4 breaks, goal reached" (the tooltip of a cell).
    static QString dayText(const WeekDay &day, int goal);

    /// Where the cell of `day` (0–6) in `week` (0 = oldest) is drawn.
    QRect cellRect(int week, int day) const;
    /// Paints one day cell; the legend uses it for its swatches.
    static void paintCell(QPainter &painter, const QRectF &rect, const WeekDay &day, int goal,
                          const QPalette &palette, bool withNumber);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int cellSize() const;
    int gap() const;
    int labelWidth() const;
    int headerHeight() const;
    int totalWidth() const;
    QString weekLabel(const QDate &start) const;

    HistoryOverview m_overview;
};

} // namespace limber

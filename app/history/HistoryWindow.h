// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryOverview.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QStackedWidget;

namespace limber {

class ExerciseCatalogue;
class HistoryChart;

/// The history: the streaks and totals at the top, the last eight weeks as a calendar,
/// the exercises done most often and, with sync, which computer the breaks were done on. A view
/// only: the daemon reads the history when the window opens (or is raised) and hands it an
/// overview; nothing here polls.
class HistoryWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryWindow(const ExerciseCatalogue &catalogue, QWidget *parent = nullptr);

    void setOverview(const HistoryOverview &overview);
    /// Shown instead of the history when it cannot be read.
    void setUnavailable(const QString &reason);

    HistoryChart *chart() const { return m_chart; }

private:
    QWidget *buildCards();
    QWidget *buildLegend();
    void fillTopExercises(const HistoryOverview &overview);
    void fillDevices(const HistoryOverview &overview);
    void setCard(int index, const QString &value, const QString &caption);

    const ExerciseCatalogue &m_catalogue;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_range = nullptr;
    QList<QLabel *> m_cardValues;
    QList<QLabel *> m_cardCaptions;
    HistoryChart *m_chart = nullptr;
    QLabel *m_goalLine = nullptr;
    QGridLayout *m_top = nullptr;
    QWidget *m_devices = nullptr; ///< "On your computers", shown once another one syncs
    QGridLayout *m_deviceRows = nullptr;
    QLabel *m_unavailable = nullptr;
};

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/tray/TrayIcon.h"

#include "app/common/DayMark.h"
#include "app/tray/SpokenAction.h"
#include "core/TrayMenuModel.h"

#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace limber {

TrayIcon::TrayIcon(bool statusNotifierHost, QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    // Qt chooses the tray protocol once, when the first icon is made: the D-Bus
    // StatusNotifierItem when a watcher owns its name, XEmbed otherwise.
    , m_backend(statusNotifierHost ? u"sni"_s : u"xembed"_s)
{
    SpokenAction::installAccessibility();
    buildMenu();
    m_tray->setContextMenu(m_menu);
    m_tray->setIcon(drawTrayIcon(TrayLook::Progress, 0));
    m_tray->setToolTip(u"Limber"_s);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        // A left click opens the Today window, as on most trays; the menu stays on the
        // right click (the tray host opens the context menu itself).
        if (r == QSystemTrayIcon::Trigger)
            emit todayRequested();
    });
    // With XEmbed Qt docks the icon as soon as a tray host appears, also a late one.
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

QMenu *TrayIcon::addChoices(const QString &title, const QList<int> &minutes,
                            void (TrayIcon::*signal)(int))
{
    QMenu *menu = m_menu->addMenu(title);
    for (int m : minutes)
        connect(menu->addAction(TrayMenuModel::durationLabel(m)), &QAction::triggered, this,
                [this, signal, m] { emit(this->*signal)(m); });
    return menu;
}

SpokenAction *TrayIcon::addInfoLine()
{
    // Enabled, so that the keyboard (and with it a screen reader) reaches the line; a
    // click opens the history, where the numbers come from.
    auto *action = new SpokenAction(m_menu);
    action->setVisible(false); // until the first refresh fills it
    m_menu->addAction(action);
    connect(action, &QAction::triggered, this, &TrayIcon::historyRequested);
    return action;
}

void TrayIcon::buildMenu()
{
    m_menu->setToolTipsVisible(true);
    m_status = m_menu->addAction(u"Limber"_s);
    m_status->setEnabled(false);
    m_menu->addSeparator();

    connect(m_menu->addAction(tr("Today…")), &QAction::triggered, this, &TrayIcon::todayRequested);
    connect(m_menu->addAction(tr("Start break now")), &QAction::triggered, this,
            &TrayIcon::startBreakRequested);
    m_snooze = addChoices(tr("Snooze"), TrayMenuModel::snoozeChoices(), &TrayIcon::snoozeRequested);
    m_pause =
        addChoices(tr("Pause reminders"), TrayMenuModel::pauseChoices(), &TrayIcon::pauseRequested);
    m_meeting = addChoices(tr("In a meeting"), TrayMenuModel::meetingChoices(),
                           &TrayIcon::meetingRequested);
    m_resume = m_menu->addAction(tr("Resume reminders"));
    connect(m_resume, &QAction::triggered, this, &TrayIcon::resumeRequested);

    m_menu->addSeparator();
    // The week day by day under a heading: a name, a drawn mark and a word for each
    // day, read at a glance on both tray protocols (dbusmenu carries the icons).
    m_week = addInfoLine();
    QFont heading = m_week->font();
    heading.setBold(true);
    m_week->setFont(heading);
    for (int i = 0; i < 7; ++i)
        m_days << addInfoLine();
    m_menu->addSeparator();
    m_currentStreak = addInfoLine();
    m_bestStreak = addInfoLine();
    m_today = addInfoLine();
    m_noHistory = m_menu->addAction(QString());
    m_noHistory->setEnabled(false);
    m_noHistory->setVisible(false);

    m_menu->addSeparator();
    connect(m_menu->addAction(tr("History…")), &QAction::triggered, this,
            &TrayIcon::historyRequested);
    connect(m_menu->addAction(tr("Exercises…")), &QAction::triggered, this,
            &TrayIcon::exercisesRequested);
    connect(m_menu->addAction(tr("Settings…")), &QAction::triggered, this,
            &TrayIcon::settingsRequested);
    connect(m_menu->addAction(tr("Quit Limber")), &QAction::triggered, this,
            &TrayIcon::quitRequested);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::menuAboutToShow);
}

void TrayIcon::update(const StatusReport &status, std::chrono::milliseconds workInterval)
{
    TrayLook look = TrayLook::Progress;
    if (status.state == TrackerState::BreakDue)
        look = TrayLook::Due;
    else if (status.state == TrackerState::Paused)
        look = TrayLook::Paused;
    const double progress = workInterval.count() > 0 ? static_cast<double>(status.sitting.count()) /
                                                           static_cast<double>(workInterval.count())
                                                     : 0.0;
    const std::pair<TrayLook, int> drawn{look, trayProgressStep(progress)};
    if (m_drawn != drawn) {
        m_tray->setIcon(drawTrayIcon(look, progress));
        m_drawn = drawn;
    }
    const QString summary = status.summary();
    if (m_tray->toolTip() != summary)
        m_tray->setToolTip(summary);
}

void TrayIcon::refreshMenu(const StatusReport &status, const std::optional<StatsReport> &stats,
                           const QDateTime &now, bool historyOpening)
{
    apply(TrayMenuModel::build(status, stats, QLocale(), now, historyOpening));
}

void TrayIcon::showLine(SpokenAction *action, const MenuLine &line, bool visible)
{
    // A QMenu puts what follows a tab in a column of its own, which lines the values
    // up; over D-Bus the host shows the label as it is, so it gets the plain text.
    const bool columns = m_backend != "sni"_L1 && !line.value.isEmpty();
    action->setText(columns ? line.title + u'\t' + line.value : line.text);
    action->setSpokenText(line.spoken);
    action->setVisible(visible);
}

void TrayIcon::apply(const TrayMenuModel &model)
{
    m_status->setText(model.statusLine);
    m_snooze->menuAction()->setEnabled(model.snoozeApplies);
    m_pause->menuAction()->setEnabled(model.pauseApplies);
    m_meeting->menuAction()->setEnabled(model.pauseApplies);
    m_resume->setVisible(model.resumeApplies);

    const bool history = model.historyAvailable;
    showLine(m_week, model.week, history);
    m_dayMarks.resize(m_days.size(), DayStatus::Rest);
    for (qsizetype i = 0; i < m_days.size(); ++i) {
        const bool shown = history && i < model.weekDays.size();
        showLine(m_days[i], shown ? model.weekDays[i] : MenuLine{}, shown);
        if (!shown)
            continue;
        // An icon set anew is sent anew over D-Bus: only when the mark changes.
        const DayStatus status = model.weekMarks[i].status;
        if (m_days[i]->icon().isNull() || m_dayMarks[i] != status) {
            m_days[i]->setIcon(dayMarkIcon(status, m_menu->palette()));
            m_dayMarks[i] = status;
        }
    }
    showLine(m_currentStreak, model.currentStreak, history);
    showLine(m_bestStreak, model.bestStreak, history);
    showLine(m_today, model.today, history);
    m_noHistory->setText(model.historyUnavailable);
    m_noHistory->setVisible(!history);
}

void TrayIcon::showMessage(const QString &title, const QString &body)
{
    m_tray->showMessage(title, body, QSystemTrayIcon::Information);
}

QString TrayIcon::backendName() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() || m_backend == "sni"_L1 ? m_backend
                                                                             : u"none"_s;
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

} // namespace limber

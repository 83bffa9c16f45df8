// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/TrayIcon.h"

#include <QCursor>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMenu>
#include <QSystemTrayIcon>

namespace limber {

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    // Qt chooses the tray protocol once, when the first icon is made: the D-Bus
    // StatusNotifierItem when a watcher owns its name, XEmbed otherwise.
    const auto *bus = QDBusConnection::sessionBus().interface();
    const bool watcher =
        bus && bus->isServiceRegistered(QStringLiteral("org.kde.StatusNotifierWatcher"));
    m_backend = watcher ? QStringLiteral("sni") : QStringLiteral("xembed");

    buildMenu();
    m_tray->setContextMenu(m_menu);
    m_tray->setIcon(drawTrayIcon(TrayLook::Progress, 0));
    m_tray->setToolTip(QStringLiteral("Limber"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        // A left click opens the menu too: the icon has nothing else to do.
        if (r == QSystemTrayIcon::Trigger)
            m_tray->contextMenu()->popup(QCursor::pos());
    });
    // With XEmbed Qt docks the icon as soon as a tray host appears, also a late one.
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

void TrayIcon::buildMenu()
{
    m_status = m_menu->addAction(QString());
    m_status->setEnabled(false);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Start break now")), &QAction::triggered, this,
            &TrayIcon::startBreakRequested);

    QMenu *snooze = m_menu->addMenu(tr("Snooze"));
    for (int minutes : {5, 10, 20})
        connect(snooze->addAction(tr("%1 minutes").arg(minutes)), &QAction::triggered, this,
                [this, minutes] { emit snoozeRequested(minutes); });

    QMenu *pause = m_menu->addMenu(tr("Pause reminders"));
    const std::pair<QString, int> pauses[] = {{tr("30 minutes"), 30},
                                              {tr("1 hour"), 60},
                                              {tr("2 hours"), 120},
                                              {tr("Until tomorrow"), 0}};
    for (const auto &[label, minutes] : pauses)
        connect(pause->addAction(label), &QAction::triggered, this,
                [this, m = minutes] { emit pauseRequested(m); });
    m_resume = m_menu->addAction(tr("Resume reminders"));
    connect(m_resume, &QAction::triggered, this, &TrayIcon::resumeRequested);

    m_menu->addSeparator();
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
    m_status->setText(summary);
    m_resume->setVisible(status.pausedReason == PauseReason::User ||
                         status.pausedReason == PauseReason::Meeting);
}

void TrayIcon::showMessage(const QString &title, const QString &body)
{
    m_tray->showMessage(title, body, QSystemTrayIcon::Information);
}

QString TrayIcon::backendName() const
{
    return QSystemTrayIcon::isSystemTrayAvailable() || m_backend == QLatin1String("sni")
               ? m_backend
               : QStringLiteral("none");
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

} // namespace limber

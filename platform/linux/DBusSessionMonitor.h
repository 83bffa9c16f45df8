// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/SessionMonitor.h"

#include <QDBusConnection>
#include <QSet>
#include <QVariantMap>

namespace limber {

/// logind on the system bus (PrepareForSleep; the session's Lock, Unlock and LockedHint)
/// plus the screen saver's ActiveChanged on the session bus. Either half may be missing.
class DBusSessionMonitor final : public SessionMonitor
{
    Q_OBJECT
public:
    DBusSessionMonitor(QDBusConnection sessionBus, QDBusConnection systemBus,
                       QObject *parent = nullptr);

    /// "logind+screensaver", "logind", "screensaver" or "none".
    QString name() const override;
    bool isLocked() const override { return m_locked; }
    bool hasLogind() const { return !m_sessionPath.isEmpty(); }
    bool hasScreenSaver() const { return !m_screenSavers.isEmpty(); }
    /// Whether anything here could ever report: false when neither bus is reachable.
    bool canReport() const;

private slots:
    void onPrepareForSleep(bool sleeping);
    void onSessionLock();
    void onSessionUnlock();
    void onSessionPropertiesChanged(const QString &interface, const QVariantMap &changed,
                                    const QStringList &invalidated);
    void onScreenSaverActiveChanged(bool active);

private:
    void connectLogind();
    QString findLogindSession(QString *error) const;
    void readLockedHint();
    void connectScreenSaver(const QString &service, const QString &path);
    void setLogindLocked(bool locked);
    void setScreenSaverActive(bool active);
    void updateLocked();

    QDBusConnection m_sessionBus;
    QDBusConnection m_systemBus;
    QString m_sessionPath;
    QSet<QString> m_screenSavers;
    bool m_logindLocked = false;
    bool m_screenSaverActive = false;
    bool m_locked = false;
};

} // namespace limber

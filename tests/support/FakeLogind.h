// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusContext>
#include <QDBusObjectPath>
#include <QObject>

#include <atomic>

namespace limber::test {

/// org.freedesktop.login1.Manager that knows one session, either by our PID or by
/// its id only (a daemon started outside the session).
class FakeLogindManager final : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")
public:
    static QString sessionPath() { return QStringLiteral("/org/freedesktop/login1/session/c7"); }
    std::atomic<bool> knowsOurPid{true};
    std::atomic<uint> askedPid{0};

public slots:
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        askedPid = pid;
        if (knowsOurPid)
            return QDBusObjectPath(sessionPath());
        sendErrorReply(QStringLiteral("org.freedesktop.login1.NoSessionForPID"),
                       QStringLiteral("PID does not belong to any known session"));
        return {};
    }
    QDBusObjectPath GetSession(const QString &id)
    {
        if (id == QStringLiteral("c7"))
            return QDBusObjectPath(sessionPath());
        sendErrorReply(QStringLiteral("org.freedesktop.login1.NoSuchSession"), id);
        return {};
    }
    QDBusObjectPath GetUser(uint)
    {
        sendErrorReply(QStringLiteral("org.freedesktop.login1.NoSuchUser"),
                       QStringLiteral("no such user"));
        return {};
    }
};

/// org.freedesktop.login1.Session with its LockedHint property.
class FakeLogindSession final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Session")
    Q_PROPERTY(bool LockedHint READ lockedHint)
public:
    std::atomic<bool> locked{false};
    bool lockedHint() const { return locked; }
};

} // namespace limber::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusContext>
#include <QDBusVariant>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QVariant>

namespace limber::test {

/// org.freedesktop.portal.Settings at /org/freedesktop/portal/desktop with a table of
/// values; a key not in it is answered as a real portal does (NotFound). Without ReadOne
/// it is a version-1 portal, whose Read wraps the value in a second variant. Called from
/// the service thread, set from the test's.
class FakePortalSettings : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    static QString service() { return QStringLiteral("org.freedesktop.portal.Desktop"); }
    static QString path() { return QStringLiteral("/org/freedesktop/portal/desktop"); }
    static QString interface() { return QStringLiteral("org.freedesktop.portal.Settings"); }

    void set(const QString &ns, const QString &key, const QVariant &value)
    {
        QMutexLocker lock(&m_mutex);
        m_values[ns + u'/' + key] = value;
    }

public slots:
    QDBusVariant Read(const QString &ns, const QString &key)
    {
        return QDBusVariant(QVariant::fromValue(QDBusVariant(lookUp(ns, key))));
    }

protected:
    QVariant lookUp(const QString &ns, const QString &key)
    {
        QMutexLocker lock(&m_mutex);
        const QVariant value = m_values.value(ns + u'/' + key);
        if (!value.isValid())
            sendErrorReply(QStringLiteral("org.freedesktop.portal.Error.NotFound"),
                           QStringLiteral("Requested setting not found"));
        return value.isValid() ? value : QVariant(0u);
    }

private:
    QMutex m_mutex;
    QHash<QString, QVariant> m_values;
};

/// A portal of version 2 or later, with ReadOne.
class FakePortalSettingsV2 : public FakePortalSettings
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public slots:
    QDBusVariant ReadOne(const QString &ns, const QString &key)
    {
        return QDBusVariant(lookUp(ns, key));
    }
};

} // namespace limber::test

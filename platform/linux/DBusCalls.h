// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QString>

namespace limber::dbus {

/// How long a synchronous call may block the event loop. The idle and start-up probes
/// are the only blocking calls; a hung service must not freeze the tray.
inline constexpr int kShortTimeoutMs = 500;

/// Sends `call` and waits at most kShortTimeoutMs for the reply (an error message on
/// failure, including a not-connected bus).
QDBusMessage callShort(const QDBusConnection &bus, const QDBusMessage &call);

/// Whether `service` has an owner on `bus` right now, asked with a short timeout.
bool hasOwner(const QDBusConnection &bus, const QString &service);

/// The reply's error in one line, for logs and error texts.
QString errorText(const QDBusMessage &reply);

} // namespace limber::dbus

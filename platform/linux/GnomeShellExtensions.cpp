// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/GnomeShellExtensions.h"

#include "platform/PlatformLogging.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusServiceWatcher>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

const QString kService = u"org.gnome.Shell"_s;
const QString kPath = u"/org/gnome/Shell"_s;
const QString kInterface = u"org.gnome.Shell.Extensions"_s;

/// GNOME Shell's ExtensionState numbers (js/misc/extensionUtils.js; 43 and later).
TrayExtensionState fromShellState(int state)
{
    switch (state) {
    case 1: // ENABLED (ACTIVE since 45)
        return TrayExtensionState::Enabled;
    case 2: // DISABLED (INACTIVE)
    case 6: // INITIALIZED: installed, never enabled in this session
    case 7: // DEACTIVATING (45)
    case 8: // ACTIVATING (45): Enabled follows, announced
        return TrayExtensionState::Disabled;
    case 3: // ERROR
    case 4: // OUT_OF_DATE
        return TrayExtensionState::Failed;
    default: // 5 DOWNLOADING, 99 UNINSTALLED
        return TrayExtensionState::NotInstalled;
    }
}

/// The better of two states for the person: one that hosts icons, then one that can.
int rank(TrayExtensionState state)
{
    switch (state) {
    case TrayExtensionState::Enabled:
        return 4;
    case TrayExtensionState::Disabled:
        return 3;
    case TrayExtensionState::Failed:
        return 2;
    case TrayExtensionState::NotInstalled:
        return 1;
    case TrayExtensionState::Unknown:
        break;
    }
    return 0;
}

QDBusMessage shellCall(const QString &method, const QString &uuid)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
    call << uuid;
    // Asking about extensions is no reason to start a shell.
    call.setAutoStartService(false);
    return call;
}

} // namespace

QStringList GnomeShellExtensions::trayExtensionIds()
{
    return {u"ubuntu-appindicators@ubuntu.com"_s, u"appindicatorsupport@rgcjonas.gmail.com"_s};
}

GnomeShellExtensions::GnomeShellExtensions(QDBusConnection bus, QObject *parent)
    : ShellExtensions(parent)
    , m_bus(std::move(bus))
{
    if (!m_bus.isConnected())
        return;
    auto *watcher =
        new QDBusServiceWatcher(kService, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &newOwner) {
                // A restarted shell (Alt+F2 r on X11, a crash) knows its extensions anew.
                forget();
                if (!newOwner.isEmpty())
                    askShell();
            });
    if (!m_bus.connect(kService, kPath, kInterface, u"ExtensionStateChanged"_s, this,
                       SLOT(onExtensionStateChanged(QString, QVariantMap))))
        qCWarning(lcExtensions) << "cannot follow GNOME Shell's extensions:"
                                << m_bus.lastError().message();
    askShell();
}

void GnomeShellExtensions::askShell()
{
    m_shellStates.clear();
    m_shellAnswered = false;
    m_gotAnswer = false;
    m_unanswered = static_cast<int>(trayExtensionIds().size());
    for (const QString &uuid : trayExtensionIds())
        askInfo(uuid);
}

void GnomeShellExtensions::askInfo(const QString &uuid)
{
    auto *watcher =
        new QDBusPendingCallWatcher(m_bus.asyncCall(shellCall(u"GetExtensionInfo"_s, uuid)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, uuid, generation = m_generation](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                if (generation != m_generation)
                    return;
                const QDBusMessage reply = w->reply();
                if (reply.type() == QDBusMessage::ReplyMessage) {
                    m_gotAnswer = true;
                    onExtensionStateChanged(uuid,
                                            qdbus_cast<QVariantMap>(reply.arguments().value(0)));
                } else {
                    // No GNOME Shell (or one without extensions): nothing to tell.
                    qCDebug(lcExtensions) << "no answer from GNOME Shell:" << reply.errorMessage();
                }
                // The first round settles once every extension was asked about.
                if (m_unanswered > 0 && --m_unanswered == 0) {
                    m_shellAnswered = m_gotAnswer;
                    update();
                }
            });
}

void GnomeShellExtensions::forget()
{
    ++m_generation;
    m_shellStates.clear();
    m_unanswered = 0;
    m_shellAnswered = false;
    m_gotAnswer = false;
    update();
}

void GnomeShellExtensions::onExtensionStateChanged(const QString &uuid, const QVariantMap &info)
{
    if (!trayExtensionIds().contains(uuid))
        return;
    // An extension the shell does not know comes back as an empty dictionary.
    const QVariant state = info.value(u"state"_s);
    if (state.isValid())
        m_shellStates.insert(uuid, qRound(state.toDouble()));
    else
        m_shellStates.remove(uuid);
    update();
}

void GnomeShellExtensions::update()
{
    TrayExtensionState best =
        m_shellAnswered ? TrayExtensionState::NotInstalled : TrayExtensionState::Unknown;
    QString bestId;
    if (m_shellAnswered) {
        for (const QString &uuid : trayExtensionIds()) {
            const auto found = m_shellStates.constFind(uuid);
            if (found == m_shellStates.constEnd())
                continue;
            const TrayExtensionState state = fromShellState(*found);
            if (rank(state) > rank(best)) {
                best = state;
                bestId = uuid;
            }
        }
    }
    if (best == m_state && bestId == m_id)
        return;
    m_state = best;
    m_id = bestId;
    qCInfo(lcExtensions) << "tray extension:" << trayExtensionStateName(m_state)
                         << (m_id.isEmpty() ? u"(none)"_s : m_id);
    emit changed();
}

void GnomeShellExtensions::enableTrayExtension()
{
    if (m_state != TrayExtensionState::Disabled) {
        qCInfo(lcExtensions) << "no tray extension to enable";
        return;
    }
    const QString uuid = m_id;
    qCInfo(lcExtensions) << "asking GNOME Shell to enable" << uuid;
    auto *watcher =
        new QDBusPendingCallWatcher(m_bus.asyncCall(shellCall(u"EnableExtension"_s, uuid)), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, uuid](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusMessage reply = w->reply();
                if (reply.type() != QDBusMessage::ReplyMessage) {
                    emit enableFailed(reply.errorName() + u": "_s + reply.errorMessage());
                    return;
                }
                if (!reply.arguments().value(0).toBool()) {
                    emit enableFailed(u"GNOME Shell did not enable %1"_s.arg(uuid));
                    return;
                }
                // The shell announces the new state; asking once more covers a signal
                // that got lost (it costs one call, once).
                askInfo(uuid);
            });
}

} // namespace limber

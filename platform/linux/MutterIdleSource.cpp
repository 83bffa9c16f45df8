// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/MutterIdleSource.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/DBusCalls.h"

#include <QDBusServiceWatcher>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QDBusMessage idleMonitorCall(const QString &method)
{
    const DBusIdleSource::Endpoint mutter = DBusIdleSource::mutter();
    return QDBusMessage::createMethodCall(mutter.service, mutter.path, mutter.interface, method);
}

} // namespace

MutterIdleSource::MutterIdleSource(QDBusConnection bus, QObject *parent)
    : IdleSource(parent)
    , m_bus(std::move(bus))
    , m_reader(m_bus, DBusIdleSource::mutter())
{
    if (!m_bus.isConnected())
        return;
    const DBusIdleSource::Endpoint mutter = DBusIdleSource::mutter();
    auto *watcher = new QDBusServiceWatcher(mutter.service, m_bus,
                                            QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &newOwner) {
                onOwnerChanged(newOwner);
            });
    // WatchFired goes to the client that added the watch only; QtDBus matches the sender
    // to whoever owns the name now, also after a restart.
    m_bus.connect(mutter.service, mutter.path, mutter.interface, u"WatchFired"_s, this,
                  SLOT(onWatchFired(uint)));
}

MutterIdleSource::~MutterIdleSource()
{
    // The connection may outlive the source (tests, a backend replaced): no watches of a
    // source that is gone should stay behind in Mutter.
    removeWatch(m_idleWatch);
    removeWatch(m_activeWatch);
}

QString MutterIdleSource::name() const
{
    return m_reader.name();
}

void MutterIdleSource::setIdleThreshold(Millis real)
{
    real = std::max(real, Millis(1));
    if (m_threshold == real)
        return;
    m_threshold = real;
    // The idle watch has its interval for good: replace it. A pending active watch
    // still stands, the person is idle either way.
    removeWatch(std::exchange(m_idleWatch, 0));
    arm();
}

void MutterIdleSource::arm()
{
    if (!m_threshold)
        return;
    if (m_idleWatch == 0 && (m_idleWatch = addWatch(u"AddIdleWatch"_s)) == 0)
        return;
    if (m_idle && m_activeWatch == 0 && (m_activeWatch = addWatch(u"AddUserActiveWatch"_s)) == 0)
        return;
    if (!notifies())
        qCInfo(lcIdle) << "Mutter's idle monitor tells when idle reaches" << m_threshold->count()
                       << "ms";
    m_reportedFailure = false;
    setNotifies(true);
}

uint MutterIdleSource::addWatch(const QString &method)
{
    QDBusMessage call = idleMonitorCall(method);
    if (method == u"AddIdleWatch"_s)
        call << static_cast<qulonglong>(m_threshold->count());
    // Blocking, as the readings are: Mutter answers at once, or the desktop is stuck.
    const QDBusMessage reply = dbus::callShort(m_bus, call);
    const QVariant id = reply.arguments().value(0);
    if (reply.type() != QDBusMessage::ReplyMessage ||
        id.metaType() != QMetaType::fromType<uint>() || id.toUInt() == 0) {
        fallBack(method + u" failed: "_s + dbus::errorText(reply));
        return 0;
    }
    return id.toUInt();
}

void MutterIdleSource::removeWatch(uint id)
{
    if (id == 0 || !m_bus.isConnected())
        return;
    QDBusMessage call = idleMonitorCall(u"RemoveWatch"_s);
    call << id;
    // Nothing to wait for: an unknown id is no error to Mutter, and a watch that fires
    // meanwhile is not ours any more.
    call.setAutoStartService(false);
    m_bus.send(call);
}

void MutterIdleSource::onWatchFired(uint id)
{
    if (!notifies() || id == 0)
        return;
    if (id == m_idleWatch) {
        // A second idle period without input in between means the active watch has not
        // fired yet: still the same absence.
        if (m_idle)
            return;
        m_idle = true;
        // Added after the idle watch fired: input that came in the moment between ends
        // the absence with the next input instead.
        m_activeWatch = addWatch(u"AddUserActiveWatch"_s);
        if (m_activeWatch != 0)
            emit idleReached();
    } else if (id == m_activeWatch) {
        m_activeWatch = 0;
        m_idle = false;
        emit activeAgain();
    }
}

void MutterIdleSource::onOwnerChanged(const QString &newOwner)
{
    // Mutter's watches live in the process that owned the name: they are gone.
    m_idleWatch = 0;
    m_activeWatch = 0;
    if (newOwner.isEmpty()) {
        qCInfo(lcIdle) << "Mutter's idle monitor left the bus; it is read at checks meanwhile";
        m_idle = false;
        setNotifies(false);
        return;
    }
    arm();
}

void MutterIdleSource::fallBack(const QString &why)
{
    if (!m_reportedFailure)
        qCWarning(lcIdle).noquote()
            << "Mutter's idle watches do not work, so it is read at checks:" << why;
    m_reportedFailure = true;
    removeWatch(std::exchange(m_idleWatch, 0));
    removeWatch(std::exchange(m_activeWatch, 0));
    m_idle = false;
    setNotifies(false);
}

} // namespace limber

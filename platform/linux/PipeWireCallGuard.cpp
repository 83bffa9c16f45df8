// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/PipeWireCallGuard.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/InotifyEvents.h"
#include "platform/linux/PipeWireCallRules.h"
#include "platform/linux/PipeWireConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace limber {

namespace {

constexpr uint32_t kFolderEvents = IN_CREATE | IN_MOVED_TO;
// PipeWire makes its socket (bind) a moment before it listens: a refused connection
// right after the socket appeared is tried again a few times.
constexpr int kRetries = 8;
constexpr auto kRetryDelay = 250ms;

} // namespace

std::unique_ptr<PipeWireCallGuard> PipeWireCallGuard::create(QString *error)
{
    // Where libpipewire looks for the daemon's socket.
    QString folder = qEnvironmentVariable("PIPEWIRE_RUNTIME_DIR");
    if (folder.isEmpty())
        folder = qEnvironmentVariable("XDG_RUNTIME_DIR");
    QString socketName = qEnvironmentVariable("PIPEWIRE_REMOTE", u"pipewire-0"_s);
    if (socketName.startsWith(u'/')) {
        folder = QFileInfo(socketName).path();
        socketName = QFileInfo(socketName).fileName();
    }
    if (folder.isEmpty() || !QDir(folder).exists()) {
        if (error)
            *error = u"no runtime folder to find PipeWire in (XDG_RUNTIME_DIR)"_s;
        return nullptr;
    }
    const int fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0 ||
        ::inotify_add_watch(fd, QFile::encodeName(folder).constData(), kFolderEvents) < 0) {
        if (error)
            *error = u"cannot watch %1: %2"_s.arg(folder, QString::fromLocal8Bit(strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return nullptr;
    }
    return std::unique_ptr<PipeWireCallGuard>(new PipeWireCallGuard(fd, folder, socketName));
}

PipeWireCallGuard::PipeWireCallGuard(int inotify, QString folder, QString socketName)
    : m_inotify(inotify)
    , m_folder(std::move(folder))
    , m_socketName(std::move(socketName))
    , m_folderNotifier(new QSocketNotifier(inotify, QSocketNotifier::Read, this))
{
    connect(m_folderNotifier, &QSocketNotifier::activated, this,
            &PipeWireCallGuard::onFolderEvents);
    if (socketExists())
        connectNow();
    else
        qCInfo(lcFocus) << "PipeWire is not running; waiting for its socket in" << m_folder;
}

PipeWireCallGuard::~PipeWireCallGuard()
{
    m_connection.reset();
    ::close(m_inotify);
}

bool PipeWireCallGuard::socketExists() const
{
    return QFile::exists(QDir(m_folder).filePath(m_socketName));
}

bool PipeWireCallGuard::wanted() const
{
    return m_enabled.camera || m_enabled.microphone || m_enabled.screenSharing;
}

void PipeWireCallGuard::setCallSignals(const CallSignals &enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!wanted() && m_connection) {
        qCInfo(lcFocus) << "every call signal is off: no longer reading PipeWire";
        m_connection.reset();
    } else if (wanted() && !m_connection && socketExists()) {
        connectNow();
    }
    update();
}

QStringList PipeWireCallGuard::problems() const
{
    if (m_connection || !wanted())
        return {};
    return {u"no_pipewire"_s};
}

void PipeWireCallGuard::connectNow()
{
    if (m_connection || !wanted())
        return;
    QString error;
    m_connection = PipeWireConnection::open(
        this, {[this] { update(); }, [this](const QString &why) { onLost(why); }}, &error);
    if (m_connection) {
        m_retries = 0;
        m_lastWhy.clear();
        qCInfo(lcFocus) << "reading PipeWire's devices in use";
        return;
    }
    if (error != m_lastWhy)
        qCInfo(lcFocus).noquote() << "no call signals from PipeWire:" << error;
    m_lastWhy = error;
    retryConnect();
}

void PipeWireCallGuard::retryConnect()
{
    if (m_retries >= kRetries)
        return; // until the socket is made again
    ++m_retries;
    QTimer::singleShot(kRetryDelay, this, &PipeWireCallGuard::connectNow);
}

void PipeWireCallGuard::onFolderEvents()
{
    bool socketMade = false;
    readInotifyEvents(m_inotify, [&](const inotify_event &, const QString &name) {
        socketMade = socketMade || name == m_socketName;
    });
    if (socketMade && !m_connection) {
        m_retries = 0;
        connectNow();
    }
}

void PipeWireCallGuard::onLost(const QString &why)
{
    if (!m_connection)
        return;
    qCWarning(lcFocus).noquote() << "lost PipeWire:" << why
                                 << "- calls through it are not seen until it is back";
    m_connection.reset();
    m_lastWhy = why;
    update();
    // It may be back already (a quick restart made the socket before this).
    if (socketExists()) {
        m_retries = 0;
        retryConnect();
    }
}

void PipeWireCallGuard::update()
{
    QStringList on;
    if (m_connection) {
        for (const PipeWireConnection::Running &node : m_connection->running())
            if (pipewire_rules::isEnabled(node.signal, m_enabled))
                on << u"%1 (%2)"_s.arg(QString::fromLatin1(pipewire_rules::describe(node.signal)),
                                       QString::fromUtf8(node.name));
    }
    const bool holding = !on.isEmpty();
    if (holding == m_holding)
        return;
    m_holding = holding;
    qCInfo(lcFocus).noquote() << (holding ? u"in use: "_s + on.join(u", "_s)
                                          : u"no microphone, camera or screen share in use"_s);
    emit holdingChanged(holding);
}

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/CameraInUseGuard.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/InotifyEvents.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <dirent.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <climits>
#include <cstring>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

const QString kDefaultDevices = u"/dev/video*"_s;

constexpr uint32_t kDeviceEvents = IN_OPEN | IN_CLOSE_WRITE | IN_CLOSE_NOWRITE;
constexpr uint32_t kFolderEvents = IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM;

QString readLink(const QByteArray &path)
{
    std::array<char, PATH_MAX> target{};
    const ssize_t length = ::readlink(path.constData(), target.data(), target.size() - 1);
    if (length <= 0)
        return {};
    return QString::fromLocal8Bit(target.data(), length);
}

/// The names in a folder, without "." and "..": none when it cannot be read.
QList<QByteArray> entries(const QByteArray &folder)
{
    QList<QByteArray> names;
    DIR *dir = ::opendir(folder.constData());
    if (dir == nullptr)
        return names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names << name;
    }
    ::closedir(dir);
    return names;
}

} // namespace

std::unique_ptr<CameraInUseGuard> CameraInUseGuard::create(const QString &devices, QString *error)
{
    const QString pattern = devices.isEmpty() ? kDefaultDevices : devices;
    const QFileInfo info(pattern);
    if (!info.dir().exists()) {
        if (error)
            *error = u"no folder %1 for the camera devices"_s.arg(info.path());
        return nullptr;
    }
    const int fd = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = u"inotify is not available: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
        return nullptr;
    }
    const QByteArray folder = QFile::encodeName(info.path());
    if (::inotify_add_watch(fd, folder.constData(), kFolderEvents) < 0) {
        if (error)
            *error =
                u"cannot watch %1: %2"_s.arg(info.path(), QString::fromLocal8Bit(strerror(errno)));
        ::close(fd);
        return nullptr;
    }
    return std::unique_ptr<CameraInUseGuard>(new CameraInUseGuard(fd, pattern));
}

CameraInUseGuard::CameraInUseGuard(int inotify, const QString &pattern)
    : m_inotify(inotify)
    , m_pattern(pattern)
    , m_deviceName(QRegularExpression::fromWildcard(QFileInfo(pattern).fileName()))
    , m_notifier(new QSocketNotifier(inotify, QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &CameraInUseGuard::onEvents);
    watchDevices();
    update();
}

CameraInUseGuard::~CameraInUseGuard()
{
    ::close(m_inotify);
}

void CameraInUseGuard::watchDevices()
{
    const QFileInfo info(m_pattern);
    const QStringList present =
        info.dir().entryList({info.fileName()}, QDir::System | QDir::Files | QDir::NoDotAndDotDot);
    for (const QString &name : present) {
        const QString path = info.dir().filePath(name);
        if (m_deviceWatches.key(path, -1) != -1)
            continue;
        const int wd =
            ::inotify_add_watch(m_inotify, QFile::encodeName(path).constData(), kDeviceEvents);
        if (wd >= 0)
            m_deviceWatches.insert(wd, path);
        else
            qCInfo(lcFocus) << "cannot watch" << path << ":" << strerror(errno);
    }
}

void CameraInUseGuard::onEvents()
{
    bool devicesChanged = false;
    bool devicesUsed = false;
    readInotifyEvents(m_inotify, [&](const inotify_event &event, const QString &name) {
        if (event.mask & IN_IGNORED)
            m_deviceWatches.remove(event.wd); // the device went away
        else if (event.mask & kDeviceEvents)
            devicesUsed = true;
        // Other nodes come and go in /dev too: only a camera's name is a change.
        if ((event.mask & kFolderEvents) && !name.isEmpty() && m_deviceName.match(name).hasMatch())
            devicesChanged = true;
    });
    if (devicesChanged)
        watchDevices();
    // The look through /proc only after something happened to a camera.
    if (devicesChanged || devicesUsed)
        update();
}

QStringList CameraInUseGuard::devicesInUse(const QString &pattern)
{
    const QFileInfo info(pattern);
    const QString folder = info.absolutePath();
    const QRegularExpression name = QRegularExpression::fromWildcard(info.fileName());
    const QString self = QString::number(::getpid());
    QStringList found;
    const QStringList processes = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : processes) {
        bool number = false;
        pid.toInt(&number);
        if (!number || pid == self)
            continue;
        // Only the person's own processes.
        struct stat owner
        {
        };
        if (::stat(QFile::encodeName(u"/proc/"_s + pid).constData(), &owner) != 0 ||
            owner.st_uid != ::getuid())
            continue;
        const QString fdDir = u"/proc/%1/fd"_s.arg(pid);
        // Entries that cannot be read (a process that just ended) are passed over. Read
        // with readdir: QDir would stat every target, the devices included.
        for (const QByteArray &fd : entries(QFile::encodeName(fdDir))) {
            const QString target = readLink(QFile::encodeName(fdDir) + '/' + fd);
            const QFileInfo file(target);
            if (!target.isEmpty() && file.absolutePath() == folder &&
                name.match(file.fileName()).hasMatch())
                found << target;
        }
    }
    found.removeDuplicates();
    return found;
}

void CameraInUseGuard::setCallSignals(const CallSignals &enabled)
{
    if (enabled.camera == m_enabled)
        return;
    m_enabled = enabled.camera;
    qCInfo(lcFocus) << "camera detection" << (m_enabled ? "on" : "off");
    update();
}

void CameraInUseGuard::update()
{
    const QStringList inUse = m_enabled ? devicesInUse(m_pattern) : QStringList();
    const bool now = !inUse.isEmpty();
    if (now == m_inUse)
        return;
    m_inUse = now;
    qCInfo(lcFocus).noquote() << (now ? u"a camera is in use: "_s + inUse.join(u", "_s)
                                      : u"no camera is in use"_s);
    emit holdingChanged(now);
}

} // namespace limber

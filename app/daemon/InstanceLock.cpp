// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/InstanceLock.h"

#include "platform/System.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// Far longer than creating and writing a lock file takes: a file unreadable for longer
// was left half-written by a process that died.
constexpr qint64 kWriteMs = 1000;
constexpr qint64 kPatienceMs = 3000;
constexpr unsigned long kPollMs = 100;

bool olderThanAWrite(const QString &path)
{
    const QDateTime modified = QFileInfo(path).lastModified();
    return modified.isValid() && qAbs(modified.msecsTo(QDateTime::currentDateTime())) > kWriteMs;
}

bool readable(const QLockFile &lock, qint64 *pid)
{
    QString host;
    QString app;
    return lock.getLockInfo(pid, &host, &app) && *pid > 0;
}

bool ownerIsAlive(const QLockFile &lock)
{
    qint64 pid = 0;
    return readable(lock, &pid) && os::processExists(pid);
}

} // namespace

bool takeInstanceLock(QLockFile &lock)
{
    QElapsedTimer waited;
    waited.start();
    const QString name = lock.fileName();
    while (!lock.tryLock(0)) {
        if (ownerIsAlive(lock) || waited.elapsed() > kPatienceMs)
            return false;
        // QLockFile removes a file only when no process holds its flock, and the kernel
        // drops a dead process's flock: a live Limber's lock survives all of this.
        const QString leftovers[] = {name + u".rmlock.rmlock"_s, name + u".rmlock"_s};
        for (const QString &left : leftovers) {
            if (QFileInfo::exists(left) && olderThanAWrite(left))
                QLockFile(left).removeStaleLockFile();
        }
        qint64 pid = 0;
        if (!readable(lock, &pid) && olderThanAWrite(name))
            lock.removeStaleLockFile();
        QThread::msleep(kPollMs);
    }
    return true;
}

} // namespace limber

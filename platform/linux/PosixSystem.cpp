// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/System.h"

#include <cerrno>
#include <ctime>

#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace limber::os {

namespace {

std::optional<std::chrono::milliseconds> readClock(clockid_t id)
{
    timespec ts{};
    if (::clock_gettime(id, &ts) != 0)
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec));
}

} // namespace

quint32 currentUserId()
{
    return ::getuid();
}

std::optional<quint32> peerUserId(qintptr socketDescriptor)
{
    ucred credentials{};
    socklen_t length = sizeof credentials;
    if (::getsockopt(static_cast<int>(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials,
                     &length) != 0 ||
        length != sizeof credentials)
        return std::nullopt;
    return credentials.uid;
}

bool processExists(qint64 pid)
{
    // Signal 0 only asks; EPERM means it exists but belongs to someone else.
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

void keepNewFilesPrivate()
{
    ::umask(S_IRWXG | S_IRWXO);
}

bool syncFile(qintptr fd)
{
    int rc = 0;
    do
        rc = ::fsync(static_cast<int>(fd));
    while (rc != 0 && errno == EINTR);
    return rc == 0;
}

std::chrono::milliseconds monotonicNow()
{
    // CLOCK_MONOTONIC stops while the machine is suspended; the tracker relies on
    // that (against the suspend-aware clock) to see a suspend it was not told about.
    return readClock(CLOCK_MONOTONIC).value_or(std::chrono::milliseconds(0));
}

std::optional<std::chrono::milliseconds> suspendAwareNow()
{
    return readClock(CLOCK_BOOTTIME);
}

} // namespace limber::os

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The few operating-system calls Limber makes outside its desktop backends, behind
// one small interface so that core/ and app/ hold none. One implementation per OS
// (platform/linux/PosixSystem.cpp), picked by the build.

#include <QtGlobal>

#include <chrono>
#include <optional>

namespace limber::os {

/// The real user id of this process.
quint32 currentUserId();

/// The user id of the process at the other end of a connected local socket, as the
/// kernel recorded it when that process connected (SO_PEERCRED); nullopt when the
/// system cannot tell.
std::optional<quint32> peerUserId(qintptr socketDescriptor);

/// Whether a process with this id exists, whoever it belongs to.
bool processExists(qint64 pid);

/// Files and directories this process creates from now on are its user's alone,
/// whatever the session started it with (umask 077).
void keepNewFilesPrivate();

/// Waits until what was written to the open file `fd` is on the disk (fsync); false
/// when the file system cannot tell.
bool syncFile(qintptr fd);

/// A monotonic reading that stands still while the machine is suspended.
std::chrono::milliseconds monotonicNow();

/// A monotonic reading that keeps running through suspend, where the system has one.
std::optional<std::chrono::milliseconds> suspendAwareNow();

} // namespace limber::os

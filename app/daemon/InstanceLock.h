// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLockFile;

namespace limber {

/// Takes the single-instance lock, or takes over the one a killed daemon left behind.
/// QLockFile (with a stale time of 0) takes over a lock whose process is gone, but not
/// one the killed daemon was still writing (empty: no PID to check), nor one whose
/// stale-lock removal it was in the middle of (it leaves `<lock>.rmlock` files that
/// QLockFile calls stale only after 30 s). Waits at most a few seconds; returns false
/// when a live process holds the lock.
bool takeInstanceLock(QLockFile &lock);

} // namespace limber

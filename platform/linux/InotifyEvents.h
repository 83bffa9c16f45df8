// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <sys/inotify.h>

#include <functional>

namespace limber {

/// Reads every event waiting on the non-blocking inotify descriptor `fd` and hands each
/// to `handle` with the file name it carries (empty for an event on a watched file
/// itself).
void readInotifyEvents(int fd,
                       const std::function<void(const inotify_event &, const QString &)> &handle);

} // namespace limber

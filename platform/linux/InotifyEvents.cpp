// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/InotifyEvents.h"

#include <QFile>

#include <unistd.h>

#include <array>
#include <cstring>

namespace limber {

void readInotifyEvents(int fd,
                       const std::function<void(const inotify_event &, const QString &)> &handle)
{
    std::array<char, 4096> buffer{};
    for (;;) {
        const ssize_t length = ::read(fd, buffer.data(), buffer.size());
        if (length <= 0)
            return;
        for (ssize_t at = 0; at < length;) {
            inotify_event event{};
            std::memcpy(&event, buffer.data() + at, sizeof event);
            const char *name = buffer.data() + at + sizeof(inotify_event);
            handle(event, event.len > 0 ? QFile::decodeName(name) : QString());
            at += static_cast<ssize_t>(sizeof(inotify_event) + event.len);
        }
    }
}

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformBackends.h"

namespace limber {

PlatformBackends createNullBackends()
{
    PlatformBackends backends;
    backends.idle = std::make_unique<NullIdleSource>();
    backends.session = std::make_unique<NullSessionMonitor>();
    backends.notifier = std::make_unique<NullNotifier>();
    backends.autostart = std::make_unique<NullAutostart>();
    backends.focus = std::make_unique<NullFocusGuard>();
    backends.motion = std::make_unique<NullMotionPreference>();
    backends.extensions = std::make_unique<NullShellExtensions>();
    backends.sound = std::make_unique<NullSoundPlayer>();
    return backends;
}

} // namespace limber

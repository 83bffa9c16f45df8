// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/PlatformLogging.h"

Q_LOGGING_CATEGORY(lcIdle, "limber.platform.idle", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "limber.platform.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNotifier, "limber.platform.notifier", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAutostart, "limber.platform.autostart", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFocus, "limber.platform.focus", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClock, "limber.platform.clock", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExtensions, "limber.platform.extensions", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSound, "limber.platform.sound", QtInfoMsg)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One logging category per platform concern, named after its folder.
Q_DECLARE_LOGGING_CATEGORY(lcIdle)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcNotifier)
Q_DECLARE_LOGGING_CATEGORY(lcAutostart)
Q_DECLARE_LOGGING_CATEGORY(lcFocus)
Q_DECLARE_LOGGING_CATEGORY(lcClock)
Q_DECLARE_LOGGING_CATEGORY(lcExtensions)
Q_DECLARE_LOGGING_CATEGORY(lcSound)

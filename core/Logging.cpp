// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcSettings, "limber.core.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTracker, "limber.core.tracker", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalogue, "limber.core.catalogue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlanner, "limber.core.planner", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "limber.core.history", QtInfoMsg)

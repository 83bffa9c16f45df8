// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcClock, "limber.core.clock")
Q_LOGGING_CATEGORY(lcSettings, "limber.core.settings")
Q_LOGGING_CATEGORY(lcTracker, "limber.core.tracker")
Q_LOGGING_CATEGORY(lcCatalogue, "limber.core.catalogue")
Q_LOGGING_CATEGORY(lcPlanner, "limber.core.planner")
Q_LOGGING_CATEGORY(lcHistory, "limber.core.history")

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/StatsCommand.h"

#include "app/cli/ReadOnlyHistory.h"
#include "core/Clock.h"
#include "core/Paths.h"
#include "core/Settings.h"
#include "core/SqliteHistoryStore.h"
#include "core/StatsReport.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace limber {

int printLocalStats(const Clock &clock, bool json)
{
    Settings settings(paths::settingsFile());
    settings.load(); // problems are logged under limber.core.settings, naming the key
    SqliteHistoryStore store(clock);
    if (!openReadOnlyHistory(store))
        return 1;
    const StatsReport report = StatsReport::build(store, clock.wallNow().date(),
                                                  QLocale().firstDayOfWeek(), settings.dailyGoal());
    QTextStream out(stdout);
    out << (json ? QString::fromUtf8(QJsonDocument(report.toJson()).toJson()) : report.toText());
    return 0;
}

} // namespace limber

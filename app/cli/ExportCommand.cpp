// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ExportCommand.h"

#include "app/cli/ReadOnlyHistory.h"
#include "core/Clock.h"
#include "core/SqliteHistoryStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace limber {

namespace {
// The translation context of the messages below.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(limber::ExportCommand)
};
} // namespace

int exportHistory(const Clock &clock, historyexport::Format format, const QString &file)
{
    QTextStream err(stderr);
    SqliteHistoryStore store(clock);
    if (!openReadOnlyHistory(store))
        return 1;

    QString error;
    if (file.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) ||
            !historyexport::write(store, format, clock.wallNow(), out, &error)) {
            err << "limber: "
                << Words::tr("export failed: %1").arg(error.isEmpty() ? out.errorString() : error)
                << '\n';
            return 1;
        }
        return 0;
    }
    // All or nothing: an existing FILE is replaced only by a complete export.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        err << "limber: " << Words::tr("cannot write %1: %2").arg(file, out.errorString()) << '\n';
        return 1;
    }
    if (!historyexport::write(store, format, clock.wallNow(), out, &error) || !out.commit()) {
        err << "limber: "
            << Words::tr("cannot write %1: %2")
                   .arg(file, error.isEmpty() ? out.errorString() : error)
            << '\n';
        return 1;
    }
    return 0;
}

} // namespace limber

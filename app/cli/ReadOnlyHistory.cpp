// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ReadOnlyHistory.h"

#include "core/Paths.h"
#include "core/SqliteHistoryStore.h"

#include <QCoreApplication>
#include <QTextStream>

namespace limber {

namespace {
// The translation context of the messages below.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(limber::ReadOnlyHistory)
};
} // namespace

bool openReadOnlyHistory(SqliteHistoryStore &store)
{
    const QString path = paths::historyFile();
    const SqliteHistoryStore::OpenResult opened = store.openReadOnly(path);
    if (opened.ok)
        return true;
    QTextStream err(stderr);
    // A reader leaves a damaged file to the daemon, which keeps it aside for the person
    // and starts afresh: a command that only asks must not change what they have.
    if (opened.damaged)
        err << "limber: "
            << Words::tr("the history %1 is damaged (%2); it was left as it is, and Limber "
                         "keeps it aside and starts a new one when it next starts")
                   .arg(path, opened.error)
            << '\n';
    else
        err << "limber: " << Words::tr("cannot read the history %1: %2").arg(path, opened.error)
            << '\n';
    return false;
}

} // namespace limber

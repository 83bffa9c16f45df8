// SPDX-License-Identifier: GPL-3.0-or-later
// SyncService on a real folder, without a sync engine: what another computer's journal
// brings, a journal replaced by another version or cut short (a sync engine's doing), a
// folder that is not there yet, and this computer's journal as it writes it.
#include "app/daemon/SyncService.h"
#include "core/Settings.h"
#include "core/SqliteHistoryStore.h"
#include "core/SyncJournal.h"
#include "tests/support/FakeClock.h"
#include "tests/support/HistoryTestHelpers.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace limber;
using namespace limber::sync;
using namespace limber::test;

namespace {

const QDate kMonday(2026, 3, 2);

QByteArray breakLine(const QString &device, int hour)
{
    JournalEvent e;
    e.id = newDeviceId();
    e.device = device;
    e.breakRecord = makeBreak(local(2026, 3, 2, hour, 0));
    return encode(e);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

class SyncServiceTest : public ::testing::Test
{
protected:
    SyncServiceTest()
    {
        EXPECT_TRUE(history.open(dir.file(u"history.sqlite3"_s)).ok);
        EXPECT_TRUE(QDir().mkpath(folder));
    }

    int completed() const
    {
        const QList<DaySummary> days = history.daySummaries(kMonday, kMonday);
        return days.isEmpty() ? 0 : days.first().completed;
    }

    TempDir dir;
    FakeClock clock;
    SqliteHistoryStore history{clock};
    Settings settings{dir.file(u"limber.conf"_s)};
    QString folder = dir.file(u"Sync"_s);
    QString other = newDeviceId();
    QString otherJournal = folder + u'/' + journalFileName(other);
};

} // namespace

TEST_F(SyncServiceTest, ItsOwnBreaksGoToItsJournalAndTheOthersComeIn)
{
    ASSERT_TRUE(history.addBreak(makeBreak(local(2026, 3, 2, 9, 0))));
    writeFile(otherJournal, breakLine(other, 10) + breakLine(other, 11));
    ASSERT_TRUE(settings.setValue(SettingKey::SyncFolder, folder));
    SyncService sync(settings, history);
    QSignalSpy changed(&sync, &SyncService::historyChanged);
    sync.exportNow();
    EXPECT_EQ(completed(), 3);
    EXPECT_EQ(sync.status().state, u"on"_s);
    QFile own(folder + u'/' + journalFileName(sync.status().device));
    ASSERT_TRUE(own.open(QIODevice::ReadOnly));
    EXPECT_EQ(readLines(own.readAll()).events.size(), 2) << "its break and its name";
}

TEST_F(SyncServiceTest, AJournalReplacedByAnotherVersionIsReadAgainAndNothingCountsTwice)
{
    const QByteArray first = breakLine(other, 10);
    writeFile(otherJournal, first + breakLine(other, 11));
    ASSERT_TRUE(settings.setValue(SettingKey::SyncFolder, folder));
    SyncService sync(settings, history);
    sync.exportNow();
    ASSERT_EQ(completed(), 2);
    // A sync engine put another version in its place, as long as the old one: the first
    // line and another one instead of the second.
    writeFile(otherJournal, first + breakLine(other, 13));
    sync.exportNow();
    EXPECT_EQ(completed(), 3) << "the 13:00 break added, the 10:00 one not again";
    // And one cut short.
    writeFile(otherJournal, first);
    sync.exportNow();
    EXPECT_EQ(completed(), 3);
    EXPECT_EQ(history.breaks(kMonday, kMonday).size(), 3);
}

TEST_F(SyncServiceTest, AFolderThatIsNotThereIsSaidAndUsedOnceItIs)
{
    const QString later = dir.file(u"not-mounted"_s);
    ASSERT_TRUE(settings.setValue(SettingKey::SyncFolder, later));
    SyncService sync(settings, history);
    ASSERT_TRUE(history.addBreak(makeBreak(local(2026, 3, 2, 9, 0))));
    sync.exportNow();
    EXPECT_EQ(sync.status().state, u"unavailable"_s);
    EXPECT_TRUE(sync.status().problem.contains(later));
    ASSERT_TRUE(QDir().mkpath(later));
    sync.exportNow();
    EXPECT_EQ(sync.status().state, u"on"_s);
    EXPECT_EQ(QDir(later).entryList({u"limber-*.jsonl"_s}, QDir::Files).size(), 1);
}

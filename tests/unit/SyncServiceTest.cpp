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
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

#include <cstdio>

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

/// `count` breaks of `device`, each with an id of its own: about 330 bytes a line.
QByteArray breakLines(const QString &device, int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes += breakLine(device, 8 + i % 10);
    return bytes;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

/// As a sync engine puts a new version in place: written beside it, renamed over it.
void replaceFile(const QString &path, const QByteArray &bytes)
{
    writeFile(path + u".tmp"_s, bytes);
    ASSERT_EQ(std::rename(QFile::encodeName(path + u".tmp"_s).constData(),
                          QFile::encodeName(path).constData()),
              0);
}

/// The event loop, until the service has caught up and what the folder's watcher saw has
/// settled (at least half a second; at most 20 s).
void settle(const SyncService &sync)
{
    for (int waited = 0; waited < 20000 && (waited < 500 || sync.catchingUp()); waited += 50) {
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
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

TEST_F(SyncServiceTest, AJournalOfManyPiecesIsMergedWholeAPieceAtATime)
{
    // 2 400 lines, about 800 KiB: four pieces, the later ones read while the one before
    // is merged.
    writeFile(otherJournal, breakLines(other, 2400));
    ASSERT_TRUE(settings.setValue(SettingKey::SyncFolder, folder));
    SyncService sync(settings, history);
    EXPECT_TRUE(sync.catchingUp()) << "one piece merged at start, the rest through the loop";
    EXPECT_LT(completed(), 2400);
    settle(sync);
    EXPECT_FALSE(sync.catchingUp());
    EXPECT_EQ(completed(), 2400);
}

TEST_F(SyncServiceTest, OnceCaughtUpTheHistorysWalIsMovedIntoItsFile)
{
    // While a first merge goes a piece at a time, the history's checkpoints wait; when it
    // is done, one runs in the background, however little the WAL holds.
    const QString file = dir.file(u"history.sqlite3"_s);
    const qint64 before = QFileInfo(file).size();
    writeFile(otherJournal, breakLines(other, 2400));
    ASSERT_TRUE(settings.setValue(SettingKey::SyncFolder, folder));
    SyncService sync(settings, history);
    ASSERT_TRUE(sync.catchingUp());
    settle(sync);
    ASSERT_FALSE(sync.catchingUp());
    for (int waited = 0; waited < 5000 && QFileInfo(file).size() == before; waited += 50)
        QThread::msleep(50);
    EXPECT_GT(QFileInfo(file).size(), before) << "the merge is still only in the WAL";
}

TEST_F(SyncServiceTest, AJournalReplacedWhileItsNextPieceIsReadAheadLosesNothing)
{
    // The old version: A then B; the one a sync engine puts in its place: A then C, as
    // long, its last line like B's but for its id. The first piece ends inside A, so the
    // piece read ahead (the rest of A, then some of B) is of a version that is gone by the
    // time it is merged. How far the journal was read is then marked with the bytes read,
    // the last line's id with them, which the new version does not have: it is read again
    // from its start, and C comes in whole.
    const QByteArray a = breakLines(other, 1500); // about 375 KiB: more than one piece
    const QByteArray c = breakLines(other, 1000);
    writeFile(otherJournal, a + breakLines(other, 1000));
    ASSERT_TRUE(settings.setValue(SettingKey::SyncFolder, folder));
    SyncService sync(settings, history);
    ASSERT_TRUE(sync.catchingUp());
    replaceFile(otherJournal, a + c);
    settle(sync);

    QSet<QString> merged;
    for (const BreakRecord &b : history.breaks(kMonday, kMonday))
        merged.insert(b.uuid);
    EXPECT_EQ(merged.size(), completed()) << "nothing counted twice";
    for (const JournalEvent &e : readLines(QByteArray(a + c)).events)
        ASSERT_TRUE(merged.contains(e.id)) << "every break of the version there now";
    EXPECT_GT(completed(), 2500) << "and those of B read before it was replaced";
}

TEST_F(SyncServiceTest, AReplacedJournalIsNoticedEvenWhenItsLastLineEndsAsTheOldOneDid)
{
    // Two lines, then another version in their place: its second line is another break
    // at the same hour with the same exercises (so it ends in the same bytes), and a
    // third follows. Once, a mark kept only the last 64 bytes, this version passed for
    // the old one, and its second break was never read.
    const QByteArray first = breakLine(other, 10);
    writeFile(otherJournal, first + breakLine(other, 11));
    ASSERT_TRUE(settings.setValue(SettingKey::SyncFolder, folder));
    SyncService sync(settings, history);
    ASSERT_EQ(completed(), 2);
    writeFile(otherJournal, first + breakLine(other, 11) + breakLine(other, 12));
    sync.exportNow();
    EXPECT_EQ(completed(), 4);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `limber` executable against a private config and data directory.
#include "core/SqliteHistoryStore.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

#include <map>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

class CliTest : public ::testing::Test
{
protected:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LIMBER_CONFIG_DIR"_s, dir.file(u"config"_s));
        env.insert(u"LIMBER_DATA_DIR"_s, dir.file(u"data"_s));
        // Never talk to a Limber the developer is running.
        env.insert(u"XDG_RUNTIME_DIR"_s, dir.file(u"runtime"_s));
        // English, whatever language the developer's session speaks (TranslationsTest
        // covers the others).
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QLatin1String(name));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        return env;
    }

    CliRun limber(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(LIMBER_BINARY), args);
        EXPECT_TRUE(p.waitForFinished(20000));
        return {p.exitCode(), p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonObject statsJson()
    {
        const CliRun run = limber({u"--stats"_s, u"--json"_s});
        EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << run.out.constData();
        return doc.object();
    }

    void addCompletedBreaks(int count)
    {
        test::FakeClock clock;
        SqliteHistoryStore store(clock);
        ASSERT_TRUE(store.open(dir.file(u"data/history.sqlite3"_s)).ok);
        // Midday today, so the test does not depend on the time it runs at.
        const QDateTime now(QDate::currentDate(), QTime(12, 0));
        for (int i = 0; i < count; ++i) {
            BreakRecord b;
            b.startedAt = now.addSecs(600 * i);
            b.endedAt = b.startedAt.addSecs(120);
            b.plannedSeconds = 120;
            b.doneSeconds = 120;
            b.outcome = BreakOutcome::Completed;
            b.exercises = {{u"cat-cow"_s, 60, 60}, {u"open-book"_s, 60, 60}};
            ASSERT_TRUE(store.addBreak(b).has_value()) << qPrintable(store.lastError());
        }
        ASSERT_TRUE(store.addSittingSeconds(now.date(), 3600));
    }

    QString history() const { return dir.file(u"data/history.sqlite3"_s); }

    /// The Monday-to-Sunday count of completed breaks in `limber --export csv`.
    int exportedBreaks()
    {
        const CliRun csv = limber({u"--export"_s, u"csv"_s});
        EXPECT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
        return static_cast<int>(csv.out.count(",completed,"));
    }

    test::TempDir dir;
};

/// Every file in `path` with its bytes and modification time (to the nanosecond).
std::map<QString, std::pair<QByteArray, qint64>> filesIn(const QString &path)
{
    std::map<QString, std::pair<QByteArray, qint64>> files;
    for (const QString &name : QDir(path).entryList(QDir::Files | QDir::Hidden)) {
        QFile file(QDir(path).filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        struct stat info
        {
        };
        EXPECT_EQ(::stat(QFile::encodeName(file.fileName()).constData(), &info), 0);
        files[name] = {file.readAll(),
                       qint64(info.st_mtim.tv_sec) * 1'000'000'000 + qint64(info.st_mtim.tv_nsec)};
    }
    return files;
}

TEST_F(CliTest, VersionAndHelp)
{
    const CliRun version = limber({u"--version"_s});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("limber " LIMBER_VERSION)) << version.out.constData();
    const CliRun help = limber({u"--help"_s});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--stats"));
}

TEST_F(CliTest, BadArgumentsGetAClearErrorAndNonZeroExit)
{
    for (const QStringList &args :
         {QStringList{u"--frobnicate"_s}, QStringList{u"--version"_s, u"--json"_s},
          QStringList{u"--stats"_s, u"--help"_s}}) {
        const CliRun run = limber(args);
        EXPECT_EQ(run.exitCode, 2) << qPrintable(args.join(u' '));
        EXPECT_TRUE(run.err.startsWith("limber: "_L1)) << qPrintable(run.err);
        EXPECT_TRUE(run.out.isEmpty());
    }
}

TEST_F(CliTest, StatsJsonOnAnEmptyHistory)
{
    const QJsonObject stats = statsJson();
    EXPECT_EQ(stats["version"_L1].toInt(), 1);
    const QJsonObject today = stats["today"_L1].toObject();
    EXPECT_EQ(today["date"_L1].toString(), QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(today["completed"_L1].toInt(-1), 0);
    EXPECT_EQ(today["goal"_L1].toInt(), 4);
    EXPECT_EQ(stats["streak"_L1].toObject()["current"_L1].toInt(-1), 0);
    const QJsonArray week = stats["week"_L1].toArray();
    ASSERT_EQ(week.size(), 7);
    bool sawToday = false;
    for (const QJsonValue &day : week)
        sawToday = sawToday || day.toObject()["status"_L1].toString() == "today"_L1;
    EXPECT_TRUE(sawToday);
    EXPECT_FALSE(QFile::exists(dir.file(u"data/history.sqlite3"_s)))
        << "asking for statistics creates no history";
    EXPECT_FALSE(QFile::exists(dir.file(u"data"_s)));
}

TEST_F(CliTest, StatsCountCompletedBreaksAgainstTheConfiguredGoal)
{
    QDir().mkpath(dir.file(u"config"_s));
    QFile conf(dir.file(u"config/limber.conf"_s));
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write("[goals]\ndaily_goal=2\n");
    conf.close();
    addCompletedBreaks(2);

    const QJsonObject stats = statsJson();
    const QJsonObject today = stats["today"_L1].toObject();
    EXPECT_EQ(today["completed"_L1].toInt(), 2);
    EXPECT_EQ(today["goal"_L1].toInt(), 2);
    EXPECT_EQ(stats["streak"_L1].toObject()["current"_L1].toInt(), 1);
    for (const QJsonValue &day : stats["week"_L1].toArray()) {
        const QJsonObject d = day.toObject();
        if (d["date"_L1].toString() == today["date"_L1].toString()) {
            EXPECT_EQ(d["status"_L1].toString(), u"done"_s);
        }
    }

    const CliRun text = limber({u"--stats"_s});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("Today: 2 of 2 breaks")) << text.out.constData();
}

TEST_F(CliTest, ExportWithoutAHistoryIsEmptyAndCreatesNothing)
{
    const CliRun csv = limber({u"--export"_s, u"csv"_s});
    EXPECT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
    EXPECT_EQ(csv.out, QByteArray("date,started_at,ended_at,outcome,planned_seconds,done_seconds,"
                                  "exercises\r\n"));
    const CliRun json = limber({u"--export"_s, u"json"_s});
    EXPECT_EQ(json.exitCode, 0) << qPrintable(json.err);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(object["version"_L1].toInt(), 1);
    EXPECT_TRUE(object["breaks"_L1].toArray().isEmpty());
    EXPECT_FALSE(QFile::exists(dir.file(u"data/history.sqlite3"_s)));
    EXPECT_FALSE(QFile::exists(dir.file(u"data"_s)));
}

TEST_F(CliTest, ExportWritesTheHistoryToAFileOrStdout)
{
    addCompletedBreaks(3);
    const QString file = dir.file(u"out/breaks.json"_s);
    QDir().mkpath(dir.file(u"out"_s));
    const CliRun toFile = limber({u"--export"_s, u"json"_s, file});
    EXPECT_EQ(toFile.exitCode, 0) << qPrintable(toFile.err);
    EXPECT_TRUE(toFile.out.isEmpty());
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(written.readAll()).object();
    const QJsonArray breaks = object["breaks"_L1].toArray();
    ASSERT_EQ(breaks.size(), 3);
    EXPECT_EQ(breaks[0].toObject()["outcome"_L1].toString(), u"completed"_s);
    EXPECT_EQ(object["days"_L1].toArray().size(), 1);

    const CliRun dash = limber({u"--export"_s, u"csv"_s, u"-"_s});
    EXPECT_EQ(dash.exitCode, 0);
    EXPECT_EQ(dash.out.count("\r\n"), 4);
    EXPECT_TRUE(dash.out.contains(",completed,120,120,cat-cow;open-book\r\n"))
        << dash.out.constData();

    const CliRun unwritable = limber({u"--export"_s, u"csv"_s, dir.file(u"missing/dir/x.csv"_s)});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.startsWith("limber: cannot write"_L1)) << qPrintable(unwritable.err);
}

TEST_F(CliTest, ExportAndWindowOptionsAreValidated)
{
    for (const QStringList &args :
         {QStringList{u"--export"_s}, QStringList{u"--export"_s, u"xml"_s},
          QStringList{u"--export"_s, u"csv"_s, u"a"_s, u"b"_s},
          QStringList{u"--export"_s, u"csv"_s, u"--json"_s},
          QStringList{u"--settings"_s, u"--history"_s}, QStringList{u"--history"_s, u"--json"_s}}) {
        const CliRun run = limber(args);
        EXPECT_EQ(run.exitCode, 2) << qPrintable(args.join(u' '));
        EXPECT_TRUE(run.err.startsWith("limber: "_L1)) << qPrintable(run.err);
    }
    const CliRun help = limber({u"--help"_s});
    for (const char *option :
         {"--settings", "--history", "--exercises", "--export csv|json [FILE]"})
        EXPECT_TRUE(help.out.contains(option)) << option;
}

TEST_F(CliTest, OptionValuesMayBeJoinedWithAnEqualsSign)
{
    // Understood, so the answer is that no Limber runs (no longer "unknown option").
    for (const char *option : {"--snooze=10", "--pause=60"}) {
        const CliRun run = limber({QLatin1String(option)});
        EXPECT_EQ(run.exitCode, 3) << option << ": " << qPrintable(run.err);
        EXPECT_EQ(run.err, u"limber: Limber is not running\n"_s) << option;
    }
    const CliRun bad = limber({u"--snooze=0"_s});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err, u"limber: --snooze needs a number of minutes from 1 to 1440\n"_s);

    addCompletedBreaks(1);
    const CliRun csv = limber({u"--export=csv"_s});
    EXPECT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
    EXPECT_EQ(csv.out.count("\r\n"), 2);
    const QString file = dir.file(u"breaks.json"_s);
    const CliRun json = limber({u"--export=json"_s, file});
    EXPECT_EQ(json.exitCode, 0) << qPrintable(json.err);
    EXPECT_TRUE(QFile::exists(file));
}

TEST_F(CliTest, StatsAndExportOnlyReadTheHistory)
{
    addCompletedBreaks(2);
    const auto before = filesIn(dir.file(u"data"_s));
    ASSERT_EQ(before.size(), 1u) << "a closed history is one file";
    EXPECT_EQ(statsJson()["today"_L1].toObject()["completed"_L1].toInt(), 2);
    EXPECT_EQ(exportedBreaks(), 2);
    // No -wal or -shm made, nothing checkpointed, the file not even touched.
    EXPECT_EQ(filesIn(dir.file(u"data"_s)), before);
}

TEST_F(CliTest, ADamagedHistoryIsReportedAndLeftAsItIs)
{
    QDir().mkpath(dir.file(u"data"_s));
    QFile db(history());
    ASSERT_TRUE(db.open(QIODevice::WriteOnly));
    db.write(QByteArray(8192, '\x5a'));
    db.close();
    const auto before = filesIn(dir.file(u"data"_s));

    for (const QStringList &args :
         {QStringList{u"--stats"_s, u"--json"_s}, QStringList{u"--export"_s, u"csv"_s}}) {
        const CliRun run = limber(args);
        EXPECT_EQ(run.exitCode, 1) << qPrintable(args.join(u' '));
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains(u"limber: the history "_s + history() + u" is damaged"_s))
            << qPrintable(run.err);
    }
    // Keeping it aside is the job of the Limber that writes to it.
    EXPECT_EQ(filesIn(dir.file(u"data"_s)), before);
}

TEST_F(CliTest, ReadingBesideARunningAndAKilledLimber)
{
    QProcessEnvironment env = environment();
    env.insert(u"HOME"_s, dir.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LIMBER_PLATFORM"_s, u"null"_s);
    for (const char *bus : {"DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS"})
        env.insert(QLatin1String(bus), u"unix:path="_s + dir.file(u"none"_s));
    QProcess daemon;
    daemon.setProcessEnvironment(env);
    daemon.start(QStringLiteral(LIMBER_BINARY), {});
    ASSERT_TRUE(daemon.waitForStarted());
    // The daemon opens (and creates) the history on a thread just after it starts,
    // and has a -wal from its first read on: until then --stats is not answered.
    const QString wal = history() + u"-wal"_s;
    for (int i = 0; i < 100 && !(limber({u"--stats"_s}).exitCode == 0 && QFile::exists(wal)); ++i)
        QThread::msleep(100);
    ASSERT_TRUE(QFile::exists(wal)) << daemon.readAllStandardError().constData();

    // Written beside the daemon: in the -wal until a checkpoint, as Limber's own are.
    addCompletedBreaks(2);
    EXPECT_EQ(exportedBreaks(), 2) << "read through the running Limber's -wal";

    daemon.kill();
    ASSERT_TRUE(daemon.waitForFinished());
    auto before = filesIn(dir.file(u"data"_s));
    ASSERT_TRUE(before.count(u"history.sqlite3-wal"_s));
    ASSERT_GT(before[u"history.sqlite3-wal"_s].first.size(), 0);

    EXPECT_EQ(statsJson()["today"_L1].toObject()["completed"_L1].toInt(), 2);
    EXPECT_EQ(exportedBreaks(), 2);
    auto after = filesIn(dir.file(u"data"_s));
    // The -shm, SQLite's index of the -wal, may be rebuilt; the rest is left for the
    // next Limber to fold in.
    before.erase(u"history.sqlite3-shm"_s);
    ASSERT_TRUE(after.erase(u"history.sqlite3-shm"_s));
    EXPECT_EQ(after, before);
}

} // namespace

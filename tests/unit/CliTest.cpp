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
        env.insert(QStringLiteral("LIMBER_CONFIG_DIR"), dir.file(QStringLiteral("config")));
        env.insert(QStringLiteral("LIMBER_DATA_DIR"), dir.file(QStringLiteral("data")));
        // Never talk to a Limber the developer is running.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.file(QStringLiteral("runtime")));
        // English, whatever language the developer's session speaks (TranslationsTest
        // covers the others).
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
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
        const CliRun run = limber({QStringLiteral("--stats"), QStringLiteral("--json")});
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
        ASSERT_TRUE(store.open(dir.file(QStringLiteral("data/history.sqlite3"))).ok);
        // Midday today, so the test does not depend on the time it runs at.
        const QDateTime now(QDate::currentDate(), QTime(12, 0));
        for (int i = 0; i < count; ++i) {
            BreakRecord b;
            b.startedAt = now.addSecs(600 * i);
            b.endedAt = b.startedAt.addSecs(120);
            b.plannedSeconds = 120;
            b.doneSeconds = 120;
            b.outcome = BreakOutcome::Completed;
            b.exercises = {{QStringLiteral("cat-cow"), 60, 60},
                           {QStringLiteral("open-book"), 60, 60}};
            ASSERT_TRUE(store.addBreak(b).has_value()) << qPrintable(store.lastError());
        }
        ASSERT_TRUE(store.addSittingSeconds(now.date(), 3600));
    }

    QString history() const { return dir.file(QStringLiteral("data/history.sqlite3")); }

    /// The Monday-to-Sunday count of completed breaks in `limber --export csv`.
    int exportedBreaks()
    {
        const CliRun csv = limber({QStringLiteral("--export"), QStringLiteral("csv")});
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
    const CliRun version = limber({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("limber " LIMBER_VERSION)) << version.out.constData();
    const CliRun help = limber({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--stats"));
}

TEST_F(CliTest, BadArgumentsGetAClearErrorAndNonZeroExit)
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--frobnicate")},
          QStringList{QStringLiteral("--version"), QStringLiteral("--json")},
          QStringList{QStringLiteral("--stats"), QStringLiteral("--help")}}) {
        const CliRun run = limber(args);
        EXPECT_EQ(run.exitCode, 2) << qPrintable(args.join(u' '));
        EXPECT_TRUE(run.err.startsWith(QLatin1String("limber: "))) << qPrintable(run.err);
        EXPECT_TRUE(run.out.isEmpty());
    }
}

TEST_F(CliTest, StatsJsonOnAnEmptyHistory)
{
    const QJsonObject stats = statsJson();
    EXPECT_EQ(stats[QLatin1String("version")].toInt(), 1);
    const QJsonObject today = stats[QLatin1String("today")].toObject();
    EXPECT_EQ(today[QLatin1String("date")].toString(), QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(today[QLatin1String("completed")].toInt(-1), 0);
    EXPECT_EQ(today[QLatin1String("goal")].toInt(), 4);
    EXPECT_EQ(stats[QLatin1String("streak")].toObject()[QLatin1String("current")].toInt(-1), 0);
    const QJsonArray week = stats[QLatin1String("week")].toArray();
    ASSERT_EQ(week.size(), 7);
    bool sawToday = false;
    for (const QJsonValue &day : week)
        sawToday = sawToday ||
                   day.toObject()[QLatin1String("status")].toString() == QLatin1String("today");
    EXPECT_TRUE(sawToday);
    EXPECT_FALSE(QFile::exists(dir.file(QStringLiteral("data/history.sqlite3"))))
        << "asking for statistics creates no history";
    EXPECT_FALSE(QFile::exists(dir.file(QStringLiteral("data"))));
}

TEST_F(CliTest, StatsCountCompletedBreaksAgainstTheConfiguredGoal)
{
    QDir().mkpath(dir.file(QStringLiteral("config")));
    QFile conf(dir.file(QStringLiteral("config/limber.conf")));
    ASSERT_TRUE(conf.open(QIODevice::WriteOnly));
    conf.write("[goals]\ndaily_goal=2\n");
    conf.close();
    addCompletedBreaks(2);

    const QJsonObject stats = statsJson();
    const QJsonObject today = stats[QLatin1String("today")].toObject();
    EXPECT_EQ(today[QLatin1String("completed")].toInt(), 2);
    EXPECT_EQ(today[QLatin1String("goal")].toInt(), 2);
    EXPECT_EQ(stats[QLatin1String("streak")].toObject()[QLatin1String("current")].toInt(), 1);
    for (const QJsonValue &day : stats[QLatin1String("week")].toArray()) {
        const QJsonObject d = day.toObject();
        if (d[QLatin1String("date")].toString() == today[QLatin1String("date")].toString()) {
            EXPECT_EQ(d[QLatin1String("status")].toString(), QStringLiteral("done"));
        }
    }

    const CliRun text = limber({QStringLiteral("--stats")});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("Today: 2 of 2 breaks")) << text.out.constData();
}

TEST_F(CliTest, ExportWithoutAHistoryIsEmptyAndCreatesNothing)
{
    const CliRun csv = limber({QStringLiteral("--export"), QStringLiteral("csv")});
    EXPECT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
    EXPECT_EQ(csv.out, QByteArray("date,started_at,ended_at,outcome,planned_seconds,done_seconds,"
                                  "exercises\r\n"));
    const CliRun json = limber({QStringLiteral("--export"), QStringLiteral("json")});
    EXPECT_EQ(json.exitCode, 0) << qPrintable(json.err);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(object[QLatin1String("version")].toInt(), 1);
    EXPECT_TRUE(object[QLatin1String("breaks")].toArray().isEmpty());
    EXPECT_FALSE(QFile::exists(dir.file(QStringLiteral("data/history.sqlite3"))));
    EXPECT_FALSE(QFile::exists(dir.file(QStringLiteral("data"))));
}

TEST_F(CliTest, ExportWritesTheHistoryToAFileOrStdout)
{
    addCompletedBreaks(3);
    const QString file = dir.file(QStringLiteral("out/breaks.json"));
    QDir().mkpath(dir.file(QStringLiteral("out")));
    const CliRun toFile = limber({QStringLiteral("--export"), QStringLiteral("json"), file});
    EXPECT_EQ(toFile.exitCode, 0) << qPrintable(toFile.err);
    EXPECT_TRUE(toFile.out.isEmpty());
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(written.readAll()).object();
    const QJsonArray breaks = object[QLatin1String("breaks")].toArray();
    ASSERT_EQ(breaks.size(), 3);
    EXPECT_EQ(breaks[0].toObject()[QLatin1String("outcome")].toString(),
              QStringLiteral("completed"));
    EXPECT_EQ(object[QLatin1String("days")].toArray().size(), 1);

    const CliRun dash =
        limber({QStringLiteral("--export"), QStringLiteral("csv"), QStringLiteral("-")});
    EXPECT_EQ(dash.exitCode, 0);
    EXPECT_EQ(dash.out.count("\r\n"), 4);
    EXPECT_TRUE(dash.out.contains(",completed,120,120,cat-cow;open-book\r\n"))
        << dash.out.constData();

    const CliRun unwritable = limber({QStringLiteral("--export"), QStringLiteral("csv"),
                                      dir.file(QStringLiteral("missing/dir/x.csv"))});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.startsWith(QLatin1String("limber: cannot write")))
        << qPrintable(unwritable.err);
}

TEST_F(CliTest, ExportAndWindowOptionsAreValidated)
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--export")},
          QStringList{QStringLiteral("--export"), QStringLiteral("xml")},
          QStringList{QStringLiteral("--export"), QStringLiteral("csv"), QStringLiteral("a"),
                      QStringLiteral("b")},
          QStringList{QStringLiteral("--export"), QStringLiteral("csv"), QStringLiteral("--json")},
          QStringList{QStringLiteral("--settings"), QStringLiteral("--history")},
          QStringList{QStringLiteral("--history"), QStringLiteral("--json")}}) {
        const CliRun run = limber(args);
        EXPECT_EQ(run.exitCode, 2) << qPrintable(args.join(u' '));
        EXPECT_TRUE(run.err.startsWith(QLatin1String("limber: "))) << qPrintable(run.err);
    }
    const CliRun help = limber({QStringLiteral("--help")});
    for (const char *option : {"--settings", "--history", "--export csv|json [FILE]"})
        EXPECT_TRUE(help.out.contains(option)) << option;
}

TEST_F(CliTest, OptionValuesMayBeJoinedWithAnEqualsSign)
{
    // Understood, so the answer is that no Limber runs (no longer "unknown option").
    for (const char *option : {"--snooze=10", "--pause=60"}) {
        const CliRun run = limber({QLatin1String(option)});
        EXPECT_EQ(run.exitCode, 3) << option << ": " << qPrintable(run.err);
        EXPECT_EQ(run.err, QStringLiteral("limber: Limber is not running\n")) << option;
    }
    const CliRun bad = limber({QStringLiteral("--snooze=0")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err,
              QStringLiteral("limber: --snooze needs a number of minutes from 1 to 1440\n"));

    addCompletedBreaks(1);
    const CliRun csv = limber({QStringLiteral("--export=csv")});
    EXPECT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
    EXPECT_EQ(csv.out.count("\r\n"), 2);
    const QString file = dir.file(QStringLiteral("breaks.json"));
    const CliRun json = limber({QStringLiteral("--export=json"), file});
    EXPECT_EQ(json.exitCode, 0) << qPrintable(json.err);
    EXPECT_TRUE(QFile::exists(file));
}

TEST_F(CliTest, StatsAndExportOnlyReadTheHistory)
{
    addCompletedBreaks(2);
    const auto before = filesIn(dir.file(QStringLiteral("data")));
    ASSERT_EQ(before.size(), 1u) << "a closed history is one file";
    EXPECT_EQ(statsJson()[QLatin1String("today")].toObject()[QLatin1String("completed")].toInt(),
              2);
    EXPECT_EQ(exportedBreaks(), 2);
    // No -wal or -shm made, nothing checkpointed, the file not even touched.
    EXPECT_EQ(filesIn(dir.file(QStringLiteral("data"))), before);
}

TEST_F(CliTest, ADamagedHistoryIsReportedAndLeftAsItIs)
{
    QDir().mkpath(dir.file(QStringLiteral("data")));
    QFile db(history());
    ASSERT_TRUE(db.open(QIODevice::WriteOnly));
    db.write(QByteArray(8192, '\x5a'));
    db.close();
    const auto before = filesIn(dir.file(QStringLiteral("data")));

    for (const QStringList &args :
         {QStringList{QStringLiteral("--stats"), QStringLiteral("--json")},
          QStringList{QStringLiteral("--export"), QStringLiteral("csv")}}) {
        const CliRun run = limber(args);
        EXPECT_EQ(run.exitCode, 1) << qPrintable(args.join(u' '));
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_TRUE(run.err.contains(QStringLiteral("limber: the history ") + history() +
                                     QStringLiteral(" is damaged")))
            << qPrintable(run.err);
    }
    // Keeping it aside is the job of the Limber that writes to it.
    EXPECT_EQ(filesIn(dir.file(QStringLiteral("data"))), before);
}

TEST_F(CliTest, ReadingBesideARunningAndAKilledLimber)
{
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LIMBER_PLATFORM"), QStringLiteral("null"));
    for (const char *bus : {"DBUS_SESSION_BUS_ADDRESS", "DBUS_SYSTEM_BUS_ADDRESS"})
        env.insert(QLatin1String(bus),
                   QStringLiteral("unix:path=") + dir.file(QStringLiteral("none")));
    QProcess daemon;
    daemon.setProcessEnvironment(env);
    daemon.start(QStringLiteral(LIMBER_BINARY), {});
    ASSERT_TRUE(daemon.waitForStarted());
    // The daemon opens (and creates) the history on a thread just after it starts,
    // and has a -wal from its first read on: until then --stats is not answered.
    const QString wal = history() + QStringLiteral("-wal");
    for (int i = 0;
         i < 100 && !(limber({QStringLiteral("--stats")}).exitCode == 0 && QFile::exists(wal)); ++i)
        QThread::msleep(100);
    ASSERT_TRUE(QFile::exists(wal)) << daemon.readAllStandardError().constData();

    // Written beside the daemon: in the -wal until a checkpoint, as Limber's own are.
    addCompletedBreaks(2);
    EXPECT_EQ(exportedBreaks(), 2) << "read through the running Limber's -wal";

    daemon.kill();
    ASSERT_TRUE(daemon.waitForFinished());
    auto before = filesIn(dir.file(QStringLiteral("data")));
    ASSERT_TRUE(before.count(QStringLiteral("history.sqlite3-wal")));
    ASSERT_GT(before[QStringLiteral("history.sqlite3-wal")].first.size(), 0);

    EXPECT_EQ(statsJson()[QLatin1String("today")].toObject()[QLatin1String("completed")].toInt(),
              2);
    EXPECT_EQ(exportedBreaks(), 2);
    auto after = filesIn(dir.file(QStringLiteral("data")));
    // The -shm, SQLite's index of the -wal, may be rebuilt; the rest is left for the
    // next Limber to fold in.
    before.erase(QStringLiteral("history.sqlite3-shm"));
    ASSERT_TRUE(after.erase(QStringLiteral("history.sqlite3-shm")));
    EXPECT_EQ(after, before);
}

} // namespace

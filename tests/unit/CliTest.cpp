// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `limber` executable against a private config and data directory.
#include "core/SqliteHistoryStore.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

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
    CliRun limber(const QStringList &args)
    {
        QProcess p;
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
        p.setProcessEnvironment(env);
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

    test::TempDir dir;
};

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

TEST_F(CliTest, ACorruptHistoryIsKeptAsideAndTheUserIsTold)
{
    QDir().mkpath(dir.file(QStringLiteral("data")));
    QFile db(dir.file(QStringLiteral("data/history.sqlite3")));
    ASSERT_TRUE(db.open(QIODevice::WriteOnly));
    db.write(QByteArray(8192, '\x5a'));
    db.close();

    const CliRun run = limber({QStringLiteral("--stats"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QLatin1String("kept as"))) << qPrintable(run.err);
    const QStringList aside = QDir(dir.file(QStringLiteral("data")))
                                  .entryList({QStringLiteral("history.sqlite3.corrupt-*")});
    ASSERT_EQ(aside.size(), 1);
    EXPECT_EQ(QFileInfo(dir.file(QStringLiteral("data/") + aside[0])).size(), 8192);
}

} // namespace

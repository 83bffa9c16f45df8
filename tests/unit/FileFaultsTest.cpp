// SPDX-License-Identifier: GPL-3.0-or-later
// Files that are not what they should be: the settings file and the user's exercise
// file as pipes, huge, garbage or with endless values. Each is refused quickly, the
// person's file is never lost, and what is said about it stays short.
#include "core/ExerciseCatalogue.h"
#include "core/Settings.h"
#include "tests/support/TempDir.h"

#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

/// Bytes QSettings calls malformed (lines without "="), but no '=' and no newline.
QByteArray garbage(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<char>((i * 7919 + 13) % 251);
        bytes[i] = c == '=' || c == '\n' ? '\x01' : c;
    }
    return bytes;
}

TEST(SettingsFaults, AnUnreadableFileIsKeptAsideOnTheFirstWriteNotOverwritten)
{
    test::TempDir dir;
    const QString path = dir.file(u"limber.conf"_s);
    // What could be read is used, the rest is malformed.
    const QByteArray original = "[schedule]\nwork_interval=20\n" + garbage(4096) + '\n';
    write(path, original);
    Settings settings(path);
    settings.load();
    ASSERT_FALSE(settings.warnings().isEmpty());
    EXPECT_EQ(settings.workInterval(), std::chrono::minutes(20));

    QString error;
    EXPECT_TRUE(settings.setValue(SettingKey::DailyGoal, 2, &error)) << qPrintable(error);
    EXPECT_EQ(readAll(path + u".bad"_s), original);
    Settings again(path);
    again.load();
    EXPECT_TRUE(again.warnings().isEmpty()) << qPrintable(again.warnings().join(u'\n'));
    EXPECT_EQ(again.workInterval(), std::chrono::minutes(20)); // carried over
    EXPECT_EQ(again.dailyGoal(), 2);

    // A second bad file does not replace the first one kept aside.
    write(path, original + "x");
    again.load();
    EXPECT_TRUE(again.setValue(SettingKey::DailyGoal, 3));
    EXPECT_EQ(readAll(path + u".bad"_s), original);
    EXPECT_EQ(readAll(path + u".bad-2"_s), original + "x");
}

TEST(SettingsFaults, AHugeFileIsNotReadAndDefaultsApply)
{
    test::TempDir dir;
    const QString path = dir.file(u"limber.conf"_s);
    QByteArray huge = "[schedule]\nwork_interval=20\n";
    while (huge.size() <= 2 * 1024 * 1024)
        huge += "[junk]\nkey=value value value value value value value value\n";
    write(path, huge);
    Settings settings(path);
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(settings.load());
    EXPECT_LT(timer.elapsed(), 1000);
    EXPECT_EQ(settings.workInterval(), std::chrono::minutes(45));
    ASSERT_EQ(settings.warnings().size(), 1);
    EXPECT_TRUE(settings.warnings()[0].contains("larger than 1 MiB"_L1));
    EXPECT_TRUE(settings.setValue(SettingKey::WorkInterval, 25));
    EXPECT_EQ(QFileInfo(path + u".bad"_s).size(), huge.size());
}

TEST(SettingsFaults, ANamedPipeIsNotWaitedOn)
{
    test::TempDir dir;
    const QString path = dir.file(u"limber.conf"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    Settings settings(path);
    EXPECT_FALSE(settings.load()); // returns at once: nobody ever writes to the pipe
    EXPECT_EQ(settings.workInterval(), std::chrono::minutes(45));
    EXPECT_EQ(settings.warnings().size(), 1);
}

TEST(SettingsFaults, AnEndlessValueGivesAShortOneLineWarning)
{
    test::TempDir dir;
    const QString path = dir.file(u"limber.conf"_s);
    write(path, "[schedule]\nwork_interval=" + QByteArray(200000, '9') +
                    "\n[routine]\nlocation=\"" + QByteArray(5000, 'x') + "\n");
    Settings settings(path);
    settings.load();
    ASSERT_EQ(settings.warnings().size(), 2) << qPrintable(settings.warnings().join(u'\n'));
    for (const QString &warning : settings.warnings()) {
        EXPECT_LT(warning.size(), 200) << qPrintable(warning.left(300));
        EXPECT_FALSE(warning.contains(u'\n'));
    }
    EXPECT_EQ(settings.workInterval(), std::chrono::minutes(45));
}

TEST(CatalogueFaults, ANamedPipeOrADeviceIsRefusedNotRead)
{
    test::TempDir dir;
    const QString pipe = dir.file(u"exercises.json"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    ExerciseCatalogue catalogue;
    ASSERT_TRUE(catalogue.loadBuiltIn());
    const auto builtIn = catalogue.exercises().size();
    EXPECT_FALSE(catalogue.addUserFile(pipe)); // would block for ever if opened
    ASSERT_EQ(catalogue.errors().size(), 1);
    EXPECT_EQ(catalogue.errors()[0].message, u"not a plain file"_s);

    const QString device = dir.file(u"zero.json"_s);
    ASSERT_TRUE(QFile::link(u"/dev/zero"_s, device));
    EXPECT_FALSE(catalogue.addUserFile(device));
    EXPECT_EQ(catalogue.exercises().size(), builtIn);
}

} // namespace

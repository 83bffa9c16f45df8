// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Settings.h"
#include "core/ExerciseCatalogue.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QSignalSpy>
#include <QTextStream>

#include <QSysInfo>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;

namespace {

class SettingsTest : public ::testing::Test
{
protected:
    test::TempDir dir;
    QString path = dir.file(u"limber/limber.conf"_s);

    void writeConfig(const char *text)
    {
        QDir().mkpath(dir.file(u"limber"_s));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    bool warned(const char *key) const
    {
        for (const QString &w : settings.warnings())
            if (w.contains(QLatin1String(key)))
                return true;
        return false;
    }

    Settings settings{path};
};

TEST_F(SettingsTest, TableIsInEnumOrderWithSaneDefaults)
{
    const auto specs = settingSpecs();
    ASSERT_EQ(specs.size(), kSettingCount);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        SCOPED_TRACE(specs[i].name.data());
        EXPECT_EQ(static_cast<std::size_t>(specs[i].key), i);
        QString problem;
        EXPECT_EQ(normalisedValue(specs[i], specs[i].defaultValue, &problem),
                  specs[i].defaultValue);
        EXPECT_TRUE(problem.isEmpty()) << qPrintable(problem);
        EXPECT_FALSE(specs[i].description.isEmpty());
    }
}

TEST_F(SettingsTest, MissingFileGivesDefaults)
{
    EXPECT_TRUE(settings.load());
    EXPECT_TRUE(settings.warnings().isEmpty());
    EXPECT_EQ(settings.workInterval(), 45min);
    EXPECT_EQ(settings.breakLength(), 120s);
    EXPECT_EQ(settings.snoozeLength(), 10min);
    EXPECT_EQ(settings.reminderRepeat(), 5min);
    EXPECT_EQ(settings.naturalBreakThreshold(), 5min);
    EXPECT_EQ(settings.dailyGoal(), 4);
    EXPECT_EQ(settings.location(), Location::Desk);
    EXPECT_EQ(settings.equipment(), bit(Equipment::Wall));
    EXPECT_TRUE(settings.startAtLogin());
    EXPECT_FALSE(settings.quietHours().enabled);
}

TEST_F(SettingsTest, ValidValuesAreRead)
{
    writeConfig("[schedule]\nwork_interval=50\nbreak_length=90\n"
                "[routine]\nlocation=home\nequipment=foam_roller, towel\n"
                "[quiet_hours]\nenabled=true\nstart=21:30\nend=06:45\n");
    ASSERT_TRUE(settings.load());
    EXPECT_TRUE(settings.warnings().isEmpty()) << qPrintable(settings.warnings().join(u'\n'));
    EXPECT_EQ(settings.workInterval(), 50min);
    EXPECT_EQ(settings.breakLength(), 90s);
    EXPECT_EQ(settings.location(), Location::Home);
    EXPECT_EQ(settings.equipment(), bit(Equipment::FoamRoller) | bit(Equipment::Towel));
    const QuietHours q = settings.quietHours();
    EXPECT_TRUE(q.enabled);
    EXPECT_EQ(q.start, QTime(21, 30));
    EXPECT_TRUE(q.contains(QTime(23, 0)));
    EXPECT_TRUE(q.contains(QTime(3, 0)));
    EXPECT_FALSE(q.contains(QTime(12, 0)));
}

TEST_F(SettingsTest, OutOfRangeValuesAreClampedWithAWarningNamingTheKey)
{
    writeConfig("[schedule]\nwork_interval=5\nbreak_length=100000\nnatural_break_threshold=-4\n");
    ASSERT_TRUE(settings.load());
    EXPECT_EQ(settings.workInterval(), 10min);
    EXPECT_EQ(settings.breakLength(), 900s);
    EXPECT_EQ(settings.naturalBreakThreshold(), 1min);
    EXPECT_TRUE(warned("schedule/work_interval"));
    EXPECT_TRUE(warned("schedule/break_length"));
    EXPECT_TRUE(warned("schedule/natural_break_threshold"));
}

TEST_F(SettingsTest, MalformedValuesFallBackToDefaults)
{
    writeConfig("[schedule]\nwork_interval=forty\nsnooze=1e99\n"
                "[goals]\ndaily_goal=\n[login]\nstart_at_login=maybe\n"
                "[routine]\nlocation=moon\nequipment=wall, jetpack\n"
                "[quiet_hours]\nstart=25:99\n");
    ASSERT_TRUE(settings.load());
    EXPECT_EQ(settings.workInterval(), 45min);
    EXPECT_EQ(settings.snoozeLength(), 10min);
    EXPECT_EQ(settings.dailyGoal(), 4);
    EXPECT_TRUE(settings.startAtLogin());
    EXPECT_EQ(settings.location(), Location::Desk);
    EXPECT_EQ(settings.equipment(), bit(Equipment::Wall)) << "the known item is kept";
    EXPECT_EQ(settings.quietHours().start, QTime(22, 0));
    for (const char *key :
         {"schedule/work_interval", "schedule/snooze", "goals/daily_goal", "login/start_at_login",
          "routine/location", "routine/equipment", "quiet_hours/start"})
        EXPECT_TRUE(warned(key)) << key;
}

TEST_F(SettingsTest, TheSyncFolderIsAnAbsolutePathAndTheNameOneShortLine)
{
    const QByteArray config =
        "[sync]\nfolder=Sync/limber\ndevice_name=" + QByteArray(80, 'x') + '\n';
    writeConfig(config.constData());
    ASSERT_TRUE(settings.load());
    EXPECT_TRUE(settings.syncFolder().isEmpty()) << "a relative path: sync stays off";
    EXPECT_TRUE(warned("sync/folder"));
    EXPECT_EQ(settings.syncDeviceName().size(), 60);
    EXPECT_TRUE(warned("sync/device_name"));
    // Cut where a space was, the name loses the space too: read again, it stays as it is
    // (found by fuzz_settings).
    const SettingSpec &name = specFor(SettingKey::SyncDeviceName);
    QString problem;
    const QVariant cut = normalisedValue(name, QVariant(QString(59, u'x') + u" yyyy"_s), &problem);
    EXPECT_EQ(cut.toString(), QString(59, u'x'));
    EXPECT_EQ(normalisedValue(name, storedForm(name, cut), &problem), cut);
    EXPECT_TRUE(problem.isEmpty());

    writeConfig("[sync]\nfolder=/home/anna/Sync//limber/\ndevice_name=\n");
    ASSERT_TRUE(settings.load());
    EXPECT_EQ(settings.syncFolder(), u"/home/anna/Sync/limber"_s);
    EXPECT_EQ(settings.syncDeviceName(), QSysInfo::machineHostName()) << "empty: the host name";
}

TEST_F(SettingsTest, ExcludedExercisesAreIdsAndABadOneLosesNothingElse)
{
    writeConfig("[schedule]\nwork_interval=50\n"
                "[routine]\nexcluded=wall-angels, Bad Id!, cat-cow, wall-angels, no-such-one\n"
                "location=home\n");
    ASSERT_TRUE(settings.load());
    EXPECT_EQ(settings.excludedExercises(),
              (QStringList{u"cat-cow"_s, u"no-such-one"_s, u"wall-angels"_s}))
        << "sorted, each once; the malformed item dropped";
    EXPECT_TRUE(warned("routine/excluded"));
    EXPECT_TRUE(settings.warnings().join(u'\n').contains(u"Bad Id!"_s));
    EXPECT_EQ(settings.workInterval(), 50min);
    EXPECT_EQ(settings.location(), Location::Home);
    EXPECT_EQ(settings.planRequest().excludedExerciseIds, settings.excludedExercises());

    // An id the catalogue does not have is kept (a user file may come back), with one
    // warning naming it.
    ExerciseCatalogue catalogue;
    ASSERT_TRUE(catalogue.loadBuiltIn());
    const qsizetype before = settings.warnings().size();
    settings.checkExcludedExercises(catalogue);
    ASSERT_EQ(settings.warnings().size(), before + 1);
    EXPECT_TRUE(settings.warnings().constLast().contains(u"no-such-one"_s));
    EXPECT_FALSE(settings.warnings().constLast().contains(u"cat-cow"_s));
    EXPECT_TRUE(settings.excludedExercises().contains(u"no-such-one"_s));
}

TEST_F(SettingsTest, IncludingAndExcludingAnExerciseIsSavedAtOnce)
{
    QSignalSpy changed(&settings, &Settings::changed);
    ASSERT_TRUE(settings.setExerciseIncluded(u"open-book"_s, false));
    ASSERT_TRUE(settings.setExerciseIncluded(u"cat-cow"_s, false));
    ASSERT_TRUE(settings.setExerciseIncluded(u"cat-cow"_s, false));
    EXPECT_EQ(changed.count(), 2) << "excluding twice changes nothing";
    Settings reread(path);
    ASSERT_TRUE(reread.load());
    EXPECT_EQ(reread.excludedExercises(), (QStringList{u"cat-cow"_s, u"open-book"_s}));
    EXPECT_TRUE(reread.warnings().isEmpty());
    ASSERT_TRUE(settings.setExerciseIncluded(u"open-book"_s, true));
    ASSERT_TRUE(reread.load());
    EXPECT_EQ(reread.excludedExercises(), QStringList{u"cat-cow"_s});
}

TEST_F(SettingsTest, BinaryGarbageNeverCrashes)
{
    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(static_cast<char>((i * 7919) % 256));
    writeConfig(junk.constData());
    settings.load();
    EXPECT_GE(settings.workInterval(), 10min);
    EXPECT_LE(settings.workInterval(), 180min);
}

TEST_F(SettingsTest, SetValueValidatesPersistsAndSignals)
{
    QSignalSpy changed(&settings, &Settings::changed);
    EXPECT_TRUE(settings.setValue(SettingKey::WorkInterval, 30));
    EXPECT_EQ(changed.count(), 1);
    QString error;
    EXPECT_FALSE(settings.setValue(SettingKey::DailyGoal, 99, &error));
    EXPECT_TRUE(error.contains("goals/daily_goal"_L1));
    EXPECT_EQ(settings.dailyGoal(), 24) << "clamped, still applied";
    EXPECT_TRUE(settings.setValue(SettingKey::Equipment, QStringList{u"towel"_s, u"wall"_s}));

    EXPECT_EQ(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup), 0);
    Settings reread(path);
    ASSERT_TRUE(reread.load());
    EXPECT_EQ(reread.workInterval(), 30min);
    EXPECT_EQ(reread.dailyGoal(), 24);
    EXPECT_EQ(reread.equipment(), bit(Equipment::Towel) | bit(Equipment::Wall));
    EXPECT_TRUE(reread.warnings().isEmpty());
}

TEST_F(SettingsTest, UnwritableDirectoryIsReportedNotFatal)
{
    Settings s(u"/proc/limber-cannot-exist/limber.conf"_s);
    QString error;
    EXPECT_FALSE(s.setValue(SettingKey::WorkInterval, 60, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(s.workInterval(), 60min) << "the value still applies to this run";
}

} // namespace

namespace {

TEST(SettingsDocumentation, EveryKeyIsListedInDocsSettings)
{
    QFile doc(qEnvironmentVariable("LIMBER_SOURCE_DIR") + u"/docs/SETTINGS.md"_s);
    ASSERT_TRUE(doc.open(QIODevice::ReadOnly)) << qPrintable(doc.fileName());
    const QString text = QString::fromUtf8(doc.readAll());
    for (const SettingSpec &spec : settingSpecs())
        EXPECT_TRUE(text.contains(u'`' + spec.name + u'`')) << spec.name.data();
}

} // namespace

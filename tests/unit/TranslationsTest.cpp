// SPDX-License-Identifier: GPL-3.0-or-later
// The translations at work: each installed for its locale (and only then, falling back
// from a region to the language), with its plural forms, for the daemon's words and the
// command line's. TranslationFilesTest checks the .ts files themselves.
#include "app/common/Translations.h"
#include "core/StatsReport.h"
#include "core/StatusReport.h"
#include "tests/support/TempDir.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using limber::test::TempDir;
using namespace std::chrono_literals;

namespace {

QString translate(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

class TranslationsTest : public ::testing::Test
{
protected:
    void TearDown() override { removeTranslations(); }

    const QString tsFile = QStringLiteral(LIMBER_TS_DIR "/limber_de.ts");
};

TEST_F(TranslationsTest, GermanIsBuiltInAsAResource)
{
    EXPECT_TRUE(QFileInfo::exists(translationsDirectory() + u"/limber_de.qm"_s));
}

TEST_F(TranslationsTest, AGermanLocaleInstallsGermanAndAnEnglishOneOnlyPluralForms)
{
    EXPECT_TRUE(
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)).language.isEmpty());
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 1), u"1 day"_s);
    removeTranslations();
    EXPECT_TRUE(installTranslations(QLocale::c()).language.isEmpty());
    removeTranslations();
    // A language Limber does not speak reads English.
    EXPECT_TRUE(installTranslations(QLocale(QLocale::Italian, QLocale::Italy)).language.isEmpty());
    EXPECT_EQ(translate("limber::TrayIcon", "Start break now"), u"Start break now"_s);

    // An Austrian German falls back to limber_de.
    EXPECT_EQ(installTranslations(QLocale(QLocale::German, QLocale::Austria)).language, u"de"_s);
    EXPECT_EQ(translate("limber::TrayIcon", "Start break now"), u"Pause jetzt beginnen"_s);
    removeTranslations();
    EXPECT_EQ(translate("limber::TrayIcon", "Start break now"), u"Start break now"_s);
}

TEST_F(TranslationsTest, KeyStringsReadGermanWithPluralForms)
{
    ASSERT_EQ(installTranslations(QLocale(QLocale::German, QLocale::Germany)).language, u"de"_s);
    EXPECT_EQ(translate("limber::ReminderFlow", "Time to move"), u"Zeit für Bewegung"_s);
    EXPECT_EQ(translate("limber::TrayMenuModel", "Current streak"), u"Aktuelle Serie"_s);
    EXPECT_EQ(translate("limber::BreakWindow", "Break complete"), u"Pause geschafft"_s);
    EXPECT_EQ(translate("limber::FreedesktopNotifier", "Skip"), u"Überspringen"_s);
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 2), u"2 Tage"_s);
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 21), u"21 Tage"_s);
    EXPECT_EQ(translate("limber::text", "%n reps", 1), u"1 Wiederholung"_s);
    EXPECT_EQ(translate("limber::text", "%n reps", 8), u"8 Wiederholungen"_s);
    // The settings table's descriptions, marked with QT_TRANSLATE_NOOP in core/.
    EXPECT_EQ(translate("limber::SettingsSchema", "Quiet hours begin"), u"Beginn der Ruhezeiten"_s);
}

TEST_F(TranslationsTest, FrenchAndSpanishInstallForTheirRegionsWithTheirPluralForms)
{
    // Canadian French and Mexican Spanish fall back to limber_fr and limber_es.
    ASSERT_EQ(installTranslations(QLocale(QLocale::French, QLocale::Canada)).language, u"fr"_s);
    EXPECT_EQ(translate("limber::ReminderFlow", "Time to move"), u"C'est l'heure de bouger"_s);
    EXPECT_EQ(translate("limber::TrayMenuModel", "Current streak"), u"Série en cours"_s);
    // French counts 0 and 1 in the singular.
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 0), u"0 jour"_s);
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 1), u"1 jour"_s);
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 2), u"2 jours"_s);
    EXPECT_EQ(translate("limber::text", "%n reps", 8), u"8 répétitions"_s);
    removeTranslations();

    ASSERT_EQ(installTranslations(QLocale(QLocale::Spanish, QLocale::Mexico)).language, u"es"_s);
    EXPECT_EQ(translate("limber::ReminderFlow", "Time to move"), u"Hora de moverte"_s);
    EXPECT_EQ(translate("limber::BreakWindow", "Break complete"), u"Pausa completada"_s);
    // Spanish: 1 alone is singular.
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 0), u"0 días"_s);
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 1), u"1 día"_s);
    EXPECT_EQ(translate("limber::text", "%n reps", 1), u"1 repetición"_s);
}

TEST_F(TranslationsTest, EnglishSaysOneDayAndTwoDays)
{
    for (const QLocale &locale :
         {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale::c()}) {
        installTranslations(locale);
        EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 1), u"1 day"_s);
        EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 2), u"2 days"_s);
        EXPECT_EQ(translate("limber::TrayMenuModel", "%1 of %n breaks", 1), u"%1 of 1 break"_s);
        EXPECT_EQ(translate("limber::text", "%n reps", 1), u"1 rep"_s);
        EXPECT_EQ(translate("limber::text", "%n reps", 0), u"0 reps"_s);
        EXPECT_EQ(translate("limber::TrayMenuModel", "Start break now"), u"Start break now"_s);
        removeTranslations();
    }
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 1), u"1 days"_s)
        << "without limber_en the sources' text is all there is";
}

TEST_F(TranslationsTest, CoreTextFollowsTheInstalledLanguage)
{
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    StatusReport status;
    status.state = TrackerState::Sitting;
    status.sitting = 32min;
    status.untilBreak = 13min;
    EXPECT_EQ(status.summary(), u"Sitting 32 min · next break in 13 min"_s);
    StatsReport stats;
    stats.goal = 4;
    stats.completedToday = 2;
    stats.streak.current = 1;
    stats.streak.best = 3;
    EXPECT_TRUE(
        stats.toText().startsWith(u"Today: 2 of 4 breaks (0 partial)\nStreak: 1 day (best 3)\n"_s))
        << qPrintable(stats.toText());

    removeTranslations();
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(status.summary(), u"32 Min. gesessen · nächste Pause in 13 Min."_s);
    // The JSON is a contract: it stays English.
    EXPECT_EQ(status.toJson()["state"_L1].toString(), u"sitting"_s);
    EXPECT_TRUE(stats.toText().startsWith(
        u"Heute: 2 von 4 Pausen (0 teilweise)\nSerie: 1 Tag (beste: 3)\n"_s))
        << qPrintable(stats.toText());
}

TEST_F(TranslationsTest, QtsOwnWordsComeInTheSameLanguageWhenInstalled)
{
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
    if (!QFileInfo::exists(qtbase))
        GTEST_SKIP() << "no " << qPrintable(qtbase) << " (Debian: qt6-translations-l10n)";
    EXPECT_TRUE(installTranslations(QLocale(QLocale::German, QLocale::Germany)).qt);
    EXPECT_EQ(translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

/// The real binary with private directories, in the language `environment` asks for;
/// this machine has no de_DE locale generated (Qt reads the variables itself).
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun limber(const TempDir &dir, const QStringList &args,
              const QList<std::pair<QString, QString>> &environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QLatin1String(name));
    env.insert(u"LIMBER_CONFIG_DIR"_s, dir.file(u"config"_s));
    env.insert(u"LIMBER_DATA_DIR"_s, dir.file(u"data"_s));
    env.insert(u"XDG_RUNTIME_DIR"_s, dir.file(u"runtime"_s));
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIMBER_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(20000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const std::pair<QString, QString> kLangGerman{u"LANG"_s, u"de_DE.UTF-8"_s};

TEST(TranslationsCliTest, TheHelpAndUsageErrorsFollowTheSystemLocale)
{
    TempDir dir;
    const CliRun help = limber(dir, {u"--help"_s}, {kLangGerman});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith(u"Aufruf: limber [BEFEHL]\n"_s)) << qPrintable(help.out);
    EXPECT_TRUE(help.out.contains(u"  --break-now        jetzt eine angeleitete Pause"_s))
        << qPrintable(help.out);

    // LANGUAGE alone is enough, as with gettext programs.
    const CliRun bad =
        limber(dir, {u"--bogus"_s}, {{u"LANG"_s, u"C.UTF-8"_s}, {u"LANGUAGE"_s, u"de"_s}});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err, u"limber: unbekannte Option „--bogus“; siehe limber --help\n"_s);

    // French and Spanish the same way.
    const CliRun french = limber(dir, {u"--help"_s}, {{u"LANG"_s, u"fr_FR.UTF-8"_s}});
    EXPECT_TRUE(french.out.startsWith(u"Utilisation\u00a0: limber [COMMANDE]\n"_s))
        << qPrintable(french.out);
    const CliRun spanish = limber(dir, {u"--bogus"_s}, {{u"LANGUAGE"_s, u"es"_s}});
    EXPECT_EQ(spanish.err, u"limber: opción desconocida «--bogus»; véase limber --help\n"_s);

    // English first in LANGUAGE wins over a German LANG; C stays English.
    for (const auto &environment :
         {QList<std::pair<QString, QString>>{kLangGerman, {u"LANGUAGE"_s, u"en_GB:de"_s}},
          QList<std::pair<QString, QString>>{{u"LANG"_s, u"C.UTF-8"_s}},
          QList<std::pair<QString, QString>>{}}) {
        const CliRun english = limber(dir, {u"--help"_s}, environment);
        EXPECT_TRUE(english.out.startsWith(u"Usage: limber [COMMAND]\n"_s))
            << qPrintable(english.out);
    }
}

TEST(TranslationsCliTest, StatsWithoutADaemonSpeakGermanButItsJsonDoesNot)
{
    TempDir dir;
    const CliRun text = limber(dir, {u"--stats"_s}, {kLangGerman});
    EXPECT_EQ(text.exitCode, 0) << qPrintable(text.err);
    EXPECT_TRUE(
        text.out.startsWith(u"Heute: 0 von 4 Pausen (0 teilweise)\nSerie: 0 Tage (beste: 0)\n"_s))
        << qPrintable(text.out);
    // German day names from QLocale, German words for the day's status.
    EXPECT_TRUE(text.out.contains(u"Diese Woche: Mo. "_s)) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(u" heute"_s)) << qPrintable(text.out);

    const CliRun json = limber(dir, {u"--stats"_s, u"--json"_s}, {kLangGerman});
    EXPECT_TRUE(json.out.contains(u"\"status\": \"today\""_s)) << qPrintable(json.out);
    EXPECT_FALSE(json.out.contains(u"heute"_s)) << qPrintable(json.out);
}

} // namespace

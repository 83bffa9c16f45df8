// SPDX-License-Identifier: GPL-3.0-or-later
// The German translation: built in as a resource, installed for a German locale (and
// only then), complete, and consistent with the sources (placeholders, plural forms,
// no string in the sources that the .ts does not have).
#include "app/common/Translations.h"
#include "core/StatsReport.h"
#include "core/StatusReport.h"
#include "tests/support/TempDir.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace limber;
using limber::test::TempDir;
using namespace std::chrono_literals;

namespace {

QString translate(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished" ...
    QStringList forms;
};

/// Every message of a .ts file, read with QXmlStreamReader.
QList<Message> readTs(const QString &path, QString *language)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages << current;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            current.forms << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    return messages;
}

/// %1 … %99 and %n in a text, as a set.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : re.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

QString describe(const Message &m)
{
    return m.context + QStringLiteral(" | ") + m.source;
}

class TranslationsTest : public ::testing::Test
{
protected:
    void TearDown() override { removeTranslations(); }

    const QString tsFile = QStringLiteral(LIMBER_TS_DIR "/limber_de.ts");
};

TEST_F(TranslationsTest, GermanIsBuiltInAsAResource)
{
    EXPECT_TRUE(QFileInfo::exists(translationsDirectory() + QStringLiteral("/limber_de.qm")));
}

TEST_F(TranslationsTest, AGermanLocaleInstallsGermanAndAnEnglishOneOnlyPluralForms)
{
    EXPECT_TRUE(
        installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)).language.isEmpty());
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 1), QStringLiteral("1 day"));
    removeTranslations();
    EXPECT_TRUE(installTranslations(QLocale::c()).language.isEmpty());
    removeTranslations();
    EXPECT_TRUE(installTranslations(QLocale(QLocale::French, QLocale::France)).language.isEmpty());
    EXPECT_EQ(translate("limber::TrayIcon", "Start break now"), QStringLiteral("Start break now"));

    // An Austrian German falls back to limber_de.
    EXPECT_EQ(installTranslations(QLocale(QLocale::German, QLocale::Austria)).language,
              QStringLiteral("de"));
    EXPECT_EQ(translate("limber::TrayIcon", "Start break now"),
              QStringLiteral("Pause jetzt beginnen"));
    removeTranslations();
    EXPECT_EQ(translate("limber::TrayIcon", "Start break now"), QStringLiteral("Start break now"));
}

TEST_F(TranslationsTest, KeyStringsReadGermanWithPluralForms)
{
    ASSERT_EQ(installTranslations(QLocale(QLocale::German, QLocale::Germany)).language,
              QStringLiteral("de"));
    EXPECT_EQ(translate("limber::ReminderFlow", "Time to move"),
              QStringLiteral("Zeit für Bewegung"));
    EXPECT_EQ(translate("limber::TrayMenuModel", "Current streak"),
              QStringLiteral("Aktuelle Serie"));
    EXPECT_EQ(translate("limber::BreakWindow", "Break complete"),
              QStringLiteral("Pause geschafft"));
    EXPECT_EQ(translate("limber::FreedesktopNotifier", "Skip"), QStringLiteral("Überspringen"));
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 2), QStringLiteral("2 Tage"));
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 21), QStringLiteral("21 Tage"));
    EXPECT_EQ(translate("limber::text", "%n reps", 1), QStringLiteral("1 Wiederholung"));
    EXPECT_EQ(translate("limber::text", "%n reps", 8), QStringLiteral("8 Wiederholungen"));
    // The settings table's descriptions, marked with QT_TRANSLATE_NOOP in core/.
    EXPECT_EQ(translate("limber::SettingsSchema", "Quiet hours begin"),
              QStringLiteral("Beginn der Ruhezeiten"));
}

TEST_F(TranslationsTest, EnglishSaysOneDayAndTwoDays)
{
    for (const QLocale &locale :
         {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale::c()}) {
        installTranslations(locale);
        EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 1), QStringLiteral("1 day"));
        EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 2), QStringLiteral("2 days"));
        EXPECT_EQ(translate("limber::TrayMenuModel", "%1 of %n breaks", 1),
                  QStringLiteral("%1 of 1 break"));
        EXPECT_EQ(translate("limber::text", "%n reps", 1), QStringLiteral("1 rep"));
        EXPECT_EQ(translate("limber::text", "%n reps", 0), QStringLiteral("0 reps"));
        EXPECT_EQ(translate("limber::TrayMenuModel", "Start break now"),
                  QStringLiteral("Start break now"));
        removeTranslations();
    }
    EXPECT_EQ(translate("limber::TrayMenuModel", "%n days", 1), QStringLiteral("1 days"))
        << "without limber_en the sources' text is all there is";
}

TEST_F(TranslationsTest, CoreTextFollowsTheInstalledLanguage)
{
    installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    StatusReport status;
    status.state = TrackerState::Sitting;
    status.sitting = 32min;
    status.untilBreak = 13min;
    EXPECT_EQ(status.summary(), QStringLiteral("Sitting 32 min · next break in 13 min"));
    StatsReport stats;
    stats.goal = 4;
    stats.completedToday = 2;
    stats.streak.current = 1;
    stats.streak.best = 3;
    EXPECT_TRUE(stats.toText().startsWith(
        QStringLiteral("Today: 2 of 4 breaks (0 partial)\nStreak: 1 day (best 3)\n")))
        << qPrintable(stats.toText());

    removeTranslations();
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    EXPECT_EQ(status.summary(), QStringLiteral("32 Min. gesessen · nächste Pause in 13 Min."));
    // The JSON is a contract: it stays English.
    EXPECT_EQ(status.toJson()[QLatin1String("state")].toString(), QStringLiteral("sitting"));
    EXPECT_TRUE(stats.toText().startsWith(
        QStringLiteral("Heute: 2 von 4 Pausen (0 teilweise)\nSerie: 1 Tag (beste: 3)\n")))
        << qPrintable(stats.toText());
}

TEST_F(TranslationsTest, QtsOwnWordsComeInTheSameLanguageWhenInstalled)
{
    const QString qtbase =
        QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFileInfo::exists(qtbase))
        GTEST_SKIP() << "no " << qPrintable(qtbase) << " (Debian: qt6-translations-l10n)";
    EXPECT_TRUE(installTranslations(QLocale(QLocale::German, QLocale::Germany)).qt);
    EXPECT_EQ(translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

TEST_F(TranslationsTest, EveryMessageOfTheTsFileIsTranslated)
{
    QString language;
    const QList<Message> messages = readTs(tsFile, &language);
    EXPECT_EQ(language, QStringLiteral("de_DE"));
    ASSERT_GT(messages.size(), 200);
    for (const Message &m : messages) {
        EXPECT_TRUE(m.type.isEmpty())
            << "type=\"" << qPrintable(m.type) << "\": " << qPrintable(describe(m));
        EXPECT_EQ(m.forms.size(), m.numerus ? 2 : 1) << qPrintable(describe(m));
        for (const QString &form : m.forms) {
            EXPECT_FALSE(form.trimmed().isEmpty()) << qPrintable(describe(m));
            // A numerus form may leave out %n ("einmal"); every other placeholder stays.
            QSet<QString> expected = placeholders(m.source);
            QSet<QString> got = placeholders(form);
            if (m.numerus) {
                expected.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            EXPECT_EQ(got, expected) << qPrintable(describe(m)) << " → " << qPrintable(form);
        }
    }
}

TEST_F(TranslationsTest, TheBuiltInQmHasEveryMessageOfTheTsFile)
{
    QTranslator qm;
    ASSERT_TRUE(qm.load(QStringLiteral("limber_de"), translationsDirectory()));
    QString language;
    for (const Message &m : readTs(tsFile, &language)) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got =
            qm.translate(context.constData(), source.constData(),
                         comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 5 : -1);
        const QString want = m.numerus ? m.forms.value(1) : m.forms.value(0);
        EXPECT_EQ(got, want) << qPrintable(describe(m));
    }
}

/// What lupdate finds in the sources today (only the plural forms with `pluralOnly`, as
/// for limber_en.ts); empty and a test failure when it cannot run.
QList<Message> lupdateSources(const TempDir &dir, bool pluralOnly)
{
    const QString fresh = dir.file(QStringLiteral("fresh.ts"));
    QStringList args{QStringLiteral("-silent"),
                     QStringLiteral("-locations"),
                     QStringLiteral("none"),
                     QStringLiteral("-no-obsolete"),
                     QStringLiteral("-extensions"),
                     QStringLiteral("cpp,h"),
                     QStringLiteral("-I"),
                     QStringLiteral(LIMBER_SOURCE_ROOT),
                     QStringLiteral("app"),
                     QStringLiteral("core"),
                     QStringLiteral("platform"),
                     QStringLiteral("-ts"),
                     fresh};
    if (pluralOnly)
        args << QStringLiteral("-pluralonly");
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(LIMBER_SOURCE_ROOT));
    p.start(QStringLiteral(LIMBER_LUPDATE), args);
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().constData();
    QString language;
    return readTs(fresh, &language);
}

bool haveLupdate()
{
    const QString lupdate = QStringLiteral(LIMBER_LUPDATE);
    return !lupdate.isEmpty() && QFileInfo::exists(lupdate);
}

QSet<QString> knownIn(const QString &tsFile)
{
    QString language;
    QSet<QString> known;
    for (const Message &m : readTs(tsFile, &language))
        known.insert(describe(m) + QLatin1Char('|') + m.comment);
    return known;
}

// lupdate over the sources must find nothing the .ts lacks: a new tr() string fails here
// until `cmake --build <dir> --target limber_lupdate` and a translation (docs/TRANSLATING.md).
TEST_F(TranslationsTest, TheTsFileHasEveryStringOfTheSources)
{
    if (!haveLupdate())
        GTEST_SKIP() << "lupdate not found (Debian: qt6-l10n-tools)";
    TempDir dir;
    const QSet<QString> known = knownIn(tsFile);
    const QList<Message> found = lupdateSources(dir, false);
    ASSERT_GT(found.size(), 200) << "lupdate found too little; is the source tree there?";
    for (const Message &m : found)
        EXPECT_TRUE(known.contains(describe(m) + QLatin1Char('|') + m.comment))
            << "not in limber_de.ts: " << qPrintable(describe(m));
}

// The same for English, whose file has only the strings with a plural (%n).
TEST_F(TranslationsTest, TheEnglishTsFileHasEveryPluralOfTheSourcesInBothForms)
{
    const QString english = QStringLiteral(LIMBER_TS_DIR "/limber_en.ts");
    QString language;
    const QList<Message> messages = readTs(english, &language);
    EXPECT_EQ(language, QStringLiteral("en"));
    ASSERT_GT(messages.size(), 10);
    for (const Message &m : messages) {
        EXPECT_TRUE(m.numerus && m.type.isEmpty()) << qPrintable(describe(m));
        ASSERT_EQ(m.forms.size(), 2) << qPrintable(describe(m));
        EXPECT_EQ(m.forms.at(1), m.source) << "the plural is the source itself";
        EXPECT_NE(m.forms.at(0), m.source) << "a singular of its own: " << qPrintable(describe(m));
        EXPECT_EQ(placeholders(m.forms.at(0)), placeholders(m.source)) << qPrintable(describe(m));
    }
    if (!haveLupdate())
        GTEST_SKIP() << "lupdate not found (Debian: qt6-l10n-tools)";
    TempDir dir;
    const QSet<QString> known = knownIn(english);
    for (const Message &m : lupdateSources(dir, true))
        EXPECT_TRUE(known.contains(describe(m) + QLatin1Char('|') + m.comment))
            << "not in limber_en.ts: " << qPrintable(describe(m));
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
    env.insert(QStringLiteral("LIMBER_CONFIG_DIR"), dir.file(QStringLiteral("config")));
    env.insert(QStringLiteral("LIMBER_DATA_DIR"), dir.file(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.file(QStringLiteral("runtime")));
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIMBER_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(20000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

const std::pair<QString, QString> kLangGerman{QStringLiteral("LANG"),
                                              QStringLiteral("de_DE.UTF-8")};

TEST(TranslationsCliTest, TheHelpAndUsageErrorsFollowTheSystemLocale)
{
    TempDir dir;
    const CliRun help = limber(dir, {QStringLiteral("--help")}, {kLangGerman});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Aufruf: limber [BEFEHL]\n")))
        << qPrintable(help.out);
    EXPECT_TRUE(
        help.out.contains(QStringLiteral("  --break-now        jetzt eine angeleitete Pause")))
        << qPrintable(help.out);

    // LANGUAGE alone is enough, as with gettext programs.
    const CliRun bad = limber(dir, {QStringLiteral("--bogus")},
                              {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                               {QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err,
              QStringLiteral("limber: unbekannte Option „--bogus“; siehe limber --help\n"));

    // English first in LANGUAGE wins over a German LANG; C stays English.
    for (const auto &environment :
         {QList<std::pair<QString, QString>>{
              kLangGerman, {QStringLiteral("LANGUAGE"), QStringLiteral("en_GB:de")}},
          QList<std::pair<QString, QString>>{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}},
          QList<std::pair<QString, QString>>{}}) {
        const CliRun english = limber(dir, {QStringLiteral("--help")}, environment);
        EXPECT_TRUE(english.out.startsWith(QStringLiteral("Usage: limber [COMMAND]\n")))
            << qPrintable(english.out);
    }
}

TEST(TranslationsCliTest, StatsWithoutADaemonSpeakGermanButItsJsonDoesNot)
{
    TempDir dir;
    const CliRun text = limber(dir, {QStringLiteral("--stats")}, {kLangGerman});
    EXPECT_EQ(text.exitCode, 0) << qPrintable(text.err);
    EXPECT_TRUE(text.out.startsWith(
        QStringLiteral("Heute: 0 von 4 Pausen (0 teilweise)\nSerie: 0 Tage (beste: 0)\n")))
        << qPrintable(text.out);
    // German day names from QLocale, German words for the day's status.
    EXPECT_TRUE(text.out.contains(QStringLiteral("Diese Woche: Mo. "))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(QStringLiteral(" heute"))) << qPrintable(text.out);

    const CliRun json =
        limber(dir, {QStringLiteral("--stats"), QStringLiteral("--json")}, {kLangGerman});
    EXPECT_TRUE(json.out.contains(QStringLiteral("\"status\": \"today\""))) << qPrintable(json.out);
    EXPECT_FALSE(json.out.contains(QStringLiteral("heute"))) << qPrintable(json.out);
}

} // namespace

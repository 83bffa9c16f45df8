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

using namespace Qt::StringLiterals;

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
            if (xml.isEndElement() && xml.name() == "message"_L1)
                messages << current;
            continue;
        }
        const auto name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            current.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            current.type = xml.attributes().value("type"_L1).toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
        } else if (name == "numerusform"_L1) {
            current.forms << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    return messages;
}

/// %1 … %99 and %n in a text, as a set.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (const auto &match : re.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

QString describe(const Message &m)
{
    return m.context + u" | "_s + m.source;
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
    EXPECT_TRUE(installTranslations(QLocale(QLocale::French, QLocale::France)).language.isEmpty());
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

TEST_F(TranslationsTest, EveryMessageOfTheTsFileIsTranslated)
{
    QString language;
    const QList<Message> messages = readTs(tsFile, &language);
    EXPECT_EQ(language, u"de_DE"_s);
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
                expected.remove(u"%n"_s);
                got.remove(u"%n"_s);
            }
            EXPECT_EQ(got, expected) << qPrintable(describe(m)) << " → " << qPrintable(form);
        }
    }
}

TEST_F(TranslationsTest, TheBuiltInQmHasEveryMessageOfTheTsFile)
{
    QTranslator qm;
    ASSERT_TRUE(qm.load(u"limber_de"_s, translationsDirectory()));
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
    const QString fresh = dir.file(u"fresh.ts"_s);
    QStringList args{u"-silent"_s,
                     u"-locations"_s,
                     u"none"_s,
                     u"-no-obsolete"_s,
                     u"-extensions"_s,
                     u"cpp,h"_s,
                     u"-I"_s,
                     QStringLiteral(LIMBER_SOURCE_ROOT),
                     u"app"_s,
                     u"core"_s,
                     u"platform"_s,
                     u"-ts"_s,
                     fresh};
    if (pluralOnly)
        args << u"-pluralonly"_s;
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
        known.insert(describe(m) + u'|' + m.comment);
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
        EXPECT_TRUE(known.contains(describe(m) + u'|' + m.comment))
            << "not in limber_de.ts: " << qPrintable(describe(m));
}

// The same for English, whose file has only the strings with a plural (%n).
TEST_F(TranslationsTest, TheEnglishTsFileHasEveryPluralOfTheSourcesInBothForms)
{
    const QString english = QStringLiteral(LIMBER_TS_DIR "/limber_en.ts");
    QString language;
    const QList<Message> messages = readTs(english, &language);
    EXPECT_EQ(language, u"en"_s);
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
        EXPECT_TRUE(known.contains(describe(m) + u'|' + m.comment))
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

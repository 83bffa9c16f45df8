// SPDX-License-Identifier: GPL-3.0-or-later
// Every built-in catalogue translation (assets/translations/exercises_<language>.json)
// is compiled in as it is in assets/, complete (every exercise, every field the English
// has, lists entry for entry), holds nothing the catalogue does not have, and keeps the
// safety cautions of the English.
#include "core/CatalogueTranslation.h"
#include "core/ExerciseCatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
namespace translation = limber::catalogue_translation;

namespace {

const QString kBuiltInFolder = u":/limber/translations"_s;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The languages of the translations in `folder`: "de" for exercises_de.json.
QStringList languagesIn(const QString &folder)
{
    QStringList languages;
    for (const QString &name : QDir(folder).entryList({u"exercises_*.json"_s}, QDir::Files))
        languages << name.mid(10, name.size() - 15);
    return languages;
}

QList<Exercise> englishExercises()
{
    ExerciseCatalogue english;
    EXPECT_TRUE(english.loadBuiltIn());
    return english.exercises();
}

template<typename T>
void checkField(QStringList &gaps, const QString &id, const char *field, const T &english,
                const T &translated)
{
    if (english.isEmpty() != translated.isEmpty())
        gaps << u"%1: %2 %3"_s.arg(id, QLatin1String(field),
                                   english.isEmpty() ? u"translates nothing"_s : u"missing"_s);
}

void checkList(QStringList &gaps, const QString &id, const char *field, const QStringList &english,
               const QStringList &translated)
{
    checkField(gaps, id, field, english, translated);
    if (!translated.isEmpty() && english.size() != translated.size())
        gaps << u"%1: %2 has %3 entries, the English %4"_s.arg(id, QLatin1String(field))
                    .arg(translated.size())
                    .arg(english.size());
}

/// What the translation `json` lacks or has that the catalogue does not, one line each;
/// empty when it is complete.
QStringList gaps(const QByteArray &json, const QString &language)
{
    const translation::Parsed parsed = translation::parse(json, u"exercises_"_s + language);
    QStringList gaps;
    for (const CatalogueError &e : parsed.errors)
        gaps << e.toString();
    if (parsed.language != language)
        gaps << u"language is \"%1\""_s.arg(parsed.language);
    QSet<QString> known;
    for (const Exercise &e : englishExercises()) {
        known.insert(e.id);
        if (!parsed.exercises.contains(e.id)) {
            gaps << e.id + u": missing"_s;
            continue;
        }
        const ExerciseWords &w = parsed.exercises.value(e.id);
        checkField(gaps, e.id, "name", e.name, w.name);
        checkField(gaps, e.id, "summary", e.summary, w.summary);
        checkList(gaps, e.id, "steps", e.steps, w.steps);
        checkField(gaps, e.id, "dosage.text", e.dosage.text, w.dosageText);
        checkField(gaps, e.id, "dosage_note", e.dosageNote, w.dosageNote);
        checkList(gaps, e.id, "cautions", e.cautions, w.cautions);
    }
    for (auto it = parsed.exercises.cbegin(); it != parsed.exercises.cend(); ++it)
        if (!known.contains(it.key()))
            gaps << it.key() + u": no such exercise in the catalogue"_s;
    return gaps;
}

TEST(ShippedCatalogueTranslations, AreTheFilesInAssetsCompiledIn)
{
    const QString assets = qEnvironmentVariable("LIMBER_SOURCE_DIR") + u"/assets/translations"_s;
    const QStringList languages = languagesIn(assets);
    EXPECT_TRUE(languages.contains(u"de"_s));
    EXPECT_EQ(languagesIn(kBuiltInFolder), languages) << "re-run CMake after adding a file";
    for (const QString &language : languages)
        EXPECT_EQ(readFile(kBuiltInFolder + u'/' + translation::fileName(language)),
                  readFile(assets + u'/' + translation::fileName(language)))
            << qPrintable(language);
}

TEST(ShippedCatalogueTranslations, AreCompleteAndHoldNothingTheCatalogueLacks)
{
    for (const QString &language : languagesIn(kBuiltInFolder)) {
        const QStringList missing =
            gaps(readFile(kBuiltInFolder + u'/' + translation::fileName(language)), language);
        EXPECT_TRUE(missing.isEmpty()) << qPrintable(language) << ":\n"
                                       << qPrintable(missing.join(u'\n'));
        ExerciseCatalogue catalogue;
        catalogue.setLanguage(language);
        EXPECT_TRUE(catalogue.loadBuiltIn()) << qPrintable(language);
    }
}

TEST(ShippedCatalogueTranslations, AreTranslatedNotCopied)
{
    for (const QString &language : languagesIn(kBuiltInFolder)) {
        ExerciseCatalogue catalogue;
        catalogue.setLanguage(language);
        ASSERT_TRUE(catalogue.loadBuiltIn());
        const QList<Exercise> english = englishExercises();
        for (const Exercise &e : english) {
            const ExerciseWords w = wordsOf(*catalogue.find(e.id));
            const QString where = language + u": "_s + e.id;
            EXPECT_NE(w.summary, e.summary) << qPrintable(where);
            EXPECT_NE(w.dosageText, e.dosage.text) << qPrintable(where);
            for (qsizetype i = 0; i < e.steps.size(); ++i)
                EXPECT_NE(w.steps.value(i), e.steps.at(i)) << qPrintable(where);
            for (qsizetype i = 0; i < e.cautions.size(); ++i)
                EXPECT_NE(w.cautions.value(i), e.cautions.at(i)) << qPrintable(where);
            if (!e.dosageNote.isEmpty()) {
                EXPECT_NE(w.dosageNote, e.dosageNote) << qPrintable(where);
            }
        }
    }
}

/// The German translation with one change made to its JSON.
QByteArray changedGerman(const std::function<void(QJsonObject &exercises)> &change)
{
    QJsonObject root =
        QJsonDocument::fromJson(readFile(kBuiltInFolder + u"/exercises_de.json"_s)).object();
    QJsonObject exercises = root.value("exercises"_L1).toObject();
    change(exercises);
    root.insert("exercises"_L1, exercises);
    return QJsonDocument(root).toJson();
}

void changeExercise(QJsonObject &exercises, const QString &id,
                    const std::function<void(QJsonObject &words)> &change)
{
    QJsonObject words = exercises.value(id).toObject();
    change(words);
    exercises.insert(id, words);
}

// The check above must be able to fail: each of these gaps makes it fail.
TEST(ShippedCatalogueTranslations, TheCompletenessCheckFindsEveryKindOfGap)
{
    ASSERT_TRUE(gaps(changedGerman([](QJsonObject &) {}), u"de"_s).isEmpty());
    const std::map<std::string, std::function<void(QJsonObject &)>> changes{
        {"a missing exercise", [](QJsonObject &x) { x.remove("superman"_L1); }},
        {"a missing field",
         [](QJsonObject &x) {
             changeExercise(x, u"cat-cow"_s, [](QJsonObject &w) { w.remove("summary"_L1); });
         }},
        {"a missing dosage note",
         [](QJsonObject &x) {
             changeExercise(x, u"open-book"_s, [](QJsonObject &w) { w.remove("dosage_note"_L1); });
         }},
        {"a missing dosage text",
         [](QJsonObject &x) {
             changeExercise(x, u"open-book"_s, [](QJsonObject &w) { w.remove("dosage"_L1); });
         }},
        {"a missing step",
         [](QJsonObject &x) {
             changeExercise(x, u"cat-cow"_s, [](QJsonObject &w) {
                 QJsonArray steps = w.value("steps"_L1).toArray();
                 steps.removeLast();
                 w.insert("steps"_L1, steps);
             });
         }},
        {"a note the English lacks",
         [](QJsonObject &x) {
             changeExercise(x, u"cat-cow"_s,
                            [](QJsonObject &w) { w.insert("dosage_note"_L1, u"Notiz"_s); });
         }},
        {"an unknown exercise",
         [](QJsonObject &x) {
             x.insert("no-such-exercise"_L1, QJsonObject{{u"name"_s, u"X"_s}});
         }},
        {"an unknown field",
         [](QJsonObject &x) {
             changeExercise(x, u"cat-cow"_s, [](QJsonObject &w) { w.insert("titel"_L1, u"X"_s); });
         }},
    };
    for (const auto &[what, change] : changes)
        EXPECT_FALSE(gaps(changedGerman(change), u"de"_s).isEmpty()) << what;
    EXPECT_FALSE(gaps(changedGerman([](QJsonObject &) {}), u"fr"_s).isEmpty())
        << "a file for another language";
}

struct SafetyWords
{
    QStringList
        boneDensity; ///< osteoporosis, osteopenia and the spine, in the tennis-ball cautions
    QStringList rollerLimit; ///< "never … the neck or the lower back", in the foam-roller ones
};

// What the English cautions insist on, in every shipped language: a new language adds
// its words here.
const std::map<QString, SafetyWords> kSafetyWords{
    {u"de"_s,
     {{u"Osteoporose"_s, u"Osteopenie"_s, u"Wirbelsäule"_s},
      {u"nie"_s, u"Nacken"_s, u"unteren Rücken"_s}}},
    {u"es"_s,
     {{u"osteoporosis"_s, u"osteopenia"_s, u"columna"_s},
      {u"nunca"_s, u"cuello"_s, u"zona lumbar"_s}}},
    {u"fr"_s,
     {{u"ostéoporose"_s, u"ostéopénie"_s, u"colonne vertébrale"_s},
      {u"jamais"_s, u"nuque"_s, u"bas du dos"_s}}},
};

TEST(ShippedCatalogueTranslations, KeepTheSafetyCautions)
{
    for (const QString &language : languagesIn(kBuiltInFolder)) {
        SCOPED_TRACE(language.toStdString());
        const auto words = kSafetyWords.find(language);
        ASSERT_NE(words, kSafetyWords.end()) << "add the language's safety words to this test";
        ExerciseCatalogue catalogue;
        catalogue.setLanguage(language);
        ASSERT_TRUE(catalogue.loadBuiltIn());
        for (const Exercise &e : catalogue.exercises()) {
            const QString cautions = e.cautions.join(u' ');
            QStringList expected;
            if (e.id.contains("tennis-ball"_L1))
                expected = words->second.boneDensity;
            if (e.id.contains("foam-roll"_L1))
                expected = words->second.rollerLimit;
            for (const QString &word : expected)
                EXPECT_TRUE(cautions.contains(word, Qt::CaseInsensitive))
                    << qPrintable(e.id) << " lacks " << qPrintable(word);
        }
    }
}

} // namespace

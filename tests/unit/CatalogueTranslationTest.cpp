// SPDX-License-Identifier: GPL-3.0-or-later
// Catalogue translations: which language is loaded, the English kept field by field
// where a translation gives no word, and the translations of a person's own file with
// their errors (docs/CATALOGUE.md, "Translations").
#include "core/CatalogueTranslation.h"
#include "core/ExerciseCatalogue.h"
#include "tests/support/CatalogueTestHelpers.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
namespace translation = limber::catalogue_translation;

namespace {

// A small built-in catalogue of its own: one exercise with two steps, one caution and
// no dosage note.
constexpr const char *kCatalogue = R"({"format": 1,
  "sources": [{"id": "article", "title": "An article"}],
  "exercises": [{
    "id": "reach", "name": "Reach", "summary": "Reaches up.",
    "steps": ["Stand tall.", "Reach up."], "position": "standing", "equipment": [],
    "directions": ["extension"], "desk_friendly": true,
    "dosage": {"reps": [5, 5], "seconds_per_rep": 3, "text": "5 reps"},
    "cautions": ["Only as far as is comfortable."], "sources": ["article"]}]})";

constexpr const char *kGerman = R"({"format": 1, "language": "de", "exercises": {"reach": {
    "name": "Strecken", "summary": "Streckt sich nach oben.",
    "steps": ["Steh aufrecht.", "Streck dich nach oben."], "dosage": {"text": "5 Wiederholungen"},
    "cautions": ["Nur so weit, wie es angenehm ist."]}}})";

/// A built-in catalogue in a folder of its own with its German translation beside it
/// (translations/exercises_de.json), as assets/ lays them out.
class OwnBuiltInCatalogue : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDir(dir.path()).mkpath(u"translations"_s));
        writeFile(path, kCatalogue);
    }
    /// Loads the catalogue in `language` with `german` as its German translation.
    bool load(const QString &language, const QByteArray &german = kGerman)
    {
        writeFile(dir.file(u"translations/exercises_de.json"_s), german);
        catalogue.setLanguage(language);
        return catalogue.loadBuiltIn(path);
    }
    const Exercise &reach() const { return *catalogue.find(u"reach"_s); }

    test::TempDir dir;
    QString path = dir.file(u"exercises.json"_s);
    ExerciseCatalogue catalogue;
};

TEST_F(OwnBuiltInCatalogue, GermanWordsForAGermanLanguageAndTheSameDoses)
{
    ASSERT_TRUE(load(u"de"_s)) << qPrintable(allErrors(catalogue.errors()));
    EXPECT_EQ(reach().name, u"Strecken"_s);
    EXPECT_EQ(reach().summary, u"Streckt sich nach oben."_s);
    EXPECT_EQ(reach().steps, (QStringList{u"Steh aufrecht."_s, u"Streck dich nach oben."_s}));
    EXPECT_EQ(reach().dosage.text, u"5 Wiederholungen"_s);
    EXPECT_EQ(reach().cautions, QStringList{u"Nur so weit, wie es angenehm ist."_s});
    EXPECT_EQ(reach().dosage.reps, (IntRange{5, 5}));
    EXPECT_EQ(reach().id, u"reach"_s);
}

TEST_F(OwnBuiltInCatalogue, ARegionReadsItsLanguageAndEnglishOrAnUnknownOneReadsEnglish)
{
    for (const QString &language : {u"de_AT"_s, u"de-CH"_s, u"de_DE.UTF-8"_s}) {
        ExerciseCatalogue fresh;
        fresh.setLanguage(language);
        writeFile(dir.file(u"translations/exercises_de.json"_s), kGerman);
        ASSERT_TRUE(fresh.loadBuiltIn(path));
        EXPECT_EQ(fresh.find(u"reach"_s)->name, u"Strecken"_s) << qPrintable(language);
        EXPECT_EQ(fresh.language(), u"de"_s);
    }
    for (const QString &language : {u""_s, u"C"_s, u"en"_s, u"en_GB"_s, u"ja"_s, u"x"_s}) {
        ExerciseCatalogue fresh;
        fresh.setLanguage(language);
        ASSERT_TRUE(fresh.loadBuiltIn(path)) << qPrintable(allErrors(fresh.errors()));
        EXPECT_EQ(fresh.find(u"reach"_s)->name, u"Reach"_s) << qPrintable(language);
    }
}

TEST_F(OwnBuiltInCatalogue, AFieldTheTranslationLacksStaysEnglish)
{
    QByteArray german(kGerman);
    german.replace(R"("summary": "Streckt sich nach oben.",)", "");
    german.replace(R"(, "dosage": {"text": "5 Wiederholungen"})", "");
    ASSERT_TRUE(load(u"de"_s, german)) << "a missing field is no error at run time";
    EXPECT_EQ(reach().name, u"Strecken"_s);
    EXPECT_EQ(reach().summary, u"Reaches up."_s);
    EXPECT_EQ(reach().dosage.text, u"5 reps"_s);
    EXPECT_EQ(reach().steps.first(), u"Steh aufrecht."_s);
}

TEST_F(OwnBuiltInCatalogue, AMissingExerciseStaysEnglish)
{
    ASSERT_TRUE(load(u"de"_s, R"({"format": 1, "language": "de", "exercises": {}})"));
    EXPECT_EQ(reach().name, u"Reach"_s);
}

struct BadTranslation
{
    const char *from;
    const char *to;
    const char *id;
    const char *field;
};

class BuiltInTranslationErrors : public OwnBuiltInCatalogue,
                                 public ::testing::WithParamInterface<BadTranslation>
{
};

// Each problem is named with the file, the exercise and the field; that field stays
// English and the rest of the translation still applies.
TEST_P(BuiltInTranslationErrors, AreNamedAndLoseOnlyTheirField)
{
    QByteArray german(kGerman);
    ASSERT_TRUE(german.contains(GetParam().from)) << GetParam().from;
    german.replace(GetParam().from, GetParam().to);
    EXPECT_FALSE(load(u"de"_s, german));
    EXPECT_TRUE(hasError(catalogue.errors(), GetParam().id, GetParam().field))
        << qPrintable(allErrors(catalogue.errors()));
    for (const CatalogueError &e : catalogue.errors())
        EXPECT_EQ(e.file, dir.file(u"translations/exercises_de.json"_s));
    EXPECT_EQ(reach().name, u"Strecken"_s) << qPrintable(allErrors(catalogue.errors()));
}

INSTANTIATE_TEST_SUITE_P(
    Fields, BuiltInTranslationErrors,
    ::testing::Values(
        BadTranslation{R"("steps": ["Steh aufrecht.", )", R"("steps": [)", "reach", "steps"},
        BadTranslation{R"("summary": "Streckt sich nach oben.")", R"("summary": "")", "reach",
                       "summary"},
        BadTranslation{R"("summary")", R"("sumary")", "reach", "sumary"},
        BadTranslation{R"("summary")", R"("position": "seated", "summary")", "reach", "position"},
        BadTranslation{R"({"text": "5 Wiederholungen"})", R"({"text": "5", "reps": [1, 2]})",
                       "reach", "dosage.reps"},
        BadTranslation{R"("cautions")", R"("dosage_note": "Eine Notiz.", "cautions")", "reach",
                       "dosage_note"},
        BadTranslation{R"("cautions": ["Nur)", R"("cautions": [7, "Nur)", "reach", "cautions[0]"},
        BadTranslation{R"("exercises": {)", R"("exercises": {"no-such-exercise": {"name": "X"},)",
                       "no-such-exercise", ""},
        BadTranslation{R"("language": "de")", R"("language": "fr")", "", "language"}),
    [](const ::testing::TestParamInfo<BadTranslation> &param) {
        return "case_" + std::to_string(param.index);
    });

TEST(CatalogueTranslationFile, BrokenOrWrongFilesAreNamedAndGiveNoWords)
{
    EXPECT_TRUE(hasError(translation::parse("{ no", u"t.json"_s).errors, "", ""));
    EXPECT_TRUE(hasError(translation::parse(R"({"format": 2})", u"t.json"_s).errors, "", "format"));
    const auto english =
        translation::parse(R"({"format": 1, "language": "en", "exercises": {}})", u"t.json"_s);
    EXPECT_TRUE(hasError(english.errors, "", "language")) << "English is the catalogue itself";
    const auto list =
        translation::parse(R"({"format": 1, "language": "de", "exercises": []})", u"t.json"_s);
    EXPECT_TRUE(hasError(list.errors, "", "exercises"));
    EXPECT_TRUE(list.exercises.isEmpty());
}

TEST(CatalogueTranslationFile, TheLanguageOfAnInterfaceLanguage)
{
    EXPECT_EQ(translation::baseLanguage(u"de"_s), u"de"_s);
    EXPECT_EQ(translation::baseLanguage(u"de_AT"_s), u"de"_s);
    EXPECT_EQ(translation::baseLanguage(u"pt-BR"_s), u"pt"_s);
    EXPECT_EQ(translation::baseLanguage(u"fr_FR.UTF-8"_s), u"fr"_s);
    EXPECT_EQ(translation::baseLanguage(u"en_US"_s), QString());
    EXPECT_EQ(translation::baseLanguage(u"C"_s), QString());
    EXPECT_EQ(translation::baseLanguage(u"POSIX"_s), QString());
    EXPECT_EQ(translation::baseLanguage(u"../x"_s), QString()) << "never part of a path";
    EXPECT_EQ(translation::fileName(u"de"_s), u"exercises_de.json"_s);
}

TEST(CatalogueTranslationFile, TheBuiltInCatalogueKeepsItsTranslationsInFilesOfTheirOwn)
{
    QByteArray builtIn(kCatalogue);
    builtIn.replace(R"("sources": ["article"])",
                    R"("sources": ["article"], "translations": {"de": {"name": "Strecken"}})");
    const auto parsed = ExerciseCatalogue::parse(builtIn, u"b.json"_s, true);
    EXPECT_TRUE(hasError(parsed.errors, "reach", "translations"));
}

} // namespace

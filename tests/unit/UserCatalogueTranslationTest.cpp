// SPDX-License-Identifier: GPL-3.0-or-later
// The translations a person's own exercises.json carries inside each exercise
// ("translations": {"de": {…}}): used for the catalogue's language, English field by
// field where they give no word, and every mistake named while nothing is lost.
#include "core/ExerciseCatalogue.h"
#include "tests/support/CatalogueTestHelpers.h"
#include "tests/support/TempDir.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

constexpr const char *kExercise = R"({"format": 1, "exercises": [{
    "id": "doorway-stretch", "name": "Doorway stretch", "summary": "Opens the chest.",
    "steps": ["Stand in a doorway.", "Lean through."], "position": "standing",
    "equipment": [], "directions": ["extension"], "desk_friendly": true,
    "dosage": {"hold_seconds": [20, 30], "seconds_per_rep": 3, "text": "hold 20–30 s"},
    "cautions": ["Lean only as far as is comfortable."],
    "translations": {
      "de": {"name": "Dehnung im Türrahmen", "summary": "Öffnet die Brust.",
             "steps": ["Stell dich in einen Türrahmen.", "Lehn dich hindurch."],
             "dosage": {"text": "20–30 s halten"},
             "cautions": ["Lehn dich nur so weit, wie es angenehm ist."]},
      "fr": {"name": "Étirement dans l'encadrement de porte"}}}]})";

class UserTranslations : public ::testing::Test
{
protected:
    /// The built-in catalogue in `language`, then the person's file with `json`.
    bool load(const QString &language, const QByteArray &json)
    {
        catalogue.setLanguage(language);
        EXPECT_TRUE(catalogue.loadBuiltIn()) << qPrintable(allErrors(catalogue.errors()));
        writeFile(path, json);
        return catalogue.addUserFile(path);
    }
    const Exercise &doorway() const { return *catalogue.find(u"doorway-stretch"_s); }

    test::TempDir dir;
    QString path = dir.file(u"exercises.json"_s);
    ExerciseCatalogue catalogue;
};

TEST_F(UserTranslations, AreUsedForTheCataloguesLanguage)
{
    ASSERT_TRUE(load(u"de_AT"_s, kExercise)) << qPrintable(allErrors(catalogue.errors()));
    EXPECT_EQ(doorway().name, u"Dehnung im Türrahmen"_s);
    EXPECT_EQ(doorway().steps.last(), u"Lehn dich hindurch."_s);
    EXPECT_EQ(doorway().dosage.text, u"20–30 s halten"_s);
    EXPECT_EQ(doorway().dosage.holdSeconds, (IntRange{20, 30}));
}

TEST_F(UserTranslations, GiveWayToEnglishFieldByFieldAndForOtherLanguages)
{
    ASSERT_TRUE(load(u"fr"_s, kExercise)) << qPrintable(allErrors(catalogue.errors()));
    EXPECT_EQ(doorway().name, u"Étirement dans l'encadrement de porte"_s);
    EXPECT_EQ(doorway().summary, u"Opens the chest."_s) << "French gives no summary";
    EXPECT_EQ(doorway().steps.first(), u"Stand in a doorway."_s);

    for (const QString &language : {u""_s, u"en"_s, u"ja"_s}) {
        ExerciseCatalogue other;
        other.setLanguage(language);
        ASSERT_TRUE(other.loadBuiltIn());
        ASSERT_TRUE(other.addUserFile(path));
        EXPECT_EQ(other.find(u"doorway-stretch"_s)->name, u"Doorway stretch"_s);
    }
}

struct BadUserTranslation
{
    const char *from;
    const char *to;
    const char *field;
};

class UserTranslationErrors : public UserTranslations,
                              public ::testing::WithParamInterface<BadUserTranslation>
{
};

// A wrong translation is named (file, exercise, field) and only that field is lost: the
// exercise still loads, in English where the translation went wrong.
TEST_P(UserTranslationErrors, AreNamedAndLoseNothingElse)
{
    QByteArray json(kExercise);
    ASSERT_TRUE(json.contains(GetParam().from)) << GetParam().from;
    json.replace(GetParam().from, GetParam().to);
    EXPECT_FALSE(load(u"de"_s, json));
    EXPECT_TRUE(hasError(catalogue.errors(), "doorway-stretch", GetParam().field))
        << qPrintable(allErrors(catalogue.errors()));
    for (const CatalogueError &e : catalogue.errors())
        EXPECT_EQ(e.file, path);
    ASSERT_NE(catalogue.find(u"doorway-stretch"_s), nullptr) << "the exercise is kept";
    EXPECT_EQ(doorway().dosage.holdSeconds, (IntRange{20, 30}));
}

INSTANTIATE_TEST_SUITE_P(
    Fields, UserTranslationErrors,
    ::testing::Values(
        BadUserTranslation{R"("Lehn dich hindurch.")", R"("Lehn dich hindurch.", "Zu viel.")",
                           "translations.de.steps"},
        BadUserTranslation{R"("name": "Dehnung im Türrahmen")", R"("name": "")",
                           "translations.de.name"},
        BadUserTranslation{R"("name": "Dehnung im Türrahmen")", R"("titel": "Dehnung")",
                           "translations.de.titel"},
        BadUserTranslation{R"("dosage": {"text": "20–30 s halten"})",
                           R"("dosage": {"hold_seconds": [1, 2]})",
                           "translations.de.dosage.hold_seconds"},
        BadUserTranslation{R"("summary": "Öffnet die Brust.")",
                           R"("summary": "Öffnet die Brust.", "dosage_note": "Meine Wahl.")",
                           "translations.de.dosage_note"},
        BadUserTranslation{R"("fr": {)", R"("en": {)", "translations.en"},
        BadUserTranslation{R"("fr": {)", R"("French": {)", "translations.French"},
        BadUserTranslation{R"("de": {)", R"("xx": 3, "de": {)", "translations.xx"}),
    [](const ::testing::TestParamInfo<BadUserTranslation> &param) {
        return "case_" + std::to_string(param.index);
    });

TEST_F(UserTranslations, TranslationsMustBeAnObjectByLanguage)
{
    QByteArray json(kExercise);
    const qsizetype from = json.indexOf(R"("translations")");
    ASSERT_GT(from, 0);
    json = json.left(from) + R"("translations": ["de"]}]})";
    EXPECT_FALSE(load(u"de"_s, json));
    EXPECT_TRUE(hasError(catalogue.errors(), "doorway-stretch", "translations"))
        << qPrintable(allErrors(catalogue.errors()));
    ASSERT_NE(catalogue.find(u"doorway-stretch"_s), nullptr);
    EXPECT_EQ(doorway().name, u"Doorway stretch"_s);
}

TEST_F(UserTranslations, AWrongFieldLeavesTheOtherTranslatedFields)
{
    QByteArray json(kExercise);
    json.replace(R"("Lehn dich hindurch.")", R"("Lehn dich hindurch.", "Zu viel.")");
    EXPECT_FALSE(load(u"de"_s, json));
    EXPECT_EQ(doorway().name, u"Dehnung im Türrahmen"_s);
    EXPECT_EQ(doorway().steps.first(), u"Stand in a doorway."_s) << "the wrong list is English";
}

TEST_F(UserTranslations, AnInvalidExerciseIsStillLeftOutAndItsTranslationsChecked)
{
    QByteArray json(kExercise);
    json.replace(R"("position": "standing")", R"("position": "upside-down")");
    json.replace(R"("name": "Dehnung im Türrahmen")", R"("titel": "Dehnung")");
    EXPECT_FALSE(load(u"de"_s, json));
    EXPECT_EQ(catalogue.find(u"doorway-stretch"_s), nullptr);
    EXPECT_TRUE(hasError(catalogue.errors(), "doorway-stretch", "position"));
    EXPECT_TRUE(hasError(catalogue.errors(), "doorway-stretch", "translations.de.titel"))
        << "every mistake at once";
}

// A person who copies a built-in exercise to change its dose keeps its translation for
// every word they left as it was; a word they changed is theirs, in their language.
TEST_F(UserTranslations, AnOverrideKeepsTheBuiltInWordsItDidNotChange)
{
    ExerciseCatalogue english;
    ASSERT_TRUE(english.loadBuiltIn());
    const Exercise &builtIn = *english.find(u"wall-angels"_s);
    QByteArray steps;
    for (const QString &step : builtIn.steps)
        steps += (steps.isEmpty() ? "\"" : ", \"") + step.toUtf8() + '"';
    const QByteArray json = R"({"format": 1, "exercises": [{"id": "wall-angels",
        "name": "My wall angels", "summary": ")" +
                            builtIn.summary.toUtf8() + R"(", "steps": [)" + steps +
                            R"(], "position": "standing",
        "equipment": ["wall"], "directions": ["extension"], "desk_friendly": true,
        "dosage": {"reps": [5, 5], "seconds_per_rep": 4, "text": "5 slow reps"},
        "cautions": []}]})";
    ASSERT_TRUE(load(u"de"_s, json)) << qPrintable(allErrors(catalogue.errors()));
    const Exercise &mine = *catalogue.find(u"wall-angels"_s);
    EXPECT_EQ(mine.name, u"My wall angels"_s) << "changed: the person's own words";
    EXPECT_EQ(mine.dosage.text, u"5 slow reps"_s);
    EXPECT_EQ(mine.dosage.reps, (IntRange{5, 5}));
    EXPECT_TRUE(mine.cautions.isEmpty());
    EXPECT_TRUE(mine.summary.startsWith(u"Die Arme gleiten"_s)) << qPrintable(mine.summary);
    EXPECT_TRUE(mine.steps.first().startsWith(u"Stell dich"_s)) << qPrintable(mine.steps.first());
}

} // namespace

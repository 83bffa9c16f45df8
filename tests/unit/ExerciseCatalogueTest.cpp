// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ExerciseCatalogue.h"
#include "tests/support/CatalogueTestHelpers.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QSet>

#include <cctype>
#include <string>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A minimal valid user exercise, to be broken one field at a time.
QByteArray userFile(const char *exerciseBody)
{
    return QByteArray(R"({"format": 1, "exercises": [)") + exerciseBody + "]}";
}

constexpr const char *kValidUserExercise = R"({
    "id": "doorway-stretch", "name": "Doorway stretch", "summary": "Opens the chest.",
    "steps": ["Stand in a doorway.", "Lean through."], "position": "standing",
    "equipment": [], "directions": ["extension"], "desk_friendly": true,
    "dosage": {"hold_seconds": [20, 30], "seconds_per_rep": 3, "text": "hold 20–30 s"}})";

class ShippedCatalogue : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(catalogue.loadBuiltIn()) << qPrintable(allErrors(catalogue.errors()));
    }
    ExerciseCatalogue catalogue;
};

TEST_F(ShippedCatalogue, CompiledInCopyIsTheFileInAssets)
{
    const QString dir = qEnvironmentVariable("LIMBER_SOURCE_DIR");
    ASSERT_FALSE(dir.isEmpty());
    EXPECT_EQ(readFile(u":/limber/exercises.json"_s), readFile(dir + u"/assets/exercises.json"_s));
}

TEST_F(ShippedCatalogue, HoldsEveryExerciseTheSourceArticlesDescribe)
{
    // Article 000: four mobility exercises; 001: ten stretches and strength moves
    // (rows in three variations); 002: five mobility tools plus breathing; 003: trunk
    // rotation and the single and double tennis-ball release.
    const QStringList expected{
        // seed-000
        u"foam-roller-extension"_s, u"cat-cow"_s, u"open-book"_s, u"wall-angels"_s,
        // seed-001
        u"sphinx-pose"_s, u"seated-twist"_s, u"foam-roller-extension-hold"_s,
        u"lunge-with-rotation"_s, u"standing-side-bend"_s, u"triangle-pose"_s,
        u"bent-over-dumbbell-row"_s, u"seated-band-row"_s, u"plank-single-arm-row"_s,
        u"band-lat-pull-down"_s, u"superman"_s,
        // seed-002
        u"thoracic-foam-rolling"_s, u"wall-facing-squat"_s, u"prone-rotation"_s,
        u"quadruped-side-bend"_s, u"diaphragmatic-breathing"_s,
        // seed-003
        u"quadruped-trunk-rotation"_s, u"tennis-ball-release"_s, u"double-tennis-ball-release"_s};
    for (const QString &id : expected)
        EXPECT_NE(catalogue.find(id), nullptr) << qPrintable(id);
    // Beside them, Limber's own adaptations, each naming the exercise it adapts.
    QStringList adaptations;
    for (const Exercise &e : catalogue.exercises())
        if (!e.adaptedFrom.isEmpty())
            adaptations << e.id;
    EXPECT_EQ(adaptations, QStringList{u"seated-chair-rotation"_s});
    EXPECT_EQ(catalogue.exercises().size(), expected.size() + adaptations.size());
    EXPECT_EQ(catalogue.sources().size(), 4);
}

TEST_F(ShippedCatalogue, EveryExerciseHasStepsDosageCautionsAndASource)
{
    QSet<QString> usedSources;
    for (const Exercise &e : catalogue.exercises()) {
        SCOPED_TRACE(e.id.toStdString());
        EXPECT_GE(e.steps.size(), 2);
        EXPECT_FALSE(e.dosage.text.isEmpty());
        EXPECT_GT(e.dosage.minimumSeconds(), 0);
        EXPECT_LE(e.dosage.minimumSeconds(), e.dosage.maximumSeconds());
        EXPECT_LE(e.dosage.minimumSeconds(), 90) << "must fit a two-minute break with another";
        EXPECT_FALSE(e.cautions.isEmpty());
        EXPECT_FALSE(e.directions.isEmpty());
        EXPECT_FALSE(e.sources.isEmpty());
        for (const QString &s : e.sources)
            usedSources.insert(s);
    }
    EXPECT_EQ(usedSources.size(), 4) << "every article contributed";
}

TEST_F(ShippedCatalogue, SeedDosagesAndCautionsAreKept)
{
    const Exercise *catCow = catalogue.find(u"cat-cow"_s);
    ASSERT_NE(catCow, nullptr);
    EXPECT_EQ(catCow->dosage.reps.max, 15);
    EXPECT_EQ(catCow->position, Position::Quadruped);
    EXPECT_TRUE(catCow->hasDirection(Direction::Flexion) &&
                catCow->hasDirection(Direction::Extension));

    const Exercise *sphinx = catalogue.find(u"sphinx-pose"_s);
    ASSERT_NE(sphinx, nullptr);
    EXPECT_EQ(sphinx->dosage.holdSeconds, (IntRange{30, 60}));

    const Exercise *superman = catalogue.find(u"superman"_s);
    ASSERT_NE(superman, nullptr);
    EXPECT_EQ(superman->dosage.holdSeconds, (IntRange{5, 10}));
    EXPECT_EQ(superman->dosage.reps.max, 10);

    const Exercise *rotation = catalogue.find(u"quadruped-trunk-rotation"_s);
    ASSERT_NE(rotation, nullptr);
    EXPECT_TRUE(rotation->dosage.perSide);
    EXPECT_EQ(rotation->dosage.reps, (IntRange{5, 15}));

    const Exercise *roller = catalogue.find(u"foam-roller-extension"_s);
    ASSERT_NE(roller, nullptr);
    EXPECT_TRUE(roller->canBeDoneWith(bit(Equipment::Towel))) << "a towel will do";
    EXPECT_FALSE(roller->canBeDoneWith(bit(Equipment::Wall)));

    for (const char *id : {"tennis-ball-release", "double-tennis-ball-release"}) {
        const Exercise *ball = catalogue.find(QLatin1String(id));
        ASSERT_NE(ball, nullptr);
        const QString cautions = ball->cautions.join(u' ').toLower();
        EXPECT_TRUE(cautions.contains("spine"_L1)) << id;
        EXPECT_TRUE(cautions.contains("osteoporosis"_L1)) << id;
        EXPECT_TRUE(cautions.contains("osteopenia"_L1)) << id;
        EXPECT_TRUE(ball->canBeDoneWith(bit(Equipment::TennisBalls)));
    }
}

TEST_F(ShippedCatalogue, RollersAndTennisBallsUnderTheBackPressOnTheSpine)
{
    // What osteoporosis or osteopenia rules out (seed 002 and 003: no pressure on the
    // spine); "avoid exercises that press on the spine" leaves out exactly these.
    QStringList pressing;
    for (const Exercise &e : catalogue.exercises())
        if (e.pressesOnSpine)
            pressing << e.id;
    EXPECT_EQ(pressing, (QStringList{u"foam-roller-extension"_s, u"foam-roller-extension-hold"_s,
                                     u"thoracic-foam-rolling"_s, u"tennis-ball-release"_s,
                                     u"double-tennis-ball-release"_s}));
}

TEST_F(ShippedCatalogue, FoamRollerEntriesCarryTheSourcesLimits)
{
    // Seeds 000, 001 and 002 place the roller under the shoulder blades and the upper and
    // middle back, and the neck supported; none rolls the neck or the lower back.
    for (const Exercise &e : catalogue.exercises()) {
        if (!e.id.contains("foam-roll"_L1))
            continue;
        const QString all = e.cautions.join(u' ');
        EXPECT_TRUE(all.contains("never under the neck or the lower back"_L1) ||
                    all.contains("never the neck or the lower back"_L1))
            << qPrintable(e.id);
        EXPECT_TRUE(all.contains("neck"_L1) && all.contains("support"_L1)) << qPrintable(e.id);
        EXPECT_TRUE(e.pressesOnSpine) << qPrintable(e.id);
    }
}

TEST_F(ShippedCatalogue, DeskExercisesAreStandingOrSeatedAndCoverTwoDirections)
{
    QSet<Direction> deskDirections;
    for (const Exercise &e : catalogue.exercises()) {
        if (!e.deskFriendly)
            continue;
        EXPECT_TRUE(e.position == Position::Standing || e.position == Position::Seated)
            << qPrintable(e.id);
        if (e.canBeDoneWith(0))
            for (Direction d : e.directions)
                deskDirections.insert(d);
    }
    EXPECT_GE(deskDirections.size(), 2) << "a routine at a bare desk still varies";
}

TEST(CatalogueParse, BrokenJsonNamesTheFile)
{
    const auto parsed = ExerciseCatalogue::parse("{ not json", u"mine.json"_s, false);
    ASSERT_EQ(parsed.errors.size(), 1);
    EXPECT_TRUE(parsed.errors[0].toString().startsWith("mine.json: not valid JSON"_L1))
        << qPrintable(parsed.errors[0].toString());
    EXPECT_TRUE(parsed.exercises.isEmpty());
}

TEST(CatalogueParse, WrongFormatIsRefused)
{
    const auto parsed =
        ExerciseCatalogue::parse(R"({"format": 2, "exercises": []})", u"f.json"_s, false);
    EXPECT_TRUE(hasError(parsed.errors, "", "format"));
}

TEST(CatalogueParse, AValidUserExerciseLoads)
{
    const auto parsed = ExerciseCatalogue::parse(userFile(kValidUserExercise), u"u.json"_s, false);
    EXPECT_TRUE(parsed.errors.isEmpty()) << qPrintable(allErrors(parsed.errors));
    ASSERT_EQ(parsed.exercises.size(), 1);
    EXPECT_EQ(parsed.exercises[0].dosage.minimumSeconds(), 23);
}

struct BadField
{
    const char *from;
    const char *to;
    const char *field;
};

class CatalogueFieldErrors : public ::testing::TestWithParam<BadField>
{
};

TEST_P(CatalogueFieldErrors, NameTheFileTheExerciseAndTheField)
{
    QByteArray body(kValidUserExercise);
    ASSERT_TRUE(body.contains(GetParam().from)) << GetParam().from;
    body.replace(GetParam().from, GetParam().to);
    const auto parsed = ExerciseCatalogue::parse(userFile(body.constData()), u"u.json"_s, false);
    EXPECT_TRUE(parsed.exercises.isEmpty()) << "an invalid exercise is left out";
    EXPECT_TRUE(hasError(parsed.errors, "doorway-stretch", GetParam().field))
        << qPrintable(allErrors(parsed.errors));
    for (const CatalogueError &e : parsed.errors)
        EXPECT_EQ(e.file, u"u.json"_s);
}

INSTANTIATE_TEST_SUITE_P(
    Fields, CatalogueFieldErrors,
    ::testing::Values(
        BadField{R"("name": "Doorway stretch")", R"("name": 42)", "name"},
        BadField{R"("name": "Doorway stretch", )", "", "name"},
        BadField{R"("steps": ["Stand in a doorway.", "Lean through."])", R"("steps": [])", "steps"},
        BadField{R"("steps": ["Stand in a doorway.", "Lean through."])", R"("steps": ["ok", 7])",
                 "steps[1]"},
        BadField{R"("position": "standing")", R"("position": "upside-down")", "position"},
        BadField{R"("equipment": [])", R"("equipment": ["trampoline"])", "equipment[0]"},
        BadField{R"("directions": ["extension"])", R"("directions": [])", "directions"},
        BadField{R"("desk_friendly": true)", R"("desk_friendly": "yes")", "desk_friendly"},
        BadField{R"("position": "standing")", R"("position": "prone")", "desk_friendly"},
        BadField{R"("hold_seconds": [20, 30])", R"("hold_seconds": [30, 20])",
                 "dosage.hold_seconds"},
        BadField{R"("hold_seconds": [20, 30])", R"("hold_seconds": [20, 99999])",
                 "dosage.hold_seconds"},
        BadField{R"("hold_seconds": [20, 30])", R"("hold_seconds": [1.5, 3])",
                 "dosage.hold_seconds"},
        BadField{R"("hold_seconds": [20, 30], "seconds_per_rep": 3)", R"("reps": [5, 8])",
                 "dosage.seconds_per_rep"},
        BadField{R"("seconds_per_rep": 3)", R"("seconds_per_rep": -3)", "dosage.seconds_per_rep"},
        BadField{R"("text": "hold 20–30 s")", R"("text": "hold", "tempo": 3)", "dosage.tempo"},
        BadField{R"("summary": "Opens the chest.")", R"("summary": "Opens", "colour": "red")",
                 "colour"},
        BadField{R"("summary": "Opens the chest.")",
                 R"("summary": "Opens", "adapted_from": "doorway-stretch")", "adapted_from"},
        BadField{R"("summary": "Opens the chest.")", R"("summary": "Opens", "adapted_from": 3)",
                 "adapted_from"}),
    [](const ::testing::TestParamInfo<BadField> &param) {
        std::string name = param.param.field;
        for (char &c : name)
            c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        return name + "_" + std::to_string(param.index);
    });

TEST(CatalogueParse, DuplicateIdsAreReported)
{
    const QByteArray two = QByteArray(kValidUserExercise) + ", " + kValidUserExercise;
    const auto parsed = ExerciseCatalogue::parse(userFile(two.constData()), u"u.json"_s, false);
    EXPECT_EQ(parsed.exercises.size(), 1);
    EXPECT_TRUE(hasError(parsed.errors, "doorway-stretch", "id"));
}

TEST(CatalogueParse, BadIdsAndNonObjectsAreNamedByPosition)
{
    const auto parsed =
        ExerciseCatalogue::parse(userFile(R"(7, {"id": "Bad Id!"})"), u"u.json"_s, false);
    EXPECT_TRUE(hasError(parsed.errors, "exercises[0]", ""));
    EXPECT_TRUE(hasError(parsed.errors, "Bad Id!", "id"));
}

TEST(CatalogueParse, OversizedFilesAreRefused)
{
    const QByteArray huge(ExerciseCatalogue::kMaxFileBytes + 1, ' ');
    const auto parsed = ExerciseCatalogue::parse(huge, u"big.json"_s, false);
    ASSERT_EQ(parsed.errors.size(), 1);
    EXPECT_TRUE(parsed.errors[0].message.contains("larger than"_L1));
}

TEST(CatalogueParse, BuiltInExercisesMustCiteAKnownSource)
{
    const auto parsed = ExerciseCatalogue::parse(userFile(kValidUserExercise), u"b.json"_s, true);
    EXPECT_TRUE(hasError(parsed.errors, "doorway-stretch", "sources"));
}

TEST(CatalogueParse, ABuiltInAdaptationNamesAnExerciseOfTheCatalogue)
{
    QByteArray body(kValidUserExercise);
    body.replace(R"("summary": "Opens the chest.")",
                 R"("summary": "Opens", "adapted_from": "no-such-exercise")");
    EXPECT_TRUE(
        ExerciseCatalogue::parse(userFile(body.constData()), u"u.json"_s, false).errors.isEmpty())
        << "a user's adaptation may name a built-in exercise";
    body.replace(R"("equipment": [])", R"("equipment": [], "sources": ["article"])");
    const QByteArray builtIn = QByteArray(R"({"format": 1, "sources": [{"id": "article", )"
                                          R"("title": "An article"}], "exercises": [)") +
                               body + "]}";
    EXPECT_TRUE(hasError(ExerciseCatalogue::parse(builtIn, u"b.json"_s, true).errors,
                         "doorway-stretch", "adapted_from"));
}

class UserCatalogue : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(catalogue.loadBuiltIn()); }
    test::TempDir dir;
    QString path = dir.file(u"exercises.json"_s);
    ExerciseCatalogue catalogue;
};

TEST_F(UserCatalogue, MissingFileIsFine)
{
    EXPECT_TRUE(catalogue.addUserFile(path));
    EXPECT_TRUE(catalogue.errors().isEmpty());
}

TEST_F(UserCatalogue, AddsNewAndOverridesBuiltInById)
{
    const qsizetype before = catalogue.exercises().size();
    QByteArray overrideCatCow(kValidUserExercise);
    overrideCatCow.replace("doorway-stretch", "cat-cow").replace("Doorway stretch", "My cat-cow");
    const QByteArray both = QByteArray(kValidUserExercise) + ", " + overrideCatCow;
    writeFile(path, userFile(both.constData()));
    EXPECT_TRUE(catalogue.addUserFile(path)) << qPrintable(allErrors(catalogue.errors()));
    EXPECT_EQ(catalogue.exercises().size(), before + 1);
    ASSERT_NE(catalogue.find(u"doorway-stretch"_s), nullptr);
    EXPECT_EQ(catalogue.find(u"cat-cow"_s)->name, u"My cat-cow"_s);
}

TEST_F(UserCatalogue, ABrokenFileNeverHidesTheBuiltInCatalogue)
{
    const QList<Exercise> builtIn = catalogue.exercises();
    writeFile(path, "{\"format\": 1, \"exercises\": [ {\"id\": \"cat-cow\", \"name\": 3 ");
    EXPECT_FALSE(catalogue.addUserFile(path));
    EXPECT_EQ(catalogue.exercises(), builtIn);
    ASSERT_FALSE(catalogue.errors().isEmpty());
    EXPECT_EQ(catalogue.errors()[0].file, path);
}

TEST_F(UserCatalogue, AnInvalidOverrideKeepsTheBuiltInExercise)
{
    const Exercise builtInCatCow = *catalogue.find(u"cat-cow"_s);
    writeFile(path, userFile(R"({"id": "cat-cow", "name": "Broken"})"));
    EXPECT_FALSE(catalogue.addUserFile(path));
    EXPECT_EQ(*catalogue.find(u"cat-cow"_s), builtInCatCow);
    EXPECT_TRUE(hasError(catalogue.errors(), "cat-cow", "steps"));
}

TEST_F(UserCatalogue, UserExercisesMayCiteBuiltInSources)
{
    QByteArray body(kValidUserExercise);
    body.replace(R"("equipment": [])", R"("equipment": [], "sources": ["seed-000"])");
    writeFile(path, userFile(body.constData()));
    EXPECT_TRUE(catalogue.addUserFile(path)) << qPrintable(allErrors(catalogue.errors()));
}

} // namespace

// SPDX-License-Identifier: GPL-3.0-or-later
// assets/poses.json: every exercise of the shipped catalogue has plausible key poses
// that stay in their picture, and a broken file is reported precisely.
#include "core/figure/PoseLibrary.h"
#include "core/ExerciseCatalogue.h"
#include "core/figure/FigureMotion.h"
#include "core/figure/FigureScene.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace limber::figure;

namespace {

QString allErrors(const QList<CatalogueError> &errors)
{
    QStringList lines;
    for (const CatalogueError &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

bool hasError(const QList<CatalogueError> &errors, const char *id, const char *field)
{
    for (const CatalogueError &e : errors)
        if (e.exerciseId == QLatin1String(id) && e.field == QLatin1String(field) &&
            e.file == "poses.json"_L1)
            return true;
    return false;
}

/// One exercise entry, valid unless the test breaks it.
QByteArray file(const char *exercise)
{
    return QByteArray(R"({"format": 1, "exercises": [)") + exercise + "]}";
}

constexpr const char *kValid = R"({"id": "my-stretch",
    "frame": {"left": -100, "bottom": -10, "width": 200},
    "props": [{"kind": "floor"}],
    "poses": [{"name": "start", "root": {}, "joints": {"hip": 10, "shoulder_l": [30, 10, 0]}},
              {"name": "end", "from": "start", "joints": {"knee": 20}}]})";

class ShippedPoses : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(catalogue.loadBuiltIn()) << qPrintable(allErrors(catalogue.errors()));
        ASSERT_TRUE(library.errors().isEmpty()) << qPrintable(allErrors(library.errors()));
    }

    ExerciseCatalogue catalogue;
    const PoseLibrary &library = PoseLibrary::builtIn();
};

TEST_F(ShippedPoses, TheCompiledInFileIsTheOneInTheSourceTree)
{
    QFile source(qEnvironmentVariable("LIMBER_SOURCE_DIR") + u"/assets/poses.json"_s);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly)) << qPrintable(source.fileName());
    const PoseLibrary::Parsed parsed = PoseLibrary::parse(source.readAll(), source.fileName());
    EXPECT_TRUE(parsed.errors.isEmpty()) << qPrintable(allErrors(parsed.errors));
    EXPECT_EQ(parsed.figures.size(), library.figures().size());
}

TEST_F(ShippedPoses, EveryExerciseHasKeyPosesAndNoneIsForAnUnknownExercise)
{
    const QList<CatalogueError> problems = library.crossCheck(catalogue, u"poses.json"_s);
    EXPECT_TRUE(problems.isEmpty()) << qPrintable(allErrors(problems));
    for (const Exercise &e : catalogue.exercises()) {
        const ExerciseFigure *f = library.find(e.id);
        ASSERT_NE(f, nullptr) << qPrintable(e.id);
        // A movement shows where it starts and where it goes; a pure hold one pose.
        if (e.dosage.reps.isEmpty()) {
            EXPECT_EQ(f->poses.size(), 1) << qPrintable(e.id);
        } else if (e.dosage.holdSeconds.isEmpty()) {
            EXPECT_GE(f->poses.size(), 2) << qPrintable(e.id);
        }
    }
    EXPECT_EQ(library.find(u"no-such-exercise"_s), nullptr);
}

TEST_F(ShippedPoses, EveryJointAngleIsWithinAPlausibleHumanRange)
{
    for (const ExerciseFigure &f : library.figures())
        for (const Pose &p : f.poses)
            EXPECT_EQ(implausibleAngles(p), QStringList{})
                << qPrintable(f.exerciseId) << " pose " << qPrintable(p.name);
}

TEST_F(ShippedPoses, EveryFigureAndItsPropsStayInsideTheFrameWhileMoving)
{
    constexpr double kTolerance = 0.05; // centimetres: shapes cut at the frame end on it
    for (const ExerciseFigure &f : library.figures()) {
        const Exercise *exercise = catalogue.find(f.exerciseId);
        ASSERT_NE(exercise, nullptr);
        EXPECT_NEAR(f.frame.width() / f.frame.height(), 4.0 / 3.0, 1e-9);
        const QRectF frame = f.frame.adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance);
        QList<Pose> poses = f.poses;
        const FigureMotion motion(f, tempoFor(exercise->dosage));
        for (int k = 0; k < 40; ++k)
            poses << motion.poseAt(motion.cycleSeconds() * k / 40);
        for (const Pose &p : poses)
            for (const bool mirrored : {false, true}) {
                const FigureScene scene = buildScene(f, p, mirrored);
                EXPECT_TRUE(frame.contains(scene.bounds()))
                    << qPrintable(f.exerciseId) << " pose " << qPrintable(p.name)
                    << (mirrored ? " mirrored" : "") << ": drawn " << scene.bounds().left() << ".."
                    << scene.bounds().right() << " × " << scene.bounds().top() << ".."
                    << scene.bounds().bottom();
            }
    }
}

TEST_F(ShippedPoses, TheFigureRestsOnTheFloor)
{
    for (const ExerciseFigure &f : library.figures())
        for (const Pose &p : f.poses) {
            if (!p.root.grounded)
                continue;
            // The body, not the props: ignore shapes that are not the figure.
            double low = 1e9;
            for (const ShapeGroup &g : buildScene(f, p).groups)
                for (const Shape &s : g.shapes)
                    if (s.role == ShapeRole::Body || s.role == ShapeRole::Thoracic)
                        for (const QPointF &pt : s.points)
                            low = std::min(low, pt.y());
            if (f.camera.pitch == 0) {
                EXPECT_NEAR(low, 0, 0.05) << qPrintable(f.exerciseId) << " " << qPrintable(p.name);
            }
        }
}

TEST_F(ShippedPoses, TheEquipmentIsInThePicture)
{
    for (const Exercise &e : catalogue.exercises()) {
        if (e.equipment.isEmpty())
            continue;
        const ExerciseFigure *f = library.find(e.id);
        ASSERT_NE(f, nullptr);
        qsizetype propShapes = 0;
        for (const ShapeGroup &g : buildScene(*f, f->poses.first()).groups)
            for (const Shape &s : g.shapes)
                propShapes += s.role != ShapeRole::Body && s.role != ShapeRole::Thoracic &&
                              s.role != ShapeRole::Floor;
        EXPECT_GT(propShapes, 0) << qPrintable(e.id);
    }
}

TEST(PoseLibraryParse, AValidFileReadsWithInheritedPosesAndDefaults)
{
    const auto parsed = PoseLibrary::parse(file(kValid), u"poses.json"_s);
    ASSERT_TRUE(parsed.errors.isEmpty()) << qPrintable(allErrors(parsed.errors));
    ASSERT_EQ(parsed.figures.size(), 1);
    const ExerciseFigure &f = parsed.figures.first();
    EXPECT_EQ(f.frame, QRectF(-100, -10, 200, 150));
    EXPECT_EQ(f.camera, Camera{});
    ASSERT_EQ(f.poses.size(), 2);
    EXPECT_EQ(f.holdAt, QList<int>{1}) << "the last pose by default";
    const Pose &end = f.poses.at(1);
    EXPECT_TRUE(end.root.grounded);
    EXPECT_EQ(end[Joint::HipL], (JointAngles{10, 0, 0})) << "both sides, copied from start";
    EXPECT_EQ(end[Joint::HipR], (JointAngles{10, 0, 0}));
    EXPECT_EQ(end[Joint::ShoulderL], (JointAngles{30, 10, 0}));
    EXPECT_EQ(end[Joint::KneeR], (JointAngles{20, 0, 0}));
}

TEST(PoseLibraryParse, EveryProblemNamesTheFileTheExerciseAndTheField)
{
    struct Case
    {
        const char *from;
        const char *to;
        const char *field;
    };
    const Case cases[] = {
        {R"("hip": 10)", R"("hip": 170)", "poses[0].joints.hip_l.flex"},
        {R"("hip": 10)", R"("hipp": 10)", "poses[0].joints.hipp"},
        {R"("hip": 10)", R"("hip": [1, 2, 3, 4])", "poses[0].joints.hip"},
        {R"("from": "start")", R"("from": "later")", "poses[1].from"},
        {R"("name": "end")", R"("name": "start")", "poses[1].name"},
        {R"("kind": "floor")", R"("kind": "trampoline")", "props[0].kind"},
        {R"("kind": "floor")", R"("kind": "dumbbell", "hand": "both")", "props[0].hand"},
        {R"("kind": "floor")", R"("kind": "floor", "at": [0, 0, 0])", "props[0].at"},
        {R"("width": 200)", R"("width": 20)", "frame.width"},
        {R"("left": -100, )", "", "frame.left"},
        {R"("root": {})", R"("root": {"pitch": 400})", "poses[0].root.pitch"},
        {R"("root": {})", R"("root": {"y": -5})", "poses[0].root.y"},
        {R"("root": {})", R"("root": {"sideways": 1})", "poses[0].root.sideways"},
        {R"("root": {}, )", "", "poses[0].root"},
    };
    for (const Case &c : cases) {
        QByteArray broken = file(kValid);
        ASSERT_TRUE(broken.contains(c.from)) << c.from;
        broken.replace(broken.indexOf(c.from), qsizetype(strlen(c.from)), c.to);
        const auto parsed = PoseLibrary::parse(broken, u"poses.json"_s);
        EXPECT_TRUE(hasError(parsed.errors, "my-stretch", c.field))
            << c.field << " in:\n"
            << qPrintable(allErrors(parsed.errors));
        EXPECT_TRUE(parsed.figures.isEmpty()) << c.field << ": the exercise is left out";
    }
}

TEST(PoseLibraryParse, FileLevelProblemsAndUnknownOrDuplicateExercises)
{
    EXPECT_FALSE(PoseLibrary::parse("{", u"poses.json"_s).errors.isEmpty());
    const auto wrongFormat =
        PoseLibrary::parse(R"({"format": 2, "exercises": []})", u"poses.json"_s);
    EXPECT_TRUE(hasError(wrongFormat.errors, "", "format"));
    const QByteArray twice =
        QByteArray(R"({"format": 1, "exercises": [)") + kValid + "," + kValid + "]}";
    const auto duplicate = PoseLibrary::parse(twice, u"poses.json"_s);
    EXPECT_EQ(duplicate.figures.size(), 1);
    EXPECT_TRUE(hasError(duplicate.errors, "my-stretch", "id"));

    // Poses for an exercise the catalogue does not have, and a catalogue exercise
    // without poses, are both reported.
    PoseLibrary library;
    QFile f(QDir::temp().filePath(u"limber-poses-test.json"_s));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(file(kValid));
    f.close();
    ASSERT_TRUE(library.load(f.fileName(), u"poses.json"_s));
    f.remove();
    ExerciseCatalogue catalogue;
    ASSERT_TRUE(catalogue.loadBuiltIn());
    const QList<CatalogueError> problems = library.crossCheck(catalogue, u"poses.json"_s);
    EXPECT_TRUE(hasError(problems, "my-stretch", "id"));
    EXPECT_TRUE(hasError(problems, "cat-cow", ""));
}

} // namespace

TEST_F(ShippedPoses, TheTennisBallsShowBesideTheSpineInAViewFromBehind)
{
    // From the side the back hides where the balls sit; the inset shows the back.
    for (const char *id : {"tennis-ball-release", "double-tennis-ball-release"}) {
        const ExerciseFigure *f = library.find(QString::fromLatin1(id));
        ASSERT_NE(f, nullptr);
        ASSERT_TRUE(f->inset.has_value()) << id;
        const FigureScene inset = buildInsetScene(*f);
        // The spine runs down the middle of the picture; the balls are drawn after the
        // trunk (in front of the back, not hidden by it), within the inset's frame and
        // off the spine on either side.
        const double spine = (f->inset->frame.left() + f->inset->frame.right()) / 2;
        bool trunkDrawn = false;
        int balls = 0;
        for (const ShapeGroup &g : inset.groups) {
            for (const Shape &s : g.shapes) {
                trunkDrawn = trunkDrawn || s.role == ShapeRole::Thoracic;
                if (s.role != ShapeRole::PropEdge)
                    continue;
                EXPECT_TRUE(trunkDrawn) << id << ": a ball is drawn behind the back";
                const QRectF ball = boundsOf(s.points);
                EXPECT_TRUE(f->inset->frame.contains(ball)) << id;
                EXPECT_GT(std::abs(ball.center().x() - spine), ball.width() / 2) << id;
                ++balls;
            }
        }
        EXPECT_EQ(balls, static_cast<int>(
                             std::count_if(f->props.begin(), f->props.end(),
                                           [](const Prop &p) { return p.kind == PropKind::Ball; })))
            << id << ": as many balls from behind as from the side";
    }
    EXPECT_FALSE(library.find(u"cat-cow"_s)->inset.has_value());
}

TEST(PoseLibraryParse, AnInsetReadsLikeAnExerciseAndNamesItsFields)
{
    const QByteArray valid = file(R"({"id": "my-stretch",
        "frame": {"left": -100, "bottom": -10, "width": 200},
        "inset": {"camera": {"yaw": -90}, "frame": {"left": -40, "bottom": 100, "width": 80},
                  "props": [{"kind": "ball", "at": [5, 120, -12]}],
                  "pose": {"name": "behind", "root": {"y": 94}}},
        "poses": [{"name": "start", "root": {}}]})");
    const auto parsed = PoseLibrary::parse(valid, u"poses.json"_s);
    ASSERT_TRUE(parsed.errors.isEmpty()) << qPrintable(allErrors(parsed.errors));
    const FigureInset &inset = *parsed.figures.first().inset;
    EXPECT_EQ(inset.camera.yaw, -90);
    EXPECT_EQ(inset.props.size(), 1);
    EXPECT_EQ(inset.pose.root.at.y, 94);

    QByteArray broken = valid;
    broken.replace(R"("width": 80})", R"("width": 80, "height": 3})");
    const auto bad = PoseLibrary::parse(broken, u"poses.json"_s);
    EXPECT_TRUE(bad.figures.isEmpty());
    EXPECT_TRUE(hasError(bad.errors, "my-stretch", "inset.frame.height"))
        << qPrintable(allErrors(bad.errors));
}

TEST(PoseLibraryParse, AViaPoseIsPartOfTheMovementAndMustBeABooleanAfterTheFirst)
{
    QByteArray json = file(kValid);
    json.replace(R"({"name": "end", "from": "start",)",
                 R"({"name": "mid", "from": "start", "via": true, "joints": {"knee": 10}},
                    {"name": "end", "from": "start",)");
    const auto parsed = PoseLibrary::parse(json, u"poses.json"_s);
    ASSERT_TRUE(parsed.errors.isEmpty()) << qPrintable(allErrors(parsed.errors));
    const ExerciseFigure &f = parsed.figures.first();
    ASSERT_EQ(f.poses.size(), 3);
    EXPECT_FALSE(f.poses.at(0).via);
    EXPECT_TRUE(f.poses.at(1).via);
    EXPECT_FALSE(f.poses.at(2).via) << "a pose made from a via pose is shown unless it says so";
    // The movement passes through it: halfway from start to end it is the via pose.
    const FigureMotion motion(f, Tempo{4, 0});
    EXPECT_EQ(motion.poseAt(0).name, u"start"_s);
    bool through = false;
    for (int k = 0; k < 40; ++k)
        through = through || motion.poseAt(motion.cycleSeconds() * k / 40).name == u"mid"_s;
    EXPECT_TRUE(through);

    QByteArray notBool = file(kValid);
    notBool.replace(R"("from": "start",)", R"("from": "start", "via": "yes",)");
    const auto wrong = PoseLibrary::parse(notBool, u"poses.json"_s);
    ASSERT_EQ(wrong.errors.size(), 1);
    EXPECT_EQ(wrong.errors.first().field, u"poses[1].via"_s);
    QByteArray first = file(kValid);
    first.replace(R"({"name": "start", "root": {},)",
                  R"({"name": "start", "via": true, "root": {},)");
    const auto starts = PoseLibrary::parse(first, u"poses.json"_s);
    ASSERT_EQ(starts.errors.size(), 1);
    EXPECT_EQ(starts.errors.first().field, u"poses[0].via"_s);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// The animated exercise figure on the offscreen platform: a timer only while it is
// seen, none with reduced motion, the other side mirrored, the palette's colours.
// Frames go to $LIMBER_FIGURE_ARTIFACTS for a person to look at.
#include "app/figure/ExerciseFigureView.h"
#include "app/figure/FigurePainter.h"
#include "core/ExerciseCatalogue.h"
#include "tests/support/FigureTestHelpers.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

int activeTimers(const QObject &object)
{
    int n = 0;
    for (const QTimer *t : object.findChildren<QTimer *>())
        n += t->isActive() ? 1 : 0;
    return n;
}

/// Pixels in `area` that differ clearly from the background colour.
int inkIn(const QImage &image, const QRect &area, QRgb background)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            n += std::abs(qGray(p) - qGray(background)) > 40 ? 1 : 0;
        }
    return n;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return p;
}

class ExerciseFigureViewTest : public BuiltInExercises
{
protected:
    PlannedExercise planned(const char *id, int holdSeconds = 0)
    {
        PlannedExercise p;
        p.exercise = exercise(id);
        p.holdSeconds = holdSeconds;
        return p;
    }

    QImage frame(ExerciseFigureView &view, double seconds)
    {
        view.setAnimationSeconds(seconds);
        return view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    }
};

TEST_F(ExerciseFigureViewTest, NoTimerWhileHiddenAndOneWhileShown)
{
    QWidget window;
    ExerciseFigureView *view = ExerciseFigureView::create(planned("cat-cow"), false, &window);
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(activeTimers(window), 0) << "created, not shown";
    EXPECT_FALSE(view->isAnimating());
    window.show();
    EXPECT_EQ(activeTimers(window), 1);
    EXPECT_TRUE(view->isAnimating());
    window.hide();
    EXPECT_EQ(activeTimers(window), 0) << "hidden with its window";
    window.show();
    view->hide();
    EXPECT_EQ(activeTimers(window), 0) << "hidden itself";
    view->show();
    EXPECT_EQ(activeTimers(window), 1);
    view->setExercise(exercise("wall-angels"));
    EXPECT_EQ(activeTimers(window), 1) << "a new exercise keeps the one timer";
    window.showMinimized();
    window.hide();
    EXPECT_EQ(activeTimers(window), 0);
}

TEST_F(ExerciseFigureViewTest, FewerFramesWhileTheFigureOnlyBreathes)
{
    // 15 frames a second while it moves, 5 while a hold only breathes: the figure is
    // most of a break's CPU (docs/PERFORMANCE.md).
    ExerciseFigureView view;
    view.setExercise(exercise("open-book"));
    view.setHoldSeconds(10);
    view.show();
    const auto interval = [&view] {
        const QList<QTimer *> timers = view.findChildren<QTimer *>();
        return timers.size() == 1 && timers[0]->isActive() ? timers[0]->interval() : -1;
    };
    EXPECT_EQ(interval(), ExerciseFigureView::kFrameIntervalMs) << "it starts moving";
    double holding = -1;
    for (int quarter = 0; quarter < view.cycleSeconds() * 4 && holding < 0; ++quarter) {
        const double t = quarter / 4.0;
        view.setAnimationSeconds(t);
        QTest::qWait(ExerciseFigureView::kFrameIntervalMs * 2);
        if (interval() == ExerciseFigureView::kBreathFrameIntervalMs)
            holding = t;
    }
    EXPECT_GE(holding, 0) << "no slower frames in a 10 s hold";
    EXPECT_GT(ExerciseFigureView::kFrameIntervalMs, 40) << "under 25 frames a second";
}

TEST_F(ExerciseFigureViewTest, TheAnimationTimeStandsStillWhileHidden)
{
    ExerciseFigureView view;
    view.setExercise(exercise("cat-cow"));
    view.setAnimationSeconds(1.5);
    EXPECT_DOUBLE_EQ(view.animationSeconds(), 1.5) << "not shown: time does not pass";
    view.show();
    view.hide();
    const double paused = view.animationSeconds();
    EXPECT_GE(paused, 1.5);
    EXPECT_DOUBLE_EQ(view.animationSeconds(), paused);
}

TEST_F(ExerciseFigureViewTest, APauseStopsTheTimerAndHoldsThePose)
{
    ExerciseFigureView view;
    view.resize(400, 300);
    view.setExercise(exercise("cat-cow"));
    view.show();
    ASSERT_TRUE(view.isAnimating());
    view.setSecondSide(false);
    view.setPaused(true);
    EXPECT_FALSE(view.isAnimating());
    EXPECT_EQ(activeTimers(view), 0);
    const double held = view.animationSeconds();
    QTest::qWait(60);
    EXPECT_DOUBLE_EQ(view.animationSeconds(), held) << "time stands still in a pause";
    view.hide();
    view.show();
    EXPECT_FALSE(view.isAnimating()) << "shown again, still paused";
    view.setPaused(false);
    EXPECT_TRUE(view.isAnimating());
    view.setSecondSide(true);
    EXPECT_EQ(view.side(), ExerciseFigureView::Side::Second);
}

TEST_F(ExerciseFigureViewTest, ThePlannedHoldSetsHowLongTheFigureHolds)
{
    QWidget window;
    // The open book holds at the open pose: a longer planned hold, a longer cycle.
    ExerciseFigureView *catalogueHold =
        ExerciseFigureView::create(planned("open-book"), false, &window);
    ExerciseFigureView *longHold =
        ExerciseFigureView::create(planned("open-book", 12), false, &window);
    ASSERT_NE(catalogueHold, nullptr);
    ASSERT_NE(longHold, nullptr);
    EXPECT_GT(longHold->cycleSeconds(), catalogueHold->cycleSeconds() + 5);
}

TEST_F(ExerciseFigureViewTest, ReducedMotionShowsTheKeyPosesSideBySideWithoutATimer)
{
    ExerciseFigureView view;
    view.resize(480, 180);
    view.setExercise(exercise("cat-cow"));
    view.setReducedMotion(true);
    view.show();
    EXPECT_EQ(activeTimers(view), 0);
    EXPECT_FALSE(view.isAnimating());
    const QImage still = frame(view, 0);
    saveArtifact(still, u"reduced-motion-cat-cow.png"_s);
    const QRgb bg = still.pixel(1, 1);
    const int third = still.width() / 3;
    // Two figures, left and right, and an arrow between them.
    EXPECT_GT(inkIn(still, QRect(0, 0, third, still.height()), bg), 500);
    EXPECT_GT(inkIn(still, QRect(2 * third, 0, third, still.height()), bg), 500);
    EXPECT_GT(inkIn(still, QRect(third, 0, third, still.height()), bg), 20);
    EXPECT_EQ(frame(view, 3), still) << "nothing moves";

    view.setReducedMotion(false);
    EXPECT_EQ(activeTimers(view), 1) << "motion allowed again while shown";
    view.setReducedMotion(true);
    EXPECT_EQ(activeTimers(view), 0);
}

TEST_F(ExerciseFigureViewTest, AnExerciseWithoutPosesGetsNoFigure)
{
    Exercise own = exercise("cat-cow");
    own.id = u"my-own-stretch"_s;
    PlannedExercise plannedOwn;
    plannedOwn.exercise = own;
    EXPECT_EQ(ExerciseFigureView::create(plannedOwn, false, nullptr), nullptr);
    ExerciseFigureView view;
    view.setExercise(own);
    view.show();
    EXPECT_FALSE(view.hasFigure());
    EXPECT_EQ(activeTimers(view), 0) << "nothing to animate";
}

TEST_F(ExerciseFigureViewTest, TheFigureMovesAndTheOtherSideIsItsMirrorImage)
{
    ExerciseFigureView view;
    view.resize(400, 300);
    view.setExercise(exercise("lunge-with-rotation"));
    const QImage start = frame(view, 0);
    const QImage moving = frame(view, 1.25); // halfway through turning
    EXPECT_NE(start, moving);
    saveArtifact(moving, u"lunge-mid-turn.png"_s);

    view.setSide(ExerciseFigureView::Side::Second);
    const QImage other = frame(view, 1.25);
    saveArtifact(other, u"lunge-mid-turn-other-side.png"_s);
    const QImage flipped = moving.mirrored(true, false);
    int differing = 0;
    for (int y = 0; y < other.height(); ++y)
        for (int x = 0; x < other.width(); ++x)
            differing += std::abs(qGray(other.pixel(x, y)) - qGray(flipped.pixel(x, y))) > 60;
    EXPECT_LT(differing, other.width() * other.height() / 100) << "a mirror image";
}

TEST_F(ExerciseFigureViewTest, ItPaintsInThePalettesColoursLightAndDark)
{
    for (const char *id : {"cat-cow", "open-book", "wall-angels", "seated-twist"}) {
        ExerciseFigureView view;
        view.resize(460, 300); // wider than the 4:3 picture: a margin left and right
        view.setExercise(exercise(id));
        const QImage light = frame(view, 1.0);
        EXPECT_EQ(light.pixel(2, 150), view.palette().color(QPalette::Base).rgb());
        view.setPalette(darkPalette());
        const QImage dark = frame(view, 1.0);
        EXPECT_EQ(dark.pixel(2, 150), darkPalette().color(QPalette::Base).rgb());
        // The highlight colour marks the mid-back.
        const QRgb accent = darkPalette().color(QPalette::Highlight).rgb();
        int accented = 0;
        for (int y = 0; y < dark.height(); ++y)
            for (int x = 0; x < dark.width(); ++x) {
                const QRgb p = dark.pixel(x, y);
                accented += std::abs(qRed(p) - qRed(accent)) +
                                std::abs(qGreen(p) - qGreen(accent)) +
                                std::abs(qBlue(p) - qBlue(accent)) <
                            60;
            }
        EXPECT_GT(accented, 100) << id;
        EXPECT_GT(inkIn(dark, dark.rect(), dark.pixel(2, 150)), 2000) << id;
        saveArtifact(light, u"%1-light.png"_s.arg(QLatin1String(id)));
        saveArtifact(dark, u"%1-dark.png"_s.arg(QLatin1String(id)));
    }
}

} // namespace

TEST_F(ExerciseFigureViewTest, TheTennisBallInsetShowsInTheTopCornerOnTheWorkedSide)
{
    ExerciseFigureView view;
    view.resize(400, 300);
    const QRgb background = FigureColours::from(view.palette()).background.rgb();
    const QRect topLeft(8, 8, 120, 90);
    const QRect topRight(400 - 8 - 120, 8, 120, 90);

    view.setExercise(exercise("tennis-ball-release"));
    const QImage first = frame(view, 0);
    saveArtifact(first, u"tennis-ball-inset.png"_s);
    EXPECT_GT(inkIn(first, topLeft, background), 400) << "the view from behind";
    EXPECT_LT(inkIn(first, topRight, background), 50);

    view.setSide(ExerciseFigureView::Side::Second);
    const QImage second = frame(view, 0);
    EXPECT_GT(inkIn(second, topRight, background), 400) << "mirrored with the figure";
    EXPECT_LT(inkIn(second, topLeft, background), 50);

    view.setSide(ExerciseFigureView::Side::First);
    view.setExercise(exercise("sphinx-pose")); // no inset: the corner stays empty
    EXPECT_LT(inkIn(frame(view, 0), topLeft, background), 50);
}

TEST_F(ExerciseFigureViewTest, TheStillKeyPosesLeaveOutThePosesTheMovementOnlyPassesThrough)
{
    const figure::ExerciseFigure *shipped =
        figure::PoseLibrary::builtIn().find(u"quadruped-trunk-rotation"_s);
    ASSERT_NE(shipped, nullptr);
    ASSERT_TRUE(std::any_of(shipped->poses.begin(), shipped->poses.end(),
                            [](const figure::Pose &p) { return p.via; }))
        << "the supporting hand needs a pose on the way into the turn";
    figure::ExerciseFigure withoutVia = *shipped;
    withoutVia.poses.removeIf([](const figure::Pose &p) { return p.via; });
    const FigureColours colours = FigureColours::from(QPalette());
    auto keyPoses = [&colours](const figure::ExerciseFigure &f) {
        QImage image(720, 200, QImage::Format_RGB32);
        image.fill(colours.background);
        QPainter p(&image);
        figurepainter::paintKeyPoses(p, f, false, image.rect(), colours);
        return image;
    };
    EXPECT_EQ(keyPoses(*shipped), keyPoses(withoutVia));
}

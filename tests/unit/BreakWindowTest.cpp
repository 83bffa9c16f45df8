// SPDX-License-Identifier: GPL-3.0-or-later
// The break window on the offscreen platform with a fake clock: its keys, what it
// records, its end screen, the sound cue, the illustration seam and what a screen
// reader is told.
#include "app/break/BreakWindow.h"
#include "app/break/CountdownRing.h"
#include "app/common/NotePanel.h"
#include "app/figure/ExerciseFigureView.h"
#include "core/ExerciseCatalogue.h"
#include "core/StatsReport.h"
#include "tests/support/FakeClock.h"

#include <QAccessible>
#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;

namespace {

PlannedExercise planned(const char *id, const char *name, int seconds)
{
    PlannedExercise p;
    p.exercise.id = QLatin1String(id);
    p.exercise.name = QLatin1String(name);
    p.exercise.steps = {u"Stand tall."_s, u"Turn slowly."_s};
    p.exercise.cautions = {u"Turn only as far as is comfortable."_s};
    p.exercise.dosage.reps = {5, 10};
    p.reps = 8;
    p.seconds = seconds;
    return p;
}

Routine routine()
{
    return Routine{{planned("twist", "Seated twist", 40), planned("angels", "Wall angels", 50),
                    planned("bend", "Side bend", 30)}};
}

QString accessibleName(QObject *object)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(object);
    return a ? a->text(QAccessible::Name) : QString();
}

/// Stands in for the animated figure: counts what it is told.
class CountingFigure : public QWidget, public IllustrationControl
{
public:
    CountingFigure(const PlannedExercise &p, QWidget *parent)
        : QWidget(parent)
        , exerciseId(p.exercise.id)
        , holdSeconds(p.holdSeconds)
    {
    }
    void setPaused(bool p) override { paused = p; }
    void setSecondSide(bool second) override { sides << second; }
    QString exerciseId;
    int holdSeconds = 0;
    int shown = 0;
    int hidden = 0;
    bool paused = false;
    QList<bool> sides; ///< every setSecondSide, in order

protected:
    void showEvent(QShowEvent *) override { ++shown; }
    void hideEvent(QHideEvent *) override { ++hidden; }
};

class BreakWindowTest : public ::testing::Test
{
protected:
    test::FakeClock clock;
    QPointer<BreakWindow> window = new BreakWindow(clock, routine());
    QSignalSpy ended{window.data(), &BreakWindow::breakEnded};

    void SetUp() override
    {
        window->setAttribute(Qt::WA_DeleteOnClose, false); // the test reads it after closing
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    }
    void TearDown() override { delete window; }

    void advance(Millis d)
    {
        clock.advance(d);
        window->tick();
    }
    void press(Qt::Key key)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window.data(), key);
    }
    QPushButton *buttonNamed(const QString &text) const
    {
        for (QPushButton *b : window->findChildren<QPushButton *>())
            if (b->text() == text && b->isVisible())
                return b;
        return nullptr;
    }
    BreakRecord record() const { return ended.at(0).at(0).value<BreakRecord>(); }
};

TEST_F(BreakWindowTest, EachExerciseSaysWhereItComesFromUnderItsDose)
{
    const auto visibleLabelWith = [this](const QString &text) {
        for (QLabel *label : window->findChildren<QLabel *>())
            if (label->isVisible() && label->text() == text)
                return true;
        return false;
    };
    const QString adapted = u"Limber's adaptation of “Seated twist”, from “Ten exercises”"_s;
    window->setSourceLines({{u"twist"_s, adapted}, {u"angels"_s, u"From “Four exercises”"_s}});
    EXPECT_TRUE(visibleLabelWith(adapted));
    press(Qt::Key_Right);
    EXPECT_TRUE(visibleLabelWith(u"From “Four exercises”"_s));
    EXPECT_FALSE(visibleLabelWith(adapted));
    press(Qt::Key_Right); // an exercise without a known source shows no empty line
    for (QLabel *label : window->findChildren<QLabel *>())
        EXPECT_FALSE(label->isVisible() && label->text().startsWith(u"From"_s));
}

/// For every exercise of the shipped catalogue in `language`, in a break window of the
/// default size: are its cautions on screen without scrolling?
QStringList exercisesWithCautionsOutOfSight(const QString &language)
{
    ExerciseCatalogue catalogue;
    catalogue.setLanguage(language);
    if (!catalogue.loadBuiltIn())
        return {u"(the catalogue did not load)"_s};
    QStringList hidden;
    test::FakeClock clock;
    for (const Exercise &e : catalogue.exercises()) {
        PlannedExercise p;
        p.exercise = e;
        p.reps = e.dosage.reps.isEmpty() ? 1 : e.dosage.reps.min;
        p.holdSeconds = e.dosage.holdSeconds.min;
        p.seconds = 60;
        BreakWindow window(clock, Routine{{p}});
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return {u"(the window was not shown)"_s};
        // Run at a scale (ctest's BreakWindowCautions.At200Percent): prove it applies.
        const double scale = qEnvironmentVariableIntValue("LIMBER_EXPECT_SCALE");
        if (scale > 0 && window.devicePixelRatio() != scale)
            return {
                u"(the window is at scale %1, not %2)"_s.arg(window.devicePixelRatio()).arg(scale)};
        // The exercise's details scroll; the window's own safety note below them does not.
        const auto *scroll = window.findChild<QScrollArea *>();
        const auto *panel = scroll ? scroll->widget()->findChild<NotePanel *>() : nullptr;
        if (!panel || !panel->isVisible()) {
            hidden << e.id + u" (no caution panel)"_s;
            continue;
        }
        const QRect shown = scroll->viewport()->rect();
        const QRect at(panel->mapTo(scroll->viewport(), QPoint(0, 0)), panel->size());
        if (!shown.contains(at))
            hidden << e.id;
    }
    return hidden;
}

TEST(BreakWindowCautions, AreSeenWithoutScrollingAtTheDefaultSize)
{
    // Safety first: an exercise's cautions are read before its steps, never below them, in
    // English and in every language the catalogue is translated into.
    QStringList languages{QString()};
    for (const QString &file : QDir(u":/limber/translations"_s).entryList({u"exercises_*"_s}))
        languages << file.mid(10, 2);
    ASSERT_GT(languages.size(), 1);
    for (const QString &language : std::as_const(languages)) {
        const QStringList hidden = exercisesWithCautionsOutOfSight(language);
        EXPECT_TRUE(hidden.isEmpty())
            << qPrintable(language)
            << ": cautions out of sight: " << qPrintable(hidden.join(u", "_s));
    }
}

TEST_F(BreakWindowTest, SpacePausesAndResumes)
{
    QSignalSpy paused(window.data(), &BreakWindow::pausedChanged);
    advance(5s);
    press(Qt::Key_Space);
    EXPECT_TRUE(window->session().isPaused());
    ASSERT_NE(buttonNamed(u"Resume"_s), nullptr);
    advance(20s); // paused: the countdown stands still
    EXPECT_EQ(window->session().remainingInExercise(), 35s);
    press(Qt::Key_Space);
    EXPECT_FALSE(window->session().isPaused());
    EXPECT_NE(buttonNamed(u"Pause"_s), nullptr);
    EXPECT_EQ(paused.count(), 2);
}

TEST_F(BreakWindowTest, SpacePausesEvenWhenAnotherButtonHasTheFocus)
{
    QPushButton *next = buttonNamed(u"Next"_s);
    ASSERT_NE(next, nullptr);
    next->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    EXPECT_TRUE(window->session().isPaused());
    EXPECT_EQ(window->session().currentIndex(), 0);
}

TEST_F(BreakWindowTest, RightGoesToTheNextExercise)
{
    press(Qt::Key_Right);
    EXPECT_EQ(window->session().currentIndex(), 1);
    EXPECT_NE(window->findChild<QLabel *>(), nullptr);
    const auto labels = window->findChildren<QLabel *>();
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->isVisible() && l->text() == "Wall angels"_L1;
    }));
    EXPECT_TRUE(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
        return l->isVisible() && l->text() == "Up next: Side bend (30 s)"_L1;
    }));
}

TEST_F(BreakWindowTest, EscStopsEarlyAndKeepsThePartialBreakWithItsSeconds)
{
    advance(25s);
    press(Qt::Key_Escape);
    ASSERT_EQ(ended.count(), 1);
    const BreakRecord r = record();
    EXPECT_EQ(r.outcome, BreakOutcome::Partial);
    EXPECT_EQ(r.doneSeconds, 25);
    EXPECT_EQ(r.plannedSeconds, 120);
    ASSERT_EQ(r.exercises.size(), 3);
    EXPECT_EQ(r.exercises[0].doneSeconds, 25);
    EXPECT_EQ(r.exercises[1].doneSeconds, 0);
    EXPECT_EQ(window->endSummary(),
              QStringLiteral("Break ended early\n"
                             "Saved as a partial break: 25 s of 2 min done."));
    QStringList shown; // what each exercise got, on the end screen
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->isVisible())
            shown << l->accessibleName();
    for (const char *row :
         {"Seated twist: 25 s of 40 s", "Wall angels: not done", "Side bend: not done"})
        EXPECT_TRUE(shown.contains(QLatin1String(row))) << row;
    EXPECT_TRUE(window->isVisible()) << "the end screen stays until closed";
    EXPECT_EQ(window->windowTitle(), u"Break ended early"_s);
    press(Qt::Key_Escape); // on the end screen Esc closes
    EXPECT_FALSE(window->isVisible());
    EXPECT_EQ(ended.count(), 1);
}

TEST_F(BreakWindowTest, ClosingMidBreakIsAPartialBreak)
{
    advance(70s);
    window->close();
    ASSERT_EQ(ended.count(), 1);
    EXPECT_EQ(record().outcome, BreakOutcome::Partial);
    EXPECT_EQ(record().doneSeconds, 70);
}

TEST_F(BreakWindowTest, EndScreenSaysCompleteWithTodayAndTheStreak)
{
    advance(40s);
    advance(50s);
    advance(30s);
    ASSERT_EQ(ended.count(), 1);
    EXPECT_EQ(record().outcome, BreakOutcome::Completed);
    EXPECT_EQ(window->windowTitle(), u"Break complete"_s);
    StatsReport stats;
    stats.completedToday = 3;
    stats.goal = 4;
    stats.streak.current = 5;
    window->setStats(stats);
    EXPECT_EQ(window->endSummary(), QStringLiteral("Break complete\n"
                                                   "You moved for 2 min. Well done.\n"
                                                   "Today: 3 of 4 breaks\n"
                                                   "Current streak: 5 days"));
    stats.streak.current = 1;
    window->setStats(stats);
    EXPECT_TRUE(window->endSummary().endsWith("Current streak: 1 day"_L1));
    QPushButton *close = buttonNamed(u"Close"_s);
    ASSERT_NE(close, nullptr);
    EXPECT_TRUE(close->hasFocus());
    press(Qt::Key_Return);
    EXPECT_FALSE(window->isVisible());
}

TEST_F(BreakWindowTest, SoundCueOnlyWhenTheNextExerciseStartsByItself)
{
    QList<SoundCue> cues;
    window->setSoundCueEnabled(true);
    window->setSoundCuePlayer([&cues](SoundCue cue) { cues << cue; });
    advance(39s);
    EXPECT_TRUE(cues.isEmpty());
    advance(1s); // the first exercise's time is up
    EXPECT_EQ(cues, QList<SoundCue>{SoundCue::NextExercise});
    press(Qt::Key_Right); // the person moved on: they know
    EXPECT_EQ(cues.size(), 1);
    advance(30s); // the last one runs out: the break is over, with its own sound
    EXPECT_EQ(cues, (QList<SoundCue>{SoundCue::NextExercise, SoundCue::BreakComplete}));
    EXPECT_TRUE(window->session().isFinished());
}

TEST_F(BreakWindowTest, NoSoundCueWhenTheSettingIsOff)
{
    int cues = 0;
    window->setSoundCuePlayer([&cues](SoundCue) { ++cues; });
    advance(120s);
    EXPECT_TRUE(window->session().isFinished());
    EXPECT_EQ(cues, 0);
}

TEST_F(BreakWindowTest, ScreenReaderHearsTheControlsTheExerciseAndTheTimeLeft)
{
    for (const char *name : {"Pause", "Next", "Finish"}) {
        QPushButton *b = buttonNamed(QLatin1String(name));
        ASSERT_NE(b, nullptr) << name;
        EXPECT_EQ(accessibleName(b), QLatin1String(name));
        EXPECT_FALSE(b->accessibleDescription().isEmpty()) << name;
    }
    EXPECT_TRUE(buttonNamed(u"Pause"_s)->accessibleDescription().contains("Space"_L1));
    auto *ring = window->findChild<CountdownRing *>();
    ASSERT_NE(ring, nullptr);
    EXPECT_EQ(accessibleName(ring), u"Time left in this exercise: 40 seconds"_s);
    EXPECT_EQ(QAccessible::queryAccessibleInterface(ring)->role(), QAccessible::StaticText);
    advance(15s);
    EXPECT_EQ(accessibleName(ring), u"Time left in this exercise: 25 seconds"_s);

    auto *progress = window->findChild<QProgressBar *>();
    ASSERT_NE(progress, nullptr);
    EXPECT_EQ(accessibleName(progress), u"Whole break"_s);
    EXPECT_EQ(progress->accessibleDescription(), u"1 minute 45 seconds of the break left"_s);

    QStringList names;
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->isVisible())
            names << accessibleName(l);
    for (const char *expected : {"Seated twist", "Stand tall.", "Turn slowly.",
                                 "Turn only as far as is comfortable.", "Dose: 8 reps"})
        EXPECT_TRUE(names.contains(QLatin1String(expected)))
            << expected << ' ' << names.join(u'|').toStdString();
    EXPECT_TRUE(std::any_of(names.begin(), names.end(), [](const QString &n) {
        return n.startsWith("Move within a comfortable range."_L1) &&
               n.contains("Limber is not medical advice"_L1) &&
               n.contains("ask a professional first"_L1);
    }));
    QStringList widgetNames;
    for (QWidget *w : window->findChildren<QWidget *>())
        widgetNames << w->accessibleName();
    for (const char *expected : {"Step 1", "Step 2", "Steps", "Whole break"})
        EXPECT_TRUE(widgetNames.contains(QLatin1String(expected))) << expected;
}

TEST_F(BreakWindowTest, IllustrationFactoryFillsTheFrameAndIsToldWhenItIsHidden)
{
    QStringList made;
    window->setIllustrationFactory([&made](const PlannedExercise &p, QWidget *parent) -> QWidget * {
        made << p.exercise.id;
        return new CountingFigure(p, parent);
    });
    QPointer<CountingFigure> first = static_cast<CountingFigure *>(window->illustration());
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->exerciseId, u"twist"_s);
    EXPECT_TRUE(first->isVisible());
    EXPECT_EQ(first->hidden, 0);

    window->hide();
    EXPECT_FALSE(first->isVisible());
    EXPECT_EQ(first->hidden, 1);
    window->show();
    EXPECT_TRUE(first->isVisible());
    EXPECT_EQ(first->shown, 2);

    window->showMinimized();
    QTest::qWait(10);
    EXPECT_FALSE(first->isVisible()) << "minimised: no animation";
    EXPECT_EQ(first->hidden, 2);
    window->showNormal();
    QTest::qWait(10);
    EXPECT_TRUE(first->isVisible());
    EXPECT_EQ(first->shown, 3);

    press(Qt::Key_Right);
    EXPECT_TRUE(first.isNull()) << "the previous exercise's illustration is deleted";
    auto *second = static_cast<CountingFigure *>(window->illustration());
    EXPECT_EQ(second->exerciseId, u"angels"_s);
    EXPECT_TRUE(second->isVisible());
    const QSize frame = second->parentWidget()->size();
    EXPECT_LE(std::abs(frame.width() * 3 - frame.height() * 4), 4) << "a 4:3 frame";

    press(Qt::Key_Escape);
    EXPECT_FALSE(second->isVisible()) << "no animation behind the end screen";
    EXPECT_EQ(made, (QStringList{u"twist"_s, u"angels"_s}));
}

TEST_F(BreakWindowTest, TheIllustrationHoldsStillInAPauseAndTurnsRoundHalfwayThroughEachSide)
{
    test::FakeClock sideClock;
    PlannedExercise twist = planned("twist", "Seated twist", 40);
    twist.exercise.dosage.perSide = true;
    twist.holdSeconds = 5;
    BreakWindow w(sideClock, Routine{{twist, planned("bend", "Side bend", 30)}});
    w.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack
    w.show();
    w.setIllustrationFactory([](const PlannedExercise &p, QWidget *parent) -> QWidget * {
        return new CountingFigure(p, parent);
    });
    QPointer<CountingFigure> figure = static_cast<CountingFigure *>(w.illustration());
    ASSERT_NE(figure, nullptr);
    EXPECT_EQ(figure->holdSeconds, 5) << "the planned dose reaches the picture";
    EXPECT_EQ(figure->sides, QList<bool>{false}) << "told the side when it is made";

    QPushButton *pause = nullptr;
    for (QPushButton *b : w.findChildren<QPushButton *>())
        pause = b->text() == u"Pause"_s ? b : pause;
    ASSERT_NE(pause, nullptr);
    pause->click();
    EXPECT_TRUE(figure->paused);
    pause->click();
    EXPECT_FALSE(figure->paused);

    sideClock.advance(19s);
    w.tick();
    EXPECT_EQ(figure->sides.last(), false) << "19 of 40 s: still the first side";
    sideClock.advance(2s);
    w.tick();
    EXPECT_EQ(figure->sides, (QList<bool>{false, true})) << "21 of 40 s: the other side, once";
    w.tick();
    EXPECT_EQ(figure->sides.size(), 2);

    sideClock.advance(20s);
    w.tick(); // the side bend, done once, not per side
    auto *bend = static_cast<CountingFigure *>(w.illustration());
    ASSERT_NE(bend, figure.data());
    EXPECT_EQ(bend->sides, QList<bool>{false});
    sideClock.advance(20s);
    w.tick();
    EXPECT_EQ(bend->sides, QList<bool>{false}) << "no side to turn to";
}

TEST_F(BreakWindowTest, WithoutAFactoryAPlaceholderNamesPositionAndEquipment)
{
    QWidget *placeholder = window->illustration();
    ASSERT_NE(placeholder, nullptr);
    EXPECT_EQ(placeholder->accessibleName(), u"Illustration: Standing. No equipment"_s);
    window->setIllustrationFactory([](const PlannedExercise &, QWidget *) { return nullptr; });
    ASSERT_NE(window->illustration(), nullptr);
    EXPECT_TRUE(window->illustration()->isVisible());
}

// The seam with the real animated figure (ExerciseFigureView): it animates only while
// the window shows it.
TEST_F(BreakWindowTest, TheAnimatedFigureRunsOnlyWhileTheWindowIsSeen)
{
    test::FakeClock figureClock;
    PlannedExercise angels = planned("wall-angels", "Wall angels", 60);
    BreakWindow w(figureClock, Routine{{angels, planned("bend", "Side bend", 30)}});
    w.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack
    w.setIllustrationFactory([](const PlannedExercise &p, QWidget *parent) {
        return ExerciseFigureView::create(p, false, parent);
    });
    auto *figure = qobject_cast<ExerciseFigureView *>(w.illustration());
    ASSERT_NE(figure, nullptr) << "the catalogue's wall angels have key poses";
    EXPECT_FALSE(figure->isAnimating()) << "not shown yet";
    w.show();
    EXPECT_TRUE(figure->isAnimating());
    w.showMinimized();
    EXPECT_FALSE(figure->isAnimating());
    w.showNormal();
    EXPECT_TRUE(figure->isAnimating());
    w.hide();
    EXPECT_FALSE(figure->isAnimating());
    w.show();
    w.session().stop();
    EXPECT_FALSE(figure->isAnimating()) << "the end screen";
}

} // namespace

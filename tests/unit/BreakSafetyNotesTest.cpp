// SPDX-License-Identifier: GPL-3.0-or-later
// The safety notes before the first break, in the break window on the offscreen
// platform with a fake clock: shown until the person starts a break from them, what
// Start the break, Not now and the spine's check box do, and what the keyboard and a
// screen reader reach.
#include "app/break/BreakSafetyPage.h"
#include "app/break/BreakWindow.h"
#include "core/ExerciseCatalogue.h"
#include "core/Settings.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TempDir.h"

#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using namespace std::chrono_literals;

namespace {

const ExerciseCatalogue &catalogue()
{
    static const ExerciseCatalogue built = [] {
        ExerciseCatalogue c;
        c.loadBuiltIn();
        return c;
    }();
    return built;
}

PlannedExercise plannedById(const char *id)
{
    const Exercise *exercise = catalogue().find(QLatin1String(id));
    return exercise ? atSmallestDose(*exercise) : PlannedExercise{};
}

/// Lying on tennis balls first, then two that suit anyone.
Routine routineWithTennisBalls()
{
    return Routine{{plannedById("tennis-ball-release"), plannedById("seated-chair-rotation"),
                    plannedById("wall-angels")}};
}

bool pressesOnSpine(const Routine &routine)
{
    return std::any_of(routine.exercises.cbegin(), routine.exercises.cend(),
                       [](const PlannedExercise &p) { return p.exercise.pressesOnSpine; });
}

class BreakSafetyNotesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(catalogue().find(u"tennis-ball-release"_s));
        ASSERT_FALSE(routineWithTennisBalls().exercises.first().exercise.id.isEmpty());
        // At home with the tennis balls at hand: the planner could offer them.
        settings.setValue(SettingKey::Location, u"home"_s);
        settings.setValue(SettingKey::Equipment, QStringList{u"tennis_balls"_s, u"wall"_s});
    }
    void TearDown() override { delete window; }

    /// Opens the window as the daemon does: the notes offered, then shown.
    void open(Routine routine)
    {
        window = new BreakWindow(clock, std::move(routine));
        window->setAttribute(Qt::WA_DeleteOnClose, false); // read after closing
        ended = std::make_unique<QSignalSpy>(window.data(), &BreakWindow::breakEnded);
        window->offerSafetyNotes(settings, [this] {
            ++replanned;
            PlanRequest request = settings.planRequest();
            request.seed = 7;
            return RoutinePlanner(catalogue()).plan(request).value_or(Routine{});
        });
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    }
    void press(Qt::Key key)
    {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window.data(), key);
    }
    QString inFile(const QString &key) const
    {
        return QSettings(settings.filePath(), QSettings::IniFormat).value(key).toString();
    }
    bool visibleLabel(const QString &text) const
    {
        for (QLabel *label : window->findChildren<QLabel *>())
            if (label->isVisible() && label->text() == text)
                return true;
        return false;
    }

    test::TempDir dir;
    test::FakeClock clock;
    Settings settings{dir.file(u"limber.conf"_s)};
    QPointer<BreakWindow> window;
    std::unique_ptr<QSignalSpy> ended;
    int replanned = 0;
};

TEST_F(BreakSafetyNotesTest, TheFirstBreakOpensOnThemAndWaits)
{
    open(routineWithTennisBalls());
    ASSERT_TRUE(window->isShowingSafetyNotes());
    EXPECT_TRUE(window->safetyPage()->isVisible());
    EXPECT_TRUE(visibleLabel(u"Before your first break"_s));
    EXPECT_TRUE(visibleLabel(u"Osteoporosis or osteopenia"_s));
    EXPECT_TRUE(visibleLabel(u"A recent injury, surgery or pain"_s));
    EXPECT_TRUE(visibleLabel(u"Limber is not medical advice"_s));
    for (QPushButton *b : window->findChildren<QPushButton *>()) {
        if (b->text() == u"Pause"_s || b->text() == u"Next"_s) {
            EXPECT_FALSE(b->isVisible()) << "the break has not begun";
        }
    }
    clock.advance(5min);
    window->tick();
    EXPECT_TRUE(window->isShowingSafetyNotes());
    EXPECT_EQ(window->session().currentIndex(), 0);
    EXPECT_TRUE(ended->isEmpty());
}

TEST_F(BreakSafetyNotesTest, StartTheBreakOnReturnRemembersThemAndBeginsTheFirstExerciseNow)
{
    open(routineWithTennisBalls());
    clock.advance(2min);
    press(Qt::Key_Return);
    EXPECT_FALSE(window->isShowingSafetyNotes());
    EXPECT_TRUE(settings.safetyAcknowledged());
    EXPECT_EQ(inFile(u"safety/acknowledged"_s), u"true"_s);
    EXPECT_EQ(replanned, 0) << "the spine was not asked to be spared";
    const PlannedExercise *first = window->session().current();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->exercise.id, u"tennis-ball-release"_s);
    EXPECT_TRUE(visibleLabel(first->exercise.name));
    EXPECT_EQ(window->session().remainingInExercise(), Millis(std::chrono::seconds(first->seconds)))
        << "the reading time is not the exercise's";
}

TEST_F(BreakSafetyNotesTest, NotNowEndsItAsClosingDoesWithNothingDoneAndForgetsNothing)
{
    open(routineWithTennisBalls());
    clock.advance(1min);
    window->safetyPage()->notNowButton()->click();
    EXPECT_FALSE(window->isVisible());
    EXPECT_FALSE(settings.safetyAcknowledged());
    ASSERT_EQ(ended->size(), 1);
    const auto record = ended->at(0).at(0).value<BreakRecord>();
    EXPECT_EQ(record.outcome, BreakOutcome::Partial);
    EXPECT_EQ(record.doneSeconds, 0);
}

TEST_F(BreakSafetyNotesTest, EscIsNotNow)
{
    open(routineWithTennisBalls());
    press(Qt::Key_Escape);
    EXPECT_FALSE(window->isVisible());
    EXPECT_FALSE(settings.safetyAcknowledged());
    ASSERT_EQ(ended->size(), 1);
    EXPECT_EQ(ended->at(0).at(0).value<BreakRecord>().outcome, BreakOutcome::Partial);
}

TEST_F(BreakSafetyNotesTest, SparingTheSpineIsSavedAndTheBreakPlannedWithoutTheTennisBalls)
{
    open(routineWithTennisBalls());
    QCheckBox *spine = window->safetyPage()->spineBox();
    EXPECT_FALSE(spine->isChecked());
    // Reached with Tab from the start button, ticked with Space.
    for (int i = 0; i < 6 && QApplication::focusWidget() != spine; ++i)
        press(Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), spine);
    press(Qt::Key_Space);
    EXPECT_TRUE(spine->isChecked());
    EXPECT_TRUE(settings.avoidSpinePressure());
    EXPECT_EQ(inFile(u"routine/avoid_spine_pressure"_s), u"true"_s);

    window->safetyPage()->startButton()->click();
    EXPECT_EQ(replanned, 1);
    ASSERT_FALSE(window->session().routine().exercises.isEmpty());
    EXPECT_FALSE(pressesOnSpine(window->session().routine()));
}

TEST_F(BreakSafetyNotesTest, ARoutineThatNeverPressedOnTheSpineIsKept)
{
    settings.setValue(SettingKey::AvoidSpinePressure, true);
    Routine gentle{{plannedById("seated-chair-rotation"), plannedById("wall-angels")}};
    open(gentle);
    EXPECT_TRUE(window->safetyPage()->spineBox()->isChecked()) << "the setting as it is";
    window->safetyPage()->startButton()->click();
    EXPECT_EQ(replanned, 0);
    EXPECT_EQ(window->session().routine().exercises.size(), 2);
}

TEST_F(BreakSafetyNotesTest, OnceStartedTheyAreNotShownAgain)
{
    settings.setValue(SettingKey::SafetyAcknowledged, true);
    open(routineWithTennisBalls());
    EXPECT_FALSE(window->isShowingSafetyNotes());
    EXPECT_FALSE(window->safetyPage());
    EXPECT_TRUE(visibleLabel(u"Tennis ball release"_s) ||
                window->session().current()->exercise.id == u"tennis-ball-release"_s);
    clock.advance(10s);
    window->tick();
    EXPECT_LT(window->session().remainingInExercise(),
              Millis(std::chrono::seconds(window->session().current()->seconds)));
}

TEST_F(BreakSafetyNotesTest, AScreenReaderHearsThePointsAndTheControls)
{
    open(routineWithTennisBalls());
    const auto name = [](QObject *object) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(object);
        return a ? a->text(QAccessible::Name) : QString();
    };
    BreakSafetyPage *page = window->safetyPage();
    EXPECT_EQ(name(page), u"Safety notes"_s);
    EXPECT_TRUE(page->text().contains(u"ask a doctor or physiotherapist"_s, Qt::CaseInsensitive));
    EXPECT_TRUE(page->text().contains(u"pain is not"_s));
    EXPECT_EQ(name(page->spineBox()), u"Leave out exercises that press on my spine"_s);
    EXPECT_EQ(name(page->startButton()), u"Start the break"_s);
    EXPECT_EQ(name(page->notNowButton()), u"Not now"_s);
    EXPECT_TRUE(page->startButton()->isDefault());
    EXPECT_EQ(QApplication::focusWidget(), page->startButton());
}

} // namespace

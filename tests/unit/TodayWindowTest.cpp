// SPDX-License-Identifier: GPL-3.0-or-later
// The Today window on the offscreen platform, handed a StatusReport and a StatsReport:
// the week in words, streaks and goal, which buttons apply in each state, what they
// emit, the tray offer, and when it ticks. Screenshots (light and dark) go to
// $LIMBER_TODAY_ARTIFACTS for a person to look at.
#include "app/today/TodayWindow.h"
#include "app/today/TodayCard.h"
#include "app/today/TrayOfferNotice.h"
#include "app/today/WeekStrip.h"

#include "tests/support/FakeClock.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace limber {
namespace {

using namespace std::chrono_literals;
using test::FakeClock;

const QDateTime kNow(QDate(2026, 3, 4), QTime(13, 50)); // a Wednesday

/// A week from `first` with `statuses`, today the Wednesday: 2 of 4, streaks 5 and 12.
StatsReport stats(const QDate &first = QDate(2026, 3, 2),
                  QList<DayStatus> statuses = {DayStatus::Done, DayStatus::Missed, DayStatus::Today,
                                               DayStatus::Future, DayStatus::Future,
                                               DayStatus::Future, DayStatus::Future})
{
    StatsReport r;
    r.today = kNow.date();
    r.goal = 4;
    r.completedToday = 2;
    r.streak = {5, 12};
    for (int i = 0; i < 7; ++i)
        r.week << WeekDay{first.addDays(i), statuses[i], 0, 0};
    return r;
}

StatusReport status(TrackerState state, std::optional<PauseReason> reason = std::nullopt)
{
    StatusReport s;
    s.state = state;
    s.sitting = 32min + 30s;
    if (state == TrackerState::Sitting || state == TrackerState::Snoozed)
        s.untilBreak = 12min + 30s;
    if (state == TrackerState::BreakDue)
        s.untilBreak = 0min;
    s.pausedReason = reason;
    if (reason == PauseReason::Meeting)
        s.pausedUntil = kNow.addSecs(40 * 60);
    return s;
}

QAction *choice(QPushButton *button, const QString &text)
{
    for (QAction *a : button->menu()->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x24, 0x27, 0x2b);
    const QColor text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x2c, 0x30, 0x34));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xa8));
    p.setColor(QPalette::Light, QColor(0x44, 0x48, 0x4d));
    p.setColor(QPalette::Mid, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x70, 0x74, 0x78));
    return p;
}

void saveArtifact(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("LIMBER_TODAY_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    EXPECT_TRUE(window.grab().save(QDir(dir).filePath(name)));
}

class TodayWindowTest : public ::testing::Test
{
protected:
    TodayWindowTest()
    {
        window.setStatus(status(TrackerState::Sitting), kNow);
        window.setStats(stats());
    }

    FakeClock clock{kNow};
    TodayWindow window{clock};
};

TEST_F(TodayWindowTest, ShowsTheTimesTheWeekInWordsTheStreaksAndTheGoal)
{
    EXPECT_EQ(window.sittingCard()->value(), u"32 min"_s);
    EXPECT_EQ(window.nextBreakCard()->value(), u"in 13 min"_s);
    EXPECT_EQ(window.nextBreakCard()->accessibleName(), u"Next break: in 13 min"_s);
    QStringList days;
    for (const WeekDayCell *cell : window.week()->cells())
        days << cell->mark().dayName + u' ' + cell->mark().words;
    EXPECT_EQ(days, (QStringList{u"Mon done"_s, u"Tue missed"_s, u"Wed today"_s, u"Thu ahead"_s,
                                 u"Fri ahead"_s, u"Sat ahead"_s, u"Sun ahead"_s}));
    EXPECT_EQ(window.week()->cells()[0]->accessibleName(), u"Monday: done"_s);
    EXPECT_TRUE(window.week()->cells()[2]->isToday());
    EXPECT_FALSE(window.week()->cells()[1]->isToday());
    EXPECT_EQ(window.currentStreakCard()->value(), u"5 days"_s);
    EXPECT_EQ(window.bestStreakCard()->value(), u"12 days"_s);
    EXPECT_EQ(window.goalCard()->value(), u"2 of 4 breaks"_s);
    EXPECT_EQ(window.goalBar()->value(), 2);
    EXPECT_EQ(window.goalBar()->maximum(), 4);
}

TEST_F(TodayWindowTest, TheWeekKeepsTheOrderItIsGivenInTheLocalesFirstWeekday)
{
    // A US week starts on Sunday: 2026-03-01.
    window.setStats(stats(QDate(2026, 3, 1),
                          {DayStatus::Rest, DayStatus::Done, DayStatus::Partial, DayStatus::Today,
                           DayStatus::Future, DayStatus::Future, DayStatus::Future}));
    const QList<WeekDayCell *> &cells = window.week()->cells();
    EXPECT_EQ(cells[0]->mark().dayName, u"Sun"_s);
    EXPECT_EQ(cells[0]->mark().words, u"rest day"_s);
    EXPECT_EQ(cells[2]->mark().words, u"partly"_s);
    EXPECT_TRUE(cells[3]->isToday()) << "today is the fourth day of a Sunday week";
}

TEST_F(TodayWindowTest, ButtonsApplyAsInTheTrayMenu)
{
    const auto shown = [](QWidget *w) { return !w->isHidden(); };
    EXPECT_TRUE(window.startBreakButton()->isEnabled());
    EXPECT_FALSE(window.snoozeButton()->isEnabled()) << "nothing to snooze while sitting";
    EXPECT_TRUE(window.pauseButton()->isEnabled());
    EXPECT_TRUE(window.meetingButton()->isEnabled());
    EXPECT_FALSE(shown(window.resumeButton()));

    window.setStatus(status(TrackerState::BreakDue), kNow);
    EXPECT_TRUE(window.snoozeButton()->isEnabled());
    EXPECT_EQ(window.nextBreakCard()->value(), u"now"_s);
    window.setStatus(status(TrackerState::Snoozed), kNow);
    EXPECT_TRUE(window.snoozeButton()->isEnabled());
    EXPECT_EQ(window.nextBreakCard()->value(), u"in 13 min (snoozed)"_s);

    window.setStatus(status(TrackerState::Paused, PauseReason::Meeting), kNow);
    EXPECT_TRUE(shown(window.resumeButton()));
    EXPECT_EQ(window.nextBreakCard()->value(), u"In a meeting until 14:30"_s);
    window.setStatus(status(TrackerState::Paused, PauseReason::QuietHours), kNow);
    EXPECT_FALSE(shown(window.resumeButton())) << "quiet hours are not the person's pause";

    window.setStatus(status(TrackerState::InBreak), kNow);
    EXPECT_EQ(window.nextBreakCard()->accessibleName(), u"Right now: On a break"_s);
    EXPECT_FALSE(window.snoozeButton()->isEnabled());
    EXPECT_FALSE(window.pauseButton()->isEnabled());
    EXPECT_FALSE(window.meetingButton()->isEnabled());
    EXPECT_TRUE(window.startBreakButton()->isEnabled()) << "raises the running break";
}

TEST_F(TodayWindowTest, ButtonsAndTheirChoicesEmitWhatTheyOffer)
{
    window.setStatus(status(TrackerState::Paused, PauseReason::User), kNow);
    QSignalSpy start(&window, &TodayWindow::startBreakRequested);
    QSignalSpy snooze(&window, &TodayWindow::snoozeRequested);
    QSignalSpy pause(&window, &TodayWindow::pauseRequested);
    QSignalSpy meeting(&window, &TodayWindow::meetingRequested);
    QSignalSpy resume(&window, &TodayWindow::resumeRequested);
    QSignalSpy history(&window, &TodayWindow::historyRequested);
    QSignalSpy settings(&window, &TodayWindow::settingsRequested);
    QSignalSpy exercises(&window, &TodayWindow::exercisesRequested);

    window.startBreakButton()->click();
    choice(window.snoozeButton(), u"10 minutes"_s)->trigger();
    choice(window.pauseButton(), u"1 hour"_s)->trigger();
    choice(window.pauseButton(), u"Until tomorrow"_s)->trigger();
    choice(window.meetingButton(), u"30 minutes"_s)->trigger();
    window.resumeButton()->click();
    window.historyButton()->click();
    window.settingsButton()->click();
    window.exercisesButton()->click();

    EXPECT_EQ(start.count(), 1);
    EXPECT_EQ(exercises.count(), 1);
    EXPECT_EQ(window.exercisesButton()->accessibleName(), u"Exercises"_s);
    ASSERT_EQ(snooze.count(), 1);
    EXPECT_EQ(snooze.at(0).at(0).toInt(), 10);
    ASSERT_EQ(pause.count(), 2);
    EXPECT_EQ(pause.at(0).at(0).toInt(), 60);
    EXPECT_EQ(pause.at(1).at(0).toInt(), 0) << "0 is until tomorrow";
    ASSERT_EQ(meeting.count(), 1);
    EXPECT_EQ(meeting.at(0).at(0).toInt(), 30);
    EXPECT_EQ(resume.count(), 1);
    EXPECT_EQ(history.count(), 1);
    EXPECT_EQ(settings.count(), 1);
    QStringList pauses;
    for (QAction *a : window.pauseButton()->menu()->actions())
        pauses << a->text();
    EXPECT_EQ(pauses,
              (QStringList{u"30 minutes"_s, u"1 hour"_s, u"2 hours"_s, u"Until tomorrow"_s}));
}

TEST_F(TodayWindowTest, WithoutAHistoryOneNoteStandsInForTheWeek)
{
    window.setStats(std::nullopt, true);
    EXPECT_TRUE(window.historyNote()->isVisibleTo(&window));
    EXPECT_FALSE(window.week()->isVisibleTo(&window));
    EXPECT_EQ(window.historyNote()->text(), u"Reading your history…"_s);
    window.setStats(std::nullopt, false);
    EXPECT_EQ(window.historyNote()->text(), u"History unavailable: breaks are not being saved"_s);
    window.setStats(stats());
    EXPECT_TRUE(window.week()->isVisibleTo(&window));
}

TEST_F(TodayWindowTest, TheTrayOfferIsHiddenUntilToldAndItsButtonAsks)
{
    EXPECT_FALSE(window.trayOffer()->isVisibleTo(&window));
    QSignalSpy enable(&window, &TodayWindow::enableTrayRequested);
    QSignalSpy restart(&window, &TodayWindow::restartRequested);
    window.setTrayOffer(TrayOffer::ShowInTopBar);
    EXPECT_TRUE(window.trayOffer()->isVisibleTo(&window));
    EXPECT_EQ(window.trayOffer()->button()->text(), u"Show in the top bar"_s);
    window.trayOffer()->button()->click();
    EXPECT_EQ(enable.count(), 1);
    EXPECT_EQ(restart.count(), 0);

    // Turned on, but this Limber made its tray icon before there was a tray: restart.
    window.setTrayOffer(TrayOffer::RestartToShow);
    EXPECT_EQ(window.trayOffer()->button()->text(), u"Restart Limber"_s);
    EXPECT_EQ(window.trayOffer()->button()->accessibleName(), u"Restart Limber to show its icon"_s);
    window.trayOffer()->button()->click();
    EXPECT_EQ(restart.count(), 1);
    EXPECT_EQ(enable.count(), 1);
    window.setTrayOffer(TrayOffer::None);
    EXPECT_FALSE(window.trayOffer()->isVisibleTo(&window));
}

TEST_F(TodayWindowTest, ANoticeThatComesWhileOpenNeverSqueezesTheWeek)
{
    // On GNOME the shell's extension state arrives after Today is shown: the window
    // grows for the note instead of squeezing the week's words away (seen on GNOME).
    window.show();
    window.resize(window.sizeHint());
    QApplication::processEvents();
    for (TrayOffer offer : {TrayOffer::ShowInTopBar, TrayOffer::RestartToShow}) {
        window.setTrayOffer(offer);
        window.setStatus(status(TrackerState::Sitting), kNow);
        QApplication::processEvents();
        EXPECT_GE(window.height(), window.minimumSizeHint().height());
        for (const WeekDayCell *cell : window.week()->cells())
            EXPECT_GE(cell->height(), cell->sizeHint().height()) << static_cast<int>(offer);
        EXPECT_GE(window.trayOffer()->height(), window.trayOffer()->minimumSizeHint().height());
    }
}

TEST_F(TodayWindowTest, ItTicksOnlyWhileSeenAndWhenTheShownMinuteChanges)
{
    EXPECT_FALSE(window.nextRefresh()) << "not shown: no timer";
    window.show();
    ASSERT_TRUE(window.nextRefresh());
    // Sitting 32:30 and 12:30 to go: both shown minutes change in 30 s.
    EXPECT_NEAR(static_cast<double>(window.nextRefresh()->count()), 30'000, 50);
    QSignalSpy wanted(&window, &TodayWindow::refreshWanted);
    QApplication::processEvents();
    EXPECT_EQ(wanted.count(), 0);

    window.setWindowState(Qt::WindowMinimized);
    EXPECT_FALSE(window.nextRefresh()) << "minimised: no timer";
    window.setWindowState(Qt::WindowNoState);
    EXPECT_TRUE(window.nextRefresh());
    window.setStatus(status(TrackerState::InBreak), kNow);
    EXPECT_FALSE(window.nextRefresh()) << "a running break counts no minutes here";
    window.setStatus(status(TrackerState::Sitting), kNow);
    clock.advance(45s); // the state is 45 s old when the window is seen again
    window.hide();
    EXPECT_FALSE(window.nextRefresh());
    window.show();
    ASSERT_TRUE(window.nextRefresh());
    EXPECT_LE(window.nextRefresh()->count(), 5) << "an overdue minute asks at once";
    EXPECT_TRUE(wanted.wait(1000));
}

TEST_F(TodayWindowTest, IsAWindowToScreenReadersAndEveryControlHasAName)
{
    window.setStatus(status(TrackerState::Paused, PauseReason::User), kNow);
    window.setTrayOffer(TrayOffer::ShowInTopBar);
    window.show();
    QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(&window);
    ASSERT_NE(a11y, nullptr);
    EXPECT_EQ(a11y->role(), QAccessible::Window);
    EXPECT_EQ(window.windowTitle(), u"Today"_s);
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!button->isVisible())
            continue;
        QAccessibleInterface *b = QAccessible::queryAccessibleInterface(button);
        EXPECT_FALSE(b->text(QAccessible::Name).isEmpty()) << button->text().toStdString();
    }
    EXPECT_EQ(window.pauseButton()->accessibleName(), u"Pause reminders"_s);
    QAccessibleInterface *day = QAccessible::queryAccessibleInterface(window.week()->cells()[1]);
    EXPECT_EQ(day->role(), QAccessible::StaticText);
    EXPECT_EQ(day->text(QAccessible::Name), u"Tuesday: missed"_s);
}

TEST_F(TodayWindowTest, ScreenshotsLightAndDark)
{
    window.setStatus(status(TrackerState::Sitting), kNow);
    window.setStats(stats(QDate(2026, 3, 2),
                          {DayStatus::Done, DayStatus::Missed, DayStatus::Today, DayStatus::Future,
                           DayStatus::Future, DayStatus::Future, DayStatus::Future}));
    window.show();
    window.resize(window.sizeHint());
    saveArtifact(window, u"today-light.png"_s);
    window.setStatus(status(TrackerState::Paused, PauseReason::Meeting), kNow);
    window.setStats(stats(QDate(2026, 3, 2),
                          {DayStatus::Rest, DayStatus::Partial, DayStatus::Done, DayStatus::Future,
                           DayStatus::Future, DayStatus::Future, DayStatus::Future}));
    window.setTrayOffer(TrayOffer::ShowInTopBar);
    window.setPalette(darkPalette());
    window.resize(window.sizeHint());
    saveArtifact(window, u"today-dark-offer.png"_s);
    // Larger text (a large font setting): the window is made after it, as on a desktop.
    const QFont normal = QApplication::font();
    QFont big = normal;
    big.setPointSizeF(big.pointSizeF() * 1.5);
    QApplication::setFont(big);
    TodayWindow large(clock);
    QApplication::setFont(normal);
    large.setStatus(status(TrackerState::BreakDue), kNow);
    large.setStats(stats());
    large.show();
    large.resize(large.sizeHint());
    saveArtifact(large, u"today-large-font.png"_s);
    TodayWindow noHistory(clock);
    noHistory.setStatus(status(TrackerState::Away), kNow);
    noHistory.setStats(std::nullopt, true);
    noHistory.show();
    noHistory.resize(noHistory.sizeHint());
    saveArtifact(noHistory, u"today-no-history.png"_s);
    for (QWidget *w : {static_cast<QWidget *>(&window), static_cast<QWidget *>(&large)})
        EXPECT_GE(w->width(), w->minimumSizeHint().width());
}

} // namespace
} // namespace limber

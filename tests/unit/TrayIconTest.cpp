// SPDX-License-Identifier: GPL-3.0-or-later
// The tray menu's entries as TrayIcon fills them from the model, their signals, and the
// names a screen reader hears for the days of the week (offscreen platform: XEmbed
// labels), and the drawn mark of each day.
#include "app/tray/TrayIcon.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace limber {
namespace {

using namespace std::chrono_literals;

const QDateTime kNow(QDate(2026, 3, 4), QTime(13, 50));

StatsReport stats()
{
    StatsReport r;
    r.today = kNow.date();
    r.goal = 4;
    r.completedToday = 2;
    r.streak = {5, 12};
    const DayStatus statuses[] = {DayStatus::Done,   DayStatus::Missed, DayStatus::Today,
                                  DayStatus::Future, DayStatus::Future, DayStatus::Future,
                                  DayStatus::Future};
    for (int i = 0; i < 7; ++i)
        r.week << WeekDay{QDate(2026, 3, 2).addDays(i), statuses[i], 0, 0};
    return r;
}

StatusReport meeting()
{
    StatusReport s;
    s.state = TrackerState::Paused;
    s.sitting = 50min;
    s.pausedReason = PauseReason::Meeting;
    s.pausedUntil = kNow.addSecs(40 * 60);
    return s;
}

/// A top-level entry by its text.
QAction *entry(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

QAction *submenuEntry(QMenu *menu, const QString &submenu, const QString &text)
{
    QAction *holder = entry(menu, submenu);
    if (!holder || !holder->menu())
        return nullptr;
    for (QAction *a : holder->menu()->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

QStringList visibleTexts(QMenu *menu)
{
    QStringList texts;
    for (QAction *a : menu->actions())
        if (a->isVisible())
            texts << (a->isSeparator() ? u"--"_s : a->text());
    return texts;
}

class TrayIconTest : public ::testing::Test
{
protected:
    TrayIcon tray{false};
};

TEST_F(TrayIconTest, TheMenuIsFilledFromTheModelWhenItOpens)
{
    tray.refreshMenu(meeting(), stats(), kNow);
    EXPECT_EQ(visibleTexts(tray.menu()), (QStringList{u"In a meeting until 14:30"_s,
                                                      u"--"_s,
                                                      u"Today…"_s,
                                                      u"Start break now"_s,
                                                      u"Snooze"_s,
                                                      u"Pause reminders"_s,
                                                      u"In a meeting"_s,
                                                      u"Resume reminders"_s,
                                                      u"--"_s,
                                                      u"This week"_s,
                                                      u"Monday\tdone"_s,
                                                      u"Tuesday\tmissed"_s,
                                                      u"Wednesday\ttoday"_s,
                                                      u"Thursday\tahead"_s,
                                                      u"Friday\tahead"_s,
                                                      u"Saturday\tahead"_s,
                                                      u"Sunday\tahead"_s,
                                                      u"--"_s,
                                                      u"Current streak\t5 days"_s,
                                                      u"Best streak\t12 days"_s,
                                                      u"Today\t2 of 4 breaks"_s,
                                                      u"--"_s,
                                                      u"History…"_s,
                                                      u"Exercises…"_s,
                                                      u"Settings…"_s,
                                                      u"Quit Limber"_s}));
    EXPECT_FALSE(entry(tray.menu(), u"In a meeting until 14:30"_s)->isEnabled());
    EXPECT_FALSE(entry(tray.menu(), u"Snooze"_s)->isEnabled());
    EXPECT_TRUE(entry(tray.menu(), u"Today\t2 of 4 breaks"_s)->isEnabled());
}

TEST_F(TrayIconTest, WithoutAHistoryOneLineSaysSo)
{
    StatusReport sitting;
    sitting.sitting = 5min;
    sitting.untilBreak = 40min;
    tray.refreshMenu(sitting, std::nullopt, kNow);
    const QStringList texts = visibleTexts(tray.menu());
    EXPECT_TRUE(texts.contains(u"History unavailable: breaks are not being saved"_s));
    EXPECT_FALSE(texts.contains(u"Today\t0 of 4 breaks"_s));
    EXPECT_FALSE(texts.contains(u"Resume reminders"_s));
    for (const QString &t : texts)
        EXPECT_FALSE(t.startsWith(u"This week"_s)) << t.toStdString();
}

TEST_F(TrayIconTest, EntriesEmitWhatTheyOffer)
{
    tray.refreshMenu(meeting(), stats(), kNow);
    QSignalSpy meetings(&tray, &TrayIcon::meetingRequested);
    QSignalSpy pauses(&tray, &TrayIcon::pauseRequested);
    QSignalSpy snoozes(&tray, &TrayIcon::snoozeRequested);
    QSignalSpy history(&tray, &TrayIcon::historyRequested);
    QSignalSpy settings(&tray, &TrayIcon::settingsRequested);
    QSignalSpy exercises(&tray, &TrayIcon::exercisesRequested);
    QSignalSpy resume(&tray, &TrayIcon::resumeRequested);

    submenuEntry(tray.menu(), u"In a meeting"_s, u"30 minutes"_s)->trigger();
    submenuEntry(tray.menu(), u"In a meeting"_s, u"1 hour"_s)->trigger();
    submenuEntry(tray.menu(), u"Pause reminders"_s, u"2 hours"_s)->trigger();
    submenuEntry(tray.menu(), u"Pause reminders"_s, u"Until tomorrow"_s)->trigger();
    submenuEntry(tray.menu(), u"Snooze"_s, u"20 minutes"_s)->trigger();
    entry(tray.menu(), u"Tuesday\tmissed"_s)->trigger();
    entry(tray.menu(), u"History…"_s)->trigger();
    entry(tray.menu(), u"Settings…"_s)->trigger();
    entry(tray.menu(), u"Exercises…"_s)->trigger();
    entry(tray.menu(), u"Resume reminders"_s)->trigger();
    EXPECT_EQ(exercises.count(), 1);

    ASSERT_EQ(meetings.count(), 2);
    EXPECT_EQ(meetings.at(0).at(0).toInt(), 30);
    EXPECT_EQ(meetings.at(1).at(0).toInt(), 60);
    ASSERT_EQ(pauses.count(), 2);
    EXPECT_EQ(pauses.at(0).at(0).toInt(), 120);
    EXPECT_EQ(pauses.at(1).at(0).toInt(), 0) << "0 is until tomorrow";
    ASSERT_EQ(snoozes.count(), 1);
    EXPECT_EQ(snoozes.at(0).at(0).toInt(), 20);
    EXPECT_EQ(history.count(), 2);
    EXPECT_EQ(settings.count(), 1);
    EXPECT_EQ(resume.count(), 1);
}

TEST_F(TrayIconTest, EachDayCarriesItsDrawnMarkRedrawnOnlyWhenItChanges)
{
    tray.refreshMenu(meeting(), stats(), kNow);
    QAction *monday = entry(tray.menu(), u"Monday\tdone"_s);
    QAction *tuesday = entry(tray.menu(), u"Tuesday\tmissed"_s);
    ASSERT_TRUE(monday && tuesday);
    ASSERT_FALSE(monday->icon().isNull());
    const QImage done = monday->icon().pixmap(16).toImage();
    const QImage missed = tuesday->icon().pixmap(16).toImage();
    EXPECT_NE(done, missed) << "a different mark for a different status";
    // The mark is drawn: the filled disc of "done" covers far more than the ring.
    const auto inked = [](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                n += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
        return n;
    };
    EXPECT_GT(inked(done), 2 * inked(missed));
    const qint64 key = monday->icon().cacheKey();
    tray.refreshMenu(meeting(), stats(), kNow);
    EXPECT_EQ(monday->icon().cacheKey(), key) << "unchanged: not sent again over D-Bus";
}

TEST_F(TrayIconTest, ALeftClickAndTheFirstEntryOpenTodayWhileTheMenuStaysOnTheRightClick)
{
    QSignalSpy today(&tray, &TrayIcon::todayRequested);
    QSignalSpy menuOpens(tray.menu(), &QMenu::aboutToShow);
    auto *icon = tray.findChild<QSystemTrayIcon *>();
    ASSERT_NE(icon, nullptr);
    EXPECT_EQ(icon->contextMenu(), tray.menu()) << "the tray opens it on a right click";
    emit icon->activated(QSystemTrayIcon::Trigger);
    EXPECT_EQ(today.count(), 1);
    EXPECT_EQ(menuOpens.count(), 0) << "a left click no longer pops the menu up";
    emit icon->activated(QSystemTrayIcon::Context);
    EXPECT_EQ(today.count(), 1);
    tray.refreshMenu(meeting(), stats(), kNow);
    entry(tray.menu(), u"Today…"_s)->trigger();
    EXPECT_EQ(today.count(), 2);
}

TEST_F(TrayIconTest, AScreenReaderHearsTheWeekInWordsAndTheOtherLinesAsText)
{
    tray.refreshMenu(meeting(), stats(), kNow);
    QAccessibleInterface *menu = QAccessible::queryAccessibleInterface(tray.menu());
    ASSERT_NE(menu, nullptr);
    QStringList names;
    for (int i = 0; i < menu->childCount(); ++i) {
        QAccessibleInterface *child = menu->child(i);
        ASSERT_NE(child, nullptr);
        EXPECT_EQ(menu->indexOfChild(child), i);
        // The menu is not shown here, so every item says invisible; ask the action.
        const auto *action = qobject_cast<QAction *>(child->object());
        if (child->role() == QAccessible::MenuItem && action && action->isVisible())
            names << child->text(QAccessible::Name);
    }
    const qsizetype week = names.indexOf(u"This week"_s);
    ASSERT_GE(week, 0) << names.join(u'|').toStdString();
    EXPECT_EQ(names.mid(week + 1, 7),
              (QStringList{u"Monday: done"_s, u"Tuesday: missed"_s, u"Wednesday: today"_s,
                           u"Thursday: ahead"_s, u"Friday: ahead"_s, u"Saturday: ahead"_s,
                           u"Sunday: ahead"_s}));
    EXPECT_TRUE(names.contains(u"Current streak: 5 days"_s));
    EXPECT_TRUE(names.contains(u"Today: 2 of 4 breaks"_s));
    EXPECT_TRUE(names.contains(u"In a meeting"_s));

    QAction *tuesday = entry(tray.menu(), u"Tuesday\tmissed"_s);
    QAccessibleInterface *item = QAccessible::queryAccessibleInterface(tuesday);
    ASSERT_NE(item, nullptr);
    EXPECT_EQ(item->role(), QAccessible::MenuItem);
    EXPECT_EQ(item->parent()->object(), tray.menu());
    QSignalSpy history(&tray, &TrayIcon::historyRequested);
    auto *action = item->actionInterface();
    ASSERT_NE(action, nullptr);
    action->doAction(QAccessibleActionInterface::pressAction());
    EXPECT_EQ(history.count(), 1);
}

} // namespace
} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
// The history window and its chart on the offscreen platform, light and dark. With
// LIMBER_TEST_ARTIFACTS set, the rendered window is saved there to look at.
#include "app/history/HistoryWindow.h"
#include "app/history/HistoryChart.h"
#include "core/ExerciseCatalogue.h"
#include "core/HistoryOverview.h"
#include "core/SqliteHistoryStore.h"
#include "tests/support/FakeClock.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QProgressBar>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

const QDate kToday(2026, 3, 11); // a Wednesday
constexpr int kGoal = 4;

class HistoryWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(catalogue.loadBuiltIn());
        ASSERT_TRUE(store.open(u":memory:"_s).ok);
        // Eight weeks of a person who mostly keeps the goal, rests on Sundays and had a
        // bad week in the middle.
        const QList<Exercise> &exercises = catalogue.exercises();
        int serial = 0;
        for (QDate day = kToday.addDays(-60); day <= kToday; day = day.addDays(1)) {
            if (day.dayOfWeek() == Qt::Sunday)
                continue;
            const int completed =
                day.daysTo(kToday) / 7 == 4 ? day.dayOfWeek() % 3 : 2 + (day.day() * 7) % 4;
            for (int i = 0; i < completed; ++i) {
                BreakRecord b;
                b.startedAt = QDateTime(day, QTime(9 + i, 0));
                b.endedAt = b.startedAt.addSecs(120);
                b.plannedSeconds = b.doneSeconds = 120;
                for (int k = 0; k < 3; ++k)
                    b.exercises.append(
                        {exercises.at((serial * 2 + k * k) % exercises.size()).id, 40, 40});
                ++serial;
                ASSERT_TRUE(store.addBreak(b));
            }
            ASSERT_TRUE(store.addSittingSeconds(day, 5 * 3600));
        }
        overview = HistoryOverview::build(store, kToday, Qt::Monday, kGoal);
    }

    void save(QWidget &w, const char *name)
    {
        const QString dir = qEnvironmentVariable("LIMBER_TEST_ARTIFACTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        w.grab().save(dir + u'/' + QLatin1String(name));
    }

    static QPalette darkPalette()
    {
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        p.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
        p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        return p;
    }

    test::FakeClock clock;
    ExerciseCatalogue catalogue;
    SqliteHistoryStore store{clock};
    HistoryOverview overview;
};

TEST_F(HistoryWindowTest, TheChartHasACellPerDayInWeekRowsAndSaysItInWords)
{
    HistoryChart chart;
    chart.setOverview(overview);
    chart.resize(chart.sizeHint());
    ASSERT_EQ(overview.weeks.size(), 8);
    for (int w = 0; w < 8; ++w) {
        for (int d = 0; d < 7; ++d) {
            const QRect cell = chart.cellRect(w, d);
            EXPECT_TRUE(chart.rect().contains(cell));
            if (d > 0) {
                EXPECT_GT(cell.left(), chart.cellRect(w, d - 1).right());
            }
            if (w > 0) {
                EXPECT_GT(cell.top(), chart.cellRect(w - 1, d).bottom());
            }
        }
    }
    const QString summary = chart.accessibleDescription();
    EXPECT_TRUE(summary.startsWith(u"8 weeks from "_s)) << qPrintable(summary);
    EXPECT_TRUE(summary.contains(u"Daily goal: 4 breaks"_s));
    EXPECT_TRUE(summary.contains(u"Week of "_s));
    EXPECT_TRUE(summary.contains(u"today, "_s)) << qPrintable(summary);
    EXPECT_EQ(chart.accessibleName(), u"Breaks in the last 8 weeks"_s);
}

TEST_F(HistoryWindowTest, DayTextNamesTheDayAndWhatHappened)
{
    const WeekDay done{QDate(2026, 3, 3), DayStatus::Done, 4, 1};
    EXPECT_EQ(HistoryChart::dayText(done, 4).section(u':', 1).trimmed(),
              u"4 of 4 breaks, goal reached, 1 cut short"_s);
    const WeekDay rest{QDate(2026, 3, 8), DayStatus::Rest, 0, 0};
    EXPECT_TRUE(HistoryChart::dayText(rest, 4).endsWith(u"away from the computer"_s));
}

TEST_F(HistoryWindowTest, TodayIsRingedAndGoalDaysAreFilled)
{
    HistoryChart chart;
    chart.setOverview(overview);
    chart.resize(chart.sizeHint());
    const QImage image = chart.grab().toImage();
    const QColor background = chart.palette().color(QPalette::Window);
    // Today (Wednesday, last row): the ring sits just outside the cell.
    const QRect today = chart.cellRect(7, 2);
    const qreal dpr = image.devicePixelRatio();
    const auto at = [&](int x, int y) {
        return image.pixelColor(qRound(x * dpr), qRound(y * dpr));
    };
    EXPECT_NE(at(today.center().x(), today.top() - 2), background);
    // A day that reached the goal is filled with the highlight colour.
    for (int w = 0; w < 8; ++w)
        for (int d = 0; d < 7; ++d)
            if (overview.weeks[w].days[d].status == DayStatus::Done) {
                const QRect cell = chart.cellRect(w, d);
                EXPECT_EQ(at(cell.left() + 4, cell.center().y()),
                          chart.palette().color(QPalette::Highlight));
                return;
            }
    ADD_FAILURE() << "no day reached the goal";
}

TEST_F(HistoryWindowTest, TheWindowShowsStreaksTotalsAndExerciseNames)
{
    HistoryWindow window(catalogue);
    window.setOverview(overview);
    window.resize(window.sizeHint());
    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>())
        texts << label->text();
    EXPECT_TRUE(texts.contains(u"Current streak"_s));
    EXPECT_TRUE(texts.contains(u"Best streak"_s));
    EXPECT_TRUE(texts.contains(u"%1 days"_s.arg(overview.streak.best)));
    ASSERT_FALSE(overview.topExercises.isEmpty());
    const Exercise *top = catalogue.find(overview.topExercises.constFirst().exerciseId);
    ASSERT_NE(top, nullptr);
    EXPECT_TRUE(texts.contains(top->name)) << qPrintable(texts.join(u'|'));
    EXPECT_EQ(window.findChildren<QProgressBar *>().size(), overview.topExercises.size());
    save(window, "history-light.png");

    HistoryWindow dark(catalogue);
    dark.setPalette(darkPalette());
    dark.setOverview(overview);
    dark.resize(dark.sizeHint());
    save(dark, "history-dark.png");
}

TEST_F(HistoryWindowTest, BreaksOnAnotherComputerAreShownByItsName)
{
    const auto barNames = [](const HistoryWindow &window) {
        QStringList names;
        for (const QProgressBar *bar : window.findChildren<QProgressBar *>())
            if (bar->isVisibleTo(&window))
                names << bar->accessibleName();
        return names.join(u'|');
    };
    HistoryWindow alone(catalogue);
    alone.setOverview(overview);
    EXPECT_FALSE(barNames(alone).contains(u"this computer"_s)); // nothing to tell apart

    const QString desk = QString(32, u'd');
    for (int i = 0; i < 7; ++i) {
        BreakRecord b;
        b.startedAt = QDateTime(kToday.addDays(-1), QTime(7, i));
        b.endedAt = b.startedAt.addSecs(120);
        b.plannedSeconds = b.doneSeconds = 120;
        b.device = desk;
        ASSERT_TRUE(store.addBreak(b));
    }
    const HistoryOverview both = HistoryOverview::build(
        store, kToday, Qt::Monday, kGoal, {{QString(), u"Laptop"_s}, {desk, u"Desk PC"_s}});
    HistoryWindow window(catalogue);
    window.setOverview(both);
    window.resize(window.sizeHint());
    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>())
        if (label->isVisibleTo(&window))
            texts << label->text();
    EXPECT_TRUE(texts.contains(u"On your computers"_s)) << qPrintable(texts.join(u'|'));
    EXPECT_TRUE(texts.contains(u"Laptop (this computer)"_s));
    EXPECT_TRUE(texts.contains(u"Desk PC"_s));
    EXPECT_TRUE(texts.contains(u"7 breaks"_s));
    const QString bars = barNames(window);
    EXPECT_TRUE(bars.contains(u"Desk PC: 7 breaks, the last on "_s)) << qPrintable(bars);
    EXPECT_TRUE(bars.contains(u"Laptop (this computer): %1 breaks"_s.arg(
        both.devices.constFirst().completed + both.devices.constFirst().partial)))
        << qPrintable(bars);
    save(window, "history-two-computers.png");
}

TEST_F(HistoryWindowTest, AnUnreadableHistoryIsSaidPlainly)
{
    HistoryWindow window(catalogue);
    window.setUnavailable(u"disk on fire"_s);
    bool found = false;
    for (const QLabel *label : window.findChildren<QLabel *>())
        found = found || (label->isVisibleTo(&window) && label->text().contains(u"disk on fire"_s));
    EXPECT_TRUE(found);
}

} // namespace

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/today/TodayWindow.h"

#include "app/today/TodayCard.h"
#include "app/today/TrayOfferNotice.h"
#include "app/today/WeekStrip.h"
#include "core/TrayMenuModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QShowEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QLabel *heading(const QString &text, double scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::Bold);
    label->setFont(font);
    return label;
}

} // namespace

TodayWindow::TodayWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_clock(clock)
{
    setWindowTitle(tr("Today")); // the platform adds " — Limber"
    setAttribute(Qt::WA_DeleteOnClose);
    m_tick.setSingleShot(true);
    // Precise: a coarse timer may fire a few seconds early and find the minute unchanged.
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &TodayWindow::refreshWanted);

    auto *central = new QWidget(this);
    const int line = fontMetrics().height();
    auto *v = new QVBoxLayout(central);
    v->setContentsMargins(line * 3 / 2, line, line * 3 / 2, line);
    v->setSpacing(line * 2 / 3);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(heading(tr("Today"), 1.35, central));
    m_date = new QLabel(central);
    m_date->setTextFormat(Qt::PlainText);
    m_date->setForegroundRole(QPalette::PlaceholderText);
    titleRow->addWidget(m_date, 1, Qt::AlignRight | Qt::AlignBottom);
    v->addLayout(titleRow);
    v->addWidget(buildStatus());
    v->addWidget(buildActions());
    v->addSpacing(line);
    v->addWidget(heading(tr("This week"), 1.1, central));
    v->addWidget(buildHistory());
    m_trayOffer = new TrayOfferNotice(central);
    connect(m_trayOffer, &TrayOfferNotice::enableRequested, this,
            &TodayWindow::enableTrayRequested);
    connect(m_trayOffer, &TrayOfferNotice::restartRequested, this, &TodayWindow::restartRequested);
    v->addWidget(m_trayOffer);
    v->addStretch(1);
    v->addSpacing(line / 2);
    v->addWidget(buildFooter());
    setCentralWidget(central);
    // Room for the seven days and the three cards side by side without crowding.
    central->setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    // Ctrl+W closes it, as other windows; Limber itself goes on running.
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    m_startBreak->setFocus();
    apply();
}

QWidget *TodayWindow::buildStatus()
{
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(fontMetrics().height() * 2 / 3);
    m_sitting = new TodayCard(row);
    m_nextBreak = new TodayCard(row, true);
    h->addWidget(m_sitting, 1);
    h->addWidget(m_nextBreak, 2);
    return row;
}

QPushButton *TodayWindow::choiceButton(const QString &text, const QString &spoken,
                                       const QList<int> &minutes, void (TodayWindow::*signal)(int))
{
    auto *button = new QPushButton(text);
    button->setAccessibleName(spoken);
    auto *menu = new QMenu(button);
    menu->setAccessibleName(spoken);
    for (int m : minutes)
        connect(menu->addAction(TrayMenuModel::durationLabel(m)), &QAction::triggered, this,
                [this, signal, m] { emit(this->*signal)(m); });
    button->setMenu(menu);
    return button;
}

QWidget *TodayWindow::buildActions()
{
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_startBreak = new QPushButton(tr("Start break"), row);
    m_startBreak->setAccessibleName(tr("Start break now"));
    m_startBreak->setDefault(true);
    connect(m_startBreak, &QPushButton::clicked, this, &TodayWindow::startBreakRequested);
    m_snooze = choiceButton(tr("Snooze"), tr("Snooze the break"), TrayMenuModel::snoozeChoices(),
                            &TodayWindow::snoozeRequested);
    m_pause = choiceButton(tr("Pause"), tr("Pause reminders"), TrayMenuModel::pauseChoices(),
                           &TodayWindow::pauseRequested);
    m_meeting = choiceButton(tr("In a meeting"), tr("In a meeting"),
                             TrayMenuModel::meetingChoices(), &TodayWindow::meetingRequested);
    m_resume = new QPushButton(tr("Resume"), row);
    m_resume->setAccessibleName(tr("Resume reminders"));
    connect(m_resume, &QPushButton::clicked, this, &TodayWindow::resumeRequested);
    for (QPushButton *b : {m_startBreak, m_snooze, m_pause, m_meeting, m_resume})
        h->addWidget(b);
    h->addStretch(1);
    return row;
}

QWidget *TodayWindow::buildHistory()
{
    const int line = fontMetrics().height();
    auto *history = new QWidget;
    auto *v = new QVBoxLayout(history);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(line * 2 / 3);
    m_week = new WeekStrip(history);
    v->addWidget(m_week);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(line * 2 / 3);
    m_goal = new TodayCard(history);
    m_goalBar = new GoalBar(m_goal);
    m_goalBar->setAccessibleName(tr("Breaks today against the daily goal"));
    m_goal->addBelow(m_goalBar);
    m_currentStreak = new TodayCard(history);
    m_bestStreak = new TodayCard(history);
    for (TodayCard *card : {m_goal, m_currentStreak, m_bestStreak})
        cards->addWidget(card, 1);
    v->addLayout(cards);

    m_noHistory = new QLabel;
    m_noHistory->setTextFormat(Qt::PlainText);
    m_noHistory->setWordWrap(true);
    m_noHistory->setForegroundRole(QPalette::PlaceholderText);
    m_noHistory->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_historyPages = new QStackedWidget;
    m_historyPages->addWidget(history);
    m_historyPages->addWidget(m_noHistory);
    return m_historyPages;
}

QWidget *TodayWindow::buildFooter()
{
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addStretch(1);
    m_history = new QPushButton(tr("History…"), row);
    m_history->setAccessibleName(tr("History"));
    connect(m_history, &QPushButton::clicked, this, &TodayWindow::historyRequested);
    m_exercises = new QPushButton(tr("Exercises…"), row);
    m_exercises->setAccessibleName(tr("Exercises"));
    connect(m_exercises, &QPushButton::clicked, this, &TodayWindow::exercisesRequested);
    m_settings = new QPushButton(tr("Settings…"), row);
    m_settings->setAccessibleName(tr("Settings"));
    connect(m_settings, &QPushButton::clicked, this, &TodayWindow::settingsRequested);
    h->addWidget(m_history);
    h->addWidget(m_exercises);
    h->addWidget(m_settings);
    return row;
}

void TodayWindow::setStatus(const StatusReport &status, const QDateTime &now)
{
    m_status = status;
    m_now = now;
    m_statusAt = m_clock.monotonicNow();
    apply();
    keepContentWhole();
    schedule();
}

void TodayWindow::setStats(const std::optional<StatsReport> &stats, bool historyOpening)
{
    m_stats = stats;
    m_historyOpening = historyOpening;
    apply();
    keepContentWhole();
}

void TodayWindow::setTrayOffer(TrayOffer offer)
{
    m_trayOffer->setOffer(offer);
    keepContentWhole();
}

void TodayWindow::keepContentWhole()
{
    // A window's minimum comes from its layout's minimum, which leaves out the height
    // that wrapped text (the tray note) needs at the window's actual width: a note that
    // came while the window was open squeezed the week's words away. The minimum here is
    // the content's height at its present width, so the window grows for it instead.
    // Before the window is shown its content has no width yet to measure at.
    if (!isVisible())
        return;
    QWidget *content = centralWidget();
    content->layout()->activate();
    const int frame = height() - content->height();
    const int need =
        std::max(content->heightForWidth(content->width()), content->minimumSizeHint().height());
    const QSize minimum(minimumSizeHint().width(), need + frame);
    if (minimum != minimumSize())
        setMinimumSize(minimum);
}

void TodayWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    keepContentWhole();
}

void TodayWindow::apply()
{
    const QLocale locale;
    const TrayMenuModel m =
        TrayMenuModel::build(m_status, m_stats, locale, m_now, m_historyOpening);
    m_date->setText(m_now.isValid() ? locale.toString(m_now.date(), QLocale::LongFormat)
                                    : QString());
    m_sitting->setLine(m.sitting.title, m.sitting.value);
    m_nextBreak->setLine(m.nextBreak.title, m.nextBreak.value);
    m_snooze->setEnabled(m.snoozeApplies);
    m_pause->setEnabled(m.pauseApplies);
    m_meeting->setEnabled(m.pauseApplies);
    m_resume->setVisible(m.resumeApplies);

    m_historyPages->setCurrentIndex(m.historyAvailable ? 0 : 1);
    m_noHistory->setText(m.historyUnavailable);
    if (!m.historyAvailable)
        return;
    m_week->setMarks(m.weekMarks, m_stats->today);
    m_goal->setLine(tr("Daily goal"), m.today.value);
    m_goalBar->setRange(0, std::max(1, m_stats->goal));
    m_goalBar->setValue(std::min(m_stats->completedToday, m_goalBar->maximum()));
    m_currentStreak->setLine(m.currentStreak.title, m.currentStreak.value);
    m_bestStreak->setLine(m.bestStreak.title, m.bestStreak.value);
}

std::optional<Millis> TodayWindow::nextRefresh() const
{
    if (!m_tick.isActive())
        return std::nullopt;
    return Millis(m_tick.remainingTime());
}

void TodayWindow::schedule()
{
    m_tick.stop();
    if (!isVisible() || isMinimized())
        return;
    const std::optional<Millis> change = TrayMenuModel::untilShownMinuteChanges(m_status);
    if (!change)
        return;
    // The state may have been handed over a while ago (before a minimise).
    const Millis left = *change - (m_clock.monotonicNow() - m_statusAt);
    m_tick.start(static_cast<int>(
        std::max<Millis::rep>(0, m_clock.realInterval(std::max(left, Millis(0))).count())));
}

void TodayWindow::showEvent(QShowEvent *event)
{
    // Qt gives a new window at most two thirds of the screen's height, and a small
    // screen (800 pixels) then squeezed the week's words away; the window keeps its own
    // natural size instead (and never goes below what its content needs, apply()).
    if (!event->spontaneous())
        resize(size().expandedTo(sizeHint()));
    QMainWindow::showEvent(event);
    schedule();
}

void TodayWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_tick.stop();
}

void TodayWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        schedule(); // minimised: no ticks; restored: the next (or an overdue) minute
}

} // namespace limber

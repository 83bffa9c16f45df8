// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/break/BreakWindow.h"

#include "app/break/BreakEndPage.h"
#include "app/break/BreakExercisePage.h"
#include "app/break/BreakSafetyPage.h"
#include "app/common/DescribedButton.h"
#include "app/common/NotePanel.h"
#include "core/Settings.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

/// `key` presses `b` wherever the focus is in the window, while `b` is shown: Space is
/// pause even when the focus is on Next. Return presses the focused button as usual.
void bindKey(QPushButton *b, const QKeySequence &key)
{
    const QString keyName = key.toString(QKeySequence::NativeText);
    b->setToolTip(u"%1 (%2)"_s.arg(b->toolTip(), keyName));
    b->setAccessibleDescription(b->toolTip());
    auto *shortcut = new QShortcut(key, b);
    QObject::connect(shortcut, &QShortcut::activated, b, [b] {
        // A short visible press, then the action right away (animateClick() would
        // act only 100 ms later, after a key that follows quickly).
        b->setDown(true);
        QTimer::singleShot(100, b, [b] { b->setDown(false); });
        b->click();
    });
}

} // namespace

BreakWindow::BreakWindow(const Clock &clock, Routine routine, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_session(std::make_unique<BreakSession>(clock, std::move(routine)))
    , m_timer(new QTimer(this))
    , m_pages(new QStackedWidget(this))
    , m_exercisePage(new BreakExercisePage(m_pages))
    , m_endPage(new BreakEndPage(m_pages))
{
    setWindowTitle(tr("Break")); // the platform adds " — Limber"
    setAccessibleName(tr("Limber break"));
    setAttribute(Qt::WA_DeleteOnClose);
    const int line = fontMetrics().height();

    m_pages->addWidget(m_exercisePage);
    m_pages->addWidget(m_endPage);

    auto *safety = new NotePanel({}, this);
    auto *safetyText = new QLabel(tr("Move within a comfortable range. Stop if you feel sharp "
                                     "pain, burning, tingling or nerve-like symptoms. Limber "
                                     "is not medical advice: with pain or a recent injury, "
                                     "ask a professional first."),
                                  safety);
    safetyText->setWordWrap(true);
    safetyText->setTextFormat(Qt::PlainText);
    safety->body()->addWidget(safetyText);
    safety->setAccessibleName(tr("Safety note"));
    m_safetyNote = safety;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line * 3 / 2, line * 5 / 4, line * 3 / 2, line * 5 / 4);
    layout->setSpacing(line);
    layout->addWidget(m_pages, 1);
    layout->addWidget(safety);
    m_buttons = buildButtons();
    layout->addWidget(m_buttons);

    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &BreakWindow::tick);
    connectSession();

    QSize size = sizeHint().expandedTo(QSize(line * 52, line * 38));
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize() * 9 / 10);
    resize(size);
}

BreakWindow::~BreakWindow() = default;

void BreakWindow::connectSession()
{
    connect(m_session.get(), &BreakSession::exerciseChanged, this, &BreakWindow::showExercise);
    connect(m_session.get(), &BreakSession::finished, this, &BreakWindow::onFinished);
    if (m_session->isFinished()) // an empty routine
        onFinished(false);
    else
        showExercise();
}

void BreakWindow::offerSafetyNotes(Settings &settings, Replanner replan)
{
    if (settings.safetyAcknowledged() || m_session->isFinished() || m_safetyPage)
        return;
    m_settings = &settings;
    m_replan = std::move(replan);
    // Held until the person starts it; the time spent reading is not the break's.
    m_session->pause();
    m_timer->stop();

    m_safetyPage = new BreakSafetyPage(m_pages);
    m_pages->addWidget(m_safetyPage);
    m_pages->setCurrentWidget(m_safetyPage);
    m_safetyNote->hide();
    m_buttons->hide();
    m_exercisePage->illustration()->setContentVisible(false);

    QCheckBox *spine = m_safetyPage->spineBox();
    spine->setChecked(settings.avoidSpinePressure());
    connect(m_safetyPage, &BreakSafetyPage::spinePressureAvoided, this, [this](bool avoided) {
        if (m_settings)
            m_settings->setValue(SettingKey::AvoidSpinePressure, avoided);
    });
    // The Settings dialog may change it meanwhile.
    connect(&settings, &Settings::changed, m_safetyPage, [this, spine](SettingKey key) {
        if (key == SettingKey::AvoidSpinePressure && m_settings)
            spine->setChecked(m_settings->avoidSpinePressure());
    });
    connect(m_safetyPage, &BreakSafetyPage::startRequested, this,
            &BreakWindow::startAfterSafetyNotes);
    connect(m_safetyPage, &BreakSafetyPage::notNowRequested, this, &BreakWindow::reject);
    connect(m_safetyPage, &BreakSafetyPage::exercisesRequested, this,
            &BreakWindow::exercisesRequested);
    m_safetyPage->startButton()->setFocus();
    QSize size = this->size().expandedTo(sizeHint());
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize() * 9 / 10);
    resize(size);
}

bool BreakWindow::isShowingSafetyNotes() const
{
    return m_safetyPage && m_pages->currentWidget() == m_safetyPage;
}

void BreakWindow::startAfterSafetyNotes()
{
    if (!isShowingSafetyNotes())
        return;
    Routine routine = m_session->routine();
    if (m_settings) {
        m_settings->setValue(SettingKey::SafetyAcknowledged, true);
        const bool avoidSpine = m_settings->avoidSpinePressure();
        const QStringList excluded = m_settings->excludedExercises();
        const bool leftOut = std::any_of(routine.exercises.cbegin(), routine.exercises.cend(),
                                         [&](const PlannedExercise &p) {
                                             return (avoidSpine && p.exercise.pressesOnSpine) ||
                                                    excluded.contains(p.exercise.id);
                                         });
        if (leftOut && m_replan)
            routine = m_replan();
    }
    m_settings.clear();
    m_replan = nullptr;

    m_pages->setCurrentWidget(m_exercisePage);
    m_safetyNote->show();
    m_buttons->show();
    // A fresh session: the break starts now, with the routine as the settings now ask.
    m_session = std::make_unique<BreakSession>(m_clock, std::move(routine));
    connectSession();
    if (!m_session->isFinished()) {
        m_exercisePage->illustration()->setContentVisible(m_onScreen);
        m_pause->setFocus();
    }
}

QWidget *BreakWindow::buildButtons()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_runningButtons = new QWidget(bar);
    auto *running = new QHBoxLayout(m_runningButtons);
    running->setContentsMargins(0, 0, 0, 0);
    m_pause = describedButton(tr("Pause"), tr("Pauses or resumes the countdown"), m_runningButtons);
    auto *next = describedButton(tr("Next"), tr("Goes on to the next exercise"), m_runningButtons);
    auto *finish = describedButton(tr("Finish"), tr("Ends the break now and keeps the time done"),
                                   m_runningButtons);
    bindKey(m_pause, QKeySequence(Qt::Key_Space));
    bindKey(next, QKeySequence(Qt::Key_Right));
    bindKey(finish, QKeySequence(Qt::Key_Escape));
    auto *keys = new QLabel(tr("Space pause · → next · Esc finish"), m_runningButtons);
    keys->setForegroundRole(QPalette::PlaceholderText);
    keys->setAccessibleName(tr("Keyboard: Space pauses, Right arrow goes to the next exercise, "
                               "Esc finishes the break"));
    connect(m_pause, &QPushButton::clicked, this, &BreakWindow::togglePause);
    connect(next, &QPushButton::clicked, this, [this] { m_session->next(); });
    connect(finish, &QPushButton::clicked, this, [this] { m_session->stop(); });
    running->addWidget(m_pause);
    running->addWidget(next);
    running->addSpacing(fontMetrics().height());
    running->addWidget(keys, 1);
    running->addWidget(finish);

    m_close = describedButton(tr("Close"), tr("Closes this window"), bar);
    m_close->hide();
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    row->addWidget(m_runningButtons, 1);
    row->addStretch();
    row->addWidget(m_close);
    return bar;
}

void BreakWindow::setIllustrationFactory(IllustrationFactory factory)
{
    m_exercisePage->illustration()->setFactory(std::move(factory));
}

void BreakWindow::setSourceLines(QHash<QString, QString> lines)
{
    m_exercisePage->setSourceLines(std::move(lines));
    m_exercisePage->showExercise(*m_session);
}

QWidget *BreakWindow::illustration() const
{
    return m_exercisePage->illustration()->content();
}

void BreakWindow::showExercise()
{
    m_exercisePage->showExercise(*m_session);
    scheduleTick();
}

void BreakWindow::togglePause()
{
    m_session->togglePause();
    m_pause->setText(m_session->isPaused() ? tr("Resume") : tr("Pause"));
    m_exercisePage->showTime(*m_session);
    m_exercisePage->illustration()->setPaused(m_session->isPaused());
    scheduleTick();
    emit pausedChanged(m_session->isPaused());
}

void BreakWindow::tick()
{
    if (isShowingSafetyNotes())
        return;
    const qsizetype before = m_session->currentIndex();
    m_session->update(); // may move on (showExercise) or finish (onFinished)
    const bool movedOn = m_session->currentIndex() != before || m_session->isFinished();
    if (movedOn && m_soundCue && m_playCue)
        m_playCue(m_session->isFinished() ? SoundCue::BreakComplete : SoundCue::NextExercise);
    if (!m_session->isFinished()) {
        m_exercisePage->showTime(*m_session);
        scheduleTick();
    }
}

void BreakWindow::scheduleTick()
{
    m_timer->stop();
    if (m_session->isFinished() || m_session->isPaused())
        return;
    const Millis left = m_session->remainingInExercise();
    // The countdown shows whole seconds rounded up: it changes when `left` crosses one.
    // Unseen, only the end of the exercise matters.
    Millis wait = left;
    if (m_onScreen && left > std::chrono::seconds(1))
        wait = left % std::chrono::seconds(1);
    if (wait <= Millis(0))
        wait = std::chrono::seconds(1);
    m_timer->start(static_cast<int>(m_clock.realInterval(wait).count()) + 1);
}

void BreakWindow::onFinished(bool)
{
    m_timer->stop();
    const BreakRecord record = m_session->record();
    m_endPage->showResult(record, m_session->routine());
    setWindowTitle(record.outcome == BreakOutcome::Completed ? tr("Break complete")
                                                             : tr("Break ended early"));
    const bool hadFocus = m_runningButtons->isAncestorOf(focusWidget());
    m_pages->setCurrentWidget(m_endPage);
    m_runningButtons->hide();
    m_close->show();
    m_close->setDefault(true);
    if (hadFocus || !focusWidget())
        m_close->setFocus();
    m_exercisePage->illustration()->setContentVisible(false);
    if (!m_reported) {
        m_reported = true;
        emit breakEnded(record);
    }
}

void BreakWindow::setStats(const StatsReport &stats)
{
    m_endPage->showStats(stats);
}

QString BreakWindow::endSummary() const
{
    return m_session->isFinished() ? m_endPage->summary() : QString();
}

void BreakWindow::reject()
{
    m_session->stop();
    QDialog::reject();
}

void BreakWindow::closeEvent(QCloseEvent *event)
{
    // Closing mid-break is a partial break, never a lost one.
    m_session->stop();
    QDialog::closeEvent(event);
}

void BreakWindow::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    setOnScreen(!isMinimized());
}

void BreakWindow::hideEvent(QHideEvent *event)
{
    setOnScreen(false);
    QDialog::hideEvent(event);
}

void BreakWindow::changeEvent(QEvent *event)
{
    // Minimised and restored, not every platform sends hide and show events.
    if (event->type() == QEvent::WindowStateChange)
        setOnScreen(isVisible() && !isMinimized());
    QDialog::changeEvent(event);
}

void BreakWindow::setOnScreen(bool onScreen)
{
    if (onScreen == m_onScreen)
        return;
    m_onScreen = onScreen;
    if (isShowingSafetyNotes())
        return;
    m_exercisePage->illustration()->setContentVisible(onScreen && !m_session->isFinished());
    if (onScreen && !m_session->isFinished())
        tick(); // catches up with the time spent out of sight
    else
        scheduleTick();
}

} // namespace limber

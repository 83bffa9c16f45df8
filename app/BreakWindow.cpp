// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/BreakWindow.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace limber {

namespace {

QString clockText(Millis d)
{
    const auto s = std::max<qint64>(0, (d.count() + 999) / 1000);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QLabel *wrapped(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

BreakWindow::BreakWindow(const Clock &clock, Routine routine, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_session(clock, std::move(routine))
    , m_timer(new QTimer(this))
{
    setWindowTitle(tr("Limber — break"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_pages = new QStackedWidget;
    m_pages->addWidget(buildExercisePage());
    m_pages->addWidget(buildDonePage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    auto *safety = wrapped(tr("Move within a comfortable range. Stop if you feel sharp pain, "
                              "burning, tingling or nerve-like symptoms."));
    safety->setAccessibleName(tr("Safety note"));
    layout->addWidget(safety);

    m_timer->setInterval(static_cast<int>(m_clock.realInterval(std::chrono::seconds(1)).count()));
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_session.update();
        refresh();
    });
    connect(&m_session, &BreakSession::exerciseChanged, this, &BreakWindow::showExercise);
    connect(&m_session, &BreakSession::finished, this, &BreakWindow::onFinished);
    showExercise();
    resize(520, 460);
}

QWidget *BreakWindow::buildExercisePage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    m_position = wrapped();
    m_name = wrapped();
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_dose = wrapped();
    m_steps = wrapped();
    m_cautions = wrapped();
    m_countdown = new QLabel;
    QFont huge = m_countdown->font();
    huge.setPointSizeF(huge.pointSizeF() * 2.4);
    m_countdown->setFont(huge);
    m_countdown->setAccessibleName(tr("Time left for this exercise"));
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Whole break"));
    m_progress->setTextVisible(false);
    m_next = wrapped();

    auto *buttons = new QHBoxLayout;
    m_pause = new QPushButton(tr("Pause"));
    auto *next = new QPushButton(tr("Next"));
    auto *finish = new QPushButton(tr("Finish"));
    m_pause->setToolTip(tr("Space"));
    next->setToolTip(tr("Right arrow"));
    finish->setToolTip(tr("Esc"));
    connect(m_pause, &QPushButton::clicked, this, [this] {
        m_session.togglePause();
        refresh();
    });
    connect(next, &QPushButton::clicked, &m_session, &BreakSession::next);
    connect(finish, &QPushButton::clicked, &m_session, &BreakSession::stop);
    buttons->addWidget(m_pause);
    buttons->addWidget(next);
    buttons->addStretch();
    buttons->addWidget(finish);

    for (QWidget *w : {static_cast<QWidget *>(m_position), static_cast<QWidget *>(m_name),
                       static_cast<QWidget *>(m_dose), static_cast<QWidget *>(m_steps),
                       static_cast<QWidget *>(m_cautions)})
        v->addWidget(w);
    v->addStretch();
    v->addWidget(m_countdown, 0, Qt::AlignHCenter);
    v->addWidget(m_progress);
    v->addWidget(m_next);
    v->addLayout(buttons);
    return page;
}

QWidget *BreakWindow::buildDonePage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    m_doneTitle = wrapped();
    QFont big = m_doneTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_doneTitle->setFont(big);
    m_doneText = wrapped();
    auto *close = new QPushButton(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    v->addStretch();
    // Full width, centred text: an alignment flag on a word-wrapped label would
    // shrink it to its narrowest wrap.
    m_doneTitle->setAlignment(Qt::AlignHCenter);
    m_doneText->setAlignment(Qt::AlignHCenter);
    v->addWidget(m_doneTitle);
    v->addWidget(m_doneText);
    v->addStretch();
    v->addWidget(close, 0, Qt::AlignRight);
    return page;
}

void BreakWindow::showExercise()
{
    const PlannedExercise *p = m_session.current();
    if (!p)
        return;
    m_position->setText(tr("Exercise %1 of %2")
                            .arg(m_session.currentIndex() + 1)
                            .arg(m_session.routine().exercises.size()));
    m_name->setText(p->exercise.name);
    m_dose->setText(p->doseText());
    QStringList steps;
    for (qsizetype i = 0; i < p->exercise.steps.size(); ++i)
        steps << QStringLiteral("%1. %2").arg(i + 1).arg(p->exercise.steps[i]);
    m_steps->setText(steps.join(QLatin1Char('\n')));
    m_cautions->setText(p->exercise.cautions.join(QLatin1Char('\n')));
    m_cautions->setVisible(!p->exercise.cautions.isEmpty());
    const PlannedExercise *after = m_session.upcoming();
    m_next->setText(after ? tr("Next: %1").arg(after->exercise.name) : tr("Last exercise"));
    refresh();
}

void BreakWindow::refresh()
{
    m_countdown->setText(clockText(m_session.remainingInExercise()));
    const auto planned = std::max<qint64>(1, m_session.plannedTotal().count());
    m_progress->setMaximum(1000);
    m_progress->setValue(static_cast<int>(m_session.doneTotal().count() * 1000 / planned));
    m_pause->setText(m_session.isPaused() ? tr("Resume") : tr("Pause"));
}

void BreakWindow::setCompletionText(const QString &text)
{
    m_doneText->setText(text);
}

void BreakWindow::onFinished(bool completed)
{
    m_timer->stop();
    m_doneTitle->setText(completed ? tr("Break complete") : tr("Break ended early"));
    m_pages->setCurrentIndex(1);
    if (!m_reported) {
        m_reported = true;
        emit breakEnded(m_session.record());
    }
}

void BreakWindow::keyPressEvent(QKeyEvent *event)
{
    if (m_session.isFinished()) {
        QDialog::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
        m_session.togglePause();
        refresh();
        return;
    case Qt::Key_Right:
        m_session.next();
        return;
    case Qt::Key_Escape:
        m_session.stop();
        return;
    default:
        QDialog::keyPressEvent(event);
    }
}

void BreakWindow::reject()
{
    m_session.stop();
    QDialog::reject();
}

void BreakWindow::closeEvent(QCloseEvent *event)
{
    // Closing mid-break is a partial break, never a lost one.
    m_session.stop();
    QDialog::closeEvent(event);
}

void BreakWindow::showEvent(QShowEvent *event)
{
    m_timer->start();
    QDialog::showEvent(event);
}

void BreakWindow::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QDialog::hideEvent(event);
}

} // namespace limber

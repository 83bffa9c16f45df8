// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/figure/ExerciseFigureView.h"

#include "app/figure/FigurePainter.h"
#include "core/figure/PoseLibrary.h"

#include <QPaintEvent>
#include <QPainter>
#include <QTimer>

namespace limber {

using namespace figure;

ExerciseFigureView::ExerciseFigureView(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &ExerciseFigureView::nextFrame);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // paintEvent() fills the whole view: what lies behind it is never drawn for a frame.
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Exercise illustration"));
}

ExerciseFigureView *ExerciseFigureView::create(const PlannedExercise &planned, bool reducedMotion,
                                               QWidget *parent)
{
    if (!PoseLibrary::builtIn().find(planned.exercise.id))
        return nullptr;
    auto *view = new ExerciseFigureView(parent);
    view->setReducedMotion(reducedMotion);
    view->setExercise(planned.exercise);
    if (planned.holdSeconds > 0)
        view->setHoldSeconds(planned.holdSeconds);
    return view;
}

void ExerciseFigureView::setExercise(const Exercise &exercise)
{
    m_figure = PoseLibrary::builtIn().find(exercise.id);
    m_tempo = tempoFor(exercise.dosage);
    m_secondsBefore = 0;
    setAccessibleName(tr("Illustration of %1").arg(exercise.name));
    rebuildMotion();
}

void ExerciseFigureView::setHoldSeconds(int seconds)
{
    m_tempo.holdSeconds = std::max(0, seconds);
    rebuildMotion();
}

void ExerciseFigureView::setSide(Side side)
{
    m_side = side;
    repaintAll();
}

void ExerciseFigureView::setReducedMotion(bool reduced)
{
    m_reduced = reduced;
    updateTimer();
    repaintAll();
}

void ExerciseFigureView::setPaused(bool paused)
{
    m_paused = paused;
    updateTimer();
}

void ExerciseFigureView::rebuildMotion()
{
    m_motion.reset();
    if (m_figure)
        m_motion.emplace(*m_figure, m_tempo);
    if (m_running.isValid())
        m_running.restart();
    updateTimer();
    repaintAll();
}

bool ExerciseFigureView::isAnimating() const
{
    return m_timer->isActive();
}

double ExerciseFigureView::animationSeconds() const
{
    const double running = m_running.isValid() ? static_cast<double>(m_running.elapsed()) : 0;
    return m_secondsBefore + running / 1000.0;
}

void ExerciseFigureView::setAnimationSeconds(double seconds)
{
    m_secondsBefore = seconds;
    if (m_running.isValid())
        m_running.restart();
    repaintAll();
}

void ExerciseFigureView::updateTimer()
{
    const bool run = isVisible() && m_motion && !m_reduced && !m_paused;
    if (run && !m_timer->isActive()) {
        m_running.start();
        m_timer->start(frameInterval());
    } else if (!run && m_timer->isActive()) {
        m_timer->stop();
        m_secondsBefore = animationSeconds();
        m_running.invalidate();
    }
}

int ExerciseFigureView::frameInterval() const
{
    // A hold only breathes: fewer frames then, at the same animation time.
    const bool breathing = m_motion && m_motion->breathesOnlyAt(animationSeconds());
    return breathing ? kBreathFrameIntervalMs : kFrameIntervalMs;
}

void ExerciseFigureView::repaintAll()
{
    m_scene.reset();
    update();
}

figure::FigureScene ExerciseFigureView::currentScene() const
{
    return buildScene(*m_figure, m_motion->poseAt(animationSeconds()), m_side == Side::Second);
}

void ExerciseFigureView::nextFrame()
{
    m_timer->setInterval(frameInterval());
    if (!m_scene) {
        update();
        return;
    }
    FigureScene next = currentScene();
    // A frame that would move nothing by a whole pixel is skipped: the figure slows to
    // a stop at each key pose and hardly moves while it breathes. The next tick compares
    // with the picture on screen, so slow movement still shows, a pixel at a time.
    if (largestShift(*m_scene, next) * figurepainter::scaleOf(next.frame, rect()) < kSmallestStepPx)
        return;
    // Repaint only what moved: in most exercises some limbs move and the rest holds.
    const QRectF changed = changedArea(*m_scene, next);
    m_scene = std::move(next);
    if (!changed.isNull())
        update(figurepainter::deviceRect(m_scene->frame, rect(), changed)
                   .toAlignedRect()
                   .adjusted(-2, -2, 2, 2));
}

void ExerciseFigureView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTimer();
}

void ExerciseFigureView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

QSize ExerciseFigureView::sizeHint() const
{
    const int width = fontMetrics().height() * 17;
    return {width, width * 3 / 4};
}

QSize ExerciseFigureView::minimumSizeHint() const
{
    const int width = fontMetrics().height() * 8;
    return {width, width * 3 / 4};
}

void ExerciseFigureView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const FigureColours colours = FigureColours::from(palette());
    const QRect exposed = event->rect();
    painter.fillRect(exposed, colours.background);
    if (!m_figure || !m_motion)
        return;
    const bool mirrored = m_side == Side::Second;
    if (m_reduced) {
        figurepainter::paintKeyPoses(painter, *m_figure, mirrored, rect(), colours);
        return;
    }
    if (!m_scene)
        m_scene = currentScene();
    figurepainter::paintScene(painter, *m_scene, rect(), colours, exposed);
    figurepainter::paintInset(painter, *m_figure, mirrored, rect(), colours, exposed);
}

} // namespace limber

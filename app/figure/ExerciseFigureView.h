// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/common/Illustration.h"
#include "core/Exercise.h"
#include "core/figure/FigureMotion.h"
#include "core/figure/FigureScene.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QTimer;

namespace limber {

/// An exercise shown as a moving figure: it passes through the exercise's key poses
/// (assets/poses.json) at the exercise's own tempo, eased, and breathes in holds.
///
/// It animates only while it is visible and not paused: the frame timer starts in
/// showEvent and stops in hideEvent, so a hidden view has no timer and costs nothing.
/// With reduced motion it shows the key poses side by side with arrows and has no
/// timer at all.
class ExerciseFigureView : public QWidget, public IllustrationControl
{
    Q_OBJECT
public:
    /// Which side is being worked: the first is drawn as the steps describe it, the
    /// second is its mirror image.
    enum class Side
    {
        First,
        Second
    };
    /// Frames while the figure moves between key poses: 15 a second, smooth for the
    /// slow, eased movement of an exercise (docs/PERFORMANCE.md).
    static constexpr int kFrameIntervalMs = 66;
    /// Frames while it only breathes in a hold: 5 a second.
    static constexpr int kBreathFrameIntervalMs = 200;
    /// A frame is painted once some point of the figure has moved this far, pixels: at
    /// 15 frames a second a figure moving slower than a pixel a frame still moves
    /// smoothly, a pixel at a time, with fewer frames (docs/PERFORMANCE.md).
    static constexpr double kSmallestStepPx = 1.0;

    explicit ExerciseFigureView(QWidget *parent = nullptr);

    /// A view for the exercise at the planned hold, or nullptr when it has no key
    /// poses (a user's own exercise): fits IllustrationFactory.
    static ExerciseFigureView *create(const PlannedExercise &planned, bool reducedMotion,
                                      QWidget *parent);

    /// Shows the exercise at the catalogue's tempo (seconds per rep, shortest hold).
    void setExercise(const Exercise &exercise);
    /// Holds for this many seconds, e.g. the dose the routine planned; 0 = no hold.
    void setHoldSeconds(int seconds);
    void setSide(Side side);
    void setReducedMotion(bool reduced);
    /// Holds still at the current pose (the break is paused) and goes on from there.
    void setPaused(bool paused) override;
    void setSecondSide(bool second) override { setSide(second ? Side::Second : Side::First); }

    bool hasFigure() const { return m_figure != nullptr; }
    bool reducedMotion() const { return m_reduced; }
    Side side() const { return m_side; }
    bool isPaused() const { return m_paused; }
    /// True while the frame timer runs (visible, not paused, not reduced motion).
    bool isAnimating() const;
    /// One rep (or breath) of the animation, seconds; 0 without a figure.
    double cycleSeconds() const { return m_motion ? m_motion->cycleSeconds() : 0; }
    /// Where the animation is, in seconds; for tests and screenshots.
    double animationSeconds() const;
    void setAnimationSeconds(double seconds);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuildMotion();
    void updateTimer();
    void nextFrame();
    int frameInterval() const;
    /// Forgets the scene on show and paints the whole view afresh.
    void repaintAll();
    figure::FigureScene currentScene() const;

    const figure::ExerciseFigure *m_figure = nullptr;
    std::optional<figure::FigureMotion> m_motion;
    /// The picture on screen while animating: the next frame repaints only where it
    /// differs. Empty until painted, and after anything that changes the whole view.
    std::optional<figure::FigureScene> m_scene;
    figure::Tempo m_tempo;
    Side m_side = Side::First;
    bool m_reduced = false;
    bool m_paused = false;
    QTimer *m_timer;
    QElapsedTimer m_running;    ///< valid while the timer runs
    double m_secondsBefore = 0; ///< animation time banked before the last start
};

} // namespace limber

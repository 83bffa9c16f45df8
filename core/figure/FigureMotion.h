// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exercise.h"
#include "core/figure/FigureContacts.h"
#include "core/figure/PoseLibrary.h"

#include <QList>

namespace limber::figure {

/// Slow in, slow out: 0 → 0, ½ → ½, 1 → 1, with zero speed at both ends.
double easeInOut(double t);

/// Every angle, the pelvis placement and the breath linearly from `a` (t = 0) to `b`
/// (t = 1). The name and grounding come from the nearer pose; what rests on a support
/// is what rests in both.
Pose interpolate(const Pose &a, const Pose &b, double t);

/// How fast an exercise moves: the catalogue's seconds of movement per rep and the
/// seconds each hold lasts.
struct Tempo
{
    double moveSeconds = 4;
    double holdSeconds = 0;
};
/// The catalogue's tempo: seconds_per_rep and the shortest hold of the dosage.
Tempo tempoFor(const Dosage &dosage);

/// The animation of one exercise: through its key poses and back (one rep per
/// cycle, eased), holding where the exercise holds and breathing gently in holds. A
/// single key pose only breathes.
class FigureMotion
{
public:
    static constexpr double kBreathSeconds = 5; ///< one easy breath in and out

    FigureMotion(const ExerciseFigure &figure, Tempo tempo);

    /// Length of one cycle (a rep, or a breath for a single pose), seconds.
    double cycleSeconds() const { return m_cycle; }
    /// The pose at `seconds` since the start; repeats every cycle.
    Pose poseAt(double seconds) const;
    /// True when the figure only breathes at `seconds` (a hold, or a single key pose):
    /// it moves slowly enough then for a few frames a second.
    bool breathesOnlyAt(double seconds) const;

private:
    struct Step
    {
        int from = 0;
        int to = 0; ///< equal to `from` for a hold
        double seconds = 0;
    };
    Pose breathing(const Pose &pose, double wave) const;
    /// The step the cycle is in at `seconds`, and how far into it; nullptr past the last.
    const Step *stepAt(double seconds, double *into) const;

    QList<Pose> m_poses;
    Planting m_planting; ///< keeps what bears weight in place between key poses
    QList<Step> m_steps;
    double m_cycle = kBreathSeconds;
};

} // namespace limber::figure

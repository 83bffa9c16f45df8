// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figure/FigureMotion.h"

#include <algorithm>
#include <cmath>

namespace limber::figure {

namespace {

double lerp(double a, double b, double t)
{
    return a + (b - a) * t;
}

JointAngles lerp(const JointAngles &a, const JointAngles &b, double t)
{
    return {lerp(a.flex, b.flex, t), lerp(a.side, b.side, t), lerp(a.twist, b.twist, t)};
}

/// 0 at the ends of a breath, 1 when the breath is fullest.
double breathWave(double phase)
{
    return (1 - std::cos(2 * std::numbers::pi * phase)) / 2;
}

} // namespace

double easeInOut(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return (1 - std::cos(std::numbers::pi * t)) / 2;
}

Pose interpolate(const Pose &a, const Pose &b, double t)
{
    Pose out = t < 0.5 ? a : b;
    for (int i = 0; i < kJointCount; ++i) {
        const auto j = static_cast<Joint>(i);
        out[j] = lerp(a[j], b[j], t);
    }
    out.root.at = a.root.at + (b.root.at - a.root.at) * t;
    out.root.pitch = lerp(a.root.pitch, b.root.pitch, t);
    out.root.roll = lerp(a.root.roll, b.root.roll, t);
    out.root.yaw = lerp(a.root.yaw, b.root.yaw, t);
    out.breath = lerp(a.breath, b.breath, t);
    // On the way, only what rests in both poses stays down.
    out.rests.removeIf(
        [&](RestingPart part) { return !a.rests.contains(part) || !b.rests.contains(part); });
    return out;
}

Tempo tempoFor(const Dosage &dosage)
{
    Tempo tempo;
    if (dosage.secondsPerRep > 0)
        tempo.moveSeconds = dosage.secondsPerRep;
    tempo.holdSeconds = dosage.holdSeconds.isEmpty() ? 0 : dosage.holdSeconds.min;
    return tempo;
}

FigureMotion::FigureMotion(const ExerciseFigure &figure, Tempo tempo)
    : m_poses(figure.poses)
    , m_planting(figure.props, figure.poses.isEmpty() ? Pose{} : figure.poses.first())
{
    const int n = static_cast<int>(m_poses.size());
    if (n < 2) {
        m_steps << Step{0, 0, kBreathSeconds};
        return;
    }
    // There and back: 0, 1, …, n-1, …, 1, and on to 0 again.
    QList<int> order;
    for (int i = 0; i < n; ++i)
        order << i;
    for (int i = n - 2; i > 0; --i)
        order << i;
    const double move = std::max(0.5, tempo.moveSeconds) / (2.0 * (n - 1));
    m_cycle = 0;
    for (qsizetype k = 0; k < order.size(); ++k) {
        const int here = order.at(k);
        if (tempo.holdSeconds > 0 && figure.holdAt.contains(here))
            m_steps << Step{here, here, tempo.holdSeconds};
        m_steps << Step{here, order.at((k + 1) % order.size()), move};
    }
    for (const Step &s : m_steps)
        m_cycle += s.seconds;
}

Pose FigureMotion::breathing(const Pose &pose, double wave) const
{
    Pose out = pose;
    // Half a full breath: a hold breathes quietly; only belly breathing fills up.
    out.breath = std::clamp(pose.breath + (1 - pose.breath) * 0.5 * wave, 0.0, 1.0);
    // The chest lifts a little as it fills, unless the arms hold it up: then the
    // hands or forearms would lift off the floor.
    const bool armsBearWeight =
        std::any_of(pose.rests.begin(), pose.rests.end(), [](RestingPart p) {
            return p == RestingPart::HandL || p == RestingPart::HandR ||
                   p == RestingPart::ForearmL || p == RestingPart::ForearmR;
        });
    if (!armsBearWeight) {
        JointAngles &chest = out[Joint::UpperThoracic];
        chest.flex = std::max(jointLimits(Joint::UpperThoracic).flex.min, chest.flex - 2 * wave);
    }
    return out;
}

Pose FigureMotion::poseAt(double seconds) const
{
    if (m_poses.isEmpty())
        return {};
    double t = 0;
    const Step *s = stepAt(seconds, &t);
    if (s == nullptr)
        return m_poses.first();
    if (s->from != s->to) {
        // Between key poses too, the hand or foot that bears the weight stays put.
        Pose between =
            interpolate(m_poses.at(s->from), m_poses.at(s->to), easeInOut(t / s->seconds));
        m_planting.plant(between);
        return between;
    }
    // A hold: whole breaths that start and end at rest, so moving on is smooth.
    const double breaths = std::max(1.0, std::round(s->seconds / kBreathSeconds));
    return breathing(m_poses.at(s->from), breathWave(t / s->seconds * breaths));
}

bool FigureMotion::breathesOnlyAt(double seconds) const
{
    double t = 0;
    const Step *s = stepAt(seconds, &t);
    return s == nullptr || s->from == s->to;
}

const FigureMotion::Step *FigureMotion::stepAt(double seconds, double *into) const
{
    double t = std::fmod(std::max(0.0, seconds), m_cycle);
    for (const Step &s : m_steps) {
        if (t <= s.seconds) {
            *into = t;
            return &s;
        }
        t -= s.seconds;
    }
    return nullptr;
}

} // namespace limber::figure

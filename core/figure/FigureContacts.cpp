// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figure/FigureContacts.h"

#include "core/figure/FigureBody.h"
#include "core/figure/FigureGeometry.h"
#include "core/figure/FigureScene.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace limber::figure {

namespace {

double dot(Vec3 a, Vec3 b)
{
    return a.x * b.x + a.y * b.y + a.z * b.z;
}

double length(Vec3 v)
{
    return std::sqrt(dot(v, v));
}

/// The signed distance from p to an axis-aligned box (centre, half sizes).
double boxDistance(Vec3 p, Vec3 centre, Vec3 half)
{
    const Vec3 d = p - centre;
    const Vec3 q{std::abs(d.x) - half.x, std::abs(d.y) - half.y, std::abs(d.z) - half.z};
    const Vec3 outside{std::max(q.x, 0.0), std::max(q.y, 0.0), std::max(q.z, 0.0)};
    return length(outside) + std::min(std::max({q.x, q.y, q.z}), 0.0);
}

/// A sphere of the body: a point of a part and how thick the part is there.
struct Sample
{
    Vec3 centre;
    double radius;
};

void sampleCapsule(QList<Sample> &out, const Capsule &c, int count = 5)
{
    for (int i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / (count - 1);
        out << Sample{c.a + (c.b - c.a) * t, c.ra + (c.rb - c.ra) * t};
    }
}

QList<Sample> samplesOf(const PosedBody &body, double breath, RestingPart part)
{
    QList<Sample> out;
    const auto limbs = limbCapsules(body);
    auto limb = [&](std::size_t index, qsizetype piece) { return limbs[index].at(piece); };
    switch (part) {
    case RestingPart::Head:
        out << Sample{body.headCentre, bodyMeasures().headRadius}
            << Sample{nose(body), kNoseRadius};
        break;
    case RestingPart::Trunk:
        for (const Station &s : trunkStations(body, breath))
            for (const QPointF &c : unitCircle(kEllipseSteps))
                out << Sample{s.centre() + s.lateral() * c.x() + s.front() * c.y(), 0};
        break;
    case RestingPart::Pelvis: {
        // The seat behind, and the front of the hips for lying face down.
        out << Sample{pelvisBall(body), kPelvisRadius};
        const Station hips = trunkStations(body, breath).front();
        for (const QPointF &c : unitCircle(kEllipseSteps))
            out << Sample{hips.centre() + hips.lateral() * c.x() + hips.front() * c.y(), 0};
        break;
    }
    case RestingPart::HandL:
    case RestingPart::HandR:
        sampleCapsule(out, limb(part == RestingPart::HandL ? 0 : 1, 2), 3);
        break;
    case RestingPart::ForearmL:
    case RestingPart::ForearmR:
        sampleCapsule(out, limb(part == RestingPart::ForearmL ? 0 : 1, 1));
        break;
    case RestingPart::KneeL:
    case RestingPart::KneeR: {
        const Capsule shin = limb(part == RestingPart::KneeL ? 2 : 3, 1);
        out << Sample{shin.a, shin.ra};
        break;
    }
    case RestingPart::ShinL:
    case RestingPart::ShinR:
        sampleCapsule(out, limb(part == RestingPart::ShinL ? 2 : 3, 1));
        break;
    case RestingPart::ThighL:
    case RestingPart::ThighR:
        sampleCapsule(out, limb(part == RestingPart::ThighL ? 2 : 3, 0));
        break;
    case RestingPart::FootL:
    case RestingPart::FootR:
        sampleCapsule(out, limb(part == RestingPart::FootL ? 2 : 3, 2), 3);
        break;
    }
    return out;
}

constexpr RestingPart kAllParts[] = {
    RestingPart::Head,   RestingPart::Trunk,    RestingPart::Pelvis,   RestingPart::HandL,
    RestingPart::HandR,  RestingPart::ForearmL, RestingPart::ForearmR, RestingPart::KneeL,
    RestingPart::KneeR,  RestingPart::ShinL,    RestingPart::ShinR,    RestingPart::ThighL,
    RestingPart::ThighR, RestingPart::FootL,    RestingPart::FootR,
};

/// How far the part is from the solid: its deepest point inside (negative) or its
/// nearest gap (positive), and where that is.
struct Reach
{
    double gap = std::numeric_limits<double>::infinity();
    Vec3 at;
};

Reach reach(const QList<Sample> &samples, const Solid &solid)
{
    // The patch that touches: the samples within 2 cm of the closest, averaged with
    // weights that fall from 1 for the closest to 0 at 2 cm, so the point moves
    // smoothly as a part tips. The single closest sample would jump from heel to toes
    // as a flat foot tips by a degree, where the foot itself has not moved.
    constexpr double kPatch = 2.0;
    Reach r;
    QVarLengthArray<double, 64> gaps;
    for (const Sample &s : samples) {
        gaps.append(solid.distance(s.centre) - s.radius);
        r.gap = std::min(r.gap, gaps.back());
    }
    Vec3 sum;
    double weights = 0;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const double w = 1 - (gaps[i] - r.gap) / kPatch;
        if (w > 0) {
            sum = sum + samples[i].centre * w;
            weights += w;
        }
    }
    if (weights > 0)
        r.at = sum * (1 / weights);
    return r;
}

/// The smallest gap between the samples and either hand.
double gapToHands(const PosedBody &body, double breath, const QList<Sample> &samples)
{
    double gap = std::numeric_limits<double>::infinity();
    for (const RestingPart hand : {RestingPart::HandL, RestingPart::HandR})
        for (const Sample &h : samplesOf(body, breath, hand))
            for (const Sample &s : samples)
                gap = std::min(gap, length(s.centre - h.centre) - s.radius - h.radius);
    return gap;
}

/// Lying on the back or the side, chest level: the head needs something under it.
/// (Face down on all fours or lifting the chest, the neck holds it by design.)
bool lyingOnBackOrSide(const PosedBody &body)
{
    const Mat3 &chest = body[Joint::UpperThoracic].frame;
    constexpr double kLowPelvis = 30; // centimetres: on the floor, not bent over standing
    return body.pelvis.y < kLowPelvis && std::abs(chest.axis(1).y) < 0.45 && chest.axis(2).y > -0.5;
}

bool cradledInBothHands(const PosedBody &body)
{
    const auto limbs = limbCapsules(body);
    const double reach = bodyMeasures().headRadius + 7;
    return std::all_of(limbs.begin(), limbs.begin() + 2, [&](const QList<Capsule> &arm) {
        return length(arm.at(2).b - body.headCentre) <= reach;
    });
}

} // namespace

double Solid::distance(Vec3 p) const
{
    switch (kind) {
    case PropKind::Wall:
        return dot(p - a, b);
    case PropKind::Roller: {
        const Vec3 axis = b - a;
        const double t = std::clamp(dot(p - a, axis) / dot(axis, axis), 0.0, 1.0);
        return length(p - (a + axis * t)) - radius;
    }
    case PropKind::Ball:
        return length(p - a) - radius;
    case PropKind::Cushion:
        return boxDistance(Mat3::aboutY(-yaw) * (p - a), {0, b.y, 0}, b);
    case PropKind::Chair: {
        // Seat and backrest, as FigureProps.cpp draws them, in the chair's own frame.
        const Vec3 local = Mat3::aboutY(-yaw) * (p - a);
        const double seat = b.y;
        return std::min(boxDistance(local, {0, seat - 2, 0}, {22, 2, 21}),
                        boxDistance(local, {0, seat + 21, -19.5}, {21, 21, 1.5}));
    }
    default:
        return p.y;
    }
}

QList<Solid> solidsOf(const QList<Prop> &props)
{
    QList<Solid> out{Solid{u"floor"_s, PropKind::Floor, {}, {}, 0, 0}};
    for (const Prop &p : props) {
        switch (p.kind) {
        case PropKind::Wall: {
            // The wall's thickness lies away from the room's centre (see FigureProps).
            Vec3 normal = Mat3::aboutY(p.yaw) * Vec3{0, 0, 1};
            if (dot(p.at, normal) < 0)
                normal = normal * -1;
            out << Solid{u"wall"_s, p.kind, p.at, normal * -1, 0, 0};
            break;
        }
        case PropKind::Roller: {
            const double half = (p.length > 0 ? p.length : 45) / 2;
            const Vec3 centre = p.at + Vec3{0, kRollerRadius, 0};
            const Vec3 along = Mat3::aboutY(p.yaw) * Vec3{half, 0, 0};
            out << Solid{u"roller"_s, p.kind, centre - along, centre + along, kRollerRadius, 0};
            break;
        }
        case PropKind::Ball:
            out << Solid{u"ball"_s, p.kind, p.at + Vec3{0, kBallRadius, 0}, {}, kBallRadius, 0};
            break;
        case PropKind::Cushion: {
            const double height = p.size > 0 ? p.size : kCushionHeight;
            out << Solid{
                u"cushion"_s, p.kind, p.at, {kCushionHalfLength, height / 2, kCushionHalfWidth}, 0,
                p.yaw};
            break;
        }
        case PropKind::Chair:
            out << Solid{u"chair"_s, p.kind, p.at, {0, p.size > 0 ? p.size : kChairSeatHeight, 0},
                         0,          p.yaw};
            break;
        default:
            break;
        }
    }
    return out;
}

QStringList contactProblems(const ExerciseFigure &figure, const Pose &pose, bool moving,
                            double tolerance)
{
    QStringList problems;
    const Pose placed = grounded(pose);
    const PosedBody body = solveBody(placed);
    const QList<Solid> solids = solidsOf(figure.props);
    for (const RestingPart part : kAllParts) {
        const QList<Sample> samples = samplesOf(body, placed.breath, part);
        double nearest = std::numeric_limits<double>::infinity();
        for (const Solid &solid : solids) {
            const Reach r = reach(samples, solid);
            nearest = std::min(nearest, r.gap);
            if (r.gap < -tolerance)
                problems << u"%1 is %2 cm into the %3"_s.arg(restingPartName(part))
                                .arg(-r.gap, 0, 'f', 1)
                                .arg(solid.name);
        }
        // A head may rest on the hands (the forehead on the backs of the hands).
        if (part == RestingPart::Head)
            nearest = std::min(nearest, gapToHands(body, placed.breath, samples));
        if (placed.rests.contains(part) && nearest > tolerance)
            problems << u"%1 should rest on a support but is %2 cm off it"_s
                            .arg(restingPartName(part))
                            .arg(nearest, 0, 'f', 1);
    }
    if (!moving && lyingOnBackOrSide(body) && !placed.rests.contains(RestingPart::Head) &&
        !cradledInBothHands(body))
        problems << u"head hangs unsupported while lying down"_s;
    return problems;
}

double restingGap(const ExerciseFigure &figure, const Pose &pose, RestingPart part)
{
    const Pose placed = grounded(pose);
    const PosedBody body = solveBody(placed);
    const QList<Sample> samples = samplesOf(body, placed.breath, part);
    double gap = part == RestingPart::Head ? gapToHands(body, placed.breath, samples)
                                           : std::numeric_limits<double>::infinity();
    for (const Solid &solid : solidsOf(figure.props))
        gap = std::min(gap, reach(samples, solid).gap);
    return gap;
}

std::optional<Vec3> restingPoint(const ExerciseFigure &figure, const Pose &pose, RestingPart part)
{
    const Pose placed = grounded(pose);
    const QList<Sample> samples = samplesOf(solveBody(placed), placed.breath, part);
    Reach best;
    for (const Solid &solid : solidsOf(figure.props)) {
        const Reach r = reach(samples, solid);
        if (r.gap < best.gap)
            best = r;
    }
    if (!std::isfinite(best.gap))
        return std::nullopt;
    return best.at;
}

Planting::Planting(const QList<Prop> &props, const Pose &first)
{
    constexpr RestingPart kAnchors[] = {
        RestingPart::Pelvis, RestingPart::FootL,    RestingPart::FootR,
        RestingPart::HandL,  RestingPart::HandR,    RestingPart::KneeL,
        RestingPart::KneeR,  RestingPart::ForearmL, RestingPart::ForearmR};
    m_scene.props = props;
    for (const RestingPart anchor : kAnchors)
        if (first.rests.contains(anchor))
            if (const auto home = restingPoint(m_scene, first, anchor))
                m_homes.append({anchor, *home});
}

void Planting::plant(Pose &pose) const
{
    for (const auto &[anchor, home] : m_homes) {
        if (!pose.rests.contains(anchor))
            continue;
        if (const auto now = restingPoint(m_scene, pose, anchor)) {
            pose.root.at.x += home.x - now->x;
            pose.root.at.z += home.z - now->z;
        }
        return;
    }
}

void plantLike(const QList<Prop> &props, const Pose &first, Pose &pose)
{
    Planting(props, first).plant(pose);
}

void plantRestingParts(ExerciseFigure &figure)
{
    for (qsizetype i = 1; i < figure.poses.size(); ++i)
        plantLike(figure.props, figure.poses.first(), figure.poses[i]);
}

} // namespace limber::figure

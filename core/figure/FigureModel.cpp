// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figure/FigureModel.h"

#include <QStringList>

#include <iterator>

using namespace Qt::StringLiterals;

namespace limber::figure {

namespace {

/// How a joint's anatomical angles map onto rotations of its segment: the signs
/// turn "flexion", "to the left / away from the body" and "outward" into rotations
/// about the parent's x, z and the segment's own long axis.
struct JointSpec
{
    const char *name;
    Joint mirror;
    double flexSign;
    double sideSign;
    double twistSign;
    JointLimits limits;
};

constexpr AngleRange none{0, 0};

// clang-format off
const JointSpec kSpecs[kJointCount] = {
    {"lumbar",         Joint::Lumbar,        1, -1,  1, {{-30, 50}, {-25, 25}, {-10, 10}}},
    {"lower_thoracic", Joint::LowerThoracic, 1, -1,  1, {{-25, 40}, {-25, 25}, {-40, 40}}},
    {"upper_thoracic", Joint::UpperThoracic, 1, -1,  1, {{-25, 40}, {-20, 20}, {-40, 40}}},
    {"neck",           Joint::Neck,          1, -1,  1, {{-50, 50}, {-35, 35}, {-70, 70}}},
    {"head",           Joint::Head,          1, -1,  1, {{-30, 30}, {-15, 15}, {-15, 15}}},
    {"shoulder_l",     Joint::ShoulderR,    -1,  1,  1, {{-60, 180}, {-30, 180}, {-90, 90}}},
    {"elbow_l",        Joint::ElbowR,       -1,  1,  1, {{0, 150}, none, {-90, 90}}},
    {"wrist_l",        Joint::WristR,       -1,  1,  1, {{-70, 80}, {-20, 35}, none}},
    {"shoulder_r",     Joint::ShoulderL,    -1, -1, -1, {{-60, 180}, {-30, 180}, {-90, 90}}},
    {"elbow_r",        Joint::ElbowL,       -1, -1, -1, {{0, 150}, none, {-90, 90}}},
    {"wrist_r",        Joint::WristL,       -1, -1, -1, {{-70, 80}, {-20, 35}, none}},
    {"hip_l",          Joint::HipR,         -1,  1,  1, {{-30, 130}, {-30, 50}, {-45, 45}}},
    {"knee_l",         Joint::KneeR,         1,  1,  1, {{0, 150}, none, none}},
    {"ankle_l",        Joint::AnkleR,       -1,  1,  1, {{-60, 30}, {-20, 20}, none}},
    {"hip_r",          Joint::HipL,         -1, -1, -1, {{-30, 130}, {-30, 50}, {-45, 45}}},
    {"knee_r",         Joint::KneeL,         1, -1, -1, {{0, 150}, none, none}},
    {"ankle_r",        Joint::AnkleL,       -1, -1, -1, {{-60, 30}, {-20, 20}, none}},
};
// clang-format on

const JointSpec &spec(Joint j)
{
    return kSpecs[static_cast<int>(j)];
}

Mat3 localRotation(Joint j, const JointAngles &a)
{
    const JointSpec &s = spec(j);
    return Mat3::aboutZ(s.sideSign * a.side) * Mat3::aboutX(s.flexSign * a.flex) *
           Mat3::aboutY(s.twistSign * a.twist);
}

/// Places the segment driven by `j`, hanging from `start` in the parent's frame, whose
/// rest direction in its own frame is `rest` (a vector whose length is the segment's).
PlacedSegment place(const Pose &pose, Joint j, const Mat3 &parent, Vec3 start, Vec3 rest)
{
    PlacedSegment s;
    s.frame = parent * localRotation(j, pose[j]);
    s.start = start;
    s.end = start + s.frame * rest;
    return s;
}

} // namespace

QString jointName(Joint joint)
{
    return QString::fromLatin1(spec(joint).name);
}

std::optional<Joint> jointFromName(const QString &name)
{
    for (int i = 0; i < kJointCount; ++i)
        if (name == QLatin1String(kSpecs[i].name))
            return static_cast<Joint>(i);
    return std::nullopt;
}

Joint mirrorJoint(Joint joint)
{
    return spec(joint).mirror;
}

const JointLimits &jointLimits(Joint joint)
{
    return spec(joint).limits;
}

const BodyMeasures &bodyMeasures()
{
    static const BodyMeasures measures;
    return measures;
}

PosedBody solveBody(const Pose &pose)
{
    const BodyMeasures &m = bodyMeasures();
    PosedBody b;
    const RootPlacement &r = pose.root;
    b.pelvisFrame = Mat3::aboutY(r.yaw) * Mat3::aboutZ(-r.roll) * Mat3::aboutX(r.pitch);
    b.pelvis = r.at;
    const Mat3 &pf = b.pelvisFrame;
    auto &seg = b.seg;
    auto at = [](Joint j) { return static_cast<std::size_t>(j); };

    const PlacedSegment &lumbar = seg[at(Joint::Lumbar)] =
        place(pose, Joint::Lumbar, pf, b.pelvis + pf * Vec3{0, 3, -3}, {0, m.lumbar, 0});
    const PlacedSegment &lower = seg[at(Joint::LowerThoracic)] =
        place(pose, Joint::LowerThoracic, lumbar.frame, lumbar.end, {0, m.lowerThoracic, 0});
    const PlacedSegment &upper = seg[at(Joint::UpperThoracic)] =
        place(pose, Joint::UpperThoracic, lower.frame, lower.end, {0, m.upperThoracic, 0});
    const PlacedSegment &neck = seg[at(Joint::Neck)] = place(
        pose, Joint::Neck, upper.frame, upper.end + upper.frame * Vec3{0, 0, 1}, {0, m.neck, 0});
    const PlacedSegment &head = seg[at(Joint::Head)] =
        place(pose, Joint::Head, neck.frame, neck.end, {0, 2 * m.headRadius, 0});
    b.headCentre = head.start + head.frame * Vec3{0, 8, 1.5};

    for (const double side : {1.0, -1.0}) {
        const bool left = side > 0;
        const Joint shoulder = left ? Joint::ShoulderL : Joint::ShoulderR;
        const Joint elbow = left ? Joint::ElbowL : Joint::ElbowR;
        const Joint wrist = left ? Joint::WristL : Joint::WristR;
        const Vec3 shoulderAt = upper.end + upper.frame * Vec3{side * m.shoulderHalfWidth, -2, 4};
        const PlacedSegment &arm = seg[at(shoulder)] =
            place(pose, shoulder, upper.frame, shoulderAt, {0, -m.upperArm, 0});
        const PlacedSegment &fore = seg[at(elbow)] =
            place(pose, elbow, arm.frame, arm.end, {0, -m.forearm, 0});
        seg[at(wrist)] = place(pose, wrist, fore.frame, fore.end, {0, -m.hand, 0});

        const Joint hip = left ? Joint::HipL : Joint::HipR;
        const Joint knee = left ? Joint::KneeL : Joint::KneeR;
        const Joint ankle = left ? Joint::AnkleL : Joint::AnkleR;
        const Vec3 hipAt = b.pelvis + pf * Vec3{side * m.hipHalfWidth, 0, 0};
        const PlacedSegment &thigh = seg[at(hip)] = place(pose, hip, pf, hipAt, {0, -m.thigh, 0});
        const PlacedSegment &shin = seg[at(knee)] =
            place(pose, knee, thigh.frame, thigh.end, {0, -m.shin, 0});
        seg[at(ankle)] = place(pose, ankle, shin.frame, shin.end, {0, -5.5, m.foot - 4});
    }
    return b;
}

namespace {

constexpr const char *kRestingNames[] = {
    "head",   "trunk",  "pelvis", "hand_l",  "hand_r",  "forearm_l", "forearm_r", "knee_l",
    "knee_r", "shin_l", "shin_r", "thigh_l", "thigh_r", "foot_l",    "foot_r",
};
constexpr int kRestingCount = static_cast<int>(RestingPart::FootR) + 1;
static_assert(std::size(kRestingNames) == kRestingCount);

} // namespace

QString restingPartName(RestingPart part)
{
    return QString::fromLatin1(kRestingNames[static_cast<int>(part)]);
}

QList<RestingPart> restingPartsFromName(const QString &name)
{
    for (int i = 0; i < kRestingCount; ++i)
        if (name == QLatin1String(kRestingNames[i]))
            return {static_cast<RestingPart>(i)};
    // A pair: "hands" for hand_l and hand_r, "feet" for foot_l and foot_r.
    const QString singular = name == u"feet"_s ? u"foot"_s : name.chopped(name.endsWith(u's'));
    if (singular == name)
        return {};
    QList<RestingPart> both;
    for (const QString &side : {u"_l"_s, u"_r"_s})
        both << restingPartsFromName(singular + side);
    return both.size() == 2 ? both : QList<RestingPart>{};
}

QStringList implausibleAngles(const Pose &pose)
{
    QStringList out;
    for (int i = 0; i < kJointCount; ++i) {
        const auto j = static_cast<Joint>(i);
        const JointLimits &l = jointLimits(j);
        const JointAngles &a = pose[j];
        if (!l.flex.contains(a.flex))
            out << jointName(j) + u".flex"_s;
        if (!l.side.contains(a.side))
            out << jointName(j) + u".side"_s;
        if (!l.twist.contains(a.twist))
            out << jointName(j) + u".twist"_s;
    }
    return out;
}

} // namespace limber::figure

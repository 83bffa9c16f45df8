// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figure/FigureMath.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace limber::figure {

/// The joints of the figure, each driving the body segment that hangs from it:
/// lumbar → lumbar spine, lower/upper thoracic → the two halves of the thoracic
/// spine, neck, head, shoulder → upper arm, elbow → lower arm, wrist → hand,
/// hip → thigh, knee → shin, ankle → foot. The pelvis is the root.
enum class Joint
{
    Lumbar,
    LowerThoracic,
    UpperThoracic,
    Neck,
    Head,
    ShoulderL,
    ElbowL,
    WristL,
    ShoulderR,
    ElbowR,
    WristR,
    HipL,
    KneeL,
    AnkleL,
    HipR,
    KneeR,
    AnkleR,
};
constexpr int kJointCount = static_cast<int>(Joint::AnkleR) + 1;

/// "lumbar", "upper_thoracic", "shoulder_l" …, as written in poses.json.
QString jointName(Joint joint);
std::optional<Joint> jointFromName(const QString &name);
/// The same joint on the other side of the body (itself for the spine).
Joint mirrorJoint(Joint joint);

/// One joint's angles in degrees, in anatomical terms so that poses read naturally:
/// flex is flexion (spine and neck bending forward, arm and thigh moving forward,
/// elbow and knee bending, foot pulled up), side is side bending to the left for the
/// spine and abduction (away from the body) for limbs, twist is turning to the left
/// for the spine and outward rotation for limbs.
struct JointAngles
{
    double flex = 0;
    double side = 0;
    double twist = 0;
    friend bool operator==(const JointAngles &, const JointAngles &) = default;
};

struct AngleRange
{
    double min = 0;
    double max = 0;
    bool contains(double v) const { return v >= min - 1e-9 && v <= max + 1e-9; }
};

/// The plausible range of one joint for an adult of ordinary mobility (a little
/// short of textbook maxima, so no pose asks for an extreme).
struct JointLimits
{
    AngleRange flex;
    AngleRange side;
    AngleRange twist;
};
const JointLimits &jointLimits(Joint joint);

/// Where the pelvis is and how it is turned: at rest it stands upright facing +z.
/// pitch tips it forward (90 = face down, -90 = on the back), roll onto its left side,
/// yaw turns it to its left about the vertical.
struct RootPlacement
{
    Vec3 at;
    double pitch = 0;
    double roll = 0;
    double yaw = 0;
    bool grounded = true; ///< drop or lift the figure so its lowest point is on the floor
    friend bool operator==(const RootPlacement &, const RootPlacement &) = default;
};

/// A body part that can rest on a support, as named in a pose's "rests".
enum class RestingPart
{
    Head,
    Trunk,
    Pelvis,
    HandL,
    HandR,
    ForearmL,
    ForearmR,
    KneeL,
    KneeR,
    ShinL,
    ShinR,
    ThighL,
    ThighR,
    FootL,
    FootR,
};

/// "head", "hand_l" …; and the pairs "hands", "forearms", "knees", "shins", "thighs",
/// "feet" for both sides.
QString restingPartName(RestingPart part);
/// The parts a name in "rests" stands for; empty when the name is unknown.
QList<RestingPart> restingPartsFromName(const QString &name);

/// A complete body position: the pelvis placement and every joint's angles.
struct Pose
{
    QString name;
    RootPlacement root;
    std::array<JointAngles, kJointCount> joints{};
    double breath = 0; ///< 0 = breathed out, 1 = belly and chest filled
    /// The parts that rest on a support (floor, chair, prop) in this pose and must
    /// touch it; checked by contactProblems().
    QList<RestingPart> rests;
    /// A pose the movement passes through on its way to the next one, not shown among
    /// the still key poses (reduced motion, the contact sheet): it keeps a supporting
    /// hand or foot in place where plain interpolation would slide it.
    bool via = false;

    JointAngles &operator[](Joint j) { return joints[static_cast<std::size_t>(j)]; }
    const JointAngles &operator[](Joint j) const { return joints[static_cast<std::size_t>(j)]; }
    friend bool operator==(const Pose &, const Pose &) = default;
};

/// A body segment in the world after forward kinematics: from `start` to `end`,
/// with its own orientation (`frame` columns: its left, its long axis, its front).
struct PlacedSegment
{
    Vec3 start;
    Vec3 end;
    Mat3 frame;
};

/// Measurements of the drawn figure, in centimetres (a stylised adult about 1.68 m).
struct BodyMeasures
{
    double hipHalfWidth = 9;
    double shoulderHalfWidth = 16;
    double lumbar = 14;
    double lowerThoracic = 16;
    double upperThoracic = 16;
    double neck = 8;
    double headRadius = 11;
    double upperArm = 29;
    double forearm = 25;
    double hand = 9;
    double thigh = 43;
    double shin = 42;
    double foot = 20;
};
const BodyMeasures &bodyMeasures();

/// The figure after forward kinematics, in world coordinates.
struct PosedBody
{
    Mat3 pelvisFrame;
    Vec3 pelvis;                                ///< the root, between the hip joints
    std::array<PlacedSegment, kJointCount> seg; ///< indexed by the driving Joint
    Vec3 headCentre;

    const PlacedSegment &operator[](Joint j) const { return seg[static_cast<std::size_t>(j)]; }
};

/// Forward kinematics: places every segment from the pelvis outwards. Does not apply
/// grounding (FigureScene does, because it knows the drawn thickness of each part).
PosedBody solveBody(const Pose &pose);

/// The pose's out-of-range angles as "joint.flex" style names; empty when plausible.
QStringList implausibleAngles(const Pose &pose);

} // namespace limber::figure

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figure/FigureModel.h"

#include <QList>

#include <array>

namespace limber::figure {

/// The solid shapes of the drawn figure in the world, shared by the scene that draws
/// them and the checks that keep them out of the floor, the walls and the props.

/// A cross-section of the trunk: an ellipse `halfWidth` to each side and `halfDepth`
/// to front and back, centred `forward` in front of the spine (the spine runs near
/// the back, the belly and chest are in front of it).
struct Station
{
    Vec3 spine;
    Mat3 frame;
    double halfWidth;
    double halfDepth;
    double forward;

    Vec3 centre() const { return spine + frame.axis(2) * forward; }
    Vec3 lateral() const { return frame.axis(0) * halfWidth; }
    Vec3 front() const { return frame.axis(2) * halfDepth; }
};

/// Stations from this index up belong to the thoracic spine.
constexpr int kThoracicFrom = 2;
constexpr double kPelvisRadius = 11.5;
constexpr double kNoseRadius = 2.6;
constexpr int kEllipseSteps = 20;

/// The trunk from the pelvis to the neck; `breath` (0–1) fills the belly and widens
/// the lower ribs.
std::array<Station, 7> trunkStations(const PosedBody &body, double breath);

/// The seat of the pelvis: a round mass behind and below the hip joints.
Vec3 pelvisBall(const PosedBody &body);
/// A bump on the head where the nose is, so the face's direction reads.
Vec3 nose(const PosedBody &body);

/// A tapered capsule: the hull of a sphere of radius ra at a and one of rb at b.
struct Capsule
{
    Vec3 a;
    double ra;
    Vec3 b;
    double rb;
};

/// The limbs as tapered capsules: left arm, right arm, left leg, right leg, each
/// from its root outwards (upper arm, forearm, hand; thigh, shin, foot).
std::array<QList<Capsule>, 4> limbCapsules(const PosedBody &body);

/// The lowest drawn point of the body (its y).
double lowestPoint(const PosedBody &body, double breath);

} // namespace limber::figure

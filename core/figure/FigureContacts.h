// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/figure/FigureMath.h"
#include "core/figure/PoseLibrary.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace limber::figure {

/// Where the figure touches its world: the parts a pose rests on a support (the
/// floor, a chair, a roller, a ball, a wall), and the solids no part may pass
/// through. The checks a physiotherapist would make on a drawing, as geometry.

/// A solid of the scene as a signed distance: negative inside, positive outside,
/// in centimetres.
struct Solid
{
    QString name; ///< "floor", "wall", "chair", "roller", "ball"
    PropKind kind = PropKind::Floor;
    Vec3 a; ///< floor: unused; wall: a point on it; roller/ball: centre (line start)
    Vec3 b; ///< wall: normal into the room; roller: axis end; chair: (0, seat, 0); cushion: half
            ///< size
    double radius = 0;
    double yaw = 0; ///< chair: its turn

    double distance(Vec3 p) const;
};

/// The floor and every solid prop the body could touch (mats count as floor; bands,
/// dumbbells and door frames are not obstacles).
QList<Solid> solidsOf(const QList<Prop> &props);

/// What is wrong with one pose of a figure, in words naming the part and the solid:
/// a part more than `tolerance` into a solid, a resting part more than `tolerance`
/// off every support, a head left hanging while the person lies on their back (it
/// must rest on something or in both hands).
/// `moving`: the pose is on the way between key poses, when the neck may hold the head
/// for a moment (lowering down onto the back, for instance).
QStringList contactProblems(const ExerciseFigure &figure, const Pose &pose, bool moving = false,
                            double tolerance = 2.5);

/// Where a resting part touches down: the middle of the patch of it within 2 cm of the
/// nearest support (a flat foot's middle, not whichever of heel or toes is a hair
/// lower), for planting and for checks that a hand or foot does not slide.
std::optional<Vec3> restingPoint(const ExerciseFigure &figure, const Pose &pose, RestingPart part);

/// How far the part is from the nearest support: its gap, or minus how deep it is in.
double restingGap(const ExerciseFigure &figure, const Pose &pose, RestingPart part);

/// Moves the pose along the floor so that the pelvis, foot, hand, knee or forearm it
/// rests on in common with `first` (the first of these that it shares) is where it is
/// in `first`: what bears weight does not slide.
void plantLike(const QList<Prop> &props, const Pose &first, Pose &pose);

/// plantLike() with where `first` rests worked out once, for an animation that plants
/// every frame.
class Planting
{
public:
    Planting(const QList<Prop> &props, const Pose &first);
    void plant(Pose &pose) const;

private:
    ExerciseFigure m_scene; ///< only its props
    QList<std::pair<RestingPart, Vec3>> m_homes;
};
/// Plants every later key pose of the figure like its first.
void plantRestingParts(ExerciseFigure &figure);

} // namespace limber::figure

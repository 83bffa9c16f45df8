// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ExerciseCatalogue.h"
#include "core/figure/FigureModel.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace limber::figure {

/// Where the illustration is seen from: yaw 0 shows the figure's right side with it
/// facing right, yaw 90 shows its front; pitch raises the camera to look down.
struct Camera
{
    double yaw = 0;
    double pitch = 0;
    friend bool operator==(const Camera &, const Camera &) = default;
};

enum class PropKind
{
    Floor,    ///< a line along the floor
    Mat,      ///< an exercise mat on the floor
    Wall,     ///< a wall across the room at `at.z` (or along it at `at.x` with yaw 90)
    Chair,    ///< a chair whose seat top is `size` high, at `at`, facing its yaw
    Roller,   ///< a foam roller lying across the room (along x) at `at`
    Ball,     ///< a tennis ball at `at`
    Dumbbell, ///< a dumbbell in the given hand
    Band,     ///< an exercise band from the anchor to both hands
    Door,     ///< a door frame at `at` (for a band anchored high up)
    Cushion,  ///< a small cushion or folded towel on the floor at `at`, `size` high
};

struct Prop
{
    PropKind kind = PropKind::Floor;
    Vec3 at;                   ///< position on or above the floor, centimetres
    double yaw = 0;            ///< turns the prop about the vertical, degrees
    double length = 0;         ///< mat length, roller length, door width; 0 = the default
    double size = 0;           ///< mat width, chair seat height; 0 = the default
    bool leftHand = true;      ///< dumbbell: which hand holds it
    bool anchorAtFeet = false; ///< band: wrapped around the feet instead of `at`
    friend bool operator==(const Prop &, const Prop &) = default;
};

/// A second, small picture beside the main one, for what the main view hides: the
/// tennis balls either side of the spine, seen from behind.
struct FigureInset
{
    Camera camera;
    QRectF frame; ///< as ExerciseFigure::frame; parts outside it are cut off
    QList<Prop> props;
    Pose pose;
};

/// Everything needed to illustrate one exercise: the camera, the visible part of
/// the scene, the props and the key poses in the order they are passed through.
struct ExerciseFigure
{
    QString exerciseId;
    Camera camera;
    /// The scene rectangle the picture shows, in centimetres as seen by the camera
    /// (x to the right, y up, the floor at y = 0 when the camera is level); 4:3.
    QRectF frame;
    QList<Prop> props;
    QList<Pose> poses;
    /// Indices into poses where the figure holds (the exercise's hold seconds); by
    /// default the last pose.
    QList<int> holdAt;
    std::optional<FigureInset> inset;
};

/// The key poses of the built-in exercises (assets/poses.json, compiled in), read and
/// validated strictly: an unknown key, joint, prop or pose name, a joint angle outside
/// jointLimits(), a pose copying one that does not come before it — each is an error
/// naming the file, the exercise and the field, and the exercise is left out.
class PoseLibrary
{
public:
    static constexpr int kFormat = 1;
    static constexpr qsizetype kMaxPoses = 4;
    static constexpr qsizetype kMaxProps = 8;

    struct Parsed
    {
        QList<ExerciseFigure> figures;
        QList<CatalogueError> errors;
    };
    static Parsed parse(const QByteArray &json, const QString &fileName);

    /// The compiled-in library, loaded once; problems are logged.
    static const PoseLibrary &builtIn();
    bool load(const QString &path, const QString &displayName);

    const QList<ExerciseFigure> &figures() const { return m_figures; }
    const ExerciseFigure *find(const QString &exerciseId) const;
    const QList<CatalogueError> &errors() const { return m_errors; }

    /// Problems between the library and a catalogue: an exercise without key poses,
    /// poses for an exercise the catalogue does not have, equipment the exercise
    /// needs that no prop shows.
    QList<CatalogueError> crossCheck(const ExerciseCatalogue &catalogue,
                                     const QString &fileName) const;

private:
    QList<ExerciseFigure> m_figures;
    QList<CatalogueError> m_errors;
};

} // namespace limber::figure

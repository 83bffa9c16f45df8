// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace limber {

/// Body position an exercise is done in. Desk mode allows standing and seated only.
enum class Position
{
    Standing,
    Seated,
    Floor,
    Quadruped,
    SideLying,
    Prone,
    Supine
};

/// Direction of movement (or kind of work) for the thoracic spine; the planner mixes them.
enum class Direction
{
    Extension,
    Flexion,
    Rotation,
    SideBend,
    Breathing,
    Strength,
    Release
};

/// Equipment a person may own; a bit set so "owned" and "needs" compare cheaply.
enum class Equipment : std::uint8_t
{
    FoamRoller = 1 << 0,
    Towel = 1 << 1,
    Wall = 1 << 2,
    TennisBalls = 1 << 3,
    ExerciseBand = 1 << 4,
    Dumbbells = 1 << 5,
    YogaMat = 1 << 6,
};
using EquipmentSet = std::uint8_t;

constexpr EquipmentSet bit(Equipment e)
{
    return static_cast<EquipmentSet>(e);
}

/// A closed range of whole numbers, e.g. "10 to 15 reps".
struct IntRange
{
    int min = 0;
    int max = 0;
    bool isEmpty() const { return max <= 0; }
    friend bool operator==(const IntRange &, const IntRange &) = default;
};

/// How much of an exercise to do, as the source describes it. A rep-based exercise
/// has reps and a tempo; a hold has holdSeconds; a held rep (superman) has both.
struct Dosage
{
    IntRange reps;        ///< repetitions per side per set; empty for pure holds
    IntRange holdSeconds; ///< seconds held each rep (or the whole hold)
    IntRange sets{1, 1};
    bool perSide = false;  ///< done once for each side (left and right)
    int secondsPerRep = 0; ///< movement time of one rep, not counting the hold
    QString text;          ///< the dosage in words, as shown to the person

    int sides() const { return perSide ? 2 : 1; }
    /// Seconds for the given choice of reps (1 for holds), hold and sets.
    int secondsFor(int repCount, int hold, int setCount) const;
    int minimumSeconds() const;
    int maximumSeconds() const;
    friend bool operator==(const Dosage &, const Dosage &) = default;
};

/// One requirement: any one of the alternatives will do ("foam roller or towel").
struct EquipmentNeed
{
    EquipmentSet anyOf = 0;
    friend bool operator==(const EquipmentNeed &, const EquipmentNeed &) = default;
};

struct Exercise
{
    QString id;
    QString name;
    QString summary;
    QStringList steps;
    Position position = Position::Standing;
    QList<EquipmentNeed> equipment;
    QList<Direction> directions;
    bool deskFriendly = false;
    Dosage dosage;
    QString dosageNote; ///< says when the dosage is Limber's choice, not the source's
    QStringList cautions;
    QStringList sources; ///< ids of entries in the catalogue's source list
    /// Set when the exercise is Limber's adaptation of a source's exercise (its id), e.g.
    /// the seated twist moved from the floor to a chair for a desk; empty when the
    /// exercise is the source's own.
    QString adaptedFrom;
    /// The exercise puts weight on the spine (a foam roller or tennis balls under the
    /// back): left out for a person who avoids that (osteoporosis, osteopenia).
    bool pressesOnSpine = false;

    bool hasDirection(Direction d) const { return directions.contains(d); }
    bool canBeDoneWith(EquipmentSet owned) const;
    friend bool operator==(const Exercise &, const Exercise &) = default;
};

// Names used in files, settings and the command line.
QString toString(Position p);
QString toString(Direction d);
QString toString(Equipment e);
std::optional<Position> positionFromString(const QString &s);
std::optional<Direction> directionFromString(const QString &s);
std::optional<Equipment> equipmentFromString(const QString &s);
/// All values, in declaration order.
QList<Equipment> allEquipment();
QList<Direction> allDirections();
QStringList equipmentNames(EquipmentSet set);

} // namespace limber

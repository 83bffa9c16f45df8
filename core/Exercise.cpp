// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Exercise.h"

#include "core/EnumNames.h"

namespace limber {

namespace {

constexpr NameTable<Position, 7> kPositions{{
    {Position::Standing, "standing"},
    {Position::Seated, "seated"},
    {Position::Floor, "floor"},
    {Position::Quadruped, "quadruped"},
    {Position::SideLying, "side-lying"},
    {Position::Prone, "prone"},
    {Position::Supine, "supine"},
}};

constexpr NameTable<Direction, 7> kDirections{{
    {Direction::Extension, "extension"},
    {Direction::Flexion, "flexion"},
    {Direction::Rotation, "rotation"},
    {Direction::SideBend, "side-bend"},
    {Direction::Breathing, "breathing"},
    {Direction::Strength, "strength"},
    {Direction::Release, "release"},
}};

constexpr NameTable<Equipment, 7> kEquipment{{
    {Equipment::FoamRoller, "foam_roller"},
    {Equipment::Towel, "towel"},
    {Equipment::Wall, "wall"},
    {Equipment::TennisBalls, "tennis_balls"},
    {Equipment::ExerciseBand, "exercise_band"},
    {Equipment::Dumbbells, "dumbbells"},
    {Equipment::YogaMat, "yoga_mat"},
}};

} // namespace

int Dosage::secondsFor(int repCount, int hold, int setCount) const
{
    const int perRep = secondsPerRep + hold;
    return setCount * sides() * (reps.isEmpty() ? 1 : repCount) * perRep;
}

int Dosage::minimumSeconds() const
{
    return secondsFor(reps.min, holdSeconds.min, sets.min);
}

int Dosage::maximumSeconds() const
{
    return secondsFor(reps.max, holdSeconds.max, sets.max);
}

bool Exercise::canBeDoneWith(EquipmentSet owned) const
{
    for (const EquipmentNeed &need : equipment)
        if ((need.anyOf & owned) == 0)
            return false;
    return true;
}

QString toString(Position p)
{
    return nameOf(kPositions, p);
}

QString toString(Direction d)
{
    return nameOf(kDirections, d);
}

QString toString(Equipment e)
{
    return nameOf(kEquipment, e);
}

std::optional<Position> positionFromString(const QString &s)
{
    return valueOf(kPositions, s);
}

std::optional<Direction> directionFromString(const QString &s)
{
    return valueOf(kDirections, s);
}

std::optional<Equipment> equipmentFromString(const QString &s)
{
    return valueOf(kEquipment, s);
}

QList<Equipment> allEquipment()
{
    QList<Equipment> all;
    for (const auto &entry : kEquipment)
        all << entry.first;
    return all;
}

QList<Direction> allDirections()
{
    QList<Direction> all;
    for (const auto &entry : kDirections)
        all << entry.first;
    return all;
}

QStringList equipmentNames(EquipmentSet set)
{
    QStringList names;
    for (const auto &[e, name] : kEquipment)
        if (set & bit(e))
            names << QString::fromLatin1(name);
    return names;
}

} // namespace limber

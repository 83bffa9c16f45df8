// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Exercise.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

class ExerciseCatalogue;

/// One exercise of a routine with the dose chosen for this break.
struct PlannedExercise
{
    Exercise exercise;
    int reps = 0;        ///< per side per set; 1 for a pure hold
    int holdSeconds = 0; ///< per rep; 0 when the exercise has no hold
    int sets = 1;
    int seconds = 0; ///< time the exercise takes at this dose
};

struct Routine
{
    QList<PlannedExercise> exercises;
    int totalSeconds() const;
    /// "Cat-cow · Seated twist · Wall angels": what a reminder names.
    QString title() const;
};

struct PlanRequest
{
    Millis breakLength = std::chrono::seconds(120);
    bool atDesk = true;            ///< desk: standing and seated exercises only
    EquipmentSet equipment = 0;    ///< what the person has at hand
    QStringList recentExerciseIds; ///< of the last breaks, the most recent first
    quint32 seed = 0;
    bool avoidSpinePressure = false; ///< leave out exercises that press on the spine
    /// Never planned: the exercises the person left out (routine/excluded).
    QStringList excludedExerciseIds{};
};

/// The exercise at the smallest dose its range allows (one rep for a pure hold).
PlannedExercise atSmallestDose(const Exercise &exercise);

/// Whether an exercise can be part of a routine for a request, and each reason it
/// cannot: the one test the planner and the Exercises window share.
struct ExerciseFit
{
    bool excluded = false;        ///< the person left it out
    bool needsHome = false;       ///< not for a desk (floor, all fours, lying)
    bool needsEquipment = false;  ///< needs something not at hand
    bool pressesOnSpine = false;  ///< and the person avoids that
    bool longerThanBreak = false; ///< even its smallest dose is longer than the break
    /// The settings allow it (place, equipment, spine, break length), excluded or not.
    bool suitsSettings() const
    {
        return !needsHome && !needsEquipment && !pressesOnSpine && !longerThanBreak;
    }
    bool fits() const { return suitsSettings() && !excluded; }
};
ExerciseFit fitOf(const Exercise &exercise, const PlanRequest &request);

/// Composes a routine that fills the break: exercises the person can do where they
/// are with what they have, about one per 40 s (three in a two-minute break), dosed
/// within each exercise's range so the whole lasts the break length within
/// kTolerance. The first exercise is the one done least recently (never done first, in
/// an order the seed shuffles), so every exercise that fits comes up in turn; each next
/// one is the least recent that adds a movement of the mid-back (extension, rotation,
/// side bend) while one is missing, so a routine covers at least two of them and aims
/// for all three. The same request always gives the same routine.
class RoutinePlanner
{
public:
    static constexpr int kToleranceSeconds = 10;

    explicit RoutinePlanner(const ExerciseCatalogue &catalogue);

    /// nullopt when no exercise fits the request (e.g. none suits the desk with the
    /// equipment at hand, or the person excluded every one that does); `reason` then
    /// says why. An excluded exercise is never planned.
    std::optional<Routine> plan(const PlanRequest &request, QString *reason = nullptr) const;

private:
    /// The exercises that fit, from the least recently done.
    QList<const Exercise *> candidates(const PlanRequest &request) const;
    QString whyNothingFits(const PlanRequest &request) const;

    const ExerciseCatalogue &m_catalogue;
};

} // namespace limber

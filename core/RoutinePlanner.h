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
    QStringList recentExerciseIds; ///< from the last few breaks; avoided when possible
    quint32 seed = 0;
};

/// Composes a routine that fills the break: exercises the person can do where they
/// are with what they have, covering at least two movement directions when the
/// catalogue allows, avoiding recently done ones, and dosed within each exercise's
/// range so the whole lasts the break length within kTolerance. The same request
/// always gives the same routine.
class RoutinePlanner
{
public:
    static constexpr int kToleranceSeconds = 10;

    explicit RoutinePlanner(const ExerciseCatalogue &catalogue);

    /// nullopt when no exercise fits the request (e.g. none suits the desk with the
    /// equipment at hand); `reason` then says why.
    std::optional<Routine> plan(const PlanRequest &request, QString *reason = nullptr) const;

private:
    QList<const Exercise *> candidates(const PlanRequest &request, int target) const;

    const ExerciseCatalogue &m_catalogue;
};

} // namespace limber

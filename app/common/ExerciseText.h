// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/ExerciseCatalogue.h"
#include "core/RoutinePlanner.h"

#include <QString>

namespace limber::text {

/// "On all fours", "Seated": where the person is during an exercise.
QString position(Position p);
/// "Foam roller or towel · Wall", or "No equipment".
QString equipment(const Exercise &exercise);
/// Where an exercise comes from: "From “10 Exercises for a Healthy Mid-back”", or for
/// Limber's own adaptation "Limber's adaptation of “Seated twist”, from “…”". Empty
/// when the catalogue names no source (a person's own exercise).
QString source(const Exercise &exercise, const ExerciseCatalogue &catalogue);
/// The dose chosen for this break in words: "8 reps · hold 3 s · each side".
QString dose(const PlannedExercise &planned);
/// "1:05" for a countdown (whole seconds, rounded up so 0:00 means done).
QString clock(Millis d);
/// "1 minute 5 seconds", for screen readers and sentences.
QString spokenDuration(Millis d);
/// "1 min 5 s", short for sentences on screen.
QString shortDuration(Millis d);

} // namespace limber::text

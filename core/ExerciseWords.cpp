// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ExerciseWords.h"

namespace limber {

namespace {

template<typename T>
void setIfGiven(T &field, const T &given)
{
    if (!given.isEmpty())
        field = given;
}

template<typename T>
T firstGiven(const T &first, const T &second)
{
    return first.isEmpty() ? second : first;
}

template<typename T>
T ifUnchanged(const T &translation, const T &translatedFrom, const T &now)
{
    return translatedFrom == now ? translation : T{};
}

} // namespace

bool ExerciseWords::isEmpty() const
{
    return *this == ExerciseWords{};
}

ExerciseWords wordsOf(const Exercise &exercise)
{
    return {exercise.name,        exercise.summary,    exercise.steps,
            exercise.dosage.text, exercise.dosageNote, exercise.cautions};
}

void applyWords(Exercise &exercise, const ExerciseWords &words)
{
    setIfGiven(exercise.name, words.name);
    setIfGiven(exercise.summary, words.summary);
    setIfGiven(exercise.steps, words.steps);
    setIfGiven(exercise.dosage.text, words.dosageText);
    setIfGiven(exercise.dosageNote, words.dosageNote);
    setIfGiven(exercise.cautions, words.cautions);
}

ExerciseWords fieldByField(const ExerciseWords &first, const ExerciseWords &second)
{
    return {firstGiven(first.name, second.name),
            firstGiven(first.summary, second.summary),
            firstGiven(first.steps, second.steps),
            firstGiven(first.dosageText, second.dosageText),
            firstGiven(first.dosageNote, second.dosageNote),
            firstGiven(first.cautions, second.cautions)};
}

ExerciseWords stillTranslating(const ExerciseWords &translation,
                               const ExerciseWords &translatedFrom, const ExerciseWords &now)
{
    return {ifUnchanged(translation.name, translatedFrom.name, now.name),
            ifUnchanged(translation.summary, translatedFrom.summary, now.summary),
            ifUnchanged(translation.steps, translatedFrom.steps, now.steps),
            ifUnchanged(translation.dosageText, translatedFrom.dosageText, now.dosageText),
            ifUnchanged(translation.dosageNote, translatedFrom.dosageNote, now.dosageNote),
            ifUnchanged(translation.cautions, translatedFrom.cautions, now.cautions)};
}

} // namespace limber

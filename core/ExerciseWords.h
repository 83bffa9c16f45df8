// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exercise.h"

#include <QString>
#include <QStringList>

namespace limber {

/// The words of one exercise that a person reads, in one language: what a catalogue
/// translation carries for it. Ids, doses and figures are not words and stay shared. An
/// empty field is one the translation does not give: the English stays there.
struct ExerciseWords
{
    QString name;
    QString summary;
    QStringList steps;
    QString dosageText; ///< "dosage": {"text": …} in the files
    QString dosageNote;
    QStringList cautions;

    bool isEmpty() const;
    friend bool operator==(const ExerciseWords &, const ExerciseWords &) = default;
};

/// The words `exercise` has now (its English, as the catalogue file gives them).
ExerciseWords wordsOf(const Exercise &exercise);

/// Puts every field `words` gives over `exercise`; the others keep their English.
void applyWords(Exercise &exercise, const ExerciseWords &words);

/// The fields of `first`, and where it gives none, those of `second`.
ExerciseWords fieldByField(const ExerciseWords &first, const ExerciseWords &second);

/// The fields of `translation`, a translation of `translatedFrom`, whose English `now`
/// still has word for word: what still translates an exercise a person's own file
/// replaced, field by field.
ExerciseWords stillTranslating(const ExerciseWords &translation,
                               const ExerciseWords &translatedFrom, const ExerciseWords &now);

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ExerciseCatalogue.h"
#include "core/ExerciseWords.h"
#include "core/JsonFieldReader.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QMap>
#include <QString>

/// Translations of the exercise catalogue (docs/CATALOGUE.md, "Translations"). A
/// built-in one is a file per language, assets/translations/exercises_<language>.json,
/// giving the words of each exercise by id; a person's own file gives them inside each
/// exercise ("translations": {"de": {…}}). Both are checked as strictly as the
/// catalogue, and a wrong field is reported and left out: the English shows instead.
namespace limber::catalogue_translation {

struct Parsed
{
    QString language;                       ///< the file's "language"
    QMap<QString, ExerciseWords> exercises; ///< by exercise id, as the file gives them
    QList<CatalogueError> errors;
};

/// The language of the catalogue's words for an interface language: "de" for "de",
/// "de_AT", "de-AT" or "de_DE.UTF-8"; empty for English, "C", "" and anything that is no
/// language code (the catalogue's own words).
QString baseLanguage(const QString &language);

/// Whether `code` names a language a translation can be for: two or three lower-case
/// letters ("de", "fr"), not English.
bool isLanguageCode(const QString &code);

/// The name of the built-in translation into `language`: "exercises_de.json".
QString fileName(const QString &language);

/// Parses and validates a translation file. Its ids and lists are matched to the
/// catalogue by the catalogue itself (fit()).
Parsed parse(const QByteArray &json, const QString &fileName);

/// The words of one exercise in `object`; each wrong field is reported through `r` and
/// left empty (not translated).
ExerciseWords readWords(const QJsonObject &object, JsonFieldReader &r);

/// What of `words` can stand for the words of `english`: a list only with as many
/// entries as the English one (each step translates one step), a dosage note only
/// where the English has one. Each mismatch is reported through `r` and left out.
ExerciseWords fit(const ExerciseWords &words, const Exercise &english, JsonFieldReader &r);

/// A person's exercise's "translations" (`value`), by language, each fitted to the
/// exercise when it is valid (`english`). Problems are reported through `r`; they
/// leave the exercise itself valid.
QHash<QString, ExerciseWords> readInline(const QJsonValue &value, const Exercise *english,
                                         JsonFieldReader &r);

} // namespace limber::catalogue_translation

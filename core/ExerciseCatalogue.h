// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exercise.h"
#include "core/ExerciseWords.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace limber {

/// One problem found in a catalogue file, precise enough to fix it by hand.
struct CatalogueError
{
    QString file;
    QString exerciseId; ///< empty when the problem is not inside one exercise
    QString field;      ///< e.g. "dosage.reps"; empty for file-level problems
    QString message;
    QString toString() const;
};

/// Where catalogue content comes from (one of the articles the exercises are based on).
struct CatalogueSource
{
    QString id;
    QString title;
    QString author;
};

/// The exercises Limber can offer: the built-in catalogue (assets/exercises.json,
/// compiled in) plus an optional user file whose entries add new exercises or
/// replace built-in ones with the same id. An invalid user entry is skipped and
/// reported; it never hides the built-in catalogue.
///
/// The exercises' words come in the language chosen with setLanguage(): from the
/// built-in translation (assets/translations/exercises_<language>.json, compiled in)
/// and the translations in the user file, field by field, with the English wherever a
/// translation gives no word (core/CatalogueTranslation.h).
class ExerciseCatalogue
{
public:
    /// The format this version reads; files name theirs in "format".
    static constexpr int kFormat = 1;
    static constexpr qint64 kMaxFileBytes = qint64{1024} * 1024;
    static constexpr qsizetype kMaxExercises = 500;

    struct Parsed
    {
        QList<Exercise> exercises;
        QList<CatalogueSource> sources;
        QList<CatalogueError> errors;
        /// The translations a (user's) file gives: exercise id → language → words.
        QHash<QString, QHash<QString, ExerciseWords>> translations;
    };
    /// Parses and validates one file. Invalid exercises are left out of `exercises`
    /// and each problem is listed. `requireSources` is set for the built-in file,
    /// whose every exercise must say where it comes from; `knownSourceIds` are
    /// sources an exercise may cite besides the file's own (the built-in ones).
    static Parsed parse(const QByteArray &json, const QString &fileName, bool requireSources,
                        const QStringList &knownSourceIds = {});

    /// The language of the exercises' words, set before loading: the interface's
    /// language as app/common/Translations picks it ("de"; "de_AT" reads "de"). Empty,
    /// "C" or English, or a language without a translation, keeps the English.
    void setLanguage(const QString &language);
    /// The language set ("de"), empty for English.
    const QString &language() const { return m_language; }

    /// Loads the built-in catalogue from the compiled-in resource, and its translation
    /// into language() when there is one.
    bool loadBuiltIn();
    /// Loads the built-in catalogue from a file (tests, tools), and its translation from
    /// translations/exercises_<language>.json beside it when that exists.
    bool loadBuiltIn(const QString &path);
    /// Merges a user file if it exists. Returns false when it exists and had errors.
    bool addUserFile(const QString &path);

    const QList<Exercise> &exercises() const { return m_exercises; }
    const QList<CatalogueSource> &sources() const { return m_sources; }
    const Exercise *find(const QString &id) const;
    const QList<CatalogueError> &errors() const { return m_errors; }

private:
    /// A built-in exercise's English words and their translation into language().
    struct BuiltInWords
    {
        ExerciseWords english;
        ExerciseWords translated;
    };

    bool loadBuiltInFrom(const QString &path, const QString &displayName);
    bool translateBuiltIn(const QString &path, const QString &displayName);
    /// Puts a user exercise's words into language(): its own translation, else the
    /// built-in one where the user kept the built-in English, else the English.
    void translateUserExercise(Exercise &exercise, const ExerciseWords &own) const;

    QString m_language;
    QHash<QString, BuiltInWords> m_builtInWords;
    QList<Exercise> m_exercises;
    QList<CatalogueSource> m_sources;
    QList<CatalogueError> m_errors;
};

} // namespace limber

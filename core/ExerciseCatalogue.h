// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exercise.h"

#include <QByteArray>
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
class ExerciseCatalogue
{
public:
    /// The format this version reads; files name theirs in "format".
    static constexpr int kFormat = 1;
    static constexpr qint64 kMaxFileBytes = qint64{1024} * 1024;

    struct Parsed
    {
        QList<Exercise> exercises;
        QList<CatalogueSource> sources;
        QList<CatalogueError> errors;
    };
    /// Parses and validates one file. Invalid exercises are left out of `exercises`
    /// and each problem is listed. `requireSources` is set for the built-in file,
    /// whose every exercise must say where it comes from; `knownSourceIds` are
    /// sources an exercise may cite besides the file's own (the built-in ones).
    static Parsed parse(const QByteArray &json, const QString &fileName, bool requireSources,
                        const QStringList &knownSourceIds = {});

    /// Loads the built-in catalogue from the compiled-in resource.
    bool loadBuiltIn();
    /// Loads the built-in catalogue from a file (tests, tools).
    bool loadBuiltIn(const QString &path);
    /// Merges a user file if it exists. Returns false when it exists and had errors.
    bool addUserFile(const QString &path);

    const QList<Exercise> &exercises() const { return m_exercises; }
    const QList<CatalogueSource> &sources() const { return m_sources; }
    const Exercise *find(const QString &id) const;
    const QList<CatalogueError> &errors() const { return m_errors; }

private:
    bool loadBuiltInFrom(const QString &path, const QString &displayName);

    QList<Exercise> m_exercises;
    QList<CatalogueSource> m_sources;
    QList<CatalogueError> m_errors;
};

} // namespace limber

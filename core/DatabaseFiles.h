// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Care of an SQLite database file on disk, together with its -wal, -shm and -journal
// companions: kept private to the user, and moved aside (never deleted) when damaged.

#include "core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber::dbfiles {

inline constexpr QFile::Permissions kPrivateFile = QFile::ReadOwner | QFile::WriteOwner;
inline constexpr QFile::Permissions kPrivateDir = kPrivateFile | QFile::ExeOwner;
inline constexpr const char *kSideFiles[] = {"-wal", "-shm", "-journal"};

/// Creates `dir` and any missing parents with mode 0700 (as XDG asks of data
/// directories); existing directories are left as they are.
inline bool makePrivateDirectory(const QString &dir, QString *error)
{
    QStringList missing;
    for (QString d = QDir::cleanPath(dir); !QFileInfo::exists(d);) {
        missing.prepend(d);
        const QString parent = QFileInfo(d).path();
        if (parent == d)
            break;
        d = parent;
    }
    for (const QString &d : std::as_const(missing)) {
        if (!QDir().mkdir(d, kPrivateDir)) {
            *error = QStringLiteral("cannot create the directory %1").arg(d);
            return false;
        }
    }
    return true;
}

/// Creates an empty file with mode 0600 unless `path` exists.
inline bool createPrivateFile(const QString &path, QString *error)
{
    // Created by us with 0600 before SQLite sees it: SQLite gives -wal and -shm the
    // mode of the database file, so none of them is ever readable by others.
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivateFile) || file.exists())
        return true;
    *error = QStringLiteral("cannot create %1: %2").arg(path, file.errorString());
    return false;
}

/// Gives the database and its -wal and -shm mode 0600 where they exist (for files
/// made before this rule, or copied in by the user); logs what it cannot change.
inline void restrictToOwner(const QString &path)
{
    const QStringList names{path, path + QLatin1String(kSideFiles[0]),
                            path + QLatin1String(kSideFiles[1])};
    for (const QString &name : names) {
        if (QFileInfo::exists(name) && !QFile::setPermissions(name, kPrivateFile))
            qCWarning(lcHistory, "cannot make %s private (0600)", qPrintable(name));
    }
}

/// Deletes the database and its companions where they exist: only for a file known
/// to hold nothing (an unfinished draft, or a history without a single table).
inline bool removeDatabase(const QString &path, QString *error)
{
    QStringList names{path};
    for (const char *suffix : kSideFiles)
        names << path + QLatin1String(suffix);
    for (const QString &name : std::as_const(names)) {
        if (QFileInfo::exists(name) && !QFile::remove(name)) {
            *error = QStringLiteral("cannot remove %1").arg(name);
            return false;
        }
    }
    return true;
}

/// Renames the database to "<path>.corrupt-YYYYMMDD-HHMMSS" (with "-2", "-3", ... when
/// taken), its companions alongside, and returns the new name.
inline std::optional<QString> moveDatabaseAside(const QString &path, const QDateTime &now,
                                                QString *error)
{
    const QString stem =
        path + QStringLiteral(".corrupt-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = stem;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QLatin1String("-wal"));
         ++n)
        target = stem + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, target)) {
        *error = QStringLiteral("cannot move the damaged %1 aside").arg(path);
        return std::nullopt;
    }
    // A stale -wal left beside a fresh database would be replayed into it, so failing
    // to move one stops us from creating the new database.
    for (const char *suffix : kSideFiles) {
        const QString from = path + QLatin1String(suffix);
        if (QFileInfo::exists(from) && !QFile::rename(from, target + QLatin1String(suffix))) {
            *error = QStringLiteral("moved the damaged %1 to %2 but cannot move %3 aside")
                         .arg(path, target, from);
            return std::nullopt;
        }
    }
    return target;
}

} // namespace limber::dbfiles

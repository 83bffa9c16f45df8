// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the catalogue tests: writing a test file, and finding or printing
// the catalogue's errors.

#include "core/ExerciseCatalogue.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << qPrintable(path);
    f.write(bytes);
}

/// Whether one of the errors is about this exercise ("" for the file) and field.
inline bool hasError(const QList<limber::CatalogueError> &errors, const char *id, const char *field)
{
    for (const limber::CatalogueError &e : errors)
        if (e.exerciseId == QLatin1String(id) && e.field == QLatin1String(field))
            return true;
    return false;
}

/// Every error on its own line, for a failure message.
inline QString allErrors(const QList<limber::CatalogueError> &errors)
{
    QStringList lines;
    for (const limber::CatalogueError &e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

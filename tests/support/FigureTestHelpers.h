// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the figure widget tests: the built-in exercises, and frames saved to
// $LIMBER_FIGURE_ARTIFACTS for a person to look at.

#include "core/ExerciseCatalogue.h"

#include <QDir>
#include <QImage>
#include <QString>

#include <gtest/gtest.h>

inline void saveArtifact(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("LIMBER_FIGURE_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    EXPECT_TRUE(image.save(QDir(dir).filePath(name)));
}

/// A fixture with the built-in catalogue loaded.
class BuiltInExercises : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(catalogue.loadBuiltIn()); }

    const limber::Exercise &exercise(const char *id)
    {
        const limber::Exercise *e = catalogue.find(QLatin1String(id));
        EXPECT_NE(e, nullptr) << id;
        return *e;
    }

    limber::ExerciseCatalogue catalogue;
};

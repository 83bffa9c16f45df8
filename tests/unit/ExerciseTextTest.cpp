// SPDX-License-Identifier: GPL-3.0-or-later
// What the break window says about an exercise: where it comes from.
#include "app/common/ExerciseText.h"
#include "core/ExerciseCatalogue.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

class ExerciseTextTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(catalogue.loadBuiltIn()); }
    QString sourceOf(const char *id) const
    {
        const Exercise *e = catalogue.find(QLatin1String(id));
        return e ? text::source(*e, catalogue) : u"(no such exercise)"_s;
    }
    ExerciseCatalogue catalogue;
};

TEST_F(ExerciseTextTest, AnExerciseNamesItsArticles)
{
    EXPECT_EQ(sourceOf("wall-angels"), u"From “4 Exercises to Maximize your Mid-Back Mobility!”"_s);
    // Three articles, listed as the locale lists things ("A, B and C" in English).
    const QString three = sourceOf("cat-cow");
    EXPECT_TRUE(three.startsWith(u"From “4 Exercises"_s)) << qPrintable(three);
    EXPECT_TRUE(three.contains(u"“10 Exercises for a Healthy Mid-back”"_s)) << qPrintable(three);
    EXPECT_TRUE(three.endsWith(u"“What Is Mid-Back Mobility — and Why It Matters”"_s))
        << qPrintable(three);
}

TEST_F(ExerciseTextTest, AnAdaptationSaysItIsLimbersAndOfWhichExercise)
{
    EXPECT_EQ(
        sourceOf("seated-chair-rotation"),
        u"Limber's adaptation of “Seated twist”, from “10 Exercises for a Healthy Mid-back”"_s);
}

TEST_F(ExerciseTextTest, APersonsOwnExerciseWithoutASourceSaysNothing)
{
    Exercise own;
    own.id = u"my-stretch"_s;
    own.name = u"My stretch"_s;
    EXPECT_EQ(text::source(own, catalogue), QString());
    own.adaptedFrom = u"seated-twist"_s;
    EXPECT_EQ(text::source(own, catalogue), u"Limber's adaptation of “Seated twist”"_s);
}

} // namespace

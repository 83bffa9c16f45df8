// SPDX-License-Identifier: GPL-3.0-or-later
// The Exercises window on the offscreen platform: every exercise of the catalogue in
// the list, the chosen one's dose, cautions, steps and source, and "Include in my
// breaks" saved at once into routine/excluded, after which the planner never picks
// it. A screenshot (with the animated figure) goes to $LIMBER_EXERCISES_ARTIFACTS.
#include "app/exercises/ExercisesWindow.h"
#include "app/common/ExerciseText.h"
#include "app/common/IllustrationFrame.h"
#include "app/common/NotePanel.h"
#include "app/common/StepList.h"
#include "app/common/Translations.h"
#include "app/exercises/ExerciseDetails.h"
#include "app/exercises/ExerciseListDelegate.h"
#include "app/figure/ExerciseFigureView.h"
#include "core/ExerciseCatalogue.h"
#include "core/Settings.h"
#include "tests/support/TempDir.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

class ExercisesWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(catalogue.loadBuiltIn());
        settings.load();
        window = new ExercisesWindow(catalogue, settings);
    }
    void TearDown() override { delete window; }

    QListWidgetItem *item(const QString &id) const
    {
        for (int row = 0; row < window->list()->count(); ++row)
            if (window->list()->item(row)->data(ExerciseListDelegate::kIdRole) == id)
                return window->list()->item(row);
        return nullptr;
    }

    /// The planner's choices over many breaks with these settings.
    QSet<QString> plannedIds(int breaks) const
    {
        RoutinePlanner planner(catalogue);
        QSet<QString> ids;
        PlanRequest request = settings.planRequest();
        for (int seed = 0; seed < breaks; ++seed) {
            request.seed = static_cast<quint32>(seed);
            for (const PlannedExercise &p : planner.plan(request).value_or(Routine{}).exercises)
                ids.insert(p.exercise.id);
        }
        return ids;
    }

    test::TempDir dir;
    QString path = dir.file(u"config/limber.conf"_s);
    ExerciseCatalogue catalogue;
    Settings settings{path};
    ExercisesWindow *window = nullptr;
};

TEST_F(ExercisesWindowTest, ListsEveryExerciseOfTheCatalogueIncludedByDefault)
{
    QListWidget *list = window->list();
    ASSERT_EQ(list->count(), catalogue.exercises().size());
    for (int row = 0; row < list->count(); ++row) {
        const Exercise &e = catalogue.exercises().at(row);
        EXPECT_EQ(list->item(row)->text(), e.name);
        EXPECT_EQ(list->item(row)->checkState(), Qt::Checked) << qPrintable(e.id);
    }
    EXPECT_EQ(window->windowTitle(), u"Exercises"_s);
    EXPECT_FALSE(list->accessibleName().isEmpty());
    EXPECT_FALSE(window->details()->includeBox()->text().isEmpty());
    window->show();
    EXPECT_EQ(window->focusWidget(), list) << "the list has the keyboard first";
    EXPECT_FALSE(window->nothingFitsNote()->isVisible());
}

TEST_F(ExercisesWindowTest, TheChosenExerciseShowsItsDoseCautionsStepsAndSource)
{
    const Exercise *angels = catalogue.find(u"wall-angels"_s);
    ASSERT_NE(angels, nullptr);
    ASSERT_TRUE(window->selectExercise(angels->id));
    window->show();
    const ExerciseDetails *details = window->details();
    EXPECT_EQ(details->nameLabel()->text(), angels->name);
    EXPECT_TRUE(details->doseLabel()->text().startsWith(angels->dosage.text))
        << qPrintable(details->doseLabel()->text());
    EXPECT_TRUE(details->doseLabel()->accessibleName().startsWith(u"Dose: "_s));
    EXPECT_EQ(details->cautions()->items(), angels->cautions);
    EXPECT_TRUE(details->cautions()->isVisible());
    EXPECT_EQ(details->steps()->items(), angels->steps);
    const QString source = text::source(*angels, catalogue);
    ASSERT_FALSE(source.isEmpty());
    EXPECT_EQ(details->sourceLabel()->text(), source);
    EXPECT_TRUE(details->includeBox()->isChecked());
    EXPECT_FALSE(details->fitLabel()->isVisible()) << "wall angels suit a desk with a wall";

    // A floor exercise says why a desk keeps it out.
    ASSERT_TRUE(window->selectExercise(u"cat-cow"_s));
    EXPECT_EQ(details->nameLabel()->text(), catalogue.find(u"cat-cow"_s)->name);
    EXPECT_TRUE(details->fitLabel()->isVisible());
    EXPECT_TRUE(details->fitLabel()->text().contains(u"Only at home"_s));
    EXPECT_EQ(item(u"cat-cow"_s)->data(ExerciseListDelegate::kNoteRole).toString(),
              u"Only at home"_s);
    EXPECT_FALSE(window->selectExercise(u"no-such-exercise"_s));
}

TEST_F(ExercisesWindowTest, UntickingIncludeSavesTheSettingAndThePlannerNeverPicksIt)
{
    const QString id = u"wall-angels"_s;
    ASSERT_TRUE(plannedIds(60).contains(id)) << "offered before";
    ASSERT_TRUE(window->selectExercise(id));
    window->details()->includeBox()->click();

    EXPECT_EQ(settings.excludedExercises(), QStringList{id});
    Settings onDisk(path);
    ASSERT_TRUE(onDisk.load());
    EXPECT_EQ(onDisk.excludedExercises(), QStringList{id}) << "saved at once";
    EXPECT_EQ(item(id)->checkState(), Qt::Unchecked);
    EXPECT_EQ(item(id)->data(ExerciseListDelegate::kNoteRole).toString(),
              u"Left out of your breaks"_s);
    EXPECT_TRUE(item(id)->data(Qt::AccessibleTextRole).toString().contains(u"Left out"_s));
    EXPECT_FALSE(plannedIds(300).contains(id));

    // Space in the list ticks it again, as in any check list.
    window->show();
    window->list()->setFocus();
    QTest::keyClick(window->list(), Qt::Key_Space);
    EXPECT_TRUE(settings.excludedExercises().isEmpty());
    EXPECT_TRUE(window->details()->includeBox()->isChecked());
    EXPECT_EQ(item(id)->checkState(), Qt::Checked);
}

TEST_F(ExercisesWindowTest, AChangeMadeElsewhereShowsAtOnce)
{
    ASSERT_TRUE(window->selectExercise(u"cat-cow"_s));
    ASSERT_TRUE(settings.setValue(SettingKey::Location, u"home"_s));
    EXPECT_TRUE(item(u"cat-cow"_s)->data(ExerciseListDelegate::kNoteRole).toString().isEmpty());
    EXPECT_FALSE(window->details()->fitLabel()->isVisibleTo(window));
    ASSERT_TRUE(settings.setExerciseIncluded(u"cat-cow"_s, false));
    EXPECT_FALSE(window->details()->includeBox()->isChecked());
}

TEST_F(ExercisesWindowTest, LeavingOutEverythingThatFitsSaysSo)
{
    const PlanRequest request = settings.planRequest();
    QStringList fitting;
    for (const Exercise &e : catalogue.exercises())
        if (fitOf(e, request).fits())
            fitting << e.id;
    ASSERT_FALSE(fitting.isEmpty());
    window->show();
    for (const QString &id : std::as_const(fitting)) {
        EXPECT_FALSE(window->nothingFitsNote()->isVisible());
        item(id)->setCheckState(Qt::Unchecked); // as a click on its box does
    }
    EXPECT_TRUE(window->nothingFitsNote()->isVisible());
    EXPECT_FALSE(window->nothingFitsNote()->accessibleName().isEmpty());
    EXPECT_TRUE(window->summaryLabel()->text().startsWith(u"0 of "_s));
    QString reason;
    EXPECT_FALSE(RoutinePlanner(catalogue).plan(settings.planRequest(), &reason).has_value());
    EXPECT_TRUE(reason.contains(u"excluded"_s)) << qPrintable(reason);
}

TEST_F(ExercisesWindowTest, ShowsTheAnimatedFigureAndLooksRightAtItsDefaultSize)
{
    window->setIllustrationFactory([](const PlannedExercise &planned, QWidget *parent) {
        return static_cast<QWidget *>(ExerciseFigureView::create(planned, false, parent));
    });
    ASSERT_TRUE(window->selectExercise(u"open-book"_s));
    ASSERT_TRUE(settings.setExerciseIncluded(u"standing-side-bend"_s, false));
    window->show();
    auto *figure = qobject_cast<ExerciseFigureView *>(window->details()->illustration()->content());
    ASSERT_NE(figure, nullptr);
    EXPECT_TRUE(figure->isAnimating());
    window->hide();
    EXPECT_FALSE(figure->isAnimating()) << "no timer while the window is hidden";
    window->show();
    const QString out = qEnvironmentVariable("LIMBER_EXERCISES_ARTIFACTS");
    if (!out.isEmpty()) {
        QDir().mkpath(out);
        QTest::qWait(50); // the layout settles as on screen
        figure->setAnimationSeconds(figure->cycleSeconds() / 2);
        EXPECT_TRUE(window->grab().save(out + u"/exercises.png"_s));
    }
}

// A German person reads the exercise in German around German buttons, the
// osteoporosis caution included. A screenshot goes beside the English one.
TEST(ExercisesWindowInGerman, ShowsTheGermanCatalogue)
{
    test::TempDir dir;
    Settings settings{dir.file(u"limber.conf"_s)};
    settings.load();
    ASSERT_EQ(installTranslations(QLocale(QLocale::German, QLocale::Austria)).language, u"de"_s);
    ExerciseCatalogue catalogue;
    catalogue.setLanguage(u"de"_s);
    ASSERT_TRUE(catalogue.loadBuiltIn());
    {
        ExercisesWindow window(catalogue, settings);
        ASSERT_TRUE(window.selectExercise(u"tennis-ball-release"_s));
        window.show();
        const ExerciseDetails *details = window.details();
        EXPECT_EQ(details->nameLabel()->text(), u"Lösen mit dem Tennisball"_s);
        EXPECT_TRUE(details->cautions()->items().join(u' ').contains(u"Osteoporose"_s));
        EXPECT_TRUE(details->steps()->items().first().startsWith(u"Leg dich auf den Rücken"_s));
        EXPECT_EQ(window.windowTitle(), u"Übungen"_s);
        const QString out = qEnvironmentVariable("LIMBER_EXERCISES_ARTIFACTS");
        if (!out.isEmpty()) {
            QDir().mkpath(out);
            QTest::qWait(50);
            EXPECT_TRUE(window.grab().save(out + u"/exercises-de.png"_s));
        }
    }
    removeTranslations();
}

} // namespace

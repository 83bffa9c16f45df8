// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog on the offscreen platform: one editor per row of the settings
// table with that row's kind and range, and a change made through the widgets is on
// disk at once and reads back the same in a fresh Settings.
#include "app/settings/SettingsDialog.h"
#include "app/settings/SettingEditor.h"
#include "app/settings/SettingsText.h"
#include "core/Settings.h"
#include "tests/support/TempDir.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        settings.load();
        dialog = new SettingsDialog(settings);
    }
    void TearDown() override { delete dialog; }

    template<typename W>
    W *widget(SettingKey key) const
    {
        SettingEditor *e = dialog->editor(key);
        return e ? qobject_cast<W *>(e->widget()) : nullptr;
    }

    QCheckBox *equipmentBox(const char *choice) const
    {
        for (QCheckBox *box :
             dialog->editor(SettingKey::Equipment)->widget()->findChildren<QCheckBox *>())
            if (box->property("choice").toString() == QLatin1String(choice))
                return box;
        return nullptr;
    }

    /// Types into a spin box as a person does: select all, type, press Enter.
    static void type(QAbstractSpinBox *box, const char *text)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(box, QLatin1String(text));
        QTest::keyClick(box, Qt::Key_Return);
    }

    limber::test::TempDir dir;
    QString path = dir.file(u"config/limber.conf"_s);
    Settings settings{path};
    SettingsDialog *dialog = nullptr;
};

TEST_F(SettingsDialogTest, EverySettingGetsAnEditorOfItsKindAndRange)
{
    for (const SettingSpec &spec : settingSpecs()) {
        SCOPED_TRACE(spec.name.data());
        SettingEditor *editor = dialog->editor(spec.key);
        ASSERT_NE(editor, nullptr);
        EXPECT_FALSE(SettingsText::ownLabel(spec.key).isEmpty()) << "no human label";
        EXPECT_FALSE(editor->focusWidget()->accessibleName().isEmpty());
        EXPECT_EQ(editor->value(), spec.defaultValue);
        switch (spec.kind) {
        case SettingKind::Integer: {
            auto *spin = widget<QSpinBox>(spec.key);
            ASSERT_NE(spin, nullptr);
            EXPECT_EQ(spin->minimum(), spec.min);
            EXPECT_EQ(spin->maximum(), spec.max);
            EXPECT_FALSE(spin->suffix().isEmpty());
            EXPECT_FALSE(spin->keyboardTracking());
            EXPECT_EQ(spin->toolTip(), SettingsText::description(spec));
            break;
        }
        case SettingKind::Boolean:
            EXPECT_NE(widget<QCheckBox>(spec.key), nullptr);
            break;
        case SettingKind::Choice: {
            auto *combo = widget<QComboBox>(spec.key);
            ASSERT_NE(combo, nullptr);
            ASSERT_EQ(combo->count(), spec.choices.size());
            for (int i = 0; i < combo->count(); ++i)
                EXPECT_EQ(combo->itemData(i).toString(), spec.choices.at(i));
            break;
        }
        case SettingKind::ChoiceSet:
            EXPECT_EQ(editor->widget()->findChildren<QCheckBox *>().size(), spec.choices.size());
            break;
        case SettingKind::TimeOfDay:
            EXPECT_NE(widget<QTimeEdit>(spec.key), nullptr);
            break;
        case SettingKind::IdList:
            EXPECT_NE(qobject_cast<QPushButton *>(editor->focusWidget()), nullptr);
            break;
        case SettingKind::Folder: // typed, or chosen with a button beside the field
            EXPECT_NE(qobject_cast<QLineEdit *>(editor->focusWidget()), nullptr);
            EXPECT_EQ(editor->widget()->findChildren<QPushButton *>().size(), 1);
            break;
        case SettingKind::Text:
            EXPECT_NE(widget<QLineEdit>(spec.key), nullptr);
            break;
        }
    }
}

TEST_F(SettingsDialogTest, OneSectionPerGroupInTheTablesOrder)
{
    auto *sections = dialog->findChild<QListWidget *>();
    ASSERT_NE(sections, nullptr);
    ASSERT_EQ(sections->count(), static_cast<int>(kSettingGroupCount));
    for (int row = 0; row < sections->count(); ++row)
        EXPECT_EQ(sections->item(row)->text(),
                  SettingsText::groupTitle(static_cast<SettingGroup>(row)));
    EXPECT_EQ(sections->item(2)->text(), u"Where I am & equipment"_s);
}

TEST_F(SettingsDialogTest, ChangesThroughTheWidgetsAreOnDiskAtOnceAndReadBack)
{
    QSignalSpy changed(&settings, &Settings::changed);
    type(widget<QSpinBox>(SettingKey::WorkInterval), "50");
    type(widget<QSpinBox>(SettingKey::BreakLength), "180");
    type(widget<QSpinBox>(SettingKey::DailyGoal), "6");
    widget<QCheckBox>(SettingKey::StartAtLogin)->click();
    widget<QCheckBox>(SettingKey::SoundCue)->click();
    widget<QComboBox>(SettingKey::Location)->setCurrentIndex(1);
    equipmentBox("foam_roller")->click();
    equipmentBox("wall")->click();
    widget<QCheckBox>(SettingKey::QuietHoursEnabled)->click();
    widget<QTimeEdit>(SettingKey::QuietHoursStart)->setTime(QTime(21, 30));
    EXPECT_EQ(changed.count(), 10);

    // On disk, in the file's own words.
    QSettings file(path, QSettings::IniFormat);
    EXPECT_EQ(file.value(u"schedule/work_interval"_s).toInt(), 50);
    EXPECT_EQ(file.value(u"routine/location"_s).toString(), u"home"_s);
    EXPECT_EQ(file.value(u"quiet_hours/start"_s).toString(), u"21:30"_s);

    Settings reread(path);
    ASSERT_TRUE(reread.load());
    EXPECT_TRUE(reread.warnings().isEmpty()) << qPrintable(reread.warnings().join(u'\n'));
    for (const SettingSpec &spec : settingSpecs()) {
        SCOPED_TRACE(spec.name.data());
        EXPECT_EQ(reread.value(spec.key), settings.value(spec.key));
        EXPECT_EQ(reread.value(spec.key), dialog->editor(spec.key)->value());
    }
    EXPECT_EQ(reread.workInterval(), std::chrono::minutes(50));
    EXPECT_EQ(reread.breakLength(), std::chrono::seconds(180));
    EXPECT_EQ(reread.dailyGoal(), 6);
    EXPECT_FALSE(reread.startAtLogin());
    EXPECT_TRUE(reread.soundCue());
    EXPECT_EQ(reread.location(), Location::Home);
    EXPECT_EQ(reread.equipment(), bit(Equipment::FoamRoller));
    EXPECT_TRUE(reread.quietHours().enabled);
    EXPECT_EQ(reread.quietHours().start, QTime(21, 30));
}

TEST_F(SettingsDialogTest, EnterInAShownDialogFinishesTheNumberAndPressesNoButton)
{
    dialog->show();
    QApplication::setActiveWindow(dialog);
    auto *spin = widget<QSpinBox>(SettingKey::WorkInterval);
    type(spin, "50"); // ends with Return, which the spin box passes on to the dialog
    EXPECT_TRUE(dialog->isVisible()) << "Enter must not close the dialog";
    EXPECT_EQ(settings.value(SettingKey::WorkInterval).toInt(), 50)
        << "Enter must not press Restore Defaults";
    for (const QPushButton *button : dialog->findChildren<QPushButton *>())
        EXPECT_FALSE(button->isDefault()) << qPrintable(button->text());
}

TEST_F(SettingsDialogTest, AHalfTypedNumberIsNotAppliedAndTooBigCannotBeTyped)
{
    QSignalSpy changed(&settings, &Settings::changed);
    auto *spin = widget<QSpinBox>(SettingKey::WorkInterval);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, u"12"_s);
    EXPECT_EQ(changed.count(), 0) << "12 of 120 must not reach the daemon";
    QTest::keyClicks(spin, u"09"_s);
    QTest::keyClick(spin, Qt::Key_Return);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(settings.value(SettingKey::WorkInterval).toInt(), 120);
    EXPECT_LE(spin->value(), spin->maximum());

    type(spin, "5"); // below the minimum: the box never takes it
    EXPECT_GE(settings.value(SettingKey::WorkInterval).toInt(),
              specFor(SettingKey::WorkInterval).min);
}

TEST_F(SettingsDialogTest, QuietHoursTimesFollowTheirSwitch)
{
    auto *start = widget<QTimeEdit>(SettingKey::QuietHoursStart);
    EXPECT_FALSE(start->isEnabled());
    widget<QCheckBox>(SettingKey::QuietHoursEnabled)->click();
    EXPECT_TRUE(start->isEnabled());
    EXPECT_TRUE(widget<QTimeEdit>(SettingKey::QuietHoursEnd)->isEnabled());
}

TEST_F(SettingsDialogTest, ShowsChangesMadeElsewhereAndRestoresDefaults)
{
    ASSERT_TRUE(settings.setValue(SettingKey::SnoozeLength, 20));
    EXPECT_EQ(widget<QSpinBox>(SettingKey::SnoozeLength)->value(), 20);
    ASSERT_TRUE(settings.setValue(SettingKey::ReducedMotion, true));
    EXPECT_TRUE(widget<QCheckBox>(SettingKey::ReducedMotion)->isChecked());

    auto *defaults =
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults);
    ASSERT_NE(defaults, nullptr);
    defaults->click();
    for (const SettingSpec &spec : settingSpecs())
        EXPECT_EQ(settings.value(spec.key), spec.defaultValue) << spec.name.data();
    EXPECT_EQ(widget<QSpinBox>(SettingKey::SnoozeLength)->value(), 10);
    Settings reread(path);
    reread.load();
    EXPECT_EQ(reread.value(SettingKey::SnoozeLength).toInt(), 10);
}

TEST_F(SettingsDialogTest, EachSectionShowsItsOwnSettings)
{
    auto *sections = dialog->findChild<QListWidget *>();
    dialog->show();
    for (int row = 0; row < sections->count(); ++row) {
        const auto group = static_cast<SettingGroup>(row);
        sections->setCurrentRow(row);
        for (const SettingSpec &spec : settingSpecs())
            EXPECT_EQ(dialog->editor(spec.key)->widget()->isVisible(), groupOf(spec.key) == group)
                << spec.name.data();
        const QString artifacts = qEnvironmentVariable("LIMBER_TEST_ARTIFACTS");
        if (!artifacts.isEmpty())
            dialog->grab().save(u"%1/settings-%2.png"_s.arg(artifacts).arg(row));
    }
}

TEST_F(SettingsDialogTest, TabGoesFromTheSectionsThroughThePageToTheButtons)
{
    auto *sections = dialog->findChild<QListWidget *>();
    dialog->show();
    sections->setCurrentRow(static_cast<int>(SettingGroup::Place));
    // What Tab reaches, in order, starting from the section list.
    QList<QWidget *> order;
    for (QWidget *w = sections->nextInFocusChain(); w != sections; w = w->nextInFocusChain())
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            order << w;
    ASSERT_GE(order.size(), 4);
    EXPECT_EQ(order[0], dialog->editor(SettingKey::Location)->focusWidget());
    EXPECT_EQ(order[1], dialog->editor(SettingKey::Equipment)->focusWidget());
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    EXPECT_EQ(order[order.size() - 2], buttons->button(QDialogButtonBox::RestoreDefaults));
    EXPECT_EQ(order.constLast(), buttons->button(QDialogButtonBox::Close));
}

TEST_F(SettingsDialogTest, TheExercisesLeftOutAreCountedAndChosenInTheirOwnWindow)
{
    SettingEditor *left = dialog->editor(SettingKey::ExcludedExercises);
    auto *choose = qobject_cast<QPushButton *>(left->focusWidget());
    ASSERT_NE(choose, nullptr);
    auto *count = left->widget()->findChild<QLabel *>();
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text(), u"None"_s);
    ASSERT_TRUE(settings.setExerciseIncluded(u"cat-cow"_s, false));
    ASSERT_TRUE(settings.setExerciseIncluded(u"open-book"_s, false));
    EXPECT_EQ(count->text(), u"2 left out"_s);
    QSignalSpy asked(dialog, &SettingsDialog::exercisesRequested);
    choose->click();
    EXPECT_EQ(asked.count(), 1);
    EXPECT_EQ(settings.excludedExercises(), (QStringList{u"cat-cow"_s, u"open-book"_s}))
        << "the button only asks for the window";
}

TEST(SettingsText, UnknownChoicesAndUnitsStayReadable)
{
    EXPECT_EQ(SettingsText::choice(u"foam_roller"_s), u"Foam roller"_s);
    EXPECT_EQ(SettingsText::choice(u"kettle_bell"_s), u"Kettle bell"_s);
    EXPECT_EQ(SettingsText::unitSuffix("breaks"_L1, 1), u" break"_s);
    EXPECT_EQ(SettingsText::unitSuffix("breaks"_L1, 4), u" breaks"_s);
    EXPECT_EQ(SettingsText::unitSuffix("min"_L1, 4), u" min"_s);
    EXPECT_EQ(SettingsText::unitSuffix("kg"_L1, 4), u" kg"_s);
}

} // namespace

// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exercises/ExercisesWindow.h"

#include "app/common/ExerciseText.h"
#include "app/common/NotePanel.h"
#include "app/common/TextLabel.h"
#include "app/exercises/ExerciseDetails.h"
#include "app/exercises/ExerciseListDelegate.h"
#include "core/ExerciseCatalogue.h"
#include "core/Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

ExercisesWindow::ExercisesWindow(const ExerciseCatalogue &catalogue, Settings &settings,
                                 QWidget *parent)
    : QDialog(parent)
    , m_catalogue(catalogue)
    , m_settings(settings)
{
    setWindowTitle(tr("Exercises")); // the platform adds " — Limber"
    setAttribute(Qt::WA_DeleteOnClose);
    const int line = fontMetrics().height();

    QLabel *title = textLabel(this, 1.35, QFont::Bold);
    title->setText(tr("Exercises"));
    m_summary = textLabel(this);
    m_summary->setWordWrap(false);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(title);
    titleRow->addWidget(m_summary, 1, Qt::AlignRight | Qt::AlignBottom);
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignBottom);

    m_nothingFits = new NotePanel(tr("No exercise for your breaks"), this);
    QLabel *why = textLabel(m_nothingFits);
    why->setText(tr("None of the exercises that suit your settings is included, so a break "
                    "would have nothing to offer. Tick one here, or change where you take "
                    "your breaks and your equipment in Settings."));
    m_nothingFits->body()->addWidget(why);
    m_nothingFits->setAccessibleName(m_nothingFits->heading()->text());
    m_nothingFits->setAccessibleDescription(why->text());
    m_nothingFits->setVisible(false);

    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Exercises"));
    m_list->setAccessibleDescription(
        tr("Every exercise Limber knows. Checked ones can be part of your breaks; Space "
           "ticks or unticks the selected one."));
    m_list->setItemDelegate(new ExerciseListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFixedWidth(line * 14);

    m_details = new ExerciseDetails(this);

    auto *body = new QHBoxLayout;
    body->setSpacing(line * 3 / 2);
    body->addWidget(m_list);
    body->addWidget(m_details, 1);

    m_problem = textLabel(this);
    m_problem->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return in the list must not close the window.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(line, line, line, line);
    layout->setSpacing(line * 2 / 3);
    layout->addLayout(titleRow);
    layout->addWidget(m_nothingFits);
    layout->addLayout(body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ExercisesWindow::showCurrent);
    // A screen reader selects a row (its "toggle" action) without making it current.
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_list->selectedItems();
        if (!selected.isEmpty() && selected.constFirst() != m_list->currentItem())
            m_list->setCurrentItem(selected.constFirst());
    });
    connect(m_list, &QListWidget::itemChanged, this, &ExercisesWindow::onItemChanged);
    connect(m_details, &ExerciseDetails::includeToggled, this, [this](bool included) {
        if (const QListWidgetItem *item = m_list->currentItem())
            setIncluded(item->data(ExerciseListDelegate::kIdRole).toString(), included);
    });
    connect(&m_settings, &Settings::changed, this, &ExercisesWindow::onSettingChanged);

    fillList();
    m_list->setCurrentRow(0);
    m_list->setFocus();

    QSize size = sizeHint().expandedTo(QSize(line * 64, line * 42));
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize() * 9 / 10);
    resize(size);
}

void ExercisesWindow::setIllustrationFactory(IllustrationFactory factory)
{
    m_details->setIllustrationFactory(std::move(factory));
}

bool ExercisesWindow::selectExercise(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(ExerciseListDelegate::kIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    return false;
}

void ExercisesWindow::fillList()
{
    m_filling = true;
    for (const Exercise &e : m_catalogue.exercises()) {
        auto *item = new QListWidgetItem(e.name, m_list);
        item->setData(ExerciseListDelegate::kIdRole, e.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    }
    m_filling = false;
    refresh();
}

void ExercisesWindow::refresh()
{
    const PlanRequest request = m_settings.planRequest();
    int offered = 0;
    m_filling = true;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const Exercise *e = m_catalogue.find(item->data(ExerciseListDelegate::kIdRole).toString());
        if (e == nullptr)
            continue;
        const ExerciseFit fit = fitOf(*e, request);
        offered += fit.fits() ? 1 : 0;
        const QString note =
            fit.excluded ? tr("Left out of your breaks") : ExerciseDetails::fitWords(fit);
        item->setCheckState(fit.excluded ? Qt::Unchecked : Qt::Checked);
        item->setData(ExerciseListDelegate::kNoteRole, note);
        item->setToolTip(note);
        // A screen reader hears the note with the name; the check box says the rest.
        item->setData(Qt::AccessibleTextRole,
                      note.isEmpty() ? e->name : tr("%1: %2").arg(e->name, note));
    }
    m_filling = false;
    m_summary->setText(offered == 1
                           ? tr("1 of %1 in your breaks").arg(m_list->count())
                           : tr("%1 of %2 in your breaks").arg(offered).arg(m_list->count()));
    m_nothingFits->setVisible(offered == 0 && m_list->count() > 0);
    if (const Exercise *e = current())
        m_details->showFit(fitOf(*e, request));
}

const Exercise *ExercisesWindow::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? m_catalogue.find(item->data(ExerciseListDelegate::kIdRole).toString()) : nullptr;
}

void ExercisesWindow::showCurrent()
{
    const Exercise *e = current();
    if (e == nullptr)
        return;
    m_details->showExercise(*e, text::source(*e, m_catalogue), fitOf(*e, m_settings.planRequest()));
}

void ExercisesWindow::onItemChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    setIncluded(item->data(ExerciseListDelegate::kIdRole).toString(),
                item->checkState() == Qt::Checked);
}

void ExercisesWindow::setIncluded(const QString &id, bool included)
{
    QString error;
    const bool ok = m_settings.setExerciseIncluded(id, included, &error);
    m_problem->setText(ok ? QString() : tr("Not saved: %1").arg(error));
    m_problem->setVisible(!ok);
    // A value that did not change emits nothing: show what holds either way.
    refresh();
}

void ExercisesWindow::onSettingChanged(SettingKey key)
{
    // What decides fit: the place, the equipment, the spine, the break's length and
    // the exclusions themselves (from this window or elsewhere).
    if (groupOf(key) == SettingGroup::Routine || groupOf(key) == SettingGroup::Place)
        refresh();
}

} // namespace limber

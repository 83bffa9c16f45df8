// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings/SettingsDialog.h"

#include "app/settings/SettingEditor.h"
#include "app/settings/SettingsText.h"
#include "core/Settings.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

std::size_t indexOf(SettingKey key)
{
    return static_cast<std::size_t>(key);
}

bool isSwitch(const SettingSpec &spec)
{
    return spec.kind == SettingKind::Boolean && spec.name.endsWith("/enabled"_L1);
}

bool hasSwitch(SettingGroup group)
{
    for (const SettingSpec &spec : settingSpecs())
        if (groupOf(spec.key) == group && isSwitch(spec))
            return true;
    return false;
}

QLabel *wrapped(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

/// Smaller text in the palette's placeholder colour, readable in light and dark themes.
QLabel *caption(const QString &text)
{
    QLabel *label = wrapped(text);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings")); // the platform adds " — Limber"
    setAttribute(Qt::WA_DeleteOnClose);

    m_sections = new QListWidget;
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setUniformItemSizes(true);
    m_sections->setFrameShape(QFrame::NoFrame);
    m_sections->setBackgroundRole(QPalette::Window);
    m_sections->setSpacing(2);
    m_pages = new QStackedWidget;
    for (std::size_t g = 0; g < kSettingGroupCount; ++g) {
        const auto group = static_cast<SettingGroup>(g);
        bool used = false;
        for (const SettingSpec &spec : settingSpecs())
            used = used || groupOf(spec.key) == group;
        if (!used)
            continue;
        auto *item = new QListWidgetItem(SettingsText::groupTitle(group), m_sections);
        item->setData(Qt::UserRole, static_cast<int>(g));
        item->setSizeHint(QSize(0, m_sections->fontMetrics().height() * 2));
        m_pages->addWidget(buildPage(group));
    }
    int widest = 0;
    for (int row = 0; row < m_sections->count(); ++row)
        widest = std::max(widest, fontMetrics().horizontalAdvance(m_sections->item(row)->text()));
    m_sections->setFixedWidth(widest + 5 * fontMetrics().averageCharWidth());
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_problem = wrapped(QString());
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->setVisible(false);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::RestoreDefaults | QDialogButtonBox::Close);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // No default button: Enter finishes a number in a spin box, it must not also press
    // Restore Defaults or Close. Esc still closes.
    for (QAbstractButton *button : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);

    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    body->addWidget(m_sections);
    auto *line = new QFrame;
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    body->addWidget(line);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    // Left to right, as they are seen (the box puts Close first).
    setTabOrder(buttons->button(QDialogButtonBox::RestoreDefaults),
                buttons->button(QDialogButtonBox::Close));

    connect(&m_settings, &Settings::changed, this, &SettingsDialog::refresh);
    for (const SettingSpec &spec : settingSpecs())
        refresh(spec.key);
    m_sections->setCurrentRow(0);
    if (SettingEditor *first = m_editors[0])
        first->focusWidget()->setFocus();
    resize(sizeHint().expandedTo(
        QSize(72 * fontMetrics().averageCharWidth(), 28 * fontMetrics().height())));
}

QWidget *SettingsDialog::buildPage(SettingGroup group)
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(18, 6, 12, 6);
    QLabel *title = wrapped(SettingsText::groupTitle(group));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    title->setAccessibleName(SettingsText::groupTitle(group));
    v->addWidget(title);
    v->addWidget(caption(SettingsText::groupIntro(group)));
    v->addSpacing(fontMetrics().height() / 2);

    // One row per setting, as in GNOME's and KDE's preferences: what it is (and a line
    // saying more) on the left, the control on the right.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(3 * fontMetrics().averageCharWidth());
    grid->setVerticalSpacing(fontMetrics().height());
    grid->setColumnStretch(0, 1);
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth) +
                       style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
    int row = 0;
    for (const SettingSpec &spec : settingSpecs()) {
        if (groupOf(spec.key) != group)
            continue;
        auto *editor = new SettingEditor(spec, this);
        m_editors[indexOf(spec.key)] = editor;
        connect(editor, &SettingEditor::edited, this, &SettingsDialog::apply);
        connect(editor, &SettingEditor::windowRequested, this, [this](SettingKey key) {
            if (key == SettingKey::ExcludedExercises)
                emit exercisesRequested();
        });
        const QString description = SettingsText::description(spec);
        const bool describe =
            description != SettingsText::label(spec) && spec.kind != SettingKind::TimeOfDay;
        auto *text = new QVBoxLayout;
        text->setSpacing(2);
        if (editor->hasOwnLabel()) {
            text->addWidget(editor->widget());
            if (describe) {
                QLabel *more = caption(description);
                more->setContentsMargins(indent, 0, 0, 0);
                text->addWidget(more);
            }
            grid->addLayout(text, row++, 0, 1, 2);
            continue;
        }
        auto *label = new QLabel(SettingsText::label(spec));
        label->setBuddy(editor->focusWidget());
        m_labels[indexOf(spec.key)] = label;
        text->addWidget(label);
        // What a group's switch turns on sits under it.
        if (hasSwitch(group))
            text->setContentsMargins(indent, 0, 0, 0);
        if (describe)
            text->addWidget(caption(description));
        if (spec.kind == SettingKind::ChoiceSet) {
            // A check list needs the width: under its label, indented.
            grid->addLayout(text, row++, 0, 1, 2);
            editor->widget()->setContentsMargins(indent, 0, 0, 0);
            grid->addWidget(editor->widget(), row++, 0, 1, 2);
        } else {
            grid->addLayout(text, row, 0);
            grid->addWidget(editor->widget(), row++, 1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    v->addLayout(grid);
    v->addStretch(1);
    return page;
}

SettingEditor *SettingsDialog::editor(SettingKey key) const
{
    return m_editors[indexOf(key)];
}

void SettingsDialog::showGroup(SettingGroup group)
{
    for (int row = 0; row < m_sections->count(); ++row)
        if (m_sections->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(group))
            m_sections->setCurrentRow(row);
}

void SettingsDialog::apply(SettingKey key, const QVariant &value)
{
    QString error;
    const bool ok = m_settings.setValue(key, value, &error);
    m_problem->setText(ok ? QString() : tr("Not saved: %1").arg(error));
    m_problem->setVisible(!ok);
    updateEnabled();
}

void SettingsDialog::refresh(SettingKey key)
{
    if (SettingEditor *e = editor(key))
        e->setValue(m_settings.value(key));
    updateEnabled();
}

void SettingsDialog::restoreDefaults()
{
    for (const SettingSpec &spec : settingSpecs())
        if (m_settings.value(spec.key) != spec.defaultValue)
            apply(spec.key, spec.defaultValue);
}

void SettingsDialog::updateEnabled()
{
    for (const SettingSpec &spec : settingSpecs()) {
        if (!isSwitch(spec))
            continue;
        const bool on = m_settings.value(spec.key).toBool();
        for (const SettingSpec &other : settingSpecs())
            if (other.key != spec.key && groupOf(other.key) == groupOf(spec.key))
                if (SettingEditor *e = editor(other.key)) {
                    e->widget()->setEnabled(on);
                    if (QLabel *label = m_labels[indexOf(other.key)])
                        label->setEnabled(on);
                }
    }
}

} // namespace limber

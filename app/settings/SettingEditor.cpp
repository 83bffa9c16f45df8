// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings/SettingEditor.h"

#include "app/settings/SettingsText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSysInfo>
#include <QTime>
#include <QTimeEdit>

#include <memory>

using namespace Qt::StringLiterals;

namespace limber {

namespace {
constexpr int kChecklistColumns = 2;

/// Seconds in a wide range step by ten; everything else by one.
int stepFor(const SettingSpec &spec)
{
    return spec.unit == "s"_L1 && spec.max - spec.min > 120 ? 10 : 1;
}
} // namespace

SettingEditor::SettingEditor(const SettingSpec &spec, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
{
    build();
    const QString label = SettingsText::label(spec);
    const QString description = SettingsText::description(spec);
    m_focus->setAccessibleName(label);
    if (description != label) {
        m_focus->setToolTip(description);
        m_focus->setAccessibleDescription(description);
    }
    m_widget->setObjectName(QString(spec.name).replace(u'/', u'.'));
    setValue(spec.defaultValue);
}

SettingEditor::~SettingEditor() = default;

void SettingEditor::build()
{
    switch (m_spec.kind) {
    case SettingKind::Integer: {
        auto *spin = new QSpinBox;
        spin->setRange(m_spec.min, m_spec.max);
        spin->setSingleStep(stepFor(m_spec));
        spin->setAccelerated(true);
        // Only a finished number counts: typing "120" must not pass through 1 and 12.
        spin->setKeyboardTracking(false);
        spin->setSuffix(SettingsText::unitSuffix(m_spec.unit, spin->value()));
        connect(spin, &QSpinBox::valueChanged, this, [this, spin](int value) {
            spin->setSuffix(SettingsText::unitSuffix(m_spec.unit, value));
            report();
        });
        m_read = [spin] { return QVariant(spin->value()); };
        m_write = [spin](const QVariant &v) { spin->setValue(v.toInt()); };
        m_widget = m_focus = spin;
        break;
    }
    case SettingKind::Boolean: {
        auto *box = new QCheckBox(SettingsText::label(m_spec));
        connect(box, &QCheckBox::toggled, this, &SettingEditor::report);
        m_read = [box] { return QVariant(box->isChecked()); };
        m_write = [box](const QVariant &v) { box->setChecked(v.toBool()); };
        m_widget = m_focus = box;
        break;
    }
    case SettingKind::Choice: {
        auto *combo = new QComboBox;
        for (const QString &choice : m_spec.choices)
            combo->addItem(SettingsText::choice(choice), choice);
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingEditor::report);
        m_read = [combo] { return combo->currentData(); };
        m_write = [combo](const QVariant &v) {
            combo->setCurrentIndex(std::max(0, combo->findData(v.toString())));
        };
        m_widget = m_focus = combo;
        break;
    }
    case SettingKind::ChoiceSet: {
        auto *list = new QWidget;
        auto *grid = new QGridLayout(list);
        grid->setContentsMargins(0, 0, 0, 0);
        QList<QCheckBox *> boxes;
        const auto rows = (m_spec.choices.size() + kChecklistColumns - 1) / kChecklistColumns;
        for (qsizetype i = 0; i < m_spec.choices.size(); ++i) {
            auto *box = new QCheckBox(SettingsText::choice(m_spec.choices.at(i)));
            box->setProperty("choice", m_spec.choices.at(i));
            // Down the first column, then the second: reading and Tab order agree.
            grid->addWidget(box, static_cast<int>(i % rows), static_cast<int>(i / rows));
            connect(box, &QCheckBox::toggled, this, &SettingEditor::report);
            boxes << box;
        }
        m_read = [boxes] {
            QStringList chosen;
            for (const QCheckBox *box : boxes)
                if (box->isChecked())
                    chosen << box->property("choice").toString();
            return QVariant(chosen);
        };
        m_write = [boxes](const QVariant &v) {
            const QStringList chosen = v.toStringList();
            for (QCheckBox *box : boxes)
                box->setChecked(chosen.contains(box->property("choice").toString()));
        };
        m_widget = list;
        m_focus = boxes.isEmpty() ? list : boxes.constFirst();
        list->setAccessibleName(SettingsText::label(m_spec));
        break;
    }
    case SettingKind::IdList:
        buildIdList();
        break;
    case SettingKind::Folder:
        buildFolder();
        break;
    case SettingKind::Text: {
        auto *edit = new QLineEdit;
        edit->setMaxLength(60);
        edit->setPlaceholderText(QSysInfo::machineHostName());
        // Applied when typing ends (Return or leaving the field), not at every letter.
        connect(edit, &QLineEdit::editingFinished, this, &SettingEditor::report);
        m_read = [edit] { return QVariant(edit->text()); };
        m_write = [edit](const QVariant &v) { edit->setText(v.toString()); };
        m_widget = m_focus = edit;
        break;
    }
    case SettingKind::TimeOfDay: {
        auto *edit = new QTimeEdit;
        // The locale's hours and minutes; some short formats still carry seconds.
        QString format = QLocale().timeFormat(QLocale::ShortFormat);
        format.remove(QRegularExpression(u"[:.]?s+"_s));
        edit->setDisplayFormat(format.trimmed());
        edit->setKeyboardTracking(false);
        connect(edit, &QTimeEdit::timeChanged, this, &SettingEditor::report);
        m_read = [edit] { return QVariant(edit->time()); };
        m_write = [edit](const QVariant &v) { edit->setTime(v.toTime()); };
        m_widget = m_focus = edit;
        break;
    }
    }
}

void SettingEditor::buildFolder()
{
    // A path typed or chosen; empty is off.
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(tr("Off"));
    edit->setClearButtonEnabled(true);
    auto *button = new QPushButton(tr("Choose…"));
    button->setAutoDefault(false);
    h->addWidget(edit, 1);
    h->addWidget(button);
    connect(edit, &QLineEdit::editingFinished, this, &SettingEditor::report);
    connect(button, &QPushButton::clicked, this, [this, edit] {
        const QString chosen = QFileDialog::getExistingDirectory(
            edit->window(), SettingsText::label(m_spec),
            edit->text().isEmpty() ? QDir::homePath() : edit->text());
        if (chosen.isEmpty())
            return;
        edit->setText(chosen);
        report();
    });
    m_read = [edit] { return QVariant(edit->text()); };
    m_write = [edit](const QVariant &v) { edit->setText(v.toString()); };
    m_widget = row;
    m_focus = edit;
}

void SettingEditor::buildIdList()
{
    // Chosen one by one in a window that shows what each id is (the Exercises window).
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *count = new QLabel;
    count->setForegroundRole(QPalette::PlaceholderText);
    auto *button = new QPushButton(tr("Choose…"));
    button->setAutoDefault(false);
    h->addWidget(count);
    h->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this] { emit windowRequested(m_spec.key); });
    auto held = std::make_shared<QStringList>();
    m_read = [held] { return QVariant(*held); };
    m_write = [held, count](const QVariant &v) {
        *held = v.toStringList();
        count->setText(held->isEmpty() ? tr("None") : tr("%1 left out").arg(held->size()));
    };
    m_widget = row;
    m_focus = button;
}

QVariant SettingEditor::value() const
{
    return m_read();
}

void SettingEditor::setValue(const QVariant &value)
{
    m_updating = true;
    m_write(value);
    m_updating = false;
}

void SettingEditor::report()
{
    if (!m_updating)
        emit edited(m_spec.key, m_read());
}

} // namespace limber

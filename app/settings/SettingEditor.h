// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SettingsSchema.h"

#include <QObject>
#include <QVariant>

#include <functional>

class QWidget;

namespace limber {

/// The widget for one setting, made from its row in the settings table: a spin box
/// with the range and unit for Integer, a check box for Boolean, a combo box for
/// Choice, a check list for ChoiceSet, a time edit for TimeOfDay; for IdList (the
/// exercises left out) a count and a button that asks for the window where they are
/// chosen. Each widget only admits valid values, so what it reports needs no further
/// checking.
class SettingEditor : public QObject
{
    Q_OBJECT
public:
    SettingEditor(const SettingSpec &spec, QObject *parent = nullptr);
    ~SettingEditor() override;

    const SettingSpec &spec() const { return m_spec; }
    /// The widget to place in a layout (which takes ownership of it).
    QWidget *widget() const { return m_widget; }
    /// The widget that takes focus and carries the label's buddy.
    QWidget *focusWidget() const { return m_focus; }
    /// A check box shows its label itself; others need one beside them.
    bool hasOwnLabel() const { return m_spec.kind == SettingKind::Boolean; }

    QVariant value() const;
    /// Shows `value` without reporting it as an edit.
    void setValue(const QVariant &value);

signals:
    /// The person changed the value (a spin box reports when the edit is done).
    void edited(limber::SettingKey key, const QVariant &value);
    /// The IdList's button was pressed: the value is edited in a window of its own.
    void windowRequested(limber::SettingKey key);

private:
    void build();
    void buildIdList();
    void buildFolder();
    void report();

    const SettingSpec &m_spec;
    QWidget *m_widget = nullptr;
    QWidget *m_focus = nullptr;
    std::function<QVariant()> m_read;
    std::function<void(const QVariant &)> m_write;
    bool m_updating = false;
};

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SettingsSchema.h"

#include <QDialog>

#include <array>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace limber {

class SettingEditor;
class Settings;

/// Preferences, built from the settings table: one page per SettingGroup, one editor
/// per key, so a new key appears without touching this class. Every change is stored
/// at once through Settings::setValue (the daemon follows Settings::changed); Close
/// only closes.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    void showGroup(SettingGroup group);
    /// The editor of `key` (tests drive its widget).
    SettingEditor *editor(SettingKey key) const;

signals:
    /// "Choose…" of the exercises left out: the daemon opens the Exercises window.
    void exercisesRequested();

private:
    QWidget *buildPage(SettingGroup group);
    void apply(SettingKey key, const QVariant &value);
    void refresh(SettingKey key);
    void restoreDefaults();
    /// A group's "…/enabled" check box switches its other settings on and off.
    void updateEnabled();

    Settings &m_settings;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_problem = nullptr;
    std::array<SettingEditor *, kSettingCount> m_editors{};
    std::array<QLabel *, kSettingCount> m_labels{};
};

} // namespace limber

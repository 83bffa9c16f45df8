// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/SettingsSchema.h"

#include <QCoreApplication>
#include <QString>

namespace limber {

/// The words a person reads in the settings dialog for the settings table: section
/// titles, a short label per key, choice names and unit suffixes, all translatable.
/// A key without a label of its own falls back to its description, so a new setting
/// still shows up, readable, before anyone words it.
class SettingsText
{
    Q_DECLARE_TR_FUNCTIONS(SettingsText)
public:
    static QString groupTitle(SettingGroup group);
    /// One sentence under the section title.
    static QString groupIntro(SettingGroup group);
    /// Empty when the key has no label of its own (see label()).
    static QString ownLabel(SettingKey key);
    static QString label(const SettingSpec &spec);
    /// The table's description, translated.
    static QString description(const SettingSpec &spec);
    /// "At a desk" for "desk", "Foam roller" for "foam_roller"; unknown words are
    /// made readable ("some_thing" → "Some thing").
    static QString choice(const QString &word);
    /// " min", " s", " breaks" / " break" as a spin box suffix for `value`.
    static QString unitSuffix(QLatin1String unit, int value);
};

} // namespace limber

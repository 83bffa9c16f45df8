// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QStringList>
#include <QVariant>

#include <cstddef>
#include <span>

namespace limber {

/// Every setting Limber has. The table in SettingsSchema.cpp declares each one once.
enum class SettingKey
{
    WorkInterval,
    BreakLength,
    SnoozeLength,
    ReminderRepeat,
    NaturalBreakThreshold,
    DailyGoal,
    Location,
    Equipment,
    StartAtLogin,
    QuietHoursEnabled,
    QuietHoursStart,
    QuietHoursEnd,
    SoundCue,
    ReducedMotion,
    CallCamera,
    CallMicrophone,
    CallScreenSharing,
    AvoidSpinePressure,
    ExcludedExercises,
    SyncFolder,
    SyncDeviceName,
    SafetyAcknowledged,
};
inline constexpr std::size_t kSettingCount =
    static_cast<std::size_t>(SettingKey::SafetyAcknowledged) + 1;

enum class SettingKind
{
    Integer, ///< whole number in [min, max] of `unit`
    Boolean,
    Choice,    ///< one word out of `choices`
    ChoiceSet, ///< any subset of `choices` (comma-separated in the file)
    TimeOfDay, ///< "HH:MM", 24-hour
    IdList,    ///< exercise ids (comma-separated in the file); the catalogue says which exist
    Folder,    ///< an absolute path to a folder, or empty (off)
    Text,      ///< one short line of text (at most 60 characters)
};

/// The sections a settings dialog shows, in this order. Not stored in the file.
enum class SettingGroup
{
    Schedule,
    Routine,
    Place, ///< where the breaks happen and the equipment at hand
    Notifications,
    Login,
    QuietHours,
    Accessibility,
    Privacy, ///< what Limber may look at to tell a call
    Sync,    ///< one history across the person's computers
};
inline constexpr std::size_t kSettingGroupCount = static_cast<std::size_t>(SettingGroup::Sync) + 1;

struct SettingSpec
{
    SettingKey key;
    QLatin1String name; ///< key in the INI file: "group/key"
    SettingKind kind;
    QVariant defaultValue;     ///< int, bool, QString, QStringList or QTime
    int min = 0;               ///< Integer only
    int max = 0;               ///< Integer only
    QLatin1String unit;        ///< "min", "s", "breaks", or empty
    QStringList choices;       ///< Choice and ChoiceSet only
    QLatin1String description; ///< one line for people (settings dialog, man page)
};

/// The whole table, in the order a settings dialog shows it.
std::span<const SettingSpec> settingSpecs();
const SettingSpec &specFor(SettingKey key);
/// The section `key` belongs to (a switch, so a new key cannot be left without one).
SettingGroup groupOf(SettingKey key);

/// Turns a raw value (as read from a file or given by a caller) into a valid value
/// for `spec`: numbers outside the range are clamped, anything unreadable becomes
/// the default. `problem` receives a sentence naming the key when the value had to
/// change, and stays empty otherwise.
QVariant normalisedValue(const SettingSpec &spec, const QVariant &raw, QString *problem);

/// The value as written to the INI file (QSettings keeps a QStringList as a list).
QVariant storedForm(const SettingSpec &spec, const QVariant &value);

} // namespace limber

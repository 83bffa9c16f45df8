// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Exercise.h"
#include "core/QuietHours.h"
#include "core/RoutinePlanner.h"
#include "core/SettingsSchema.h"

#include <QObject>
#include <QVariant>

#include <array>

namespace limber {

enum class Location
{
    Desk,
    Home
};

/// The user's settings, read from and written to an INI file (QSettings). Every
/// value is validated against the table in SettingsSchema: a bad value in the file is
/// replaced for this run by a safe one and reported in warnings() (also logged under
/// limber.core.settings); the file itself is only rewritten when a value is set.
class Settings : public QObject
{
    Q_OBJECT
public:
    explicit Settings(QString filePath, QObject *parent = nullptr);

    /// (Re)reads the file. Returns false, with a message in warnings(), when the file
    /// exists but cannot be read; all values are then defaults.
    bool load();
    const QStringList &warnings() const { return m_warnings; }
    QString filePath() const { return m_filePath; }

    QVariant value(SettingKey key) const;
    /// Validates `value`, stores the normalised form and writes the file. Returns false
    /// with a reason when the value was unusable or the file could not be written
    /// (the value still applies to this run).
    bool setValue(SettingKey key, const QVariant &value, QString *error = nullptr);

    Millis workInterval() const;
    Millis breakLength() const;
    Millis snoozeLength() const;
    Millis reminderRepeat() const;
    Millis naturalBreakThreshold() const;
    int dailyGoal() const;
    Location location() const;
    EquipmentSet equipment() const;
    bool startAtLogin() const;
    QuietHours quietHours() const;
    bool soundCue() const;
    /// The folder the journals are in (sync/folder); empty: sync is off.
    QString syncFolder() const;
    /// This computer's name for the others (sync/device_name); the host name when empty.
    QString syncDeviceName() const;
    bool reducedMotion() const;
    /// privacy/call_*: which devices in use may tell a call.
    bool callCamera() const { return value(SettingKey::CallCamera).toBool(); }
    bool callMicrophone() const { return value(SettingKey::CallMicrophone).toBool(); }
    bool callScreenSharing() const { return value(SettingKey::CallScreenSharing).toBool(); }
    bool avoidSpinePressure() const { return value(SettingKey::AvoidSpinePressure).toBool(); }
    /// safety/acknowledged: the person started a break from the first-run safety notes.
    bool safetyAcknowledged() const { return value(SettingKey::SafetyAcknowledged).toBool(); }
    /// routine/excluded: the ids of the exercises the person left out of their breaks.
    QStringList excludedExercises() const
    {
        return value(SettingKey::ExcludedExercises).toStringList();
    }
    /// Includes `id` in the breaks again, or leaves it out; saved at once (setValue).
    bool setExerciseIncluded(const QString &id, bool included, QString *error = nullptr);
    /// What these settings ask of a routine: the break length, the place, the equipment,
    /// the spine and the exclusions. The caller adds the recent exercises and a seed.
    PlanRequest planRequest() const;
    /// Warns (warnings(), the log) about excluded ids that `catalogue` does not have.
    /// They are kept: a user's own catalogue file may only be missing for a while.
    void checkExcludedExercises(const ExerciseCatalogue &catalogue);

signals:
    void changed(limber::SettingKey key);

private:
    int intValue(SettingKey key) const;
    void warn(const QString &message);
    /// Renames an unreadable, malformed or huge file aside before the first write.
    bool keepUnusableFileAside();

    QString m_filePath;
    std::array<QVariant, kSettingCount> m_values;
    QStringList m_warnings;
    bool m_fileUnusable = false; ///< the file exists but could not be used as a whole
};

} // namespace limber

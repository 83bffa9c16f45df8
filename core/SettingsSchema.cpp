// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SettingsSchema.h"

#include "core/Exercise.h"

#include <QTime>

#include <array>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QStringList allEquipmentNames()
{
    QStringList names;
    for (Equipment e : allEquipment())
        names << toString(e);
    return names;
}

// Descriptions are marked for lupdate; the settings dialog translates them in the
// "limber::SettingsSchema" context.
QLatin1String L(const char *s)
{
    return QLatin1String(s);
}

const std::array<SettingSpec, kSettingCount> &table()
{
    static const std::array<SettingSpec, kSettingCount> specs{{
        {SettingKey::WorkInterval,
         L("schedule/work_interval"),
         SettingKind::Integer,
         45,
         10,
         180,
         L("min"),
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema", "Sitting time before a break is due"))},
        {SettingKey::BreakLength,
         L("schedule/break_length"),
         SettingKind::Integer,
         120,
         30,
         900,
         L("s"),
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema", "Length of a guided break"))},
        {SettingKey::SnoozeLength,
         L("schedule/snooze"),
         SettingKind::Integer,
         10,
         1,
         60,
         L("min"),
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema", "How long Snooze puts a reminder off"))},
        {SettingKey::ReminderRepeat,
         L("schedule/reminder_repeat"),
         SettingKind::Integer,
         5,
         1,
         60,
         L("min"),
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema", "How soon an ignored reminder comes back"))},
        {SettingKey::NaturalBreakThreshold,
         L("schedule/natural_break_threshold"),
         SettingKind::Integer,
         5,
         1,
         30,
         L("min"),
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema",
                             "Time away from keyboard and mouse that counts as a break"))},
        {SettingKey::DailyGoal,
         L("goals/daily_goal"),
         SettingKind::Integer,
         4,
         1,
         24,
         L("breaks"),
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema",
                             "Completed breaks a day needs to count towards the streak"))},
        {SettingKey::Location,
         L("routine/location"),
         SettingKind::Choice,
         u"desk"_s,
         0,
         0,
         {},
         {u"desk"_s, u"home"_s},
         L(QT_TRANSLATE_NOOP(
             "limber::SettingsSchema",
             "Where you take breaks: at a desk (standing and seated exercises) or at home "
             "(floor exercises too)"))},
        {SettingKey::Equipment,
         L("routine/equipment"),
         SettingKind::ChoiceSet,
         QStringList{u"wall"_s},
         0,
         0,
         {},
         allEquipmentNames(),
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema", "Equipment you have at hand"))},
        {SettingKey::StartAtLogin,
         L("login/start_at_login"),
         SettingKind::Boolean,
         true,
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema", "Start Limber when you log in"))},
        {SettingKey::QuietHoursEnabled,
         L("quiet_hours/enabled"),
         SettingKind::Boolean,
         false,
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema", "Hold reminders during quiet hours"))},
        {SettingKey::QuietHoursStart,
         L("quiet_hours/start"),
         SettingKind::TimeOfDay,
         QTime(22, 0),
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema", "Quiet hours begin"))},
        {SettingKey::QuietHoursEnd,
         L("quiet_hours/end"),
         SettingKind::TimeOfDay,
         QTime(7, 0),
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema", "Quiet hours end"))},
        {SettingKey::SoundCue,
         L("notifications/sound_cue"),
         SettingKind::Boolean,
         false,
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema", "Play a gentle sound between exercises"))},
        {SettingKey::ReducedMotion,
         L("accessibility/reduced_motion"),
         SettingKind::Boolean,
         false,
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema",
                             "Show exercises as still key poses instead of animating them"))},
        {SettingKey::CallCamera,
         L("privacy/call_camera"),
         SettingKind::Boolean,
         true,
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema", "Hold reminders while a camera is in use"))},
        {SettingKey::CallMicrophone,
         L("privacy/call_microphone"),
         SettingKind::Boolean,
         true,
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema",
                             "Hold reminders while the microphone is in use"))},
        {SettingKey::CallScreenSharing,
         L("privacy/call_screen_sharing"),
         SettingKind::Boolean,
         true,
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema",
                             "Hold reminders while the screen is shared"))},
        {SettingKey::AvoidSpinePressure,
         L("routine/avoid_spine_pressure"),
         SettingKind::Boolean,
         false,
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema",
                             "Leave out exercises that press on the spine (foam roller, tennis "
                             "balls), as osteoporosis or osteopenia asks"))},
        {SettingKey::ExcludedExercises,
         L("routine/excluded"),
         SettingKind::IdList,
         QStringList{},
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP(
             "limber::SettingsSchema",
             "Exercises never offered in a break; choose them in the Exercises window"))},
        {SettingKey::SyncFolder,
         L("sync/folder"),
         SettingKind::Folder,
         QString(),
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema",
                             "A folder you sync between your computers (Syncthing, Nextcloud, "
                             "Dropbox); empty: this computer's history only"))},
        {SettingKey::SyncDeviceName,
         L("sync/device_name"),
         SettingKind::Text,
         QString(),
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema",
                             "This computer's name in the history of the others; empty: its "
                             "host name"))},
        {SettingKey::SafetyAcknowledged,
         L("safety/acknowledged"),
         SettingKind::Boolean,
         false,
         0,
         0,
         {},
         {},
         L(QT_TRANSLATE_NOOP("limber::SettingsSchema",
                             "The safety notes were read before the first break; untick to see "
                             "them again before the next one"))},
    }};
    return specs;
}

} // namespace

std::span<const SettingSpec> settingSpecs()
{
    return table();
}

const SettingSpec &specFor(SettingKey key)
{
    // The table is in enum order; a test checks that.
    return table()[static_cast<std::size_t>(key)];
}

SettingGroup groupOf(SettingKey key)
{
    switch (key) {
    case SettingKey::WorkInterval:
    case SettingKey::SnoozeLength:
    case SettingKey::ReminderRepeat:
    case SettingKey::NaturalBreakThreshold:
        return SettingGroup::Schedule;
    case SettingKey::BreakLength:
    case SettingKey::DailyGoal:
    case SettingKey::AvoidSpinePressure:
    case SettingKey::ExcludedExercises:
    case SettingKey::SafetyAcknowledged:
        return SettingGroup::Routine;
    case SettingKey::Location:
    case SettingKey::Equipment:
        return SettingGroup::Place;
    case SettingKey::SoundCue:
        return SettingGroup::Notifications;
    case SettingKey::StartAtLogin:
        return SettingGroup::Login;
    case SettingKey::QuietHoursEnabled:
    case SettingKey::QuietHoursStart:
    case SettingKey::QuietHoursEnd:
        return SettingGroup::QuietHours;
    case SettingKey::ReducedMotion:
        return SettingGroup::Accessibility;
    case SettingKey::CallCamera:
    case SettingKey::CallMicrophone:
    case SettingKey::CallScreenSharing:
        return SettingGroup::Privacy;
    case SettingKey::SyncFolder:
    case SettingKey::SyncDeviceName:
        return SettingGroup::Sync;
    }
    return SettingGroup::Schedule;
}

} // namespace limber

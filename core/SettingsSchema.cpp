// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/SettingsSchema.h"

#include "core/Exercise.h"

#include <QTime>

#include <algorithm>
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
    }};
    return specs;
}

QString describe(const QVariant &raw)
{
    // Shown in a warning and a notification: one short line, whatever the file holds.
    constexpr qsizetype kShown = 40;
    QString text =
        raw.typeId() == QMetaType::QStringList ? raw.toStringList().join(u',') : raw.toString();
    if (text.size() > kShown)
        text = text.left(kShown) + u"…"_s;
    for (QChar &c : text)
        if (!c.isPrint())
            c = QChar(0xfffd);
    return text;
}

QVariant normaliseInteger(const SettingSpec &spec, const QVariant &raw, QString *problem)
{
    bool ok = false;
    const qlonglong value = raw.toString().trimmed().toLongLong(&ok);
    if (!ok) {
        *problem = u"%1: \"%2\" is not a whole number; using the default %3 %4"_s.arg(
            spec.name, describe(raw), spec.defaultValue.toString(), spec.unit);
        return spec.defaultValue;
    }
    const qlonglong clamped = std::clamp<qlonglong>(value, spec.min, spec.max);
    if (clamped != value)
        *problem = u"%1: %2 is outside %3–%4 %5; using %6"_s.arg(spec.name)
                       .arg(value)
                       .arg(spec.min)
                       .arg(spec.max)
                       .arg(spec.unit)
                       .arg(clamped);
    return static_cast<int>(clamped);
}

QVariant normaliseBoolean(const SettingSpec &spec, const QVariant &raw, QString *problem)
{
    if (raw.typeId() == QMetaType::Bool)
        return raw.toBool();
    const QString text = raw.toString().trimmed().toLower();
    if (text == "true"_L1 || text == "1"_L1 || text == "yes"_L1 || text == "on"_L1)
        return true;
    if (text == "false"_L1 || text == "0"_L1 || text == "no"_L1 || text == "off"_L1)
        return false;
    *problem = u"%1: \"%2\" is not true or false; using the default %3"_s.arg(
        spec.name, describe(raw), spec.defaultValue.toBool() ? u"true"_s : u"false"_s);
    return spec.defaultValue;
}

QVariant normaliseChoice(const SettingSpec &spec, const QVariant &raw, QString *problem)
{
    const QString text = raw.toString().trimmed().toLower();
    if (spec.choices.contains(text))
        return text;
    *problem = u"%1: \"%2\" is not one of %3; using the default %4"_s.arg(
        spec.name, describe(raw), spec.choices.join(u", "_s), spec.defaultValue.toString());
    return spec.defaultValue;
}

QVariant normaliseChoiceSet(const SettingSpec &spec, const QVariant &raw, QString *problem)
{
    // QSettings reads "a, b" as a QStringList and "a" as a QString.
    QStringList items = raw.typeId() == QMetaType::QStringList
                            ? raw.toStringList()
                            : raw.toString().split(u',', Qt::SkipEmptyParts);
    QStringList valid;
    QStringList unknown;
    for (QString item : items) {
        item = item.trimmed().toLower();
        if (item.isEmpty())
            continue;
        if (spec.choices.contains(item)) {
            if (!valid.contains(item))
                valid << item;
        } else {
            unknown << item;
        }
    }
    if (!unknown.isEmpty())
        *problem = u"%1: ignoring unknown %2 (known: %3)"_s.arg(spec.name, unknown.join(u", "_s),
                                                                spec.choices.join(u", "_s));
    // Keep the table's order so the stored form is stable.
    QStringList ordered;
    for (const QString &choice : spec.choices)
        if (valid.contains(choice))
            ordered << choice;
    return ordered;
}

QVariant normaliseTime(const SettingSpec &spec, const QVariant &raw, QString *problem)
{
    if (raw.typeId() == QMetaType::QTime && raw.toTime().isValid())
        return QTime(raw.toTime().hour(), raw.toTime().minute());
    const QTime time = QTime::fromString(raw.toString().trimmed(), u"H:mm"_s);
    if (time.isValid())
        return time;
    *problem = u"%1: \"%2\" is not a time like 22:00; using the default %3"_s.arg(
        spec.name, describe(raw), spec.defaultValue.toTime().toString(u"HH:mm"_s));
    return spec.defaultValue;
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
    }
    return SettingGroup::Schedule;
}

QVariant normalisedValue(const SettingSpec &spec, const QVariant &raw, QString *problem)
{
    QString ignored;
    QString &out = problem ? *problem : ignored;
    out.clear();
    switch (spec.kind) {
    case SettingKind::Integer:
        return normaliseInteger(spec, raw, &out);
    case SettingKind::Boolean:
        return normaliseBoolean(spec, raw, &out);
    case SettingKind::Choice:
        return normaliseChoice(spec, raw, &out);
    case SettingKind::ChoiceSet:
        return normaliseChoiceSet(spec, raw, &out);
    case SettingKind::TimeOfDay:
        return normaliseTime(spec, raw, &out);
    }
    return spec.defaultValue;
}

QVariant storedForm(const SettingSpec &spec, const QVariant &value)
{
    switch (spec.kind) {
    case SettingKind::TimeOfDay:
        return value.toTime().toString(u"HH:mm"_s);
    case SettingKind::ChoiceSet:
        // One comma-separated string keeps the file readable for people who edit it.
        return value.toStringList().join(u", "_s);
    default:
        return value;
    }
}

} // namespace limber

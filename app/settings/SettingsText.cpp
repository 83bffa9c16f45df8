// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings/SettingsText.h"

using namespace Qt::StringLiterals;

namespace limber {

QString SettingsText::groupTitle(SettingGroup group)
{
    switch (group) {
    case SettingGroup::Schedule:
        return tr("Schedule");
    case SettingGroup::Routine:
        return tr("Routine");
    case SettingGroup::Place:
        return tr("Where I am & equipment");
    case SettingGroup::Notifications:
        return tr("Notifications");
    case SettingGroup::Login:
        return tr("Start at login");
    case SettingGroup::QuietHours:
        return tr("Quiet hours");
    case SettingGroup::Accessibility:
        return tr("Accessibility");
    case SettingGroup::Privacy:
        return tr("Privacy");
    case SettingGroup::Sync:
        return tr("Your computers");
    }
    return {};
}

QString SettingsText::groupIntro(SettingGroup group)
{
    switch (group) {
    case SettingGroup::Schedule:
        return tr("When Limber reminds you to get up and move.");
    case SettingGroup::Routine:
        return tr("How long a guided break lasts and how many make a good day.");
    case SettingGroup::Place:
        return tr("Limber only offers exercises that fit where you are and what you have.");
    case SettingGroup::Notifications:
        return tr("How Limber gets your attention during a break.");
    case SettingGroup::Login:
        return tr("Limber works best when it runs all day.");
    case SettingGroup::QuietHours:
        return tr("No reminders in the evening or at night.");
    case SettingGroup::Accessibility:
        return tr("Make the break window easier to follow.");
    case SettingGroup::Privacy:
        return tr("So that a reminder never lands in a call, Limber notices whether a camera, "
                  "the microphone or a screen share is in use. It reads only which devices "
                  "are open (from PipeWire and the list of open files), never a sound or a "
                  "picture, and keeps nothing of it.");
    case SettingGroup::Sync:
        return tr("On several computers, Limber keeps one history, streak and week through a "
                  "folder you already sync between them. Each computer adds its own breaks "
                  "to a small journal file there; the history itself stays on each "
                  "computer.");
    }
    return {};
}

QString SettingsText::ownLabel(SettingKey key)
{
    switch (key) {
    case SettingKey::WorkInterval:
        return tr("Remind me after sitting for");
    case SettingKey::SnoozeLength:
        return tr("Snooze for");
    case SettingKey::ReminderRepeat:
        return tr("Repeat an ignored reminder after");
    case SettingKey::NaturalBreakThreshold:
        return tr("Count time away as a break after");
    case SettingKey::BreakLength:
        return tr("Length of a break");
    case SettingKey::DailyGoal:
        return tr("Daily goal");
    case SettingKey::Location:
        return tr("I take my breaks");
    case SettingKey::Equipment:
        return tr("Equipment at hand");
    case SettingKey::SoundCue:
        return tr("Play a gentle sound between exercises");
    case SettingKey::StartAtLogin:
        return tr("Start Limber when you log in");
    case SettingKey::QuietHoursEnabled:
        return tr("Hold reminders during quiet hours");
    case SettingKey::QuietHoursStart:
        return tr("From");
    case SettingKey::QuietHoursEnd:
        return tr("Until");
    case SettingKey::ReducedMotion:
        return tr("Reduce motion");
    case SettingKey::CallCamera:
        return tr("A camera in use is a call");
    case SettingKey::CallMicrophone:
        return tr("The microphone in use is a call");
    case SettingKey::CallScreenSharing:
        return tr("Sharing the screen is a call");
    case SettingKey::AvoidSpinePressure:
        return tr("Avoid exercises that press on the spine");
    case SettingKey::ExcludedExercises:
        return tr("Exercises left out");
    case SettingKey::SafetyAcknowledged:
        return tr("Safety notes read");
    case SettingKey::SyncFolder:
        return tr("Synced folder");
    case SettingKey::SyncDeviceName:
        return tr("This computer's name");
    default:
        return {};
    }
}

QString SettingsText::label(const SettingSpec &spec)
{
    const QString own = ownLabel(spec.key);
    return own.isEmpty() ? description(spec) : own;
}

QString SettingsText::description(const SettingSpec &spec)
{
    return QCoreApplication::translate("limber::SettingsSchema", spec.description.data());
}

QString SettingsText::choice(const QString &word)
{
    static const std::pair<const char *, const char *> known[] = {
        {"desk", QT_TR_NOOP("At a desk")},
        {"home", QT_TR_NOOP("At home")},
        {"foam_roller", QT_TR_NOOP("Foam roller")},
        {"towel", QT_TR_NOOP("Towel")},
        {"wall", QT_TR_NOOP("Wall")},
        {"tennis_balls", QT_TR_NOOP("Tennis balls")},
        {"exercise_band", QT_TR_NOOP("Exercise band")},
        {"dumbbells", QT_TR_NOOP("Dumbbells")},
        {"yoga_mat", QT_TR_NOOP("Yoga mat")},
    };
    for (const auto &[name, text] : known)
        if (word == QLatin1String(name))
            return tr(text);
    QString readable = word;
    readable.replace(u'_', u' ');
    if (!readable.isEmpty())
        readable[0] = readable[0].toUpper();
    return readable;
}

QString SettingsText::unitSuffix(QLatin1String unit, int value)
{
    if (unit.isEmpty())
        return {};
    if (unit == "min"_L1)
        return tr(" min");
    if (unit == "s"_L1)
        return tr(" s");
    if (unit == "breaks"_L1)
        return value == 1 ? tr(" break") : tr(" breaks", nullptr, value);
    return u' ' + unit;
}

} // namespace limber

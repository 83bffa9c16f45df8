// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Settings.h"

#include <QSysInfo>

#include "core/ExerciseCatalogue.h"
#include "core/Logging.h"
#include "core/Paths.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace limber {

namespace {
std::size_t indexOf(SettingKey key)
{
    return static_cast<std::size_t>(key);
}
} // namespace

Settings::Settings(QString filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(std::move(filePath))
{
    for (const SettingSpec &spec : settingSpecs())
        m_values[indexOf(spec.key)] = spec.defaultValue;
}

void Settings::warn(const QString &message)
{
    qCWarning(lcSettings).noquote() << m_filePath << message;
    m_warnings << message;
}

bool Settings::load()
{
    m_warnings.clear();
    m_fileUnusable = false;
    for (const SettingSpec &spec : settingSpecs())
        m_values[indexOf(spec.key)] = spec.defaultValue;

    const QFileInfo info(m_filePath);
    if (!info.exists())
        return true;
    if (!info.isFile() || !info.isReadable()) {
        warn(u"cannot read the settings file; using defaults"_s);
        m_fileUnusable = true;
        return false;
    }
    // Limber's own file is a few hundred bytes; reading a huge one would only cost
    // memory and time.
    constexpr qint64 kMaxBytes = qint64{1024} * 1024;
    if (info.size() > kMaxBytes) {
        warn(QStringLiteral("the settings file is larger than 1 MiB, so it is not Limber's; "
                            "using defaults"));
        m_fileUnusable = true;
        return false;
    }

    QSettings file(m_filePath, QSettings::IniFormat);
    for (const SettingSpec &spec : settingSpecs()) {
        const QVariant raw = file.value(spec.name);
        if (!raw.isValid())
            continue;
        QString problem;
        m_values[indexOf(spec.key)] = normalisedValue(spec, raw, &problem);
        if (!problem.isEmpty())
            warn(problem);
    }
    // Asked after reading: QSettings parses the file on the first value() only.
    if (file.status() != QSettings::NoError) {
        warn(QStringLiteral("the settings file is malformed; using defaults for what could "
                            "not be read"));
        m_fileUnusable = true;
    }
    return true;
}

QVariant Settings::value(SettingKey key) const
{
    return m_values[indexOf(key)];
}

bool Settings::setValue(SettingKey key, const QVariant &value, QString *error)
{
    const SettingSpec &spec = specFor(key);
    QString problem;
    const QVariant normalised = normalisedValue(spec, value, &problem);
    const bool differs = normalised != m_values[indexOf(key)];
    m_values[indexOf(key)] = normalised;

    bool ok = problem.isEmpty();
    QString dirError;
    if (!paths::ensurePrivateDir(QFileInfo(m_filePath).absolutePath(), &dirError)) {
        problem = dirError;
        ok = false;
    } else {
        const bool fresh = m_fileUnusable && keepUnusableFileAside();
        QSettings file(m_filePath, QSettings::IniFormat);
        // A fresh file gets every value in use, so nothing read from the old one is lost.
        for (const SettingSpec &other : settingSpecs())
            if (fresh && other.key != key && m_values[indexOf(other.key)] != other.defaultValue)
                file.setValue(other.name, storedForm(other, m_values[indexOf(other.key)]));
        file.setValue(spec.name, storedForm(spec, normalised));
        file.sync();
        if (file.status() != QSettings::NoError) {
            problem = u"cannot write %1"_s.arg(m_filePath);
            ok = false;
        } else {
            QFile::setPermissions(m_filePath, QFile::ReadOwner | QFile::WriteOwner);
        }
    }
    if (!ok) {
        qCWarning(lcSettings).noquote() << problem;
        if (error)
            *error = problem;
    }
    if (differs)
        emit changed(key);
    return ok;
}

bool Settings::keepUnusableFileAside()
{
    // Writing through QSettings would keep only what it could parse: the person's file
    // is kept beside the new one instead, as limber.conf.bad (or .bad-2, ...).
    QString aside = m_filePath + u".bad"_s;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = m_filePath + u".bad-%1"_s.arg(n);
    if (!QFile::rename(m_filePath, aside))
        return false;
    warn(u"the unreadable settings file was kept as %1; a new one was written"_s.arg(aside));
    m_fileUnusable = false;
    return true;
}

int Settings::intValue(SettingKey key) const
{
    return m_values[indexOf(key)].toInt();
}

Millis Settings::workInterval() const
{
    return std::chrono::minutes(intValue(SettingKey::WorkInterval));
}

Millis Settings::breakLength() const
{
    return std::chrono::seconds(intValue(SettingKey::BreakLength));
}

Millis Settings::snoozeLength() const
{
    return std::chrono::minutes(intValue(SettingKey::SnoozeLength));
}

Millis Settings::reminderRepeat() const
{
    return std::chrono::minutes(intValue(SettingKey::ReminderRepeat));
}

Millis Settings::naturalBreakThreshold() const
{
    return std::chrono::minutes(intValue(SettingKey::NaturalBreakThreshold));
}

int Settings::dailyGoal() const
{
    return intValue(SettingKey::DailyGoal);
}

Location Settings::location() const
{
    return value(SettingKey::Location).toString() == "home"_L1 ? Location::Home : Location::Desk;
}

EquipmentSet Settings::equipment() const
{
    EquipmentSet set = 0;
    for (const QString &name : value(SettingKey::Equipment).toStringList())
        if (const auto e = equipmentFromString(name))
            set |= bit(*e);
    return set;
}

bool Settings::startAtLogin() const
{
    return value(SettingKey::StartAtLogin).toBool();
}

QuietHours Settings::quietHours() const
{
    return {value(SettingKey::QuietHoursEnabled).toBool(),
            value(SettingKey::QuietHoursStart).toTime(), value(SettingKey::QuietHoursEnd).toTime()};
}

bool Settings::soundCue() const
{
    return value(SettingKey::SoundCue).toBool();
}

QString Settings::syncFolder() const
{
    return value(SettingKey::SyncFolder).toString();
}

QString Settings::syncDeviceName() const
{
    const QString name = value(SettingKey::SyncDeviceName).toString();
    return name.isEmpty() ? QSysInfo::machineHostName() : name;
}

bool Settings::reducedMotion() const
{
    return value(SettingKey::ReducedMotion).toBool();
}

bool Settings::setExerciseIncluded(const QString &id, bool included, QString *error)
{
    QStringList excluded = excludedExercises();
    excluded.removeAll(id);
    if (!included)
        excluded << id;
    return setValue(SettingKey::ExcludedExercises, excluded, error);
}

PlanRequest Settings::planRequest() const
{
    PlanRequest request;
    request.breakLength = breakLength();
    request.atDesk = location() == Location::Desk;
    request.equipment = equipment();
    request.avoidSpinePressure = avoidSpinePressure();
    request.excludedExerciseIds = excludedExercises();
    return request;
}

void Settings::checkExcludedExercises(const ExerciseCatalogue &catalogue)
{
    QStringList unknown;
    for (const QString &id : excludedExercises())
        if (catalogue.find(id) == nullptr)
            unknown << id;
    if (!unknown.isEmpty())
        warn(u"%1: no exercise \"%2\" in the catalogue; kept in case it comes back"_s.arg(
            specFor(SettingKey::ExcludedExercises).name, unknown.join(u"\", \""_s)));
}

} // namespace limber

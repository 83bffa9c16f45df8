// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a setting's value: normalisedValue() and storedForm() of SettingsSchema.h.
#include "core/SettingsSchema.h"

#include <QDir>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr qsizetype kMaxTextLength = 60;

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

QVariant normaliseIdList(const SettingSpec &spec, const QVariant &raw, QString *problem)
{
    // An exercise id as the catalogue allows it (docs/CATALOGUE.md). Ids the catalogue
    // does not know are kept: a user file may be missing for a while.
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    const QStringList items = raw.typeId() == QMetaType::QStringList
                                  ? raw.toStringList()
                                  : raw.toString().split(u',', Qt::SkipEmptyParts);
    QStringList valid;
    QStringList malformed;
    for (QString item : items) {
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        if (!idPattern.match(item).hasMatch())
            malformed << describe(item);
        else if (!valid.contains(item))
            valid << item;
    }
    if (!malformed.isEmpty())
        *problem =
            u"%1: ignoring \"%2\", not exercise ids (lower-case letters, digits, dashes)"_s.arg(
                spec.name, malformed.join(u"\", \""_s));
    // Sorted, so the stored form does not depend on the order of the clicks.
    valid.sort();
    return valid;
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

QVariant normaliseFolder(const SettingSpec &spec, const QVariant &raw, QString *problem)
{
    const QString text = raw.toString().trimmed();
    if (text.isEmpty())
        return QString();
    if (!QDir::isAbsolutePath(text) || text.contains(u'\n')) {
        *problem = u"%1: \"%2\" is not the absolute path of a folder; sync is off"_s.arg(
            spec.name, describe(raw));
        return spec.defaultValue;
    }
    return QDir::cleanPath(text);
}

QVariant normaliseText(const SettingSpec &spec, const QVariant &raw, QString *problem)
{
    QString text = raw.toString().simplified();
    if (text.size() > kMaxTextLength) {
        *problem = u"%1: longer than %2 characters; shortened"_s.arg(spec.name).arg(kMaxTextLength);
        text.truncate(kMaxTextLength);
        text = text.trimmed(); // cut at a space: read again, it must stay as it is
    }
    return text;
}

} // namespace

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
    case SettingKind::IdList:
        return normaliseIdList(spec, raw, &out);
    case SettingKind::Folder:
        return normaliseFolder(spec, raw, &out);
    case SettingKind::Text:
        return normaliseText(spec, raw, &out);
    }
    return spec.defaultValue;
}

QVariant storedForm(const SettingSpec &spec, const QVariant &value)
{
    switch (spec.kind) {
    case SettingKind::TimeOfDay:
        return value.toTime().toString(u"HH:mm"_s);
    case SettingKind::ChoiceSet:
    case SettingKind::IdList:
        // One comma-separated string keeps the file readable for people who edit it.
        return value.toStringList().join(u", "_s);
    default:
        return value;
    }
}

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/HistoryTypes.h"

#include "core/EnumNames.h"

#include <cstdio>
#include <cstdlib>

namespace limber {

namespace {

// The words are a storage and export format (docs/CLI.md): they may be added to,
// never renamed.
constexpr NameTable<ReminderResult, 4> kReminderResults{{
    {ReminderResult::Shown, "shown"},
    {ReminderResult::Snoozed, "snoozed"},
    {ReminderResult::Skipped, "skipped"},
    {ReminderResult::Ignored, "ignored"},
}};

constexpr NameTable<BreakOutcome, 4> kBreakOutcomes{{
    {BreakOutcome::Completed, "completed"},
    {BreakOutcome::Partial, "partial"},
    {BreakOutcome::Skipped, "skipped"},
    {BreakOutcome::Natural, "natural"},
}};

} // namespace

QString toString(ReminderResult r)
{
    return nameOf(kReminderResults, r);
}

QString toString(BreakOutcome o)
{
    return nameOf(kBreakOutcomes, o);
}

std::optional<ReminderResult> reminderResultFromString(const QString &s)
{
    return valueOf(kReminderResults, s);
}

std::optional<BreakOutcome> breakOutcomeFromString(const QString &s)
{
    return valueOf(kBreakOutcomes, s);
}

QString isoDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    // By hand, as isoDateTime(): written for every break a merge takes.
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    return QString::fromLatin1(text);
}

QString isoDateTime(const QDateTime &time)
{
    // Written by hand for the same reason dateTimeFromIso() reads by hand; what Qt
    // writes for the same moment ("Z" for an offset of 0), character for character.
    const int offset = time.offsetFromUtc();
    const QDateTime wall = time.toOffsetFromUtc(offset);
    const QDate d = wall.date();
    const QTime t = wall.time();
    if (!d.isValid() || d.year() < 1 || d.year() > 9999)
        return wall.toString(Qt::ISODateWithMs);
    const int minutes = std::abs(offset) / 60;
    char text[48];
    const int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03d", d.year(),
                                d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec());
    if (offset == 0)
        std::snprintf(text + n, sizeof text - static_cast<size_t>(n), "Z");
    else
        std::snprintf(text + n, sizeof text - static_cast<size_t>(n), "%c%02d:%02d",
                      offset < 0 ? '-' : '+', (minutes / 60) % 100, minutes % 60);
    return QString::fromLatin1(text);
}

namespace {

/// The number text[at, at + n) spells, or -1 when a character there is not a digit.
int digitsAt(const QString &text, qsizetype at, qsizetype n)
{
    int value = 0;
    for (qsizetype i = at; i < at + n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// "2026-03-02" at the start of `text`, read by hand; invalid for anything else (a -1
/// must not reach QDate as a year: it is a valid one, 1 BC).
QDate datePrefix(const QString &text)
{
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

} // namespace

QDate dateFromIso(const QString &text)
{
    return text.size() == 10 ? datePrefix(text) : QDate();
}

QDateTime dateTimeFromIso(const QString &text)
{
    // The form isoDateTime() writes, "2026-03-02T09:00:00.000+01:00", read by hand:
    // QDateTime::fromString takes some microseconds, and a first sync merges hundreds of
    // thousands. Anything else goes to Qt.
    constexpr qsizetype kLength = 29;
    const bool utc = text.size() == kLength - 5 && text.at(23) == u'Z';
    const bool withOffset = text.size() == kLength &&
                            (text.at(23) == u'+' || text.at(23) == u'-') && text.at(26) == u':';
    if ((utc || withOffset) && text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':' &&
        text.at(19) == u'.') {
        const QDate date = datePrefix(text);
        // A -1 (not a digit) makes the time invalid.
        const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                         digitsAt(text, 20, 3));
        if (utc && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
        const int offsetHours = withOffset ? digitsAt(text, 24, 2) : -1;
        const int offsetMinutes = withOffset ? digitsAt(text, 27, 2) : -1;
        if (date.isValid() && time.isValid() && offsetHours >= 0 && offsetHours <= 14 &&
            offsetMinutes >= 0 && offsetMinutes < 60) {
            const int offset =
                (offsetHours * 3600 + offsetMinutes * 60) * (text.at(23) == u'-' ? -1 : 1);
            return QDateTime(date, time, Qt::OffsetFromUTC, offset);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace limber

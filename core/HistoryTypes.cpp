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
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (!date.isValid() || y < 1 || y > 9999)
        return date.toString(Qt::ISODate);
    // By hand, as isoDateTime(): written for every break a merge takes.
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + d / 10),
                               char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
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

QDate dateFromIso(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    int parts[3] = {0, 0, 0};
    const qsizetype starts[3] = {0, 5, 8};
    const qsizetype lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (qsizetype i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return {};
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    return QDate(parts[0], parts[1], parts[2]);
}

QDateTime dateTimeFromIso(const QString &text)
{
    // The form isoDateTime() writes, "2026-03-02T09:00:00.000+01:00", read by hand:
    // QDateTime::fromString takes some microseconds, and a first sync merges hundreds of
    // thousands. Anything else goes to Qt.
    constexpr qsizetype kLength = 29;
    // A field that is not all digits makes the whole text go to Qt (a -1 for it would
    // make a valid date: the year 1 BC).
    bool allDigits = true;
    const auto digits = [&text, &allDigits](qsizetype at, qsizetype n) {
        int value = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                allDigits = false;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const bool utc = text.size() == kLength - 5 && text.at(23) == u'Z';
    if ((utc || text.size() == kLength) && text.at(4) == u'-' && text.at(7) == u'-' &&
        text.at(10) == u'T' && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        if (utc && allDigits && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    if (text.size() == kLength && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' &&
        (text.at(23) == u'+' || text.at(23) == u'-') && text.at(26) == u':') {
        const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
        const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3));
        const int offsetHours = digits(24, 2);
        const int offsetMinutes = digits(27, 2);
        if (allDigits && date.isValid() && time.isValid() && offsetHours >= 0 &&
            offsetHours <= 14 && offsetMinutes >= 0 && offsetMinutes < 60) {
            const int offset =
                (offsetHours * 3600 + offsetMinutes * 60) * (text.at(23) == u'-' ? -1 : 1);
            return QDateTime(date, time, Qt::OffsetFromUTC, offset);
        }
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace limber

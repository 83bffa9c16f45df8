// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HistoryTypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

class QIODevice;

namespace limber {

class HistoryStore;

/// `limber --export csv|json`: the whole history in a documented, stable form
/// (docs/CLI.md). Pure apart from the device it writes to: the caller opens the store
/// and the output, and passes the export time.
namespace historyexport {

enum class Format
{
    Csv,
    Json
};
std::optional<Format> formatFromString(const QString &name);

inline constexpr int kJsonVersion = 1;

/// The CSV header: date,started_at,ended_at,outcome,planned_seconds,done_seconds,exercises
QByteArray csvHeader();
/// One field, quoted as RFC 4180 asks when it holds a comma, a quote, CR or LF.
QByteArray csvField(const QString &text);
/// One break as a CSV line, ending in CRLF.
QByteArray csvRow(const BreakRecord &record);

/// ISO 8601 with the UTC offset the time was recorded with, to the second.
QString isoTime(const QDateTime &time);

QJsonObject toJson(const BreakRecord &record);
QJsonObject toJson(const ReminderRecord &reminder);
QJsonObject toJson(const DaySummary &day);

/// Writes everything in `store` to `out`, reading it a year at a time so a long
/// history never sits in memory whole. Returns false with a reason on a read or write
/// error (what was written so far stays written).
bool write(const HistoryStore &store, Format format, const QDateTime &exportedAt, QIODevice &out,
           QString *error);

} // namespace historyexport
} // namespace limber

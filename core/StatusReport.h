// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/TrackerTypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace limber {

class SittingTracker;

/// Names of the backends in use, for `limber --status --json`.
struct BackendNames
{
    QString idle = QStringLiteral("none");
    QString session = QStringLiteral("none");
    QString notifier = QStringLiteral("none");
    QString tray = QStringLiteral("none");
    /// What holds reminders for a fullscreen window or do-not-disturb ("x11+inhibit", …).
    QString focus = QStringLiteral("none");
};

/// Something missing or broken that Limber works around, for `limber --status`: a
/// stable `id` for scripts (docs/CLI.md lists them) and a sentence for people.
struct StatusProblem
{
    QString id;
    QString text;
    friend bool operator==(const StatusProblem &, const StatusProblem &) = default;
};

/// The state of sync through a synced folder (docs/SYNC.md), for `limber --status`.
struct SyncStatus
{
    /// "off" (no folder set), "starting" (the history is still being opened), "on", or
    /// "unavailable" (the folder is missing, not a folder, or cannot be written: the
    /// history goes on here and catches up later).
    QString state = QStringLiteral("off");
    QString folder;
    QString device;     ///< this computer's device id
    QString name;       ///< this computer's name for the others
    QStringList others; ///< the other computers' names (their ids when unnamed)
    QString problem;    ///< why unavailable, in English (the log's words)
};

/// A snapshot of the tracker for people (tooltip, menu, `limber --status`) and for
/// scripts (`limber --status --json`, contract version 1 in docs/CLI.md).
struct StatusReport
{
    TrackerState state = TrackerState::Sitting;
    Millis sitting{0};
    std::optional<Millis> untilBreak;
    std::optional<PauseReason> pausedReason;
    std::optional<QDateTime> pausedUntil;
    BackendNames backends;
    QList<StatusProblem> problems; ///< filled in by the daemon; empty when all is well
    SyncStatus sync;               ///< filled in by the daemon

    static StatusReport of(const SittingTracker &tracker, const Clock &clock,
                           const BackendNames &backends);

    QJsonObject toJson() const;
    /// One line, e.g. "Sitting 32 min · next break in 13 min".
    QString summary() const;
};

} // namespace limber

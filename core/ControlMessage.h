// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace limber {

/// A command for the running daemon, as a second `limber …` sends it over the control
/// socket. One JSON object per line; everything from the socket is untrusted and is
/// validated here before the daemon acts on it.
struct ControlRequest
{
    enum class Command
    {
        Activate,
        BreakNow,
        Snooze,
        Pause,
        Resume,
        Status,
        Stats,
        Quit,
        Settings,  ///< open the settings dialog (or raise it)
        History,   ///< open the history window (or raise it)
        Exercises, ///< open the Exercises window (or raise it)
    };
    static constexpr int kMaxMinutes = 24 * 60;
    static constexpr qsizetype kMaxBytes = 4096;

    Command command = Command::Status;
    int minutes = 0;   ///< Snooze and Pause: 1..kMaxMinutes
    bool json = false; ///< Status and Stats: machine-readable output

    QByteArray encode() const;
    /// Parses one line (without the newline). nullopt with a reason for anything
    /// malformed, oversized, unknown or out of range.
    static std::optional<ControlRequest> decode(const QByteArray &line, QString *error);
};

/// The daemon's answer: what the client prints, and its exit status.
struct ControlResponse
{
    static constexpr qsizetype kMaxBytes = qsizetype{1024} * 1024;

    int exitCode = 0;
    QString output; ///< for stdout when exitCode is 0, for stderr otherwise

    QByteArray encode() const;
    static std::optional<ControlResponse> decode(const QByteArray &line, QString *error);
};

QString toString(ControlRequest::Command c);

} // namespace limber

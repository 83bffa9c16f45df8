// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>

namespace limber::test {

/// Starts `program` so that it dies with the test process even if the test crashes,
/// then waits for its first line on stdout (an address, a display number).
/// Returns the line, or an empty string with a reason.
QString startAndReadLine(QProcess &process, const QString &program, const QStringList &arguments,
                         QString *error);

/// SIGTERM to the process's PID, then SIGKILL if it does not end within two seconds.
void stopProcess(QProcess &process);

} // namespace limber::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/unit/XvfbServer.h"

#include "tests/unit/ChildProcess.h"

#include <QProcessEnvironment>
#include <QStandardPaths>

namespace limber::test {

bool XvfbServer::isInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("Xvfb")).isEmpty();
}

bool XvfbServer::start(QString *error, const QStringList &extraArguments)
{
    const QStringList arguments =
        QStringList{QStringLiteral("-displayfd"),  QStringLiteral("1"),
                    QStringLiteral("-screen"),     QStringLiteral("0"),
                    QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                    QStringLiteral("tcp"),         QStringLiteral("-noreset")} +
        extraArguments;
    const QString number = startAndReadLine(m_server, QStringLiteral("Xvfb"), arguments, error);
    if (number.isEmpty())
        return false;
    m_display = QStringLiteral(":") + number;
    return true;
}

void XvfbServer::stop()
{
    stopProcess(m_server);
    m_display.clear();
}

bool XvfbServer::xdotool(const QStringList &arguments, QString *error) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("xdotool"), arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("xdotool: ") + process.errorString() + QStringLiteral(" ") +
                 QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

} // namespace limber::test

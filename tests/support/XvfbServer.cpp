// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/XvfbServer.h"

#include "tests/support/ChildProcess.h"

#include <QProcessEnvironment>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace limber::test {

bool XvfbServer::isInstalled()
{
    return !QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty();
}

bool XvfbServer::start(QString *error, const QStringList &extraArguments)
{
    const QStringList arguments =
        QStringList{u"-displayfd"_s,  u"1"_s,         u"-screen"_s, u"0"_s,
                    u"1280x800x24"_s, u"-nolisten"_s, u"tcp"_s,     u"-noreset"_s} +
        extraArguments;
    const QString number = startAndReadLine(m_server, u"Xvfb"_s, arguments, error);
    if (number.isEmpty())
        return false;
    m_display = u":"_s + number;
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
    environment.insert(u"DISPLAY"_s, m_display);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"xdotool"_s, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = u"xdotool: "_s + process.errorString() + u" "_s +
                 QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

} // namespace limber::test

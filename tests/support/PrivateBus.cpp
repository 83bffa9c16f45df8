// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PrivateBus.h"

#include "tests/support/ChildProcess.h"

#include <QFile>

#include <atomic>

using namespace Qt::StringLiterals;

namespace limber::test {

bool PrivateBus::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary directory"_s;
        return false;
    }
    const QString config = m_dir.filePath(u"bus.conf"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus "
                              "Configuration 1.0//EN\"\n"
                              " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                              "<busconfig>\n"
                              "  <type>session</type>\n"
                              "  <listen>unix:dir=%1</listen>\n"
                              "  <auth>EXTERNAL</auth>\n"
                              "  <policy context=\"default\">\n"
                              "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                              "    <allow eavesdrop=\"true\"/>\n"
                              "    <allow own=\"*\"/>\n"
                              "  </policy>\n"
                              "</busconfig>\n")
                   .arg(m_dir.path())
                   .toUtf8());
    file.close();
    m_address = startAndReadLine(
        m_daemon, u"dbus-daemon"_s,
        {u"--config-file="_s + config, u"--print-address=1"_s, u"--nofork"_s}, error);
    return !m_address.isEmpty();
}

void PrivateBus::stop()
{
    for (const QString &name : std::as_const(m_connectionNames))
        QDBusConnection::disconnectFromBus(name);
    m_connectionNames.clear();
    stopProcess(m_daemon);
}

QDBusConnection PrivateBus::connect(const QString &role)
{
    // Connection names are process-wide; a counter keeps tests in one process apart.
    static std::atomic<int> counter{0};
    const QString name = u"limber-test-%1-%2"_s.arg(role).arg(++counter);
    m_connectionNames.append(name);
    return QDBusConnection::connectToBus(m_address, name);
}

} // namespace limber::test

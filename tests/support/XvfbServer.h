// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

namespace limber::test {

/// An Xvfb of the test's own, on a display it picks itself (-displayfd), stopped by PID.
class XvfbServer
{
public:
    XvfbServer() = default;
    ~XvfbServer() { stop(); }
    XvfbServer(const XvfbServer &) = delete;
    XvfbServer &operator=(const XvfbServer &) = delete;

    static bool isInstalled();
    /// `extraArguments`, e.g. {"-extension", "MIT-SCREEN-SAVER"} to switch one off.
    bool start(QString *error, const QStringList &extraArguments = {});
    void stop();
    /// ":N"
    QString display() const { return m_display; }
    /// Runs `xdotool <arguments>` on this display; false with its output on failure.
    bool xdotool(const QStringList &arguments, QString *error) const;

private:
    QProcess m_server;
    QString m_display;
};

} // namespace limber::test

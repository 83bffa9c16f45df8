// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/Autostart.h"

namespace limber {

/// An XDG autostart entry: $XDG_CONFIG_HOME/autostart/io.github.limber.Limber.desktop.
class XdgAutostart final : public Autostart
{
public:
    /// `command` is the Exec line, e.g. "limber --autostart". `directory` overrides
    /// the autostart folder (tests); empty means the XDG one.
    explicit XdgAutostart(QString command, QString directory = {});

    /// $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when that is unset or relative.
    static QString defaultDirectory();
    QString filePath() const;

    QString name() const override { return QStringLiteral("xdg"); }
    bool isEnabled() const override;
    bool setEnabled(bool enabled, QString *error = nullptr) override;

private:
    bool install(QString *error) const;
    bool remove(QString *error) const;
    QByteArray entry() const;

    QString m_command;
    QString m_directory;
};

} // namespace limber

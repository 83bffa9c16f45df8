// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace limber {

/// Starting Limber at login.
class Autostart
{
public:
    virtual ~Autostart() = default;
    virtual QString name() const = 0;
    virtual bool isEnabled() const = 0;
    /// Installs or removes the login entry. Returns false with a reason on failure.
    virtual bool setEnabled(bool enabled, QString *error = nullptr) = 0;
};

class NullAutostart final : public Autostart
{
public:
    QString name() const override { return QStringLiteral("none"); }
    bool isEnabled() const override { return false; }
    bool setEnabled(bool, QString *error = nullptr) override
    {
        if (error)
            *error = QStringLiteral("starting at login is not supported on this system");
        return false;
    }
};

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace limber {

/// Says when a reminder must wait: a fullscreen window is active (a presentation,
/// a video, a game) or the desktop has notifications inhibited (do not disturb).
class FocusGuard : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString name() const = 0;
    virtual bool isHolding() const = 0;

signals:
    void holdingChanged(bool holding);
};

class NullFocusGuard final : public FocusGuard
{
    Q_OBJECT
public:
    using FocusGuard::FocusGuard;
    QString name() const override { return QStringLiteral("none"); }
    bool isHolding() const override { return false; }
};

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace limber {

/// The desktop's wish for less motion (an accessibility setting): animations then show
/// still pictures instead. Qt 6.4 does not expose it, so a backend reads it.
class MotionPreference : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Name for the log: e.g. "portal", "none".
    virtual QString name() const = 0;
    /// As far as the backend knows now; false until it knows.
    virtual bool prefersReducedMotion() const = 0;

signals:
    void changed(bool reduced);
};

/// No desktop preference: only Limber's own setting (accessibility/reduced_motion).
class NullMotionPreference final : public MotionPreference
{
    Q_OBJECT
public:
    using MotionPreference::MotionPreference;
    QString name() const override { return QStringLiteral("none"); }
    bool prefersReducedMotion() const override { return false; }
};

} // namespace limber

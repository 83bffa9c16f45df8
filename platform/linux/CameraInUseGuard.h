// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/FocusGuard.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace limber {

/// Holds reminders while a camera is in use: one of the person's processes has a video
/// device (`/dev/video*`) open, as a video call does. Limber reads no picture: it only
/// looks at which files the person's processes hold open (`/proc/<pid>/fd`).
///
/// Event-driven: inotify watches the devices for IN_OPEN and IN_CLOSE (which works on
/// character devices) and their folder for devices that come and go; each event is
/// followed by one look through `/proc`. No timer.
class CameraInUseGuard final : public FocusGuard
{
    Q_OBJECT
public:
    /// `devices`: a path whose file name may hold `*` and `?`, "/dev/video*" by default
    /// (the end-to-end tests use files of their own: no camera device loads here).
    /// nullptr with a reason when inotify is not available or the folder is missing.
    static std::unique_ptr<CameraInUseGuard> create(const QString &devices = {},
                                                    QString *error = nullptr);
    ~CameraInUseGuard() override;

    QString name() const override { return QStringLiteral("camera"); }
    FocusHold hold() const override { return m_inUse ? FocusHold::Call : FocusHold::None; }
    /// With the camera switched off nothing in /proc is read, and nothing holds.
    void setCallSignals(const CallSignals &enabled) override;

    /// The devices of `pattern` that one of this user's processes (other than this one)
    /// holds open, read from /proc. Public for the tests.
    static QStringList devicesInUse(const QString &pattern);

private:
    CameraInUseGuard(int inotify, const QString &pattern);
    void watchDevices();
    void onEvents();
    void update();

    const int m_inotify;
    const QString m_pattern;
    const QRegularExpression m_deviceName; ///< the pattern's file name, as a wildcard
    QSocketNotifier *m_notifier;
    QHash<int, QString> m_deviceWatches; ///< watch descriptor -> device path
    bool m_enabled = true;
    bool m_inUse = false;
};

} // namespace limber

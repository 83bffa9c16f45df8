// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/FocusGuard.h"

#include <QString>

#include <memory>

class QSocketNotifier;

namespace limber {

class PipeWireConnection;

/// Holds reminders while PipeWire says a call or a screen share is on: a camera node
/// runs, a capture stream records from a microphone, or a screen cast is produced
/// (the rules: PipeWireCallRules.h). Limber reads only the nodes' properties and
/// states, never audio or video.
///
/// libpipewire is loaded (dlopen) only once a PipeWire socket is there, and read on
/// Qt's event loop through its loop's descriptor: a registry listener, no thread and no
/// timer. While PipeWire is away (never started, stopped, crashed) nothing holds and
/// problems() says "no_pipewire"; inotify on the runtime folder tells when its socket
/// comes back, and the guard connects again.
class PipeWireCallGuard final : public FocusGuard
{
    Q_OBJECT
public:
    /// nullptr with a reason when there is no runtime folder to find PipeWire in.
    static std::unique_ptr<PipeWireCallGuard> create(QString *error = nullptr);
    ~PipeWireCallGuard() override;

    QString name() const override { return QStringLiteral("pipewire"); }
    FocusHold hold() const override { return m_holding ? FocusHold::Call : FocusHold::None; }
    void setCallSignals(const CallSignals &enabled) override;
    QStringList problems() const override;

private:
    PipeWireCallGuard(int inotify, QString folder, QString socketName);
    bool socketExists() const;
    bool wanted() const;
    void connectNow();
    void retryConnect();
    void onFolderEvents();
    void onLost(const QString &why);
    void update();

    const int m_inotify;
    const QString m_folder;
    const QString m_socketName;
    QSocketNotifier *m_folderNotifier;
    std::unique_ptr<PipeWireConnection> m_connection;
    CallSignals m_enabled;
    int m_retries = 0;
    bool m_holding = false;
    QString m_lastWhy; ///< why the last connection ended or failed (logged once)
};

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ControlMessage.h"

#include <QObject>

#include <functional>

class QLocalServer;
class QLocalSocket;

namespace limber {

/// The daemon's end of the control socket: one request line in, one response line
/// out, then the connection is closed. Only the owning user can connect: the socket
/// lives in a 0700 directory and is created user-only, and a peer of another user id
/// (SO_PEERCRED: root, or someone handed a descriptor) is refused. What arrives is
/// still validated as untrusted input, and at most one request line is buffered.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<ControlResponse(const ControlRequest &)>;

    ControlServer(QString socketPath, Handler handler, QObject *parent = nullptr);
    ~ControlServer() override;

    /// Starts listening, replacing a stale socket file left by a crashed daemon.
    bool listen(QString *error);

private:
    void accept();
    void read(QLocalSocket *socket);
    void reply(QLocalSocket *socket, const ControlResponse &response);

    QString m_path;
    Handler m_handler;
    QLocalServer *m_server;
};

/// The client's end: sends one request to the running daemon and waits for the answer.
/// nullopt when no daemon listens (`error` says so) or it did not answer in time.
std::optional<ControlResponse> sendControlRequest(const QString &socketPath,
                                                  const ControlRequest &request, QString *error);

} // namespace limber

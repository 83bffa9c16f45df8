// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/ControlServer.h"

#include "platform/System.h"

#include <QCoreApplication>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcControl, "limber.app.control", QtInfoMsg)

namespace limber {

namespace {
// A client that connects and says nothing must not hold a connection open.
constexpr int kClientTimeoutMs = 5000;
constexpr int kConnectTimeoutMs = 1000;
constexpr int kReplyTimeoutMs = 10000;

// The translation context of what the client tells the person.
class ClientWords
{
    Q_DECLARE_TR_FUNCTIONS(limber::ControlClient)
};

} // namespace

ControlServer::ControlServer(QString socketPath, Handler handler, QObject *parent)
    : QObject(parent)
    , m_path(std::move(socketPath))
    , m_handler(std::move(handler))
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &ControlServer::accept);
}

ControlServer::~ControlServer()
{
    m_server->close();
}

bool ControlServer::listen(QString *error)
{
    // The caller holds the single-instance lock, so a socket file here is stale.
    QLocalServer::removeServer(m_path);
    if (!m_server->listen(m_path)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

void ControlServer::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        // The directory and the socket are the owner's only, but root, or a file
        // descriptor passed on, gets past them: the kernel's word on who connected
        // decides.
        const std::optional<quint32> peer = os::peerUserId(socket->socketDescriptor());
        if (peer != os::currentUserId()) {
            qCWarning(lcControl).noquote()
                << "refused a control connection from"
                << (peer ? u"user id %1"_s.arg(*peer) : u"an unknown user"_s);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        // One request line at most is buffered; a client that sends more is answered
        // "too long" rather than filling memory.
        socket->setReadBufferSize(ControlRequest::kMaxBytes + 2);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        QTimer::singleShot(kClientTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void ControlServer::read(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > ControlRequest::kMaxBytes) {
            qCWarning(lcControl) << "dropping a client that sent an oversized request";
            reply(socket, {2, u"request too long"_s});
        }
        return;
    }
    const QByteArray line = socket->readLine(ControlRequest::kMaxBytes + 2).trimmed();
    QString error;
    const auto request = ControlRequest::decode(line, &error);
    if (!request) {
        qCWarning(lcControl) << "rejected a control request:" << error;
        reply(socket, {2, u"invalid request: "_s + error});
        return;
    }
    reply(socket, m_handler(*request));
}

void ControlServer::reply(QLocalSocket *socket, const ControlResponse &response)
{
    // One request per connection: whatever else the client sends is not read.
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr);
    socket->write(response.encode());
    socket->flush();
    socket->disconnectFromServer();
}

std::optional<ControlResponse> sendControlRequest(const QString &socketPath,
                                                  const ControlRequest &request, QString *error)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(kConnectTimeoutMs)) {
        *error = ClientWords::tr("Limber is not running");
        return std::nullopt;
    }
    socket.write(request.encode());
    if (!socket.waitForBytesWritten(kConnectTimeoutMs)) {
        *error = ClientWords::tr("could not talk to Limber: %1").arg(socket.errorString());
        return std::nullopt;
    }
    QByteArray answer;
    while (!answer.endsWith('\n') && answer.size() <= ControlResponse::kMaxBytes) {
        if (!socket.waitForReadyRead(kReplyTimeoutMs)) {
            if (socket.bytesAvailable() == 0)
                break;
        }
        answer += socket.readAll();
        if (socket.state() == QLocalSocket::UnconnectedState && socket.bytesAvailable() == 0)
            break;
    }
    const auto response = ControlResponse::decode(answer.trimmed(), error);
    if (!response)
        *error = ClientWords::tr("Limber gave no valid answer (%1)").arg(*error);
    return response;
}

} // namespace limber

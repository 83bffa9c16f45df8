// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ControlMessage.h"

#include "core/EnumNames.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace limber {

namespace {

constexpr int kProtocol = 1;

constexpr NameTable<ControlRequest::Command, 10> kCommands{{
    {ControlRequest::Command::Activate, "activate"},
    {ControlRequest::Command::BreakNow, "break-now"},
    {ControlRequest::Command::Snooze, "snooze"},
    {ControlRequest::Command::Pause, "pause"},
    {ControlRequest::Command::Resume, "resume"},
    {ControlRequest::Command::Status, "status"},
    {ControlRequest::Command::Stats, "stats"},
    {ControlRequest::Command::Quit, "quit"},
    {ControlRequest::Command::Settings, "settings"},
    {ControlRequest::Command::History, "history"},
}};

bool takesMinutes(ControlRequest::Command c)
{
    return c == ControlRequest::Command::Snooze || c == ControlRequest::Command::Pause;
}

std::optional<QJsonObject> parseObject(const QByteArray &line, qsizetype maxBytes, QString *error)
{
    if (line.size() > maxBytes) {
        *error = QStringLiteral("message longer than %1 bytes").arg(maxBytes);
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    if (object.value(QLatin1String("v")).toInt(-1) != kProtocol) {
        *error = QStringLiteral("unknown protocol version");
        return std::nullopt;
    }
    return object;
}

} // namespace

QString toString(ControlRequest::Command c)
{
    return nameOf(kCommands, c);
}

QByteArray ControlRequest::encode() const
{
    QJsonObject object{{QStringLiteral("v"), kProtocol},
                       {QStringLiteral("command"), toString(command)}};
    if (takesMinutes(command))
        object.insert(QStringLiteral("minutes"), minutes);
    if (json)
        object.insert(QStringLiteral("json"), true);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<ControlRequest> ControlRequest::decode(const QByteArray &line, QString *error)
{
    const auto object = parseObject(line, kMaxBytes, error);
    if (!object)
        return std::nullopt;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString &key = it.key();
        if (key != QLatin1String("v") && key != QLatin1String("command") &&
            key != QLatin1String("minutes") && key != QLatin1String("json")) {
            *error = QStringLiteral("unknown field");
            return std::nullopt;
        }
    }
    ControlRequest request;
    const auto command = valueOf(kCommands, object->value(QLatin1String("command")).toString());
    if (!command) {
        *error = QStringLiteral("unknown command");
        return std::nullopt;
    }
    request.command = *command;
    const QJsonValue minutes = object->value(QLatin1String("minutes"));
    if (takesMinutes(request.command)) {
        const double value = minutes.toDouble(-1);
        if (!minutes.isDouble() || value != static_cast<double>(minutes.toInteger()) || value < 1 ||
            value > kMaxMinutes) {
            *error = QStringLiteral("minutes must be a whole number from 1 to %1").arg(kMaxMinutes);
            return std::nullopt;
        }
        request.minutes = static_cast<int>(minutes.toInteger());
    } else if (!minutes.isUndefined()) {
        *error = QStringLiteral("%1 takes no minutes").arg(toString(request.command));
        return std::nullopt;
    }
    const QJsonValue json = object->value(QLatin1String("json"));
    if (!json.isUndefined() && !json.isBool()) {
        *error = QStringLiteral("json must be true or false");
        return std::nullopt;
    }
    request.json = json.toBool();
    return request;
}

QByteArray ControlResponse::encode() const
{
    const QJsonObject object{{QStringLiteral("v"), kProtocol},
                             {QStringLiteral("exit"), exitCode},
                             {QStringLiteral("output"), output}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<ControlResponse> ControlResponse::decode(const QByteArray &line, QString *error)
{
    const auto object = parseObject(line, kMaxBytes, error);
    if (!object)
        return std::nullopt;
    const QJsonValue exit = object->value(QLatin1String("exit"));
    const QJsonValue output = object->value(QLatin1String("output"));
    if (!exit.isDouble() || !output.isString()) {
        *error = QStringLiteral("malformed response");
        return std::nullopt;
    }
    return ControlResponse{std::clamp(exit.toInt(), 0, 255), output.toString()};
}

} // namespace limber

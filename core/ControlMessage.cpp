// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ControlMessage.h"

#include "core/EnumNames.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr int kProtocol = 1;

constexpr NameTable<ControlRequest::Command, 11> kCommands{{
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
    {ControlRequest::Command::Exercises, "exercises"},
}};

bool takesMinutes(ControlRequest::Command c)
{
    return c == ControlRequest::Command::Snooze || c == ControlRequest::Command::Pause;
}

std::optional<QJsonObject> parseObject(const QByteArray &line, qsizetype maxBytes, QString *error)
{
    if (line.size() > maxBytes) {
        *error = u"message longer than %1 bytes"_s.arg(maxBytes);
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    if (object.value("v"_L1).toInt(-1) != kProtocol) {
        *error = u"unknown protocol version"_s;
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
    QJsonObject object{{u"v"_s, kProtocol}, {u"command"_s, toString(command)}};
    if (takesMinutes(command))
        object.insert(u"minutes"_s, minutes);
    if (json)
        object.insert(u"json"_s, true);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<ControlRequest> ControlRequest::decode(const QByteArray &line, QString *error)
{
    const auto object = parseObject(line, kMaxBytes, error);
    if (!object)
        return std::nullopt;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString &key = it.key();
        if (key != "v"_L1 && key != "command"_L1 && key != "minutes"_L1 && key != "json"_L1) {
            *error = u"unknown field"_s;
            return std::nullopt;
        }
    }
    ControlRequest request;
    const auto command = valueOf(kCommands, object->value("command"_L1).toString());
    if (!command) {
        *error = u"unknown command"_s;
        return std::nullopt;
    }
    request.command = *command;
    const QJsonValue minutes = object->value("minutes"_L1);
    if (takesMinutes(request.command)) {
        const double value = minutes.toDouble(-1);
        if (!minutes.isDouble() || value != static_cast<double>(minutes.toInteger()) || value < 1 ||
            value > kMaxMinutes) {
            *error = u"minutes must be a whole number from 1 to %1"_s.arg(kMaxMinutes);
            return std::nullopt;
        }
        request.minutes = static_cast<int>(minutes.toInteger());
    } else if (!minutes.isUndefined()) {
        *error = u"%1 takes no minutes"_s.arg(toString(request.command));
        return std::nullopt;
    }
    const QJsonValue json = object->value("json"_L1);
    if (!json.isUndefined() && !json.isBool()) {
        *error = u"json must be true or false"_s;
        return std::nullopt;
    }
    request.json = json.toBool();
    return request;
}

QByteArray ControlResponse::encode() const
{
    const QJsonObject object{{u"v"_s, kProtocol}, {u"exit"_s, exitCode}, {u"output"_s, output}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<ControlResponse> ControlResponse::decode(const QByteArray &line, QString *error)
{
    const auto object = parseObject(line, kMaxBytes, error);
    if (!object)
        return std::nullopt;
    const QJsonValue exit = object->value("exit"_L1);
    const QJsonValue output = object->value("output"_L1);
    if (!exit.isDouble() || !output.isString()) {
        *error = u"malformed response"_s;
        return std::nullopt;
    }
    return ControlResponse{std::clamp(exit.toInt(), 0, 255), output.toString()};
}

} // namespace limber

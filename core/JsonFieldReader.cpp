// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

bool isWhole(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == static_cast<double>(v.toInteger());
}

} // namespace

JsonFieldReader::JsonFieldReader(QList<CatalogueError> &errors, QString file, QString exerciseId,
                                 QString fieldPrefix)
    : m_errors(errors)
    , m_file(std::move(file))
    , m_id(std::move(exerciseId))
    , m_prefix(std::move(fieldPrefix))
{
}

QString JsonFieldReader::indexed(const char *key, qsizetype i)
{
    return u"%1[%2]"_s.arg(QLatin1String(key)).arg(i);
}

void JsonFieldReader::fail(const QString &field, const QString &message)
{
    m_errors.append({m_file, m_id, field.isEmpty() ? QString() : m_prefix + field, message});
    ++m_count;
}

void JsonFieldReader::rejectUnknownKeys(const QJsonObject &object,
                                        std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        for (const char *k : known)
            ok = ok || it.key() == QLatin1String(k);
        if (!ok)
            fail(it.key(), L("unknown field"));
    }
}

QString JsonFieldReader::text(const QJsonObject &object, const char *key, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        if (required)
            fail(L(key), L("missing"));
        return {};
    }
    if (!value.isString()) {
        fail(L(key), L("must be text"));
        return {};
    }
    const QString s = value.toString().trimmed();
    if (required && s.isEmpty())
        fail(L(key), L("must not be empty"));
    if (s.size() > kMaxTextLength) {
        fail(L(key), u"longer than %1 characters"_s.arg(kMaxTextLength));
        return {};
    }
    return s;
}

QStringList JsonFieldReader::textList(const QJsonObject &object, const char *key, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        if (required)
            fail(L(key), L("missing"));
        return {};
    }
    if (!value.isArray()) {
        fail(L(key), L("must be a list of texts"));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (required && array.isEmpty())
        fail(L(key), L("must not be empty"));
    if (array.size() > kMaxListItems)
        fail(L(key), u"more than %1 entries"_s.arg(kMaxListItems));
    QStringList out;
    for (qsizetype i = 0; i < array.size() && i < kMaxListItems; ++i) {
        const QString s = array.at(i).toString().trimmed();
        if (!array.at(i).isString() || s.isEmpty())
            fail(indexed(key, i), L("must be non-empty text"));
        else if (s.size() > kMaxTextLength)
            fail(indexed(key, i), u"longer than %1 characters"_s.arg(kMaxTextLength));
        else
            out << s;
    }
    return out;
}

IntRange JsonFieldReader::range(const QJsonObject &object, const char *key, int limit)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() != 2 || !isWhole(array.at(0)) || !isWhole(array.at(1))) {
        fail(L(key), L("must be [min, max] with two whole numbers"));
        return {};
    }
    const qint64 min = array.at(0).toInteger();
    const qint64 max = array.at(1).toInteger();
    if (min < 1 || max > limit || min > max) {
        fail(L(key), u"[%1, %2] must satisfy 1 ≤ min ≤ max ≤ %3"_s.arg(min).arg(max).arg(limit));
        return {};
    }
    return {static_cast<int>(min), static_cast<int>(max)};
}

int JsonFieldReader::integer(const QJsonObject &object, const char *key, int min, int max)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return 0;
    if (!isWhole(value) || value.toInteger() < min || value.toInteger() > max) {
        fail(L(key), u"must be a whole number from %1 to %2"_s.arg(min).arg(max));
        return 0;
    }
    return static_cast<int>(value.toInteger());
}

bool JsonFieldReader::boolean(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return false;
    if (!value.isBool()) {
        fail(L(key), L("must be true or false"));
        return false;
    }
    return value.toBool();
}

std::optional<QJsonObject> readJsonObject(const QByteArray &json, const QString &file,
                                          qsizetype maxBytes, QList<CatalogueError> &errors)
{
    if (json.size() > maxBytes) {
        errors.append({file, {}, {}, u"larger than %1 bytes"_s.arg(maxBytes)});
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
                                ? u"not valid JSON at byte %1: %2"_s.arg(parseError.offset)
                                      .arg(parseError.errorString())
                                : u"the top level must be an object"_s;
        errors.append({file, {}, {}, why});
        return std::nullopt;
    }
    return doc.object();
}

} // namespace limber

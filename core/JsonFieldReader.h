// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Exercise.h"
#include "core/ExerciseCatalogue.h"

#include <QJsonObject>

#include <functional>
#include <initializer_list>
#include <optional>

namespace limber {

/// Reads the fields of one JSON object of a catalogue file, recording every problem
/// with the file, the exercise id and the field name. After a problem the getters
/// return safe empty values, so a whole object is checked in one pass and the person
/// fixing the file sees every mistake at once.
/// The top-level object of a JSON file of at most `maxBytes`, or nullopt with an error
/// naming `file` appended to `errors` (too large, not JSON, not an object).
std::optional<QJsonObject> readJsonObject(const QByteArray &json, const QString &file,
                                          qsizetype maxBytes, QList<CatalogueError> &errors);

class JsonFieldReader
{
public:
    static constexpr int kMaxListItems = 20;
    static constexpr qsizetype kMaxTextLength = 1000;

    JsonFieldReader(QList<CatalogueError> &errors, QString file, QString exerciseId,
                    QString fieldPrefix = {});

    int errorCount() const { return m_count; }
    /// A reader for an object inside this one ("dosage."): the same file and exercise,
    /// its field names prefixed, its errors counted on their own.
    JsonFieldReader nested(const QString &prefix) const
    {
        return JsonFieldReader(m_errors, m_file, m_id, m_prefix + prefix);
    }
    void fail(const QString &field, const QString &message);
    void rejectUnknownKeys(const QJsonObject &object, std::initializer_list<const char *> known);

    QString text(const QJsonObject &object, const char *key, bool required);
    QStringList textList(const QJsonObject &object, const char *key, bool required);
    /// A [min, max] pair of whole numbers in [1, limit]; empty when absent or wrong.
    IntRange range(const QJsonObject &object, const char *key, int limit);
    /// A whole number in [min, max]; 0 when absent or wrong.
    int integer(const QJsonObject &object, const char *key, int min, int max);
    bool boolean(const QJsonObject &object, const char *key);

    /// A list of names, each mapped by `parseName`; unknown names are reported.
    template<typename T>
    QList<T> names(const QJsonObject &object, const char *key,
                   const std::function<std::optional<T>(const QString &)> &parseName)
    {
        QList<T> out;
        const QStringList items = textList(object, key, false);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (const auto value = parseName(items.at(i)))
                out << *value;
            else
                fail(indexed(key, i), QStringLiteral("unknown value \"%1\"").arg(items.at(i)));
        }
        return out;
    }

private:
    static QString indexed(const char *key, qsizetype i);

    QList<CatalogueError> &m_errors;
    QString m_file;
    QString m_id;
    QString m_prefix;
    int m_count = 0;
};

} // namespace limber

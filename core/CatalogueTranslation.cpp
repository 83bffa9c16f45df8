// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CatalogueTranslation.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace limber::catalogue_translation {

namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

/// A text the translation gives: when the key is there it must be non-empty text, since
/// leaving the key out is the way to keep the English.
QString given(JsonFieldReader &r, const QJsonObject &object, const char *key)
{
    return object.contains(QLatin1String(key)) ? r.text(object, key, true) : QString();
}

/// A list the translation gives, whole or not at all: a list with a bad entry would no
/// longer match the English one entry by entry.
QStringList givenList(JsonFieldReader &r, const QJsonObject &object, const char *key)
{
    if (!object.contains(QLatin1String(key)))
        return {};
    const int before = r.errorCount();
    QStringList list = r.textList(object, key, true);
    return r.errorCount() == before ? list : QStringList();
}

QStringList fitList(const QStringList &words, const QStringList &english, const char *key,
                    JsonFieldReader &r)
{
    if (words.isEmpty() || words.size() == english.size())
        return words;
    r.fail(L(key), u"has %1 entries, but the English has %2: each entry translates the English "
                   "one in the same place"_s.arg(words.size())
                       .arg(english.size()));
    return {};
}

} // namespace

QString baseLanguage(const QString &language)
{
    static const QRegularExpression separator(u"[_.@-]"_s);
    const QString code = language.section(separator, 0, 0).toLower();
    return isLanguageCode(code) ? code : QString();
}

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[a-z]{2,3}$"_s);
    return pattern.match(code).hasMatch() && code != "en"_L1 && code != "eng"_L1;
}

QString fileName(const QString &language)
{
    return u"exercises_%1.json"_s.arg(language);
}

Parsed parse(const QByteArray &json, const QString &fileName)
{
    Parsed out;
    const std::optional<QJsonObject> root =
        readJsonObject(json, fileName, ExerciseCatalogue::kMaxFileBytes, out.errors);
    if (!root)
        return out;
    JsonFieldReader r(out.errors, fileName, {});
    r.rejectUnknownKeys(*root, {"format", "language", "exercises"});
    if (root->value("format"_L1).toInt(-1) != ExerciseCatalogue::kFormat) {
        r.fail(L("format"), u"must be %1"_s.arg(ExerciseCatalogue::kFormat));
        return out;
    }
    out.language = r.text(*root, "language", true);
    if (!out.language.isEmpty() && !isLanguageCode(out.language))
        r.fail(L("language"), L("must be a language code such as \"de\", not English"));
    const QJsonValue exercises = root->value("exercises"_L1);
    if (!exercises.isObject()) {
        r.fail(L("exercises"), L("must be an object with the words of each exercise by its id"));
        return out;
    }
    const QJsonObject byId = exercises.toObject();
    if (byId.size() > ExerciseCatalogue::kMaxExercises) {
        r.fail(L("exercises"), u"more than %1 exercises"_s.arg(ExerciseCatalogue::kMaxExercises));
        return out;
    }
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        JsonFieldReader er(out.errors, fileName, it.key());
        if (!it.value().isObject()) {
            er.fail({}, L("must be an object with the exercise's words"));
            continue;
        }
        const ExerciseWords words = readWords(it.value().toObject(), er);
        out.exercises.insert(it.key(), words);
    }
    return out;
}

ExerciseWords readWords(const QJsonObject &object, JsonFieldReader &r)
{
    // What a person reads; ids, doses and figures are the catalogue's, in every language.
    r.rejectUnknownKeys(object, {"name", "summary", "steps", "dosage", "dosage_note", "cautions"});
    ExerciseWords words;
    words.name = given(r, object, "name");
    words.summary = given(r, object, "summary");
    words.steps = givenList(r, object, "steps");
    words.dosageNote = given(r, object, "dosage_note");
    words.cautions = givenList(r, object, "cautions");
    const QJsonValue dosage = object.value("dosage"_L1);
    if (dosage.isUndefined())
        return words;
    if (!dosage.isObject()) {
        r.fail(L("dosage"), L("must be an object with the dosage's \"text\""));
        return words;
    }
    JsonFieldReader dr = r.nested(u"dosage."_s);
    dr.rejectUnknownKeys(dosage.toObject(), {"text"});
    words.dosageText = given(dr, dosage.toObject(), "text");
    return words;
}

ExerciseWords fit(const ExerciseWords &words, const Exercise &english, JsonFieldReader &r)
{
    ExerciseWords out = words;
    out.steps = fitList(words.steps, english.steps, "steps", r);
    out.cautions = fitList(words.cautions, english.cautions, "cautions", r);
    if (!words.dosageNote.isEmpty() && english.dosageNote.isEmpty()) {
        r.fail(L("dosage_note"), L("the English has no dosage note to translate"));
        out.dosageNote.clear();
    }
    return out;
}

QHash<QString, ExerciseWords> readInline(const QJsonValue &value, const Exercise *english,
                                         JsonFieldReader &r)
{
    QHash<QString, ExerciseWords> out;
    if (value.isUndefined())
        return out;
    if (!value.isObject()) {
        r.fail(L("translations"), L("must be an object by language, e.g. {\"de\": {…}}"));
        return out;
    }
    const QJsonObject byLanguage = value.toObject();
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
        const QString field = u"translations."_s + it.key();
        if (!isLanguageCode(it.key())) {
            r.fail(field, it.key() == "en"_L1
                              ? L("English is the exercise's own words, outside \"translations\"")
                              : L("must be a language code such as \"de\""));
            continue;
        }
        if (!it.value().isObject()) {
            r.fail(field, L("must be an object with the exercise's words"));
            continue;
        }
        JsonFieldReader lr = r.nested(field + u'.');
        ExerciseWords words = readWords(it.value().toObject(), lr);
        if (english)
            words = fit(words, *english, lr);
        if (!words.isEmpty())
            out.insert(it.key(), words);
    }
    return out;
}

} // namespace limber::catalogue_translation

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ExerciseCatalogue.h"

#include "core/CatalogueTranslation.h"
#include "core/JsonFieldReader.h"
#include "core/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr int kMaxSeconds = 600;
constexpr int kMaxReps = 100;
constexpr int kMaxSets = 5;

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

std::optional<EquipmentNeed> parseNeed(const QString &text)
{
    EquipmentNeed need;
    for (const QString &alternative : text.split(u'|')) {
        const auto e = equipmentFromString(alternative.trimmed());
        if (!e)
            return std::nullopt;
        need.anyOf |= bit(*e);
    }
    return need;
}

bool readDosage(JsonFieldReader &outer, const QJsonObject &exercise, Dosage &dosage,
                QList<CatalogueError> &errors, const QString &file, const QString &id)
{
    const QJsonValue value = exercise.value("dosage"_L1);
    if (!value.isObject()) {
        outer.fail(L("dosage"), value.isUndefined() ? L("missing") : L("must be an object"));
        return false;
    }
    const QJsonObject object = value.toObject();
    JsonFieldReader r(errors, file, id, u"dosage."_s);
    r.rejectUnknownKeys(object,
                        {"reps", "hold_seconds", "sets", "per_side", "seconds_per_rep", "text"});
    dosage.reps = r.range(object, "reps", kMaxReps);
    dosage.holdSeconds = r.range(object, "hold_seconds", kMaxSeconds);
    dosage.sets = object.contains("sets"_L1) ? r.range(object, "sets", kMaxSets) : IntRange{1, 1};
    dosage.perSide = r.boolean(object, "per_side");
    dosage.secondsPerRep = r.integer(object, "seconds_per_rep", 1, 60);
    dosage.text = r.text(object, "text", true);
    if (dosage.reps.isEmpty() && dosage.holdSeconds.isEmpty() && r.errorCount() == 0)
        r.fail(L("reps"), L("a dosage needs reps, hold_seconds or both"));
    if (!dosage.reps.isEmpty() && dosage.secondsPerRep == 0 && r.errorCount() == 0)
        r.fail(L("seconds_per_rep"), L("required when reps are given"));
    return r.errorCount() == 0;
}

/// One exercise of a file, or nullopt when it is invalid; `translations` gets what its
/// "translations" give (a user's file), which never makes the exercise invalid.
std::optional<Exercise> readExercise(const QJsonValue &value, qsizetype index, const QString &file,
                                     const QSet<QString> &sourceIds, bool requireSources,
                                     QList<CatalogueError> &errors,
                                     QHash<QString, ExerciseWords> &translations)
{
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    if (!value.isObject()) {
        errors.append({file, u"exercises[%1]"_s.arg(index), {}, L("must be an object")});
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    Exercise ex;
    ex.id = object.value("id"_L1).toString();
    const QString label = ex.id.isEmpty() ? u"exercises[%1]"_s.arg(index) : ex.id;
    JsonFieldReader r(errors, file, label);
    r.rejectUnknownKeys(object, {"id", "name", "summary", "steps", "position", "equipment",
                                 "directions", "desk_friendly", "dosage", "dosage_note", "cautions",
                                 "sources", "adapted_from", "presses_on_spine", "translations"});
    if (!idPattern.match(ex.id).hasMatch())
        r.fail(L("id"), L("must be 1–64 lower-case letters, digits or dashes"));
    ex.name = r.text(object, "name", true);
    ex.summary = r.text(object, "summary", true);
    ex.steps = r.textList(object, "steps", true);
    const QString position = r.text(object, "position", true);
    if (const auto p = positionFromString(position))
        ex.position = *p;
    else if (!position.isEmpty())
        r.fail(L("position"), u"unknown position \"%1\""_s.arg(position));
    ex.equipment = r.names<EquipmentNeed>(object, "equipment", parseNeed);
    if (!object.contains("directions"_L1))
        r.fail(L("directions"), L("missing"));
    else if (object.value("directions"_L1).toArray().isEmpty())
        r.fail(L("directions"), L("must name at least one direction"));
    ex.directions = r.names<Direction>(object, "directions", directionFromString);
    ex.deskFriendly = r.boolean(object, "desk_friendly");
    if (ex.deskFriendly && ex.position != Position::Standing && ex.position != Position::Seated)
        r.fail(L("desk_friendly"), L("only standing or seated exercises suit a desk"));
    const bool dosageOk = readDosage(r, object, ex.dosage, errors, file, label);
    ex.dosageNote = r.text(object, "dosage_note", false);
    ex.cautions = r.textList(object, "cautions", false);
    ex.sources = r.textList(object, "sources", requireSources);
    for (const QString &source : ex.sources)
        if (!sourceIds.contains(source))
            r.fail(L("sources"), u"unknown source \"%1\""_s.arg(source));
    ex.adaptedFrom = r.text(object, "adapted_from", false);
    ex.pressesOnSpine = r.boolean(object, "presses_on_spine");
    if (!ex.adaptedFrom.isEmpty() && ex.adaptedFrom == ex.id)
        r.fail(L("adapted_from"), L("must name another exercise"));
    const bool valid = r.errorCount() == 0 && dosageOk;
    if (requireSources && object.contains("translations"_L1))
        r.fail(L("translations"), L("the built-in catalogue's translations are files of their "
                                    "own, in assets/translations/"));
    JsonFieldReader words(errors, file, label);
    translations = catalogue_translation::readInline(object.value("translations"_L1),
                                                     valid ? &ex : nullptr, words);
    if (!valid)
        return std::nullopt;
    return ex;
}

} // namespace

QString CatalogueError::toString() const
{
    QString where = file;
    if (!exerciseId.isEmpty())
        where += u": exercise \"%1\""_s.arg(exerciseId);
    if (!field.isEmpty())
        where += u", field \"%1\""_s.arg(field);
    return where + u": "_s + message;
}

ExerciseCatalogue::Parsed ExerciseCatalogue::parse(const QByteArray &json, const QString &fileName,
                                                   bool requireSources,
                                                   const QStringList &knownSourceIds)
{
    Parsed out;
    const std::optional<QJsonObject> parsed =
        readJsonObject(json, fileName, kMaxFileBytes, out.errors);
    if (!parsed)
        return out;
    const QJsonObject &root = *parsed;
    JsonFieldReader r(out.errors, fileName, {});
    r.rejectUnknownKeys(root, {"format", "sources", "exercises"});
    if (root.value("format"_L1).toInt(-1) != kFormat) {
        r.fail(L("format"), u"must be %1"_s.arg(kFormat));
        return out;
    }

    QSet<QString> sourceIds(knownSourceIds.begin(), knownSourceIds.end());
    const QJsonArray sources = root.value("sources"_L1).toArray();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QJsonObject s = sources.at(i).toObject();
        JsonFieldReader sr(out.errors, fileName, {}, u"sources[%1]."_s.arg(i));
        sr.rejectUnknownKeys(s, {"id", "title", "author"});
        CatalogueSource source{sr.text(s, "id", true), sr.text(s, "title", true),
                               sr.text(s, "author", false)};
        if (sr.errorCount() == 0) {
            sourceIds.insert(source.id);
            out.sources << source;
        }
    }

    const QJsonValue exercises = root.value("exercises"_L1);
    if (!exercises.isArray()) {
        r.fail(L("exercises"), L("must be a list"));
        return out;
    }
    const QJsonArray array = exercises.toArray();
    if (array.size() > kMaxExercises)
        r.fail(L("exercises"),
               u"more than %1 exercises; the rest are ignored"_s.arg(kMaxExercises));
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size() && i < kMaxExercises; ++i) {
        QHash<QString, ExerciseWords> translations;
        auto exercise = readExercise(array.at(i), i, fileName, sourceIds, requireSources,
                                     out.errors, translations);
        if (!exercise)
            continue;
        if (seen.contains(exercise->id)) {
            out.errors.append({fileName, exercise->id, L("id"), L("used by an earlier exercise")});
            continue;
        }
        seen.insert(exercise->id);
        if (!translations.isEmpty())
            out.translations.insert(exercise->id, translations);
        out.exercises << std::move(*exercise);
    }
    // An adaptation names the source's exercise it comes from; in the built-in catalogue
    // that one must be there (a user's file may name a built-in one).
    for (const Exercise &exercise : std::as_const(out.exercises))
        if (requireSources && !exercise.adaptedFrom.isEmpty() &&
            !seen.contains(exercise.adaptedFrom))
            out.errors.append({fileName, exercise.id, L("adapted_from"),
                               u"unknown exercise \"%1\""_s.arg(exercise.adaptedFrom)});
    return out;
}

void ExerciseCatalogue::setLanguage(const QString &language)
{
    m_language = catalogue_translation::baseLanguage(language);
}

bool ExerciseCatalogue::loadBuiltIn()
{
    return loadBuiltInFrom(u":/limber/exercises.json"_s, u"built-in exercises.json"_s);
}

bool ExerciseCatalogue::loadBuiltIn(const QString &path)
{
    return loadBuiltInFrom(path, path);
}

bool ExerciseCatalogue::loadBuiltInFrom(const QString &path, const QString &displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append({displayName, {}, {}, file.errorString()});
        return false;
    }
    Parsed parsed = parse(file.read(kMaxFileBytes + 1), displayName, true);
    m_exercises = std::move(parsed.exercises);
    m_sources = std::move(parsed.sources);
    m_builtInWords.clear();
    for (const CatalogueError &e : parsed.errors)
        qCCritical(lcCatalogue).noquote() << e.toString();
    m_errors += parsed.errors;
    if (m_language.isEmpty())
        return parsed.errors.isEmpty();
    // Beside the catalogue: ":/limber/translations/exercises_de.json" for the compiled-in
    // one, as assets/translations/ is beside assets/exercises.json.
    const QString name = catalogue_translation::fileName(m_language);
    const QString translation = QFileInfo(path).path() + u"/translations/"_s + name;
    if (!QFileInfo::exists(translation))
        return parsed.errors.isEmpty();
    const bool translated =
        translateBuiltIn(translation, path.startsWith(u':') ? u"built-in "_s + name : translation);
    return parsed.errors.isEmpty() && translated;
}

bool ExerciseCatalogue::translateBuiltIn(const QString &path, const QString &displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append({displayName, {}, {}, file.errorString()});
        qCCritical(lcCatalogue).noquote() << m_errors.last().toString();
        return false;
    }
    catalogue_translation::Parsed parsed =
        catalogue_translation::parse(file.read(kMaxFileBytes + 1), displayName);
    QList<CatalogueError> &errors = parsed.errors;
    if (!parsed.language.isEmpty() && parsed.language != m_language)
        errors.append({displayName,
                       {},
                       u"language"_s,
                       u"is \"%1\" in the file for \"%2\""_s.arg(parsed.language, m_language)});
    for (auto it = parsed.exercises.cbegin(); it != parsed.exercises.cend(); ++it) {
        const auto exercise = std::find_if(m_exercises.begin(), m_exercises.end(),
                                           [&](const Exercise &e) { return e.id == it.key(); });
        if (exercise == m_exercises.end()) {
            errors.append({displayName, it.key(), {}, u"no exercise with this id"_s});
            continue;
        }
        JsonFieldReader r(errors, displayName, it.key());
        const ExerciseWords words = catalogue_translation::fit(it.value(), *exercise, r);
        m_builtInWords.insert(it.key(), {wordsOf(*exercise), words});
        applyWords(*exercise, words);
    }
    for (const CatalogueError &e : errors)
        qCCritical(lcCatalogue).noquote() << e.toString();
    m_errors += errors;
    return errors.isEmpty();
}

void ExerciseCatalogue::translateUserExercise(Exercise &exercise, const ExerciseWords &own) const
{
    if (m_language.isEmpty())
        return;
    ExerciseWords words = own;
    const auto builtIn = m_builtInWords.constFind(exercise.id);
    if (builtIn != m_builtInWords.cend())
        words = fieldByField(
            own, stillTranslating(builtIn->translated, builtIn->english, wordsOf(exercise)));
    applyWords(exercise, words);
}

bool ExerciseCatalogue::addUserFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    QFile file(path);
    // A named pipe or a device would block or never end: only a plain file is read.
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        const QString why = info.isFile() ? file.errorString() : u"not a plain file"_s;
        m_errors.append({path, {}, {}, why});
        qCWarning(lcCatalogue).noquote() << m_errors.last().toString();
        return false;
    }
    QStringList builtInSources;
    for (const CatalogueSource &source : m_sources)
        builtInSources << source.id;
    Parsed parsed = parse(file.read(kMaxFileBytes + 1), path, false, builtInSources);
    for (Exercise &exercise : parsed.exercises) {
        translateUserExercise(exercise, parsed.translations.value(exercise.id).value(m_language));
        const auto it = std::find_if(m_exercises.begin(), m_exercises.end(),
                                     [&](const Exercise &e) { return e.id == exercise.id; });
        if (it != m_exercises.end())
            *it = std::move(exercise);
        else
            m_exercises << std::move(exercise);
    }
    for (const CatalogueSource &source : parsed.sources)
        m_sources << source;
    for (const CatalogueError &e : parsed.errors)
        qCWarning(lcCatalogue).noquote() << e.toString();
    m_errors += parsed.errors;
    return parsed.errors.isEmpty();
}

const Exercise *ExerciseCatalogue::find(const QString &id) const
{
    for (const Exercise &e : m_exercises)
        if (e.id == id)
            return &e;
    return nullptr;
}

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figure/PoseLibrary.h"

#include "core/figure/FigureContacts.h"

#include "core/JsonFieldReader.h"
#include "core/Logging.h"
#include "core/figure/PoseReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace limber::figure {

namespace {

constexpr qsizetype kMaxExercises = 500;

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

/// "inset": {"camera", "frame", "props", "pose"}; problems are named "inset.…".
std::optional<FigureInset> readInset(const QJsonValue &value, const QString &file,
                                     const QString &label, QList<CatalogueError> &errors)
{
    JsonFieldReader r(errors, file, label, u"inset."_s);
    if (!value.isObject()) {
        JsonFieldReader(errors, file, label).fail(L("inset"), L("must be an object"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    r.rejectUnknownKeys(object, {"camera", "frame", "props", "pose"});
    PoseReader reader(r);
    FigureInset inset{reader.camera(object), reader.frame(object), reader.props(object), {}};
    // The pose reads like one of the exercise's own, from a list of one.
    const QList<Pose> poses =
        reader.poses(QJsonObject{{u"poses"_s, QJsonArray{object.value("pose"_L1)}}});
    if (r.errorCount() > 0 || poses.isEmpty())
        return std::nullopt;
    inset.pose = poses.first();
    return inset;
}

std::optional<ExerciseFigure> readFigure(const QJsonValue &value, qsizetype index,
                                         const QString &file, QList<CatalogueError> &errors)
{
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    if (!value.isObject()) {
        errors.append({file, u"exercises[%1]"_s.arg(index), {}, L("must be an object")});
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    ExerciseFigure figure;
    figure.exerciseId = object.value("id"_L1).toString();
    const QString label =
        figure.exerciseId.isEmpty() ? u"exercises[%1]"_s.arg(index) : figure.exerciseId;
    JsonFieldReader r(errors, file, label);
    r.rejectUnknownKeys(object, {"id", "camera", "frame", "props", "hold_at", "poses", "inset"});
    if (!idPattern.match(figure.exerciseId).hasMatch())
        r.fail(L("id"), L("must be 1–64 lower-case letters, digits or dashes"));

    PoseReader reader(r);
    figure.camera = reader.camera(object);
    figure.frame = reader.frame(object);
    figure.props = reader.props(object);
    figure.poses = reader.poses(object);
    figure.holdAt = reader.holdAt(object, figure.poses);
    if (object.contains("inset"_L1)) {
        figure.inset = readInset(object.value("inset"_L1), file, label, errors);
        if (!figure.inset)
            return std::nullopt;
    }
    if (r.errorCount() > 0)
        return std::nullopt;
    return figure;
}

bool propShows(const QList<Prop> &props, Equipment e)
{
    auto has = [&](PropKind kind) {
        return std::any_of(props.begin(), props.end(),
                           [kind](const Prop &p) { return p.kind == kind; });
    };
    switch (e) {
    case Equipment::FoamRoller:
    case Equipment::Towel: // a rolled towel is drawn like a small roller
        return has(PropKind::Roller);
    case Equipment::Wall:
        return has(PropKind::Wall);
    case Equipment::TennisBalls:
        return has(PropKind::Ball);
    case Equipment::ExerciseBand:
        return has(PropKind::Band);
    case Equipment::Dumbbells:
        return has(PropKind::Dumbbell);
    case Equipment::YogaMat:
        return has(PropKind::Mat);
    }
    return false;
}

} // namespace

PoseLibrary::Parsed PoseLibrary::parse(const QByteArray &json, const QString &fileName)
{
    Parsed out;
    const std::optional<QJsonObject> parsed =
        readJsonObject(json, fileName, ExerciseCatalogue::kMaxFileBytes, out.errors);
    if (!parsed)
        return out;
    const QJsonObject &root = *parsed;
    JsonFieldReader r(out.errors, fileName, {});
    r.rejectUnknownKeys(root, {"format", "exercises"});
    if (root.value("format"_L1).toInt(-1) != kFormat) {
        r.fail(L("format"), u"must be %1"_s.arg(kFormat));
        return out;
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
        auto figure = readFigure(array.at(i), i, fileName, out.errors);
        if (!figure)
            continue;
        if (seen.contains(figure->exerciseId)) {
            out.errors.append(
                {fileName, figure->exerciseId, L("id"), L("used by an earlier exercise")});
            continue;
        }
        seen.insert(figure->exerciseId);
        plantRestingParts(*figure);
        out.figures << std::move(*figure);
    }
    return out;
}

const PoseLibrary &PoseLibrary::builtIn()
{
    static const PoseLibrary library = [] {
        PoseLibrary l;
        l.load(u":/limber/poses.json"_s, u"built-in poses.json"_s);
        return l;
    }();
    return library;
}

bool PoseLibrary::load(const QString &path, const QString &displayName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append({displayName, {}, {}, file.errorString()});
        qCCritical(lcCatalogue).noquote() << m_errors.last().toString();
        return false;
    }
    Parsed parsed = parse(file.read(ExerciseCatalogue::kMaxFileBytes + 1), displayName);
    m_figures = std::move(parsed.figures);
    for (const CatalogueError &e : parsed.errors)
        qCCritical(lcCatalogue).noquote() << e.toString();
    m_errors += parsed.errors;
    return parsed.errors.isEmpty();
}

const ExerciseFigure *PoseLibrary::find(const QString &exerciseId) const
{
    for (const ExerciseFigure &f : m_figures)
        if (f.exerciseId == exerciseId)
            return &f;
    return nullptr;
}

QList<CatalogueError> PoseLibrary::crossCheck(const ExerciseCatalogue &catalogue,
                                              const QString &fileName) const
{
    QList<CatalogueError> out;
    for (const Exercise &exercise : catalogue.exercises()) {
        const ExerciseFigure *figure = find(exercise.id);
        if (!figure) {
            out.append({fileName, exercise.id, {}, L("the exercise has no key poses")});
            continue;
        }
        for (const EquipmentNeed &need : exercise.equipment) {
            bool shown = false;
            for (const Equipment e : allEquipment())
                shown = shown || ((need.anyOf & bit(e)) != 0 && propShows(figure->props, e));
            if (!shown)
                out.append({fileName, exercise.id, L("props"),
                            u"no prop shows the equipment \"%1\""_s.arg(
                                equipmentNames(need.anyOf).join(u'|'))});
        }
    }
    for (const ExerciseFigure &figure : m_figures)
        if (!catalogue.find(figure.exerciseId))
            out.append({fileName, figure.exerciseId, L("id"),
                        L("no exercise with this id in the catalogue")});
    return out;
}

} // namespace limber::figure

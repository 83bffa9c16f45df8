// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/figure/PoseReader.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace limber::figure {

namespace {

constexpr double kMaxReach = 400; // centimetres from the scene's origin

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

QString sub(const QString &field, const char *key)
{
    return field.isEmpty() ? L(key) : field + u'.' + QLatin1String(key);
}

struct KindSpec
{
    const char *name;
    PropKind kind;
};
constexpr KindSpec kKinds[] = {
    {"floor", PropKind::Floor},       {"mat", PropKind::Mat},       {"wall", PropKind::Wall},
    {"chair", PropKind::Chair},       {"roller", PropKind::Roller}, {"ball", PropKind::Ball},
    {"dumbbell", PropKind::Dumbbell}, {"band", PropKind::Band},     {"door", PropKind::Door},
    {"cushion", PropKind::Cushion},
};

/// The keys each kind of prop may have besides "kind".
QStringList keysOf(PropKind kind)
{
    switch (kind) {
    case PropKind::Floor:
        return {};
    case PropKind::Mat:
    case PropKind::Door:
        return {L("at"), L("yaw"), L("length"), L("size")};
    case PropKind::Wall:
        return {L("at"), L("yaw")};
    case PropKind::Chair:
    case PropKind::Cushion:
        return {L("at"), L("yaw"), L("size")};
    case PropKind::Roller:
        return {L("at"), L("yaw"), L("length")};
    case PropKind::Ball:
        return {L("at")};
    case PropKind::Dumbbell:
        return {L("hand")};
    case PropKind::Band:
        return {L("anchor")};
    }
    return {};
}

const char *const kPairs[] = {"shoulder", "elbow", "wrist", "hip", "knee", "ankle"};

} // namespace

std::optional<double> PoseReader::number(const QJsonObject &object, const char *key,
                                         const QString &field, double min, double max,
                                         bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined()) {
        if (required)
            m_r.fail(sub(field, key), L("missing"));
        return std::nullopt;
    }
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < min ||
        value.toDouble() > max) {
        m_r.fail(sub(field, key), u"must be a number from %1 to %2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return value.toDouble();
}

Camera PoseReader::camera(const QJsonObject &exercise)
{
    Camera camera;
    const QJsonValue value = exercise.value("camera"_L1);
    if (value.isUndefined())
        return camera;
    if (!value.isObject()) {
        m_r.fail(L("camera"), L("must be an object"));
        return camera;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != "yaw"_L1 && it.key() != "pitch"_L1)
            m_r.fail(u"camera.%1"_s.arg(it.key()), L("unknown field"));
    camera.yaw = number(o, "yaw", L("camera"), -180, 180, false).value_or(0);
    camera.pitch = number(o, "pitch", L("camera"), 0, 90, false).value_or(0);
    return camera;
}

QRectF PoseReader::frame(const QJsonObject &exercise)
{
    const QJsonValue value = exercise.value("frame"_L1);
    if (!value.isObject()) {
        m_r.fail(L("frame"), value.isUndefined() ? L("missing") : L("must be an object"));
        return {};
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != "left"_L1 && it.key() != "bottom"_L1 && it.key() != "width"_L1)
            m_r.fail(u"frame.%1"_s.arg(it.key()), L("unknown field"));
    const auto left = number(o, "left", L("frame"), -kMaxReach, kMaxReach, true);
    const auto bottom = number(o, "bottom", L("frame"), -kMaxReach, kMaxReach, true);
    const auto width = number(o, "width", L("frame"), 60, 2 * kMaxReach, true);
    if (!left || !bottom || !width)
        return {};
    const double height = *width * 3 / 4;
    // Scene y grows upwards; QRectF's top is its smallest y, here the bottom edge.
    return {*left, *bottom, *width, height};
}

Vec3 PoseReader::point(const QJsonObject &object, const char *key, const QString &field)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return {};
    const QJsonArray a = value.toArray();
    bool ok = value.isArray() && a.size() == 3;
    for (const auto &v : a)
        ok = ok && v.isDouble() && std::abs(v.toDouble()) <= kMaxReach;
    if (!ok) {
        m_r.fail(sub(field, key), u"must be [x, y, z] in centimetres within ±%1"_s.arg(kMaxReach));
        return {};
    }
    return {a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble()};
}

std::optional<Prop> PoseReader::prop(const QJsonObject &o, const QString &field)
{
    const QString kindName = o.value("kind"_L1).toString();
    const KindSpec *spec = nullptr;
    for (const KindSpec &k : kKinds)
        if (kindName == QLatin1String(k.name))
            spec = &k;
    if (!spec) {
        m_r.fail(sub(field, "kind"),
                 o.contains("kind"_L1) ? u"unknown prop \"%1\""_s.arg(kindName) : L("missing"));
        return std::nullopt;
    }
    Prop p;
    p.kind = spec->kind;
    const QStringList allowed = keysOf(p.kind);
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != "kind"_L1 && !allowed.contains(it.key()))
            m_r.fail(field + u'.' + it.key(), u"unknown field for a %1"_s.arg(kindName));
    p.at = point(o, "at", field);
    p.yaw = number(o, "yaw", field, -180, 180, false).value_or(0);
    p.length = number(o, "length", field, 10, 300, false).value_or(0);
    p.size = number(o, "size", field, 10, 300, false).value_or(0);
    if (p.kind == PropKind::Dumbbell) {
        const QString hand = o.value("hand"_L1).toString();
        if (hand != "l"_L1 && hand != "r"_L1)
            m_r.fail(sub(field, "hand"), L("must be \"l\" or \"r\""));
        p.leftHand = hand == "l"_L1;
    }
    if (p.kind == PropKind::Band) {
        const QJsonValue anchor = o.value("anchor"_L1);
        if (anchor.toString() == "feet"_L1)
            p.anchorAtFeet = true;
        else if (anchor.isArray())
            p.at = point(o, "anchor", field);
        else
            m_r.fail(sub(field, "anchor"), L("must be \"feet\" or [x, y, z]"));
    }
    return p;
}

QList<Prop> PoseReader::props(const QJsonObject &exercise)
{
    QList<Prop> out;
    const QJsonValue value = exercise.value("props"_L1);
    if (value.isUndefined())
        return out;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() > PoseLibrary::kMaxProps) {
        m_r.fail(L("props"), u"must be a list of at most %1 props"_s.arg(PoseLibrary::kMaxProps));
        return out;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"props[%1]"_s.arg(i);
        if (!array.at(i).isObject()) {
            m_r.fail(field, L("must be an object"));
            continue;
        }
        if (auto p = prop(array.at(i).toObject(), field))
            out << *p;
    }
    return out;
}

void PoseReader::readRoot(const QJsonObject &o, const QString &field, RootPlacement &root)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!QStringList{L("x"), L("y"), L("z"), L("pitch"), L("roll"), L("yaw")}.contains(
                it.key()))
            m_r.fail(field + u'.' + it.key(), L("unknown field"));
    root.at.x = number(o, "x", field, -kMaxReach, kMaxReach, false).value_or(root.at.x);
    root.at.z = number(o, "z", field, -kMaxReach, kMaxReach, false).value_or(root.at.z);
    if (const auto y = number(o, "y", field, 0, kMaxReach, false)) {
        root.at.y = *y;
        root.grounded = false;
    }
    root.pitch = number(o, "pitch", field, -180, 180, false).value_or(root.pitch);
    root.roll = number(o, "roll", field, -180, 180, false).value_or(root.roll);
    root.yaw = number(o, "yaw", field, -180, 180, false).value_or(root.yaw);
}

bool PoseReader::readAngles(const QJsonValue &value, const QString &field, JointAngles &angles)
{
    if (value.isDouble() && std::isfinite(value.toDouble())) {
        angles.flex = value.toDouble();
        return true;
    }
    const QJsonArray a = value.toArray();
    bool ok = value.isArray() && !a.isEmpty() && a.size() <= 3;
    for (const auto &v : a)
        ok = ok && v.isDouble() && std::isfinite(v.toDouble());
    if (!ok) {
        m_r.fail(field, L("must be degrees of flexion, or [flex, side, twist] in degrees"));
        return false;
    }
    angles.flex = a.at(0).toDouble();
    angles.side = a.size() > 1 ? a.at(1).toDouble() : 0;
    angles.twist = a.size() > 2 ? a.at(2).toDouble() : 0;
    return true;
}

void PoseReader::readJoints(const QJsonObject &o, const QString &field, Pose &pose)
{
    // Both sides first ("hip"), then one side ("hip_l"), so a side can refine a pair.
    for (const char *pair : kPairs) {
        const QJsonValue value = o.value(QLatin1String(pair));
        JointAngles angles;
        if (value.isUndefined() || !readAngles(value, sub(field, pair), angles))
            continue;
        pose[*jointFromName(L(pair) + u"_l"_s)] = angles;
        pose[*jointFromName(L(pair) + u"_r"_s)] = angles;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (std::any_of(std::begin(kPairs), std::end(kPairs),
                        [&](const char *p) { return it.key() == QLatin1String(p); }))
            continue;
        const auto joint = jointFromName(it.key());
        if (!joint) {
            m_r.fail(field + u'.' + it.key(), L("unknown joint"));
            continue;
        }
        JointAngles angles;
        if (readAngles(it.value(), field + u'.' + it.key(), angles))
            pose[*joint] = angles;
    }
}

void PoseReader::checkLimits(const Pose &pose, const QString &field)
{
    for (int i = 0; i < kJointCount; ++i) {
        const auto j = static_cast<Joint>(i);
        const JointLimits &l = jointLimits(j);
        const JointAngles &a = pose[j];
        const std::pair<double, AngleRange> checks[] = {
            {a.flex, l.flex}, {a.side, l.side}, {a.twist, l.twist}};
        const char *names[] = {"flex", "side", "twist"};
        for (int k = 0; k < 3; ++k)
            if (!checks[k].second.contains(checks[k].first))
                m_r.fail(u"%1.joints.%2.%3"_s.arg(field, jointName(j), L(names[k])),
                         u"%1° is outside the plausible range %2° to %3°"_s.arg(checks[k].first)
                             .arg(checks[k].second.min)
                             .arg(checks[k].second.max));
    }
}

QList<Pose> PoseReader::poses(const QJsonObject &exercise)
{
    static const QRegularExpression namePattern(u"^[a-z][a-z0-9-]{0,31}$"_s);
    QList<Pose> out;
    const QJsonValue value = exercise.value("poses"_L1);
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.isEmpty() || array.size() > PoseLibrary::kMaxPoses) {
        m_r.fail(L("poses"), value.isUndefined() ? L("missing")
                                                 : u"must be a list of 1 to %1 poses"_s.arg(
                                                       PoseLibrary::kMaxPoses));
        return out;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = u"poses[%1]"_s.arg(i);
        const QJsonObject o = array.at(i).toObject();
        if (!array.at(i).isObject()) {
            m_r.fail(field, L("must be an object"));
            continue;
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!QStringList{L("name"), L("from"), L("root"), L("joints"), L("breath"), L("rests"),
                             L("via")}
                     .contains(it.key()))
                m_r.fail(field + u'.' + it.key(), L("unknown field"));
        Pose pose;
        const QJsonValue from = o.value("from"_L1);
        if (!from.isUndefined()) {
            const auto base = std::find_if(
                out.begin(), out.end(), [&](const Pose &p) { return p.name == from.toString(); });
            if (base == out.end())
                m_r.fail(sub(field, "from"),
                         u"no earlier pose is called \"%1\""_s.arg(from.toString()));
            else
                pose = *base;
        } else if (!o.value("root"_L1).isObject()) {
            m_r.fail(sub(field, "root"), L("missing (needed unless the pose says \"from\")"));
        }
        pose.name = o.value("name"_L1).toString();
        if (!namePattern.match(pose.name).hasMatch())
            m_r.fail(sub(field, "name"), L("must be 1–32 lower-case letters, digits or dashes"));
        else if (std::any_of(out.begin(), out.end(),
                             [&](const Pose &p) { return p.name == pose.name; }))
            m_r.fail(sub(field, "name"), L("used by an earlier pose"));
        if (o.value("root"_L1).isObject())
            readRoot(o.value("root"_L1).toObject(), sub(field, "root"), pose.root);
        else if (o.contains("root"_L1))
            m_r.fail(sub(field, "root"), L("must be an object"));
        if (o.value("joints"_L1).isObject())
            readJoints(o.value("joints"_L1).toObject(), sub(field, "joints"), pose);
        else if (o.contains("joints"_L1))
            m_r.fail(sub(field, "joints"), L("must be an object"));
        pose.breath = number(o, "breath", field, 0, 1, false).value_or(pose.breath);
        if (o.contains("rests"_L1))
            pose.rests = restingParts(o, sub(field, "rests"));
        const QJsonValue via = o.value("via"_L1);
        pose.via = via.toBool();
        if (!via.isUndefined() && !via.isBool())
            m_r.fail(sub(field, "via"), L("must be true or false"));
        else if (pose.via && i == 0)
            m_r.fail(sub(field, "via"), L("the first pose starts the movement: it is shown"));
        checkLimits(pose, field);
        out << pose;
    }
    return out;
}

QList<RestingPart> PoseReader::restingParts(const QJsonObject &pose, const QString &field)
{
    QList<RestingPart> out;
    for (const QString &name : m_r.textList(pose, "rests", false)) {
        const QList<RestingPart> parts = restingPartsFromName(name);
        if (parts.isEmpty())
            m_r.fail(field, u"\"%1\" is not a part that can rest on something (head, trunk, "
                            "pelvis, hands, forearms, knees, shins, thighs, feet, or one side "
                            "such as hand_l)"_s.arg(name));
        for (const RestingPart part : parts)
            if (!out.contains(part))
                out << part;
    }
    return out;
}

QList<int> PoseReader::holdAt(const QJsonObject &exercise, const QList<Pose> &poses)
{
    if (!exercise.contains("hold_at"_L1))
        return poses.isEmpty() ? QList<int>{} : QList<int>{static_cast<int>(poses.size() - 1)};
    QList<int> out;
    const QStringList names = m_r.textList(exercise, "hold_at", true);
    for (const QString &name : names) {
        const auto it =
            std::find_if(poses.begin(), poses.end(), [&](const Pose &p) { return p.name == name; });
        if (it == poses.end())
            m_r.fail(L("hold_at"), u"no pose is called \"%1\""_s.arg(name));
        else
            out << static_cast<int>(it - poses.begin());
    }
    return out;
}

} // namespace limber::figure

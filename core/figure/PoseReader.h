// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/JsonFieldReader.h"
#include "core/figure/PoseLibrary.h"

#include <QJsonObject>

#include <optional>

namespace limber::figure {

/// Reads the parts of one exercise's entry in poses.json, reporting every problem
/// through the JsonFieldReader (which names the file and the exercise).
class PoseReader
{
public:
    explicit PoseReader(JsonFieldReader &reader)
        : m_r(reader)
    {
    }

    Camera camera(const QJsonObject &exercise);
    QRectF frame(const QJsonObject &exercise);
    QList<Prop> props(const QJsonObject &exercise);
    QList<Pose> poses(const QJsonObject &exercise);
    QList<int> holdAt(const QJsonObject &exercise, const QList<Pose> &poses);

private:
    /// A number in [min, max] at object[key]; nullopt when absent (an error if required)
    /// or wrong.
    std::optional<double> number(const QJsonObject &object, const char *key, const QString &field,
                                 double min, double max, bool required);
    std::optional<Prop> prop(const QJsonObject &object, const QString &field);
    Vec3 point(const QJsonObject &object, const char *key, const QString &field);
    void readRoot(const QJsonObject &object, const QString &field, RootPlacement &root);
    void readJoints(const QJsonObject &object, const QString &field, Pose &pose);
    bool readAngles(const QJsonValue &value, const QString &field, JointAngles &angles);
    void checkLimits(const Pose &pose, const QString &field);
    QList<RestingPart> restingParts(const QJsonObject &pose, const QString &field);

    JsonFieldReader &m_r;
};

} // namespace limber::figure

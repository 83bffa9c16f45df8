// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/common/ExerciseText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber::text {

namespace {

// Gives the free functions below a translation context of their own.
class Words
{
    Q_DECLARE_TR_FUNCTIONS(limber::text)
};

qint64 wholeSeconds(Millis d, bool roundUp)
{
    const qint64 ms = std::max<qint64>(0, d.count());
    return roundUp ? (ms + 999) / 1000 : ms / 1000;
}

QString equipmentName(Equipment e)
{
    switch (e) {
    case Equipment::FoamRoller:
        return Words::tr("foam roller");
    case Equipment::Towel:
        return Words::tr("towel");
    case Equipment::Wall:
        return Words::tr("wall");
    case Equipment::TennisBalls:
        return Words::tr("tennis balls");
    case Equipment::ExerciseBand:
        return Words::tr("exercise band");
    case Equipment::Dumbbells:
        return Words::tr("dumbbells");
    case Equipment::YogaMat:
        return Words::tr("yoga mat");
    }
    return {};
}

} // namespace

QString position(Position p)
{
    switch (p) {
    case Position::Standing:
        return Words::tr("Standing");
    case Position::Seated:
        return Words::tr("Seated");
    case Position::Floor:
        return Words::tr("On the floor");
    case Position::Quadruped:
        return Words::tr("On all fours");
    case Position::SideLying:
        return Words::tr("Lying on your side");
    case Position::Prone:
        return Words::tr("Lying face down");
    case Position::Supine:
        return Words::tr("Lying on your back");
    }
    return {};
}

QString equipment(const Exercise &exercise)
{
    QStringList needs;
    for (const EquipmentNeed &need : exercise.equipment) {
        QStringList alternatives;
        for (Equipment e : allEquipment())
            if (need.anyOf & bit(e))
                alternatives << equipmentName(e);
        if (!alternatives.isEmpty()) {
            QString words = alternatives.join(Words::tr(" or "));
            words[0] = words[0].toUpper();
            needs << words;
        }
    }
    return needs.isEmpty() ? Words::tr("No equipment") : needs.join(u" · "_s);
}

QString source(const Exercise &exercise, const ExerciseCatalogue &catalogue)
{
    QStringList titles;
    for (const CatalogueSource &s : catalogue.sources())
        if (exercise.sources.contains(s.id))
            titles << Words::tr("“%1”").arg(s.title);
    const QString from = QLocale().createSeparatedList(titles); // "“A”, “B” and “C”"
    const Exercise *original =
        exercise.adaptedFrom.isEmpty() ? nullptr : catalogue.find(exercise.adaptedFrom);
    if (original != nullptr)
        return from.isEmpty()
                   ? Words::tr("Limber's adaptation of “%1”").arg(original->name)
                   : Words::tr("Limber's adaptation of “%1”, from %2").arg(original->name, from);
    return from.isEmpty() ? QString() : Words::tr("From %1").arg(from);
}

QString dose(const PlannedExercise &p)
{
    QStringList parts;
    const Dosage &d = p.exercise.dosage;
    if (!d.reps.isEmpty() && !(p.reps == 1 && p.holdSeconds > 0))
        parts << (p.reps == 1 ? Words::tr("1 rep") : Words::tr("%n reps", nullptr, p.reps));
    if (p.holdSeconds > 0)
        parts << Words::tr("hold %1 s").arg(p.holdSeconds);
    if (d.perSide)
        parts << Words::tr("each side");
    if (p.sets > 1)
        parts << Words::tr("%n sets", nullptr, p.sets);
    if (parts.isEmpty())
        return shortDuration(std::chrono::seconds(p.seconds));
    QString words = parts.join(u" · "_s);
    words[0] = words[0].toUpper();
    return words;
}

QString clock(Millis d)
{
    const qint64 s = wholeSeconds(d, true);
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}

QString spokenDuration(Millis d)
{
    const qint64 s = wholeSeconds(d, true);
    const qint64 minutes = s / 60;
    const qint64 seconds = s % 60;
    const QString m = minutes == 1 ? Words::tr("1 minute")
                                   : Words::tr("%n minutes", nullptr, static_cast<int>(minutes));
    const QString sec = seconds == 1 ? Words::tr("1 second")
                                     : Words::tr("%n seconds", nullptr, static_cast<int>(seconds));
    if (minutes == 0)
        return sec;
    return seconds == 0 ? m : Words::tr("%1 %2", "minutes and seconds").arg(m, sec);
}

QString shortDuration(Millis d)
{
    const qint64 s = wholeSeconds(d, false);
    if (s < 60)
        return Words::tr("%1 s").arg(s);
    if (s % 60 == 0)
        return Words::tr("%1 min").arg(s / 60);
    return Words::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
}

} // namespace limber::text

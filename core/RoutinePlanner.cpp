// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RoutinePlanner.h"

#include "core/ExerciseCatalogue.h"
#include "core/Logging.h"

#include <QSet>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr int kMaxExtraExercises = 12;

// std::shuffle's result differs between standard libraries; mt19937's output does not.
template<typename T>
void deterministicShuffle(QList<T> &items, std::mt19937 &rng)
{
    for (qsizetype i = items.size() - 1; i > 0; --i) {
        const auto j = static_cast<qsizetype>(rng() % static_cast<std::uint32_t>(i + 1));
        items.swapItemsAt(i, j);
    }
}

// The movements of the mid-back a break aims to cover; strength, breathing and release
// work come in as the least recently done exercise, never to fill a missing movement.
constexpr Direction kMovements[] = {Direction::Extension, Direction::Rotation, Direction::SideBend};
// Three exercises per two-minute break: enough for the three movements, each dosed
// within its source's range.
constexpr int kSecondsPerExercise = 40;

bool addsMovement(const Exercise &e, const QSet<Direction> &covered)
{
    return std::any_of(std::begin(kMovements), std::end(kMovements),
                       [&](Direction d) { return e.hasDirection(d) && !covered.contains(d); });
}

/// Raises one dose step (a rep, a second of hold, a set) if the routine still fits.
bool growOnce(PlannedExercise &p, int &total, int limit)
{
    const Dosage &d = p.exercise.dosage;
    const auto tryDose = [&](int reps, int hold, int sets) {
        const int seconds = d.secondsFor(reps, hold, sets);
        if (total - p.seconds + seconds > limit)
            return false;
        total += seconds - p.seconds;
        p.reps = reps;
        p.holdSeconds = hold;
        p.sets = sets;
        p.seconds = seconds;
        return true;
    };
    if (!d.reps.isEmpty() && p.reps < d.reps.max && tryDose(p.reps + 1, p.holdSeconds, p.sets))
        return true;
    if (p.holdSeconds < d.holdSeconds.max && tryDose(p.reps, p.holdSeconds + 1, p.sets))
        return true;
    // Another set starts again from the fewest reps, so the step stays small.
    const int firstReps = d.reps.isEmpty() ? 1 : d.reps.min;
    return p.sets < d.sets.max && tryDose(firstReps, p.holdSeconds, p.sets + 1);
}

} // namespace

QString RoutinePlanner::whyNothingFits(const PlanRequest &request) const
{
    const QString where = u"%1 with the equipment at hand (%2)"_s.arg(
        request.atDesk ? u"a desk"_s : u"home"_s, equipmentNames(request.equipment).join(u", "_s));
    const auto &all = m_catalogue.exercises();
    const auto excludedFits = std::count_if(all.begin(), all.end(), [&](const Exercise &e) {
        const ExerciseFit fit = fitOf(e, request);
        return fit.excluded && fit.suitsSettings();
    });
    if (excludedFits > 0)
        return u"all %1 exercises that suit %2 are excluded (routine/excluded)"_s.arg(excludedFits)
            .arg(where);
    return u"no exercise suits %1"_s.arg(where);
}

int Routine::totalSeconds() const
{
    int total = 0;
    for (const PlannedExercise &p : exercises)
        total += p.seconds;
    return total;
}

QString Routine::title() const
{
    QStringList names;
    for (const PlannedExercise &p : exercises)
        if (!names.contains(p.exercise.name))
            names << p.exercise.name; // a second round repeats exercises
    return names.join(u" · "_s);
}

PlannedExercise atSmallestDose(const Exercise &e)
{
    PlannedExercise p{e, e.dosage.reps.isEmpty() ? 1 : e.dosage.reps.min, e.dosage.holdSeconds.min,
                      e.dosage.sets.min, 0};
    p.seconds = e.dosage.secondsFor(p.reps, p.holdSeconds, p.sets);
    return p;
}

ExerciseFit fitOf(const Exercise &e, const PlanRequest &request)
{
    const int target = static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(request.breakLength).count());
    ExerciseFit fit;
    fit.excluded = request.excludedExerciseIds.contains(e.id);
    fit.needsHome = request.atDesk && !e.deskFriendly;
    fit.needsEquipment = !e.canBeDoneWith(request.equipment);
    fit.pressesOnSpine = request.avoidSpinePressure && e.pressesOnSpine;
    fit.longerThanBreak = e.dosage.minimumSeconds() > target + RoutinePlanner::kToleranceSeconds;
    return fit;
}

RoutinePlanner::RoutinePlanner(const ExerciseCatalogue &catalogue)
    : m_catalogue(catalogue)
{
}

QList<const Exercise *> RoutinePlanner::candidates(const PlanRequest &request) const
{
    QList<const Exercise *> fresh;
    QList<const Exercise *> recent;
    for (const Exercise &e : m_catalogue.exercises())
        if (fitOf(e, request).fits())
            (request.recentExerciseIds.contains(e.id) ? recent : fresh) << &e;
    std::mt19937 rng(request.seed);
    deterministicShuffle(fresh, rng);
    // Then the ones done in the last breaks, the least recently done first.
    std::sort(recent.begin(), recent.end(), [&](const Exercise *a, const Exercise *b) {
        return request.recentExerciseIds.indexOf(a->id) > request.recentExerciseIds.indexOf(b->id);
    });
    return fresh + recent;
}

std::optional<Routine> RoutinePlanner::plan(const PlanRequest &request, QString *reason) const
{
    const int target = static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(request.breakLength).count());
    const int limit = target + kToleranceSeconds;
    QList<const Exercise *> pool = candidates(request);
    if (pool.isEmpty()) {
        if (reason)
            *reason = whyNothingFits(request);
        return std::nullopt;
    }

    // The pool runs from the least recently done. The first exercise is the first of the
    // pool, so every exercise that fits comes up in turn; each next one is the first that
    // adds a movement (extension, rotation, side bend) while one is missing. Picks leave
    // room, at the smallest doses, for the exercises still to come.
    const qsizetype wanted = std::max(2, (target + kSecondsPerExercise / 2) / kSecondsPerExercise);
    Routine routine;
    QSet<Direction> covered;
    int minimumTotal = 0;
    int maximumTotal = 0;
    const auto leavesRoom = [&](const Exercise *e, qsizetype still) {
        QList<int> others;
        for (const Exercise *o : std::as_const(pool))
            if (o != e)
                others << o->dosage.minimumSeconds();
        std::sort(others.begin(), others.end());
        int room = minimumTotal + e->dosage.minimumSeconds();
        for (qsizetype i = 0; i < std::min(still, others.size()); ++i)
            room += others[i];
        return room <= limit;
    };
    const auto fittingWith = [&](qsizetype still) {
        QList<qsizetype> fitting;
        for (qsizetype i = 0; i < pool.size(); ++i)
            if (leavesRoom(pool[i], still))
                fitting << i;
        return fitting;
    };
    while ((routine.exercises.size() < wanted || maximumTotal < target - kToleranceSeconds) &&
           !pool.isEmpty()) {
        // Room for the rest if it can be had, else for this one alone. The first needs room
        // for one more only: a long hold (triangle pose, 70 s) makes a routine of two
        // rather than never being first.
        const qsizetype rest = routine.exercises.isEmpty() ? std::min<qsizetype>(1, wanted - 1)
                                                           : wanted - routine.exercises.size() - 1;
        QList<qsizetype> fitting = fittingWith(std::max<qsizetype>(0, rest));
        if (fitting.isEmpty() && rest > 0)
            fitting = fittingWith(0);
        if (fitting.isEmpty())
            break;
        qsizetype pick = fitting.first();
        if (!routine.exercises.isEmpty()) {
            const auto adding = std::find_if(fitting.begin(), fitting.end(), [&](qsizetype i) {
                return addsMovement(*pool[i], covered);
            });
            if (adding != fitting.end())
                pick = *adding;
        }
        const Exercise *e = pool.takeAt(pick);
        routine.exercises << atSmallestDose(*e);
        minimumTotal += routine.exercises.last().seconds;
        maximumTotal += e->dosage.maximumSeconds();
        for (Direction d : e->directions)
            covered.insert(d);
    }

    // Then raise the doses a step at a time, in turn, towards the break length. When
    // the largest doses cannot fill it, another exercise joins (one not yet picked,
    // else one of the routine again, as a second round) and the doses grow again.
    int total = minimumTotal;
    const qsizetype picked = routine.exercises.size();
    for (int extra = 0; extra <= kMaxExtraExercises; ++extra) {
        for (bool grew = true; grew && total < target;) {
            grew = false;
            for (PlannedExercise &p : routine.exercises)
                if (total < target && growOnce(p, total, limit))
                    grew = true;
        }
        if (total >= target - kToleranceSeconds)
            break;
        QList<const Exercise *> more = pool;
        for (qsizetype i = 0; i < picked; ++i)
            more << &routine.exercises[i].exercise;
        const auto fits = std::find_if(more.begin(), more.end(), [&](const Exercise *e) {
            return total + e->dosage.minimumSeconds() <= limit;
        });
        if (fits == more.end())
            break;
        const PlannedExercise next = atSmallestDose(**fits);
        pool.removeOne(*fits);
        routine.exercises << next;
        total += next.seconds;
    }
    qCDebug(lcPlanner) << "planned" << routine.title() << total << "s for" << target << "s";
    if (total < target - kToleranceSeconds && reason)
        *reason = u"only %1 s of exercises fit a %2 s break"_s.arg(total).arg(target);
    return routine;
}

} // namespace limber

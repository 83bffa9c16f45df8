// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the exercise catalogue parser and validator, fed a user's
// exercises.json of any bytes (merged over the German catalogue, so its translations
// are read and applied too) and a catalogue translation file of the same bytes, then
// the routine planner over whatever was accepted (absurd doses must not hang it or
// overflow its arithmetic).
#include "core/CatalogueTranslation.h"
#include "core/ExerciseCatalogue.h"
#include "core/RoutinePlanner.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {
QTemporaryDir *scratch = nullptr;
const ExerciseCatalogue *builtIn = nullptr; ///< parsed once; each input starts from a copy
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceLogging();
    scratch = new QTemporaryDir; // lives for the whole run
    auto *catalogue = new ExerciseCatalogue;
    catalogue->setLanguage(u"de"_s);
    LIMBER_REQUIRE(catalogue->loadBuiltIn());
    builtIn = catalogue;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    // The strict mode of the built-in file, which must cite its sources.
    const auto strict = ExerciseCatalogue::parse(bytes, u"fuzz.json"_s, true);
    for (const CatalogueError &e : strict.errors)
        LIMBER_REQUIRE(!e.toString().isEmpty());
    const auto translation = catalogue_translation::parse(bytes, u"fuzz_de.json"_s);
    for (const CatalogueError &e : translation.errors)
        LIMBER_REQUIRE(!e.toString().isEmpty());

    // The user's file, merged over the built-in catalogue as the daemon does it.
    const QString path = scratch->filePath(u"exercises.json"_s);
    QFile file(path);
    LIMBER_REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    ExerciseCatalogue catalogue = *builtIn;
    catalogue.addUserFile(path);
    LIMBER_REQUIRE(!catalogue.exercises().isEmpty()); // a user file never hides the built-in ones
    for (const Exercise &e : catalogue.exercises())
        LIMBER_REQUIRE(!e.id.isEmpty() && e.dosage.minimumSeconds() > 0 &&
                       e.dosage.minimumSeconds() <= e.dosage.maximumSeconds());

    // Every plan stays a plan of a break: positive, and never hours long.
    const RoutinePlanner planner(catalogue);
    for (const bool atDesk : {true, false}) {
        PlanRequest request;
        request.atDesk = atDesk;
        request.equipment = 0xff;
        request.breakLength = std::chrono::seconds(size % 2 ? 120 : 600);
        request.seed = static_cast<quint32>(size);
        if (const auto routine = planner.plan(request)) {
            LIMBER_REQUIRE(!routine->exercises.isEmpty());
            LIMBER_REQUIRE(routine->totalSeconds() > 0 && routine->totalSeconds() <= 4 * 3600);
        }
    }
    return 0;
}

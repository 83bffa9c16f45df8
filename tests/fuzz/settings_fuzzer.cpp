// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness: the settings file as Limber reads it. The input is written as
// limber.conf and loaded (QSettings' INI reader, then SettingsSchema's
// normalisedValue() for every key); every value that comes out must be one the
// schema allows. A second pass feeds raw values of every type straight into
// normalisedValue(), as a settings window or a future command would.
#include "core/Settings.h"
#include "core/SettingsSchema.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTime>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

using namespace limber;

namespace {

QTemporaryDir *scratch = nullptr;

/// The value is one a setting of this kind may hold.
void requireAllowed(const SettingSpec &spec, const QVariant &value)
{
    switch (spec.kind) {
    case SettingKind::Integer:
        LIMBER_REQUIRE(value.typeId() == QMetaType::Int && value.toInt() >= spec.min &&
                       value.toInt() <= spec.max);
        return;
    case SettingKind::Boolean:
        LIMBER_REQUIRE(value.typeId() == QMetaType::Bool);
        return;
    case SettingKind::Choice:
        LIMBER_REQUIRE(spec.choices.contains(value.toString()));
        return;
    case SettingKind::ChoiceSet:
        for (const QString &choice : value.toStringList())
            LIMBER_REQUIRE(spec.choices.contains(choice));
        return;
    case SettingKind::TimeOfDay:
        LIMBER_REQUIRE(value.toTime().isValid());
        return;
    case SettingKind::IdList: {
        // Sorted exercise ids, each once.
        static const QRegularExpression id(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
        const QStringList ids = value.toStringList();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            LIMBER_REQUIRE(id.match(ids.at(i)).hasMatch());
            LIMBER_REQUIRE(i == 0 || ids.at(i - 1) < ids.at(i));
        }
        return;
    }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::silenceLogging();
    scratch = new QTemporaryDir; // lives for the whole run
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);

    // 1. The whole file.
    // A new name each time: QSettings caches parsed files by name and would not notice
    // new content of the same size within the file system's timestamp resolution.
    static quint64 round = 0;
    const QString path = scratch->filePath(u"limber-%1.conf"_s.arg(++round));
    QFile file(path);
    LIMBER_REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    Settings settings(path);
    settings.load();
    QFile::remove(path);
    for (const SettingSpec &spec : settingSpecs())
        requireAllowed(spec, settings.value(spec.key));
    LIMBER_REQUIRE(settings.workInterval().count() > 0 && settings.breakLength().count() > 0 &&
                   settings.snoozeLength().count() > 0 &&
                   settings.naturalBreakThreshold().count() > 0);

    // 2. One raw value for every setting, as text, as a list and as a number.
    const QString text = QString::fromUtf8(bytes);
    const QStringList list = text.split(u',');
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    for (const SettingSpec &spec : settingSpecs()) {
        QString problem;
        requireAllowed(spec, normalisedValue(spec, text, &problem));
        requireAllowed(spec, normalisedValue(spec, list, &problem));
        requireAllowed(spec, normalisedValue(spec, QVariant(bytes), &problem));
        if (isNumber)
            requireAllowed(spec, normalisedValue(spec, number, &problem));
        // What is written back to the file reads back as the same value.
        const QVariant value = normalisedValue(spec, text, &problem);
        QString again;
        LIMBER_REQUIRE(normalisedValue(spec, storedForm(spec, value), &again) == value &&
                       again.isEmpty());
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/CanberraSoundPlayer.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/RuntimeLibrary.h"

#include <QCoreApplication>

#include <canberra.h>

using namespace Qt::StringLiterals;

namespace limber {

/// The few functions of libcanberra Limber calls, from the library loaded at run time.
struct CanberraLibrary
{
    decltype(&ca_context_create) create = nullptr;
    decltype(&ca_context_destroy) destroy = nullptr;
    decltype(&ca_context_change_props) changeProps = nullptr;
    decltype(&ca_context_open) open = nullptr;
    decltype(&ca_context_play) play = nullptr;
    decltype(&ca_strerror) strerror = nullptr;
};

struct CanberraSoundPlayer::Context
{
    ca_context *context = nullptr;
};

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(limber::CanberraSoundPlayer)
public:
    /// What the sound server's stream list (e.g. the desktop's volume control) shows.
    static QString describe(SoundCue cue)
    {
        return cue == SoundCue::NextExercise ? tr("Limber: next exercise")
                                             : tr("Limber: break complete");
    }
};

runtime_library::Loaded<CanberraLibrary> load()
{
    runtime_library::Loaded<CanberraLibrary> loaded;
    void *handle = runtime_library::open("libcanberra.so.0", &loaded.error);
    if (handle == nullptr)
        return loaded;
    CanberraLibrary &l = loaded.functions;
    // Never closed: libcanberra loads its sound-server driver itself and keeps it.
    runtime_library::Symbols(handle)
        .get("ca_context_create", l.create)
        .get("ca_context_destroy", l.destroy)
        .get("ca_context_change_props", l.changeProps)
        .get("ca_context_open", l.open)
        .get("ca_context_play", l.play)
        .get("ca_strerror", l.strerror)
        .complete(u"libcanberra"_s, &loaded.error);
    return loaded;
}

// One id for every sound of Limber: the sound server may then cut a cue short when the
// next one comes (ca_context_cancel), and its volume control groups them.
constexpr uint32_t kCueId = 1;

} // namespace

QStringList CanberraSoundPlayer::eventIds(SoundCue cue)
{
    // The freedesktop sound theme's names (Sound Naming Specification): "bell" is
    // short and soft; "complete" is the theme's "a task is done". Themes that lack one
    // fall back along the list, then to what their parents have.
    switch (cue) {
    case SoundCue::NextExercise:
        return {u"bell"_s, u"message"_s};
    case SoundCue::BreakComplete:
        return {u"complete"_s, u"message"_s, u"bell"_s};
    }
    return {};
}

CanberraSoundPlayer::CanberraSoundPlayer() = default;

CanberraSoundPlayer::~CanberraSoundPlayer()
{
    close();
}

void CanberraSoundPlayer::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        open();
    else
        close();
}

bool CanberraSoundPlayer::open()
{
    if (m_context)
        return true;
    QString error;
    if (!m_library)
        m_library = runtime_library::loadOnce(&load, &error);
    if (!m_library) {
        setProblem(error);
        return false;
    }
    ca_context *context = nullptr;
    int result = m_library->create(&context);
    if (result == CA_SUCCESS)
        result = m_library->changeProps(context, CA_PROP_APPLICATION_NAME, "Limber",
                                        CA_PROP_APPLICATION_ID, "io.github.limber.Limber",
                                        CA_PROP_APPLICATION_ICON_NAME, "io.github.limber.Limber",
                                        nullptr);
    // Connects now, so a missing sound server shows before the first cue.
    if (result == CA_SUCCESS)
        result = m_library->open(context);
    if (result != CA_SUCCESS) {
        if (context)
            m_library->destroy(context);
        setProblem(u"no sound server: %1"_s.arg(QString::fromUtf8(m_library->strerror(result))));
        return false;
    }
    m_context = new Context{context};
    setProblem({});
    qCInfo(lcSound) << "sound cues from libcanberra";
    return true;
}

void CanberraSoundPlayer::close()
{
    if (!m_context)
        return;
    m_library->destroy(m_context->context);
    delete std::exchange(m_context, nullptr);
    m_problem.clear();
}

void CanberraSoundPlayer::play(SoundCue cue)
{
    // A sound server that was missing may have come since.
    if (!m_active || !open())
        return;
    const QByteArray description = Words::describe(cue).toUtf8();
    int result = CA_ERROR_NOTFOUND;
    for (const QString &id : eventIds(cue)) {
        // Played asynchronously on libcanberra's own thread.
        result =
            m_library->play(m_context->context, kCueId, CA_PROP_EVENT_ID, id.toLatin1().constData(),
                            CA_PROP_EVENT_DESCRIPTION, description.constData(),
                            CA_PROP_CANBERRA_CACHE_CONTROL, "permanent", nullptr);
        if (result != CA_ERROR_NOTFOUND)
            break;
    }
    if (result != CA_SUCCESS)
        setProblem(u"cannot play %1: %2"_s.arg(eventIds(cue).join(u" or "_s),
                                               QString::fromUtf8(m_library->strerror(result))));
}

void CanberraSoundPlayer::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    if (!problem.isEmpty())
        qCWarning(lcSound).noquote() << "sound cue:" << problem;
}

} // namespace limber

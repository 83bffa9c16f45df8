// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/SoundPlayer.h"

#include <QStringList>

namespace limber {

struct CanberraLibrary;

/// The break's cues from the freedesktop sound theme, played by libcanberra on the
/// desktop's sound server (PulseAudio or PipeWire's pulse server, else ALSA).
/// libcanberra is loaded at run time, the first time the player becomes active, and
/// its context (the connection to the sound server and its thread) lives only while
/// active. Inactive from the start, nothing of it is mapped.
class CanberraSoundPlayer final : public SoundPlayer
{
public:
    /// The theme's events for `cue`, the best first: the next is tried when the theme
    /// (and the ones it inherits) lacks one.
    static QStringList eventIds(SoundCue cue);

    CanberraSoundPlayer();
    ~CanberraSoundPlayer() override;
    CanberraSoundPlayer(const CanberraSoundPlayer &) = delete;
    CanberraSoundPlayer &operator=(const CanberraSoundPlayer &) = delete;

    QString name() const override { return QStringLiteral("libcanberra"); }
    void setActive(bool active) override;
    bool isActive() const override { return m_active; }
    void play(SoundCue cue) override;
    QString problem() const override { return m_active ? m_problem : QString(); }

private:
    bool open();
    void close();
    /// Logs `problem` once (until it changes) and keeps it for problem().
    void setProblem(const QString &problem);

    const CanberraLibrary *m_library = nullptr;
    struct Context;
    Context *m_context = nullptr;
    bool m_active = false;
    QString m_problem;
};

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace limber {

/// The two moments of a break that may be marked by a sound.
enum class SoundCue
{
    NextExercise,  ///< the next exercise begins by itself
    BreakComplete, ///< the break ran to its end
};

/// Plays the break's sound cues from the desktop's sound theme. It holds nothing while
/// inactive: the setting notifications/sound_cue makes it active, and only then may it
/// load a library or connect to a sound server.
class SoundPlayer
{
public:
    virtual ~SoundPlayer() = default;
    /// Name for the log and `--status`: e.g. "libcanberra", "none".
    virtual QString name() const = 0;
    /// On: get ready to play (load, connect). Off: let go of the sound server.
    virtual void setActive(bool active) = 0;
    virtual bool isActive() const = 0;
    /// Plays `cue` while active; nothing otherwise. Never blocks on the sound server.
    virtual void play(SoundCue cue) = 0;
    /// Why active cues cannot be heard (no library, no sound server), in English for
    /// the log; empty when they can, or while inactive.
    virtual QString problem() const = 0;
};

/// No sound at all (tests, `LIMBER_PLATFORM=null`).
class NullSoundPlayer final : public SoundPlayer
{
public:
    QString name() const override { return QStringLiteral("none"); }
    void setActive(bool active) override { m_active = active; }
    bool isActive() const override { return m_active; }
    void play(SoundCue) override {}
    QString problem() const override { return {}; }

private:
    bool m_active = false;
};

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
// The sound cues' player: which theme events it asks for, that libcanberra is not even
// mapped while the setting is off, and what it says when no sound server is there. That
// a cue really plays on a sound server is tested end to end (tests/e2e/test_sound.py).
#include "platform/linux/CanberraSoundPlayer.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace limber;

namespace {

bool canberraMapped()
{
    QFile maps(u"/proc/self/maps"_s);
    EXPECT_TRUE(maps.open(QIODevice::ReadOnly));
    return maps.readAll().contains("libcanberra");
}

/// libcanberra's PulseAudio driver only, pointed at a socket that is not there.
void noSoundServer()
{
    qputenv("CANBERRA_DRIVER", "pulse");
    qputenv("PULSE_SERVER", "unix:/nonexistent/limber-test/pulse");
}

} // namespace

TEST(CanberraSoundPlayer, AsksTheFreedesktopThemeForBellAndComplete)
{
    EXPECT_EQ(CanberraSoundPlayer::eventIds(SoundCue::NextExercise).first(), u"bell"_s);
    EXPECT_EQ(CanberraSoundPlayer::eventIds(SoundCue::BreakComplete).first(), u"complete"_s);
    // Every event asked for is one the freedesktop theme (sound-theme-freedesktop) has.
    for (SoundCue cue : {SoundCue::NextExercise, SoundCue::BreakComplete})
        for (const QString &id : CanberraSoundPlayer::eventIds(cue))
            EXPECT_TRUE(QFile::exists(u"/usr/share/sounds/freedesktop/stereo/%1.oga"_s.arg(id)))
                << qPrintable(id);
}

TEST(CanberraSoundPlayer, LoadsNothingWhileTheSettingIsOff)
{
    noSoundServer();
    CanberraSoundPlayer player;
    player.play(SoundCue::NextExercise);
    player.play(SoundCue::BreakComplete);
    EXPECT_FALSE(player.isActive());
    EXPECT_FALSE(canberraMapped());
    EXPECT_TRUE(player.problem().isEmpty());
}

TEST(CanberraSoundPlayer, SaysWhenNoSoundServerIsThereAndStopsSayingItWhenOff)
{
    noSoundServer();
    CanberraSoundPlayer player;
    player.setActive(true);
    EXPECT_TRUE(canberraMapped());
    EXPECT_TRUE(player.problem().startsWith("no sound server"_L1)) << qPrintable(player.problem());
    player.play(SoundCue::NextExercise); // tries again, quietly, and does not crash
    EXPECT_FALSE(player.problem().isEmpty());
    player.setActive(false);
    EXPECT_TRUE(player.problem().isEmpty());
}

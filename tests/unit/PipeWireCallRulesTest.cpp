// SPDX-License-Identifier: GPL-3.0-or-later
// The rules that turn PipeWire nodes into call signals, on the properties real nodes
// carry (read with pw-dump from PipeWire 0.3.65 with WirePlumber and pipewire-pulse).
#include "platform/linux/PipeWireCallRules.h"

#include <gtest/gtest.h>

using namespace limber;
using namespace limber::pipewire_rules;

namespace {

constexpr qint64 kOwnPid = 4242;

CallSignal signal(const Properties &properties)
{
    return signalOf(properties, kOwnPid);
}

TEST(PipeWireCallRules, ARecordingFromAMicrophoneIsAMicrophone)
{
    // pw-record --target fake-mic, a native PipeWire client
    EXPECT_EQ(signal({{"media.class", "Stream/Input/Audio"},
                      {"node.name", "pw-record"},
                      {"media.category", "Capture"},
                      {"target.object", "fake-mic"}}),
              CallSignal::Microphone);
    // a PulseAudio client recording the default source (a browser in a call)
    EXPECT_EQ(signal({{"media.class", "Stream/Input/Audio"},
                      {"node.name", "Firefox"},
                      {"client.api", "pipewire-pulse"},
                      {"application.process.id", "1234"}}),
              CallSignal::Microphone);
}

TEST(PipeWireCallRules, RecordingWhatIsPlayedOrMeteringLevelsIsNoCall)
{
    // parecord -d speakers.monitor: pipewire-pulse marks it stream.capture.sink
    EXPECT_EQ(signal({{"media.class", "Stream/Input/Audio"},
                      {"node.name", "parecord"},
                      {"stream.capture.sink", "true"},
                      {"target.object", "speakers"}}),
              CallSignal::None);
    EXPECT_EQ(
        signal({{"media.class", "Stream/Input/Audio"}, {"target.object", "speakers.monitor"}}),
        CallSignal::None);
    // a volume control's level meter
    EXPECT_EQ(signal({{"media.class", "Stream/Input/Audio"}, {"stream.monitor", "true"}}),
              CallSignal::None);
    EXPECT_EQ(signal({{"media.class", "Stream/Input/Audio"}, {"media.name", "Peak detect"}}),
              CallSignal::None);
}

TEST(PipeWireCallRules, LimbersOwnStreamsAreNone)
{
    EXPECT_EQ(signal({{"media.class", "Stream/Input/Audio"}, {"application.process.id", "4242"}}),
              CallSignal::None);
}

TEST(PipeWireCallRules, ACameraNodeIsACameraAndOtherVideoSourcesAreNot)
{
    EXPECT_EQ(signal({{"media.class", "Video/Source"},
                      {"media.role", "Camera"},
                      {"node.name", "v4l2_input.pci-0000_00_14.0-usb-0_1_1.0"}}),
              CallSignal::Camera);
    // a virtual video source with no role (a test pattern, a virtual camera of OBS'
    // before it is named one)
    EXPECT_EQ(signal({{"media.class", "Video/Source"}, {"node.name", "videotestsrc"}}),
              CallSignal::None);
}

TEST(PipeWireCallRules, ScreenCastsAreScreenSharing)
{
    // Mutter's screen cast: a pw_stream producing video
    EXPECT_EQ(
        signal({{"media.class", "Stream/Output/Video"}, {"node.name", "meta-screen-cast-src"}}),
        CallSignal::ScreenSharing);
    // the wlroots portal's stream, a Video/Source
    EXPECT_EQ(signal({{"media.class", "Video/Source"}, {"node.name", "xdpw-stream"}}),
              CallSignal::ScreenSharing);
    EXPECT_EQ(signal({{"media.class", "Video/Source"}, {"node.name", "meta-screen-cast-src"}}),
              CallSignal::ScreenSharing);
}

TEST(PipeWireCallRules, PlaybackAndDevicesAreNone)
{
    EXPECT_EQ(signal({{"media.class", "Stream/Output/Audio"}, {"node.name", "pw-play"}}),
              CallSignal::None);
    EXPECT_EQ(signal({{"media.class", "Audio/Source"}, {"node.name", "alsa_input.pci"}}),
              CallSignal::None);
    EXPECT_EQ(signal({}), CallSignal::None);
}

TEST(PipeWireCallRules, OnlyClassesThatMayBeSignalsAreBound)
{
    EXPECT_TRUE(mayBeSignal("Video/Source"));
    EXPECT_TRUE(mayBeSignal("Stream/Input/Audio"));
    EXPECT_TRUE(mayBeSignal("Stream/Output/Video"));
    EXPECT_FALSE(mayBeSignal("Audio/Sink"));
    EXPECT_FALSE(mayBeSignal("Stream/Output/Audio"));
    EXPECT_FALSE(mayBeSignal(""));
}

TEST(PipeWireCallRules, EachSignalFollowsItsSwitch)
{
    const CallSignals onlyCamera{.camera = true, .microphone = false, .screenSharing = false};
    EXPECT_TRUE(isEnabled(CallSignal::Camera, onlyCamera));
    EXPECT_FALSE(isEnabled(CallSignal::Microphone, onlyCamera));
    EXPECT_FALSE(isEnabled(CallSignal::ScreenSharing, onlyCamera));
    EXPECT_FALSE(isEnabled(CallSignal::None, CallSignals{}));
    EXPECT_TRUE(isEnabled(CallSignal::ScreenSharing, CallSignals{}));
}

} // namespace

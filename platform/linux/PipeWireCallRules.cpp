// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/PipeWireCallRules.h"

namespace limber::pipewire_rules {

namespace {

bool isTrue(const QByteArray &value)
{
    return value == "true" || value == "1";
}

bool meters(const Properties &p)
{
    return isTrue(p.value("stream.capture.sink")) || isTrue(p.value("stream.monitor")) ||
           p.value("target.object").endsWith(".monitor") ||
           p.value("node.target").endsWith(".monitor") ||
           p.value("media.name").compare("Peak detect", Qt::CaseInsensitive) == 0;
}

/// Screen-cast producers by name: Mutter's, the wlroots portal's, and any other that says so.
bool isScreenCast(const QByteArray &nodeName)
{
    const QByteArray name = nodeName.toLower();
    return name == "meta-screen-cast-src" || name == "xdpw-stream" ||
           name.contains("screen-cast") || name.contains("screencast");
}

} // namespace

bool mayBeSignal(const QByteArray &mediaClass)
{
    return mediaClass == "Video/Source" || mediaClass == "Stream/Input/Audio" ||
           mediaClass == "Stream/Output/Video";
}

CallSignal signalOf(const Properties &properties, qint64 ownPid)
{
    bool isNumber = false;
    const qint64 pid = properties.value("application.process.id").toLongLong(&isNumber);
    if (isNumber && pid == ownPid)
        return CallSignal::None;
    const QByteArray mediaClass = properties.value("media.class");
    if (mediaClass == "Video/Source") {
        if (properties.value("media.role").compare("Camera", Qt::CaseInsensitive) == 0)
            return CallSignal::Camera;
        return isScreenCast(properties.value("node.name")) ? CallSignal::ScreenSharing
                                                           : CallSignal::None;
    }
    if (mediaClass == "Stream/Input/Audio")
        return meters(properties) ? CallSignal::None : CallSignal::Microphone;
    if (mediaClass == "Stream/Output/Video")
        return CallSignal::ScreenSharing;
    return CallSignal::None;
}

bool isEnabled(CallSignal signal, const CallSignals &enabled)
{
    switch (signal) {
    case CallSignal::None:
        return false;
    case CallSignal::Camera:
        return enabled.camera;
    case CallSignal::Microphone:
        return enabled.microphone;
    case CallSignal::ScreenSharing:
        return enabled.screenSharing;
    }
    return false;
}

const char *describe(CallSignal signal)
{
    switch (signal) {
    case CallSignal::None:
        return "nothing";
    case CallSignal::Camera:
        return "the camera";
    case CallSignal::Microphone:
        return "the microphone";
    case CallSignal::ScreenSharing:
        return "a screen share";
    }
    return "nothing";
}

} // namespace limber::pipewire_rules

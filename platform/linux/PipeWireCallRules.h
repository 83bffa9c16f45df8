// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/FocusGuard.h"

#include <QByteArray>
#include <QHash>

namespace limber {

/// A device in use that tells a call or a screen share.
enum class CallSignal
{
    None,
    Camera,        ///< a camera node (media.role Camera) is running
    Microphone,    ///< a capture stream from a microphone is running
    ScreenSharing, ///< a screen-cast producer is running
};

/// The rules that turn PipeWire nodes into call signals (docs/ARCHITECTURE.md, "Calls").
/// Only a node's properties and state are read, never its audio or video.
namespace pipewire_rules {

using Properties = QHash<QByteArray, QByteArray>;

/// Whether a node of this media.class (from the registry's short list of properties)
/// may be a signal, so that it is worth asking for its full properties and state.
bool mayBeSignal(const QByteArray &mediaClass);

/// What a node says while it runs:
/// - `Video/Source` with `media.role` Camera: the camera;
/// - `Stream/Input/Audio`: the microphone, unless the stream records what is played
///   (`stream.capture.sink`, a `.monitor` target) or only meters levels
///   (`stream.monitor`, a "Peak detect" stream, as volume controls open);
/// - `Stream/Output/Video`: a screen share (Mutter's `meta-screen-cast-src`: video
///   produced into PipeWire by a program), and a `Video/Source` named as a screen cast
///   (the wlroots portal's `xdpw-stream`, any name with "screen-cast" or "screencast").
/// Streams of Limber's own process (`application.process.id` is `ownPid`) are none.
CallSignal signalOf(const Properties &properties, qint64 ownPid);

/// Whether the person lets Limber look at `signal`.
bool isEnabled(CallSignal signal, const CallSignals &enabled);

/// "the camera", "the microphone", "a screen share": for the log.
const char *describe(CallSignal signal);

} // namespace pipewire_rules

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <pipewire/impl-module.h>
#include <pipewire/pipewire.h>

namespace limber {

/// The few functions of libpipewire-0.3 Limber calls, from the library loaded at run
/// time (dlopen): it is mapped only once a PipeWire daemon is there, and Limber runs
/// where it is not installed. The rest of the API Limber uses is inline in the headers.
struct PipeWireLibrary
{
    decltype(&pw_init) init = nullptr;
    decltype(&pw_loop_new) loopNew = nullptr;
    decltype(&pw_loop_destroy) loopDestroy = nullptr;
    decltype(&pw_context_new) contextNew = nullptr;
    decltype(&pw_context_destroy) contextDestroy = nullptr;
    decltype(&pw_context_connect) contextConnect = nullptr;
    decltype(&pw_context_load_module) contextLoadModule = nullptr;
    decltype(&pw_properties_new_dict) propertiesNewDict = nullptr;
    decltype(&pw_core_disconnect) coreDisconnect = nullptr;
    decltype(&pw_proxy_destroy) proxyDestroy = nullptr;

    /// Loads the library once per process and calls pw_init(); nullptr with a reason
    /// when it is missing or lacks a function.
    static const PipeWireLibrary *get(QString *error);
};

} // namespace limber

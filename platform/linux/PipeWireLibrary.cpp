// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/PipeWireLibrary.h"

#include "platform/linux/RuntimeLibrary.h"

using namespace Qt::StringLiterals;

namespace limber {

namespace {

runtime_library::Loaded<PipeWireLibrary> load()
{
    runtime_library::Loaded<PipeWireLibrary> loaded;
    void *handle = runtime_library::open("libpipewire-0.3.so.0", &loaded.error);
    if (handle == nullptr)
        return loaded;
    PipeWireLibrary &l = loaded.functions;
    if (!runtime_library::Symbols(handle)
             .get("pw_init", l.init)
             .get("pw_loop_new", l.loopNew)
             .get("pw_loop_destroy", l.loopDestroy)
             .get("pw_context_new", l.contextNew)
             .get("pw_context_destroy", l.contextDestroy)
             .get("pw_context_connect", l.contextConnect)
             .get("pw_context_load_module", l.contextLoadModule)
             .get("pw_properties_new_dict", l.propertiesNewDict)
             .get("pw_core_disconnect", l.coreDisconnect)
             .get("pw_proxy_destroy", l.proxyDestroy)
             .complete(u"libpipewire-0.3"_s, &loaded.error))
        return loaded;
    // Never closed: libpipewire keeps state of its own for the process's lifetime.
    l.init(nullptr, nullptr);
    return loaded;
}

} // namespace

const PipeWireLibrary *PipeWireLibrary::get(QString *error)
{
    return runtime_library::loadOnce(&load, error);
}

} // namespace limber

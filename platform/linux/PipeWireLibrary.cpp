// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/PipeWireLibrary.h"

#include "platform/linux/RuntimeLibrary.h"

using namespace Qt::StringLiterals;

namespace limber {

namespace {

using runtime_library::resolve;

struct Loaded
{
    PipeWireLibrary library;
    QString error; ///< empty once loaded
};

Loaded load()
{
    Loaded loaded;
    void *handle = runtime_library::open("libpipewire-0.3.so.0", &loaded.error);
    if (handle == nullptr)
        return loaded;
    PipeWireLibrary &l = loaded.library;
    QString missing;
    const bool all = resolve(handle, "pw_init", l.init, &missing) &&
                     resolve(handle, "pw_loop_new", l.loopNew, &missing) &&
                     resolve(handle, "pw_loop_destroy", l.loopDestroy, &missing) &&
                     resolve(handle, "pw_context_new", l.contextNew, &missing) &&
                     resolve(handle, "pw_context_destroy", l.contextDestroy, &missing) &&
                     resolve(handle, "pw_context_connect", l.contextConnect, &missing) &&
                     resolve(handle, "pw_context_load_module", l.contextLoadModule, &missing) &&
                     resolve(handle, "pw_properties_new_dict", l.propertiesNewDict, &missing) &&
                     resolve(handle, "pw_core_disconnect", l.coreDisconnect, &missing) &&
                     resolve(handle, "pw_proxy_destroy", l.proxyDestroy, &missing);
    if (!all) {
        loaded.error = u"libpipewire-0.3 has no %1"_s.arg(missing);
        ::dlclose(handle);
        return loaded;
    }
    // Never closed: libpipewire keeps state of its own for the process's lifetime.
    l.init(nullptr, nullptr);
    return loaded;
}

} // namespace

const PipeWireLibrary *PipeWireLibrary::get(QString *error)
{
    static const Loaded loaded = load();
    if (!loaded.error.isEmpty()) {
        if (error)
            *error = loaded.error;
        return nullptr;
    }
    return &loaded.library;
}

} // namespace limber

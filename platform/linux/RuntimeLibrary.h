// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <dlfcn.h>

namespace limber {

/// Helpers for a library Limber loads at run time (dlopen) rather than links: mapped
/// only on the desktops that need it (PipeWireLibrary, GioLibrary).
namespace runtime_library {

/// dlopen()s `soname` (RTLD_NOW | RTLD_LOCAL); nullptr with dlerror()'s reason.
inline void *open(const char *soname, QString *error)
{
    void *handle = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr)
        *error = QStringLiteral("cannot load %1: %2")
                     .arg(QString::fromLatin1(soname), QString::fromLocal8Bit(::dlerror()));
    return handle;
}

/// A library's functions as `load()` found them, or why it could not (then `error`).
template<typename Functions>
struct Loaded
{
    Functions functions;
    QString error; ///< empty once loaded
};

/// Runs `load` once per process (a function-local static: thread-safe) and hands out its
/// functions, or nullptr with the reason in `*error`. One loader per Functions type.
template<typename Functions>
const Functions *loadOnce(Loaded<Functions> (*load)(), QString *error)
{
    static const Loaded<Functions> loaded = load();
    if (loaded.error.isEmpty())
        return &loaded.functions;
    if (error)
        *error = loaded.error;
    return nullptr;
}

/// The functions of an opened library, looked up in turn (in the library and the ones
/// it depends on) until one is missing:
///
///     Symbols(handle).get("pw_init", l.init).get(...).complete(u"libpipewire-0.3"_s, &error)
class Symbols
{
public:
    explicit Symbols(void *handle)
        : m_handle(handle)
    {
    }

    template<typename F>
    Symbols &get(const char *symbol, F &function)
    {
        if (m_missing.isEmpty()) {
            function = reinterpret_cast<F>(::dlsym(m_handle, symbol));
            if (function == nullptr)
                m_missing = QString::fromLatin1(symbol);
        }
        return *this;
    }

    /// True when every function was found; else closes the library and says which one
    /// `library` lacks.
    bool complete(const QString &library, QString *error)
    {
        if (m_missing.isEmpty())
            return true;
        *error = QStringLiteral("%1 has no %2").arg(library, m_missing);
        ::dlclose(m_handle);
        return false;
    }

private:
    void *m_handle;
    QString m_missing;
};

} // namespace runtime_library
} // namespace limber

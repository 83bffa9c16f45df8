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

/// Looks `symbol` up in `handle` and the libraries it depends on; on failure names it in
/// `missing`.
template<typename F>
bool resolve(void *handle, const char *symbol, F &function, QString *missing)
{
    function = reinterpret_cast<F>(::dlsym(handle, symbol));
    if (function == nullptr)
        *missing = QString::fromLatin1(symbol);
    return function != nullptr;
}

} // namespace runtime_library
} // namespace limber

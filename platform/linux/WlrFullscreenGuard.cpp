// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/WlrFullscreenGuard.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/WaylandConnection.h"

#include <wayland-client.h>
#include <wlr-foreign-toplevel-management-unstable-v1-client-protocol.h>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

WlrFullscreenGuard *guardOf(void *data)
{
    return static_cast<WlrFullscreenGuard *>(data);
}

} // namespace

std::unique_ptr<WlrFullscreenGuard>
WlrFullscreenGuard::create(std::shared_ptr<WaylandConnection> connection, QString *error)
{
    const auto global = connection->global(zwlr_foreign_toplevel_manager_v1_interface.name);
    if (!global || global->version < 2) {
        if (error)
            *error = u"the Wayland compositor does not list its windows "
                     u"(zwlr_foreign_toplevel_manager_v1, version 2)"_s;
        return nullptr;
    }
    auto *manager = static_cast<zwlr_foreign_toplevel_manager_v1 *>(
        connection->bind(*global, &zwlr_foreign_toplevel_manager_v1_interface, 3));
    std::unique_ptr<WlrFullscreenGuard> guard(
        new WlrFullscreenGuard(std::move(connection), manager));
    // The windows already open arrive now, with their states.
    guard->m_connection->roundtrip();
    return guard;
}

WlrFullscreenGuard::WlrFullscreenGuard(std::shared_ptr<WaylandConnection> connection,
                                       zwlr_foreign_toplevel_manager_v1 *manager)
    : m_connection(std::move(connection))
    , m_manager(manager)
{
    static const zwlr_foreign_toplevel_manager_v1_listener listener = {
        [](void *data, zwlr_foreign_toplevel_manager_v1 *, zwlr_foreign_toplevel_handle_v1 *h) {
            guardOf(data)->onToplevel(h);
        },
        [](void *, zwlr_foreign_toplevel_manager_v1 *) {},
    };
    zwlr_foreign_toplevel_manager_v1_add_listener(m_manager, &listener, this);
    connect(m_connection.get(), &WaylandConnection::broken, this, &WlrFullscreenGuard::onBroken);
}

WlrFullscreenGuard::~WlrFullscreenGuard()
{
    for (auto it = m_toplevels.cbegin(); it != m_toplevels.cend(); ++it)
        zwlr_foreign_toplevel_handle_v1_destroy(it.key());
    zwlr_foreign_toplevel_manager_v1_destroy(m_manager);
    m_connection->flush();
}

FocusHold WlrFullscreenGuard::hold() const
{
    const bool fullscreen =
        std::any_of(m_toplevels.cbegin(), m_toplevels.cend(),
                    [](const Toplevel &t) { return t.activated && t.fullscreen; });
    return fullscreen ? FocusHold::Fullscreen : FocusHold::None;
}

void WlrFullscreenGuard::onToplevel(zwlr_foreign_toplevel_handle_v1 *handle)
{
    static const zwlr_foreign_toplevel_handle_v1_listener listener = {
        [](void *, zwlr_foreign_toplevel_handle_v1 *, const char *) {}, // title
        [](void *, zwlr_foreign_toplevel_handle_v1 *, const char *) {}, // app_id
        [](void *, zwlr_foreign_toplevel_handle_v1 *, wl_output *) {},  // output_enter
        [](void *, zwlr_foreign_toplevel_handle_v1 *, wl_output *) {},  // output_leave
        [](void *data, zwlr_foreign_toplevel_handle_v1 *h, wl_array *states) {
            bool activated = false;
            bool fullscreen = false;
            // An array of uint32 values; read without casting its bytes to a type.
            const auto *bytes = static_cast<const char *>(states->data);
            for (size_t at = 0; at + sizeof(uint32_t) <= states->size; at += sizeof(uint32_t)) {
                uint32_t state = 0;
                std::memcpy(&state, bytes + at, sizeof state);
                activated |= state == ZWLR_FOREIGN_TOPLEVEL_HANDLE_V1_STATE_ACTIVATED;
                fullscreen |= state == ZWLR_FOREIGN_TOPLEVEL_HANDLE_V1_STATE_FULLSCREEN;
            }
            guardOf(data)->onState(h, activated, fullscreen);
        },
        [](void *data, zwlr_foreign_toplevel_handle_v1 *h) { guardOf(data)->onDone(h); },
        [](void *data, zwlr_foreign_toplevel_handle_v1 *h) { guardOf(data)->onClosed(h); },
        [](void *, zwlr_foreign_toplevel_handle_v1 *, zwlr_foreign_toplevel_handle_v1 *) {},
    };
    zwlr_foreign_toplevel_handle_v1_add_listener(handle, &listener, this);
    m_toplevels.insert(handle, Toplevel{});
}

void WlrFullscreenGuard::onState(zwlr_foreign_toplevel_handle_v1 *handle, bool activated,
                                 bool fullscreen)
{
    const auto it = m_toplevels.find(handle);
    if (it == m_toplevels.end())
        return;
    it->pendingActivated = activated;
    it->pendingFullscreen = fullscreen;
}

void WlrFullscreenGuard::onDone(zwlr_foreign_toplevel_handle_v1 *handle)
{
    const auto it = m_toplevels.find(handle);
    if (it == m_toplevels.end())
        return;
    it->activated = it->pendingActivated;
    it->fullscreen = it->pendingFullscreen;
    update();
}

void WlrFullscreenGuard::onClosed(zwlr_foreign_toplevel_handle_v1 *handle)
{
    if (m_toplevels.remove(handle) == 0)
        return;
    zwlr_foreign_toplevel_handle_v1_destroy(handle);
    m_connection->flush();
    update();
}

void WlrFullscreenGuard::onBroken()
{
    // Nothing more will be told: hold nothing rather than for ever.
    qCWarning(lcFocus) << "the Wayland compositor's window list stopped";
    for (auto it = m_toplevels.cbegin(); it != m_toplevels.cend(); ++it)
        zwlr_foreign_toplevel_handle_v1_destroy(it.key());
    m_toplevels.clear();
    update();
}

void WlrFullscreenGuard::update()
{
    const FocusHold now = hold();
    if (now == m_told)
        return;
    m_told = now;
    qCInfo(lcFocus) << (now == FocusHold::Fullscreen ? "a fullscreen window is active"
                                                     : "no fullscreen window is active");
    emit holdingChanged(now != FocusHold::None);
}

} // namespace limber

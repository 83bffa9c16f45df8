// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/FocusGuard.h"

#include <QHash>

#include <memory>

struct zwlr_foreign_toplevel_handle_v1;
struct zwlr_foreign_toplevel_manager_v1;

namespace limber {

class WaylandConnection;

/// Holds reminders while the active window is fullscreen, on wlroots compositors (sway,
/// Hyprland, river, labwc): `zwlr_foreign_toplevel_manager_v1` announces every toplevel
/// window with its states (activated, fullscreen), on Limber's own Wayland connection.
/// Event-driven: the compositor sends each change, followed by `done`.
class WlrFullscreenGuard final : public FocusGuard
{
    Q_OBJECT
public:
    /// nullptr with a reason when the compositor does not offer the protocol at
    /// version 2 or later (the fullscreen state came with version 2).
    static std::unique_ptr<WlrFullscreenGuard> create(std::shared_ptr<WaylandConnection> connection,
                                                      QString *error = nullptr);
    ~WlrFullscreenGuard() override;

    QString name() const override { return QStringLiteral("wlr-toplevel"); }
    FocusHold hold() const override;

private:
    struct Toplevel
    {
        bool activated = false;
        bool fullscreen = false;
        /// The states of the last `state` event, applied at `done`.
        bool pendingActivated = false;
        bool pendingFullscreen = false;
    };

    WlrFullscreenGuard(std::shared_ptr<WaylandConnection> connection,
                       zwlr_foreign_toplevel_manager_v1 *manager);

    void onToplevel(zwlr_foreign_toplevel_handle_v1 *handle);
    void onState(zwlr_foreign_toplevel_handle_v1 *handle, bool activated, bool fullscreen);
    void onDone(zwlr_foreign_toplevel_handle_v1 *handle);
    void onClosed(zwlr_foreign_toplevel_handle_v1 *handle);
    void onBroken();
    /// Emits holdingChanged() when hold() differs from what was last told.
    void update();

    std::shared_ptr<WaylandConnection> m_connection;
    zwlr_foreign_toplevel_manager_v1 *m_manager;
    QHash<zwlr_foreign_toplevel_handle_v1 *, Toplevel> m_toplevels;
    FocusHold m_told = FocusHold::None;
};

} // namespace limber

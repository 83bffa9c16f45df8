// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/FocusGuard.h"
#include "platform/linux/XcbConnection.h"

#include <QDBusConnection>

#include <memory>

class QSocketNotifier;

namespace limber {

class NotificationInhibitWatcher;

/// X11: holds while the active window (_NET_ACTIVE_WINDOW) is fullscreen, or while the
/// notification server is inhibited. Driven by X property events, never by a timer.
class X11FocusGuard final : public FocusGuard
{
    Q_OBJECT
public:
    /// Connects to `display` (empty: $DISPLAY); `bus` is the session bus for the
    /// inhibition. nullptr with a reason when there is no X server.
    static std::unique_ptr<X11FocusGuard> create(const QString &display, QDBusConnection bus,
                                                 QString *error = nullptr);
    ~X11FocusGuard() override;

    /// "x11+inhibit" once the notification server showed an Inhibited property.
    QString name() const override;
    FocusHold hold() const override { return m_hold; }

private:
    X11FocusGuard(std::unique_ptr<XcbConnection> connection, QDBusConnection bus);

    void processEvents();
    void handleEvent(const xcb_generic_event_t &event);
    void followActiveWindow();
    xcb_window_t readActiveWindow() const;
    bool readFullscreen(xcb_window_t window) const;
    void watchProperties(xcb_window_t window, bool watch);
    void setFullscreen(bool fullscreen);
    void updateHolding();

    std::unique_ptr<XcbConnection> m_x;
    QSocketNotifier *m_notifier;
    NotificationInhibitWatcher *m_inhibit;
    xcb_atom_t m_activeWindowAtom;
    xcb_atom_t m_stateAtom;
    xcb_atom_t m_fullscreenAtom;
    xcb_window_t m_active = XCB_WINDOW_NONE;
    bool m_fullscreen = false;
    FocusHold m_hold = FocusHold::None;
};

} // namespace limber

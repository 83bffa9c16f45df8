// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/X11FocusGuard.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/NotificationInhibitWatcher.h"

#include <QSocketNotifier>

using namespace Qt::StringLiterals;

namespace limber {

std::unique_ptr<X11FocusGuard> X11FocusGuard::create(const QString &display, QDBusConnection bus,
                                                     QString *error)
{
    auto connection = XcbConnection::open(display, error);
    if (!connection)
        return nullptr;
    return std::unique_ptr<X11FocusGuard>(new X11FocusGuard(std::move(connection), std::move(bus)));
}

X11FocusGuard::X11FocusGuard(std::unique_ptr<XcbConnection> connection, QDBusConnection bus)
    : m_x(std::move(connection))
    , m_notifier(new QSocketNotifier(m_x->fileDescriptor(), QSocketNotifier::Read, this))
    , m_inhibit(new NotificationInhibitWatcher(std::move(bus), this))
    , m_activeWindowAtom(m_x->atom("_NET_ACTIVE_WINDOW"))
    , m_stateAtom(m_x->atom("_NET_WM_STATE"))
    , m_fullscreenAtom(m_x->atom("_NET_WM_STATE_FULLSCREEN"))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &X11FocusGuard::processEvents);
    connect(m_inhibit, &NotificationInhibitWatcher::inhibitedChanged, this,
            &X11FocusGuard::updateHolding);
    watchProperties(m_x->root(), true);
    followActiveWindow();
    // Replies read above may have queued events that the socket will not signal again.
    processEvents();
}

X11FocusGuard::~X11FocusGuard() = default;

QString X11FocusGuard::name() const
{
    return m_inhibit->isSupported() ? u"x11+inhibit"_s : u"x11"_s;
}

void X11FocusGuard::processEvents()
{
    while (XcbReply<xcb_generic_event_t> event{xcb_poll_for_event(m_x->get())})
        handleEvent(*event);
    if (m_x->hasError()) {
        // The X server is gone (end of session): stop listening to a dead socket.
        qCWarning(lcFocus) << "lost the X connection; fullscreen windows are no longer seen";
        m_notifier->setEnabled(false);
        setFullscreen(false);
    }
}

void X11FocusGuard::handleEvent(const xcb_generic_event_t &event)
{
    // The top bit marks events sent by other clients; errors (type 0) come from windows
    // that were destroyed while we still watched them, and are expected.
    if ((event.response_type & 0x7f) != XCB_PROPERTY_NOTIFY)
        return;
    const auto &notify = reinterpret_cast<const xcb_property_notify_event_t &>(event);
    if (notify.window == m_x->root() && notify.atom == m_activeWindowAtom)
        followActiveWindow();
    else if (notify.window == m_active && notify.atom == m_stateAtom)
        setFullscreen(readFullscreen(m_active));
}

void X11FocusGuard::followActiveWindow()
{
    const xcb_window_t active = readActiveWindow();
    if (active != m_active) {
        if (m_active != XCB_WINDOW_NONE)
            watchProperties(m_active, false);
        m_active = active;
        if (m_active != XCB_WINDOW_NONE)
            watchProperties(m_active, true);
    }
    setFullscreen(m_active != XCB_WINDOW_NONE && readFullscreen(m_active));
}

xcb_window_t X11FocusGuard::readActiveWindow() const
{
    const xcb_get_property_cookie_t cookie =
        xcb_get_property(m_x->get(), 0, m_x->root(), m_activeWindowAtom, XCB_ATOM_WINDOW, 0, 1);
    const XcbReply<xcb_get_property_reply_t> reply(
        xcb_get_property_reply(m_x->get(), cookie, nullptr));
    if (!reply || reply->format != 32 || xcb_get_property_value_length(reply.get()) < 4)
        return XCB_WINDOW_NONE;
    return *static_cast<const xcb_window_t *>(xcb_get_property_value(reply.get()));
}

bool X11FocusGuard::readFullscreen(xcb_window_t window) const
{
    // 32 atoms is far more states than any window manager sets at once.
    const xcb_get_property_cookie_t cookie =
        xcb_get_property(m_x->get(), 0, window, m_stateAtom, XCB_ATOM_ATOM, 0, 32);
    const XcbReply<xcb_get_property_reply_t> reply(
        xcb_get_property_reply(m_x->get(), cookie, nullptr));
    if (!reply || reply->format != 32)
        return false;
    const auto *atoms = static_cast<const xcb_atom_t *>(xcb_get_property_value(reply.get()));
    const int count = xcb_get_property_value_length(reply.get()) / 4;
    for (int i = 0; i < count; ++i) {
        if (atoms[i] == m_fullscreenAtom)
            return true;
    }
    return false;
}

void X11FocusGuard::watchProperties(xcb_window_t window, bool watch)
{
    // Event masks are per client, so this does not disturb the window's owner.
    const uint32_t mask = watch ? uint32_t{XCB_EVENT_MASK_PROPERTY_CHANGE} : uint32_t{0};
    xcb_change_window_attributes(m_x->get(), window, XCB_CW_EVENT_MASK, &mask);
    xcb_flush(m_x->get());
}

void X11FocusGuard::setFullscreen(bool fullscreen)
{
    if (fullscreen == m_fullscreen)
        return;
    m_fullscreen = fullscreen;
    qCInfo(lcFocus) << (fullscreen ? "a fullscreen window is active" : "no fullscreen window");
    updateHolding();
}

void X11FocusGuard::updateHolding()
{
    const FocusHold hold = m_fullscreen               ? FocusHold::Fullscreen
                           : m_inhibit->isInhibited() ? FocusHold::DoNotDisturb
                                                      : FocusHold::None;
    if (hold == m_hold)
        return;
    m_hold = hold;
    emit holdingChanged(isHolding());
}

} // namespace limber

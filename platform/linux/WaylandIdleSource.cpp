// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/WaylandIdleSource.h"

#include "platform/PlatformLogging.h"

#include <QSocketNotifier>

#include <ext-idle-notify-v1-client-protocol.h>
#include <kde-idle-client-protocol.h>
#include <wayland-client.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

namespace limber {

/// The connection and the objects bound on it. A notification is an
/// `ext_idle_notification_v1` or an `org_kde_kwin_idle_timeout`, after the protocol.
struct WaylandObjects
{
    wl_display *display = nullptr;
    wl_registry *registry = nullptr;
    wl_seat *seat = nullptr;
    ext_idle_notifier_v1 *extNotifier = nullptr;
    uint32_t extVersion = 0;
    org_kde_kwin_idle *kdeIdle = nullptr;
    WaylandIdleSource::Protocol protocol = WaylandIdleSource::Protocol::KdeIdle;
    /// The notification with the present threshold.
    void *notification = nullptr;
    /// While idle, the notification of a threshold since replaced: only it can say
    /// "resumed" for this absence (a new one starts counting when it is made).
    void *returnWatch = nullptr;

    ~WaylandObjects()
    {
        destroyNotification(std::exchange(notification, nullptr));
        destroyNotification(std::exchange(returnWatch, nullptr));
        if (extNotifier)
            ext_idle_notifier_v1_destroy(extNotifier);
        if (kdeIdle)
            org_kde_kwin_idle_destroy(kdeIdle);
        if (seat)
            wl_seat_destroy(seat);
        if (registry)
            wl_registry_destroy(registry);
        if (display)
            wl_display_disconnect(display);
    }

    void destroyNotification(void *n) const
    {
        if (n == nullptr)
            return;
        if (protocol == WaylandIdleSource::Protocol::KdeIdle)
            org_kde_kwin_idle_timeout_release(static_cast<org_kde_kwin_idle_timeout *>(n));
        else
            ext_idle_notification_v1_destroy(static_cast<ext_idle_notification_v1 *>(n));
    }
};

namespace {

void onGlobal(void *data, wl_registry *registry, uint32_t id, const char *interface,
              uint32_t version)
{
    auto *wl = static_cast<WaylandObjects *>(data);
    if (std::strcmp(interface, wl_seat_interface.name) == 0 && wl->seat == nullptr) {
        // The first seat: a desktop with one person at it.
        wl->seat = static_cast<wl_seat *>(wl_registry_bind(registry, id, &wl_seat_interface, 1));
    } else if (std::strcmp(interface, ext_idle_notifier_v1_interface.name) == 0) {
        wl->extVersion = std::min<uint32_t>(version, 2);
        wl->extNotifier = static_cast<ext_idle_notifier_v1 *>(
            wl_registry_bind(registry, id, &ext_idle_notifier_v1_interface, wl->extVersion));
    } else if (std::strcmp(interface, org_kde_kwin_idle_interface.name) == 0) {
        wl->kdeIdle = static_cast<org_kde_kwin_idle *>(
            wl_registry_bind(registry, id, &org_kde_kwin_idle_interface, 1));
    }
}

void onGlobalRemove(void *, wl_registry *, uint32_t) {}

const wl_registry_listener kRegistryListener = {onGlobal, onGlobalRemove};

} // namespace

std::unique_ptr<WaylandIdleSource> WaylandIdleSource::create(const QString &display, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    auto wl = std::make_unique<WaylandObjects>();
    const QByteArray name = display.toLocal8Bit();
    wl->display = wl_display_connect(display.isEmpty() ? nullptr : name.constData());
    if (wl->display == nullptr)
        return fail(u"cannot connect to the Wayland compositor"_s);
    wl->registry = wl_display_get_registry(wl->display);
    wl_registry_add_listener(wl->registry, &kRegistryListener, wl.get());
    if (wl_display_roundtrip(wl->display) < 0)
        return fail(u"the Wayland compositor did not answer"_s);
    if (wl->seat == nullptr)
        return fail(u"the Wayland compositor has no seat"_s);
    if (wl->extNotifier != nullptr) {
        wl->protocol = wl->extVersion >= 2 ? Protocol::ExtInputIdle : Protocol::ExtIdle;
        // One protocol is used; the other global is not needed.
        if (wl->kdeIdle)
            org_kde_kwin_idle_destroy(std::exchange(wl->kdeIdle, nullptr));
    } else if (wl->kdeIdle != nullptr) {
        wl->protocol = Protocol::KdeIdle;
    } else {
        return fail(u"the Wayland compositor offers no idle notifier (ext_idle_notifier_v1 or "
                    u"org_kde_kwin_idle)"_s);
    }
    return std::unique_ptr<WaylandIdleSource>(new WaylandIdleSource(std::move(wl)));
}

WaylandIdleSource::WaylandIdleSource(std::unique_ptr<WaylandObjects> wayland)
    : m_wl(std::move(wayland))
    , m_notifier(new QSocketNotifier(wl_display_get_fd(m_wl->display), QSocketNotifier::Read, this))
{
    connect(m_notifier, &QSocketNotifier::activated, this, &WaylandIdleSource::processEvents);
}

WaylandIdleSource::~WaylandIdleSource() = default;

QString WaylandIdleSource::name() const
{
    switch (m_wl->protocol) {
    case Protocol::ExtInputIdle:
        return u"ext-idle-input"_s;
    case Protocol::ExtIdle:
        return u"ext-idle"_s;
    case Protocol::KdeIdle:
        break;
    }
    return u"kde-idle"_s;
}

WaylandIdleSource::Protocol WaylandIdleSource::protocol() const
{
    return m_wl->protocol;
}

void WaylandIdleSource::setIdleThreshold(Millis real)
{
    if (m_wl->display == nullptr || wl_display_get_error(m_wl->display) != 0)
        return;
    real = std::max(real, Millis(1));
    if (m_threshold == real)
        return;
    m_threshold = real;
    const auto timeout = static_cast<uint32_t>(std::min<Millis::rep>(real.count(), UINT32_MAX));

    // While idle the old notification stays until it says "resumed"; otherwise it goes.
    if (m_idle && m_wl->returnWatch == nullptr)
        m_wl->returnWatch = std::exchange(m_wl->notification, nullptr);
    else
        m_wl->destroyNotification(std::exchange(m_wl->notification, nullptr));

    if (m_wl->protocol == Protocol::KdeIdle) {
        static const org_kde_kwin_idle_timeout_listener listener = {
            [](void *data, org_kde_kwin_idle_timeout *n) {
                static_cast<WaylandIdleSource *>(data)->onIdled(n);
            },
            [](void *data, org_kde_kwin_idle_timeout *n) {
                static_cast<WaylandIdleSource *>(data)->onResumed(n);
            }};
        auto *n = org_kde_kwin_idle_get_idle_timeout(m_wl->kdeIdle, m_wl->seat, timeout);
        org_kde_kwin_idle_timeout_add_listener(n, &listener, this);
        m_wl->notification = n;
    } else {
        static const ext_idle_notification_v1_listener listener = {
            [](void *data, ext_idle_notification_v1 *n) {
                static_cast<WaylandIdleSource *>(data)->onIdled(n);
            },
            [](void *data, ext_idle_notification_v1 *n) {
                static_cast<WaylandIdleSource *>(data)->onResumed(n);
            }};
        auto *n = m_wl->protocol == Protocol::ExtInputIdle
                      ? ext_idle_notifier_v1_get_input_idle_notification(m_wl->extNotifier, timeout,
                                                                         m_wl->seat)
                      : ext_idle_notifier_v1_get_idle_notification(m_wl->extNotifier, timeout,
                                                                   m_wl->seat);
        ext_idle_notification_v1_add_listener(n, &listener, this);
        m_wl->notification = n;
    }
    flush();
    if (wl_display_get_error(m_wl->display) != 0)
        return;
    if (!m_notifies) {
        qCInfo(lcIdle) << "the Wayland compositor tells when idle reaches" << real.count()
                       << "ms, over" << name();
        m_notifies = true;
        emit notifiesChanged();
    }
}

void WaylandIdleSource::onIdled(void *notification)
{
    // Only the present threshold's notification starts an absence; a second "idled"
    // while idle (the new threshold's, before the return) is the same absence.
    if (notification != m_wl->notification || m_idle)
        return;
    m_idle = true;
    emit idleReached();
}

void WaylandIdleSource::onResumed(void *notification)
{
    if (notification == m_wl->returnWatch && notification != nullptr)
        m_wl->destroyNotification(std::exchange(m_wl->returnWatch, nullptr));
    if (!m_idle)
        return;
    m_idle = false;
    flush();
    emit activeAgain();
}

void WaylandIdleSource::processEvents()
{
    wl_display *d = m_wl->display;
    // Libwayland's way to read on a descriptor someone else polls: prepare, read what
    // the socket has (it is readable: no blocking), dispatch.
    while (wl_display_prepare_read(d) != 0) {
        if (wl_display_dispatch_pending(d) < 0)
            return stopNotifying("dispatch failed");
    }
    if (wl_display_read_events(d) < 0)
        return stopNotifying("the connection was lost");
    if (wl_display_dispatch_pending(d) < 0)
        return stopNotifying("dispatch failed");
    flush();
}

void WaylandIdleSource::flush()
{
    if (wl_display_flush(m_wl->display) < 0 && errno != EAGAIN)
        stopNotifying("the connection was lost");
}

void WaylandIdleSource::stopNotifying(const char *why)
{
    m_notifier->setEnabled(false);
    if (m_notifies) {
        qCWarning(lcIdle) << "the Wayland compositor's idle notifications stopped:" << why;
        m_notifies = false;
        emit notifiesChanged();
    }
}

} // namespace limber

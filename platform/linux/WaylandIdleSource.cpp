// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/WaylandIdleSource.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/WaylandConnection.h"

#include <ext-idle-notify-v1-client-protocol.h>
#include <kde-idle-client-protocol.h>
#include <wayland-client.h>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace limber {

std::unique_ptr<WaylandIdleSource>
WaylandIdleSource::create(std::shared_ptr<WaylandConnection> connection, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    // The first seat: a desktop with one person at it.
    const auto seat = connection->global(wl_seat_interface.name);
    if (!seat)
        return fail(u"the Wayland compositor has no seat"_s);
    const auto ext = connection->global(ext_idle_notifier_v1_interface.name);
    const auto kde = connection->global(org_kde_kwin_idle_interface.name);
    if (!ext && !kde)
        return fail(u"the Wayland compositor offers no idle notifier (ext_idle_notifier_v1 or "
                    u"org_kde_kwin_idle)"_s);
    auto *boundSeat = static_cast<wl_seat *>(connection->bind(*seat, &wl_seat_interface, 1));
    // One protocol is used: ext-idle where offered.
    ext_idle_notifier_v1 *boundExt = nullptr;
    org_kde_kwin_idle *boundKde = nullptr;
    uint32_t extVersion = 0;
    if (ext) {
        extVersion = std::min<uint32_t>(ext->version, 2);
        boundExt = static_cast<ext_idle_notifier_v1 *>(
            connection->bind(*ext, &ext_idle_notifier_v1_interface, extVersion));
    } else {
        boundKde = static_cast<org_kde_kwin_idle *>(
            connection->bind(*kde, &org_kde_kwin_idle_interface, 1));
    }
    return std::unique_ptr<WaylandIdleSource>(
        new WaylandIdleSource(std::move(connection), boundSeat, boundExt, extVersion, boundKde));
}

WaylandIdleSource::WaylandIdleSource(std::shared_ptr<WaylandConnection> connection, wl_seat *seat,
                                     ext_idle_notifier_v1 *ext, uint32_t extVersion,
                                     org_kde_kwin_idle *kde)
    : m_connection(std::move(connection))
    , m_seat(seat)
    , m_ext(ext)
    , m_kde(kde)
    , m_protocol(ext == nullptr    ? Protocol::KdeIdle
                 : extVersion >= 2 ? Protocol::ExtInputIdle
                                   : Protocol::ExtIdle)
{
    connect(m_connection.get(), &WaylandConnection::broken, this,
            &WaylandIdleSource::stopNotifying);
}

WaylandIdleSource::~WaylandIdleSource()
{
    destroyNotification(std::exchange(m_notification, nullptr));
    destroyNotification(std::exchange(m_returnWatch, nullptr));
    if (m_ext)
        ext_idle_notifier_v1_destroy(m_ext);
    if (m_kde)
        org_kde_kwin_idle_destroy(m_kde);
    wl_seat_destroy(m_seat);
    m_connection->flush();
}

QString WaylandIdleSource::name() const
{
    switch (m_protocol) {
    case Protocol::ExtInputIdle:
        return u"ext-idle-input"_s;
    case Protocol::ExtIdle:
        return u"ext-idle"_s;
    case Protocol::KdeIdle:
        break;
    }
    return u"kde-idle"_s;
}

void WaylandIdleSource::destroyNotification(void *notification) const
{
    if (notification == nullptr)
        return;
    if (m_protocol == Protocol::KdeIdle)
        org_kde_kwin_idle_timeout_release(static_cast<org_kde_kwin_idle_timeout *>(notification));
    else
        ext_idle_notification_v1_destroy(static_cast<ext_idle_notification_v1 *>(notification));
}

void WaylandIdleSource::setIdleThreshold(Millis real)
{
    if (m_connection->isBroken())
        return;
    real = std::max(real, Millis(1));
    if (m_threshold == real)
        return;
    m_threshold = real;
    const auto timeout = static_cast<uint32_t>(std::min<Millis::rep>(real.count(), UINT32_MAX));

    // While idle the old notification stays until it says "resumed"; otherwise it goes.
    if (m_idle && m_returnWatch == nullptr)
        m_returnWatch = std::exchange(m_notification, nullptr);
    else
        destroyNotification(std::exchange(m_notification, nullptr));

    if (m_protocol == Protocol::KdeIdle) {
        static const org_kde_kwin_idle_timeout_listener listener = {
            [](void *data, org_kde_kwin_idle_timeout *n) {
                static_cast<WaylandIdleSource *>(data)->onIdled(n);
            },
            [](void *data, org_kde_kwin_idle_timeout *n) {
                static_cast<WaylandIdleSource *>(data)->onResumed(n);
            }};
        auto *n = org_kde_kwin_idle_get_idle_timeout(m_kde, m_seat, timeout);
        org_kde_kwin_idle_timeout_add_listener(n, &listener, this);
        m_notification = n;
    } else {
        static const ext_idle_notification_v1_listener listener = {
            [](void *data, ext_idle_notification_v1 *n) {
                static_cast<WaylandIdleSource *>(data)->onIdled(n);
            },
            [](void *data, ext_idle_notification_v1 *n) {
                static_cast<WaylandIdleSource *>(data)->onResumed(n);
            }};
        auto *n = m_protocol == Protocol::ExtInputIdle
                      ? ext_idle_notifier_v1_get_input_idle_notification(m_ext, timeout, m_seat)
                      : ext_idle_notifier_v1_get_idle_notification(m_ext, timeout, m_seat);
        ext_idle_notification_v1_add_listener(n, &listener, this);
        m_notification = n;
    }
    m_connection->flush();
    if (m_connection->isBroken() || notifies())
        return;
    qCInfo(lcIdle) << "the Wayland compositor tells when idle reaches" << real.count() << "ms, over"
                   << name();
    setNotifies(true);
}

void WaylandIdleSource::onIdled(void *notification)
{
    // Only the present threshold's notification starts an absence; a second "idled"
    // while idle (the new threshold's, before the return) is the same absence.
    if (notification != m_notification || m_idle)
        return;
    m_idle = true;
    emit idleReached();
}

void WaylandIdleSource::onResumed(void *notification)
{
    if (notification == m_returnWatch && notification != nullptr) {
        destroyNotification(std::exchange(m_returnWatch, nullptr));
        m_connection->flush();
    }
    if (!m_idle)
        return;
    m_idle = false;
    emit activeAgain();
}

void WaylandIdleSource::stopNotifying(const QString &why)
{
    if (!notifies())
        return;
    qCWarning(lcIdle) << "the Wayland compositor's idle notifications stopped:" << why;
    setNotifies(false);
}

} // namespace limber

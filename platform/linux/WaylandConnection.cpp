// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/WaylandConnection.h"

#include <QSocketNotifier>

#include <wayland-client.h>

#include <algorithm>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

void onGlobal(void *data, wl_registry *, uint32_t name, const char *interface, uint32_t version)
{
    static_cast<QList<WaylandConnection::Global> *>(data)->append(
        {name, QByteArray(interface), version});
}

void onGlobalRemove(void *data, wl_registry *, uint32_t name)
{
    static_cast<QList<WaylandConnection::Global> *>(data)->removeIf(
        [name](const WaylandConnection::Global &g) { return g.name == name; });
}

const wl_registry_listener kRegistryListener = {onGlobal, onGlobalRemove};

} // namespace

std::shared_ptr<WaylandConnection> WaylandConnection::open(const QString &display, QString *error)
{
    const QByteArray name = display.toLocal8Bit();
    wl_display *d = wl_display_connect(display.isEmpty() ? nullptr : name.constData());
    if (d == nullptr) {
        if (error)
            *error = u"cannot connect to the Wayland compositor"_s;
        return nullptr;
    }
    std::shared_ptr<WaylandConnection> connection(
        new WaylandConnection(d, wl_display_get_registry(d)));
    if (!connection->roundtrip()) {
        if (error)
            *error = u"the Wayland compositor did not answer"_s;
        return nullptr;
    }
    return connection;
}

WaylandConnection::WaylandConnection(wl_display *display, wl_registry *registry)
    : m_display(display)
    , m_registry(registry)
    , m_notifier(new QSocketNotifier(wl_display_get_fd(display), QSocketNotifier::Read, this))
{
    wl_registry_add_listener(m_registry, &kRegistryListener, &m_globals);
    connect(m_notifier, &QSocketNotifier::activated, this, &WaylandConnection::processEvents);
}

WaylandConnection::~WaylandConnection()
{
    wl_registry_destroy(m_registry);
    wl_display_disconnect(m_display);
}

std::optional<WaylandConnection::Global> WaylandConnection::global(const char *interface) const
{
    const auto found =
        std::find_if(m_globals.cbegin(), m_globals.cend(),
                     [interface](const Global &g) { return g.interface == interface; });
    if (found == m_globals.cend())
        return std::nullopt;
    return *found;
}

void *WaylandConnection::bind(const Global &global, const wl_interface *interface, uint32_t version)
{
    return wl_registry_bind(m_registry, global.name, interface, std::min(version, global.version));
}

void WaylandConnection::flush()
{
    if (!m_broken && wl_display_flush(m_display) < 0 && errno != EAGAIN)
        fail("the connection was lost");
}

bool WaylandConnection::roundtrip()
{
    if (m_broken || wl_display_roundtrip(m_display) < 0) {
        fail("the compositor did not answer");
        return false;
    }
    return true;
}

void WaylandConnection::processEvents()
{
    // The descriptor is readable, so reading does not block: prepare, read, dispatch.
    while (wl_display_prepare_read(m_display) != 0) {
        if (wl_display_dispatch_pending(m_display) < 0)
            return fail("dispatch failed");
    }
    if (wl_display_read_events(m_display) < 0)
        return fail("the connection was lost");
    if (wl_display_dispatch_pending(m_display) < 0)
        return fail("dispatch failed");
    flush();
}

void WaylandConnection::fail(const char *why)
{
    if (m_broken)
        return;
    m_broken = true;
    m_notifier->setEnabled(false);
    emit broken(QString::fromLatin1(why));
}

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

class QSocketNotifier;
struct wl_display;
struct wl_interface;
struct wl_registry;

namespace limber {

/// A Wayland client connection of Limber's own (Qt 6.4 does not share its own), shared
/// by the backends that need the compositor (WaylandIdleSource, WlrFullscreenGuard):
/// one socket, read through a QSocketNotifier on its descriptor with libwayland's
/// prepare-read / read / dispatch sequence; no thread, no timer.
///
/// The globals are those the compositor announced at open(); a backend binds what it
/// needs with bind(). Objects bound on it must be destroyed before the connection: each
/// backend holds the connection by shared_ptr.
class WaylandConnection : public QObject
{
    Q_OBJECT
public:
    struct Global
    {
        uint32_t name = 0;
        QByteArray interface;
        uint32_t version = 0;
    };

    /// Connects to `display` (empty: $WAYLAND_DISPLAY) and reads the globals. nullptr
    /// with a reason when there is no compositor to talk to.
    static std::shared_ptr<WaylandConnection> open(const QString &display = {},
                                                   QString *error = nullptr);
    ~WaylandConnection() override;
    WaylandConnection(const WaylandConnection &) = delete;
    WaylandConnection &operator=(const WaylandConnection &) = delete;

    wl_display *display() const { return m_display; }
    /// The first global with this interface name, if the compositor offers one.
    std::optional<Global> global(const char *interface) const;
    /// Binds `global` at `version` (at most what the compositor offers).
    void *bind(const Global &global, const wl_interface *interface, uint32_t version);
    /// Sends what is queued; a broken connection emits broken().
    void flush();
    /// Waits for the compositor to answer everything sent so far (dispatching events).
    bool roundtrip();
    bool isBroken() const { return m_broken; }

signals:
    /// The connection was lost (the compositor quit): nothing more will come.
    void broken(const QString &why);

private:
    WaylandConnection(wl_display *display, wl_registry *registry);
    void processEvents();
    void fail(const char *why);

    wl_display *m_display = nullptr;
    wl_registry *m_registry = nullptr;
    QList<Global> m_globals;
    QSocketNotifier *m_notifier = nullptr;
    bool m_broken = false;
};

} // namespace limber

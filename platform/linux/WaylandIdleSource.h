// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/IdleSource.h"

#include <QString>

#include <memory>
#include <optional>

class QSocketNotifier;

namespace limber {

struct WaylandObjects;

/// Input idle from the Wayland compositor, on a connection of Limber's own (Qt gives no
/// access to its own): wlroots compositors (sway, Hyprland, river), KWin and others.
///
/// The protocols, best first:
/// - `ext_idle_notifier_v1` version 2, `get_input_idle_notification`: only input
///   counts, so a playing video (an idle inhibitor) is not mistaken for the person;
/// - `ext_idle_notifier_v1` version 1, `get_idle_notification`;
/// - KDE's `org_kde_kwin_idle` (sway 1.7, KWin).
/// The last two honour idle inhibitors: while a video plays the person never looks
/// idle.
///
/// A notification object made with the threshold tells when idle reaches it (idled)
/// and when input comes (resumed). The connection is read through a QSocketNotifier on
/// its descriptor: no timer, no thread. The compositor cannot be asked how long the
/// seat has been idle, so idleTime() has nothing to read.
class WaylandIdleSource final : public IdleSource
{
    Q_OBJECT
public:
    enum class Protocol
    {
        ExtInputIdle,
        ExtIdle,
        KdeIdle
    };

    /// Connects to `display` (empty: $WAYLAND_DISPLAY) and binds the best idle protocol
    /// it offers. nullptr with a reason when there is no compositor or no protocol.
    static std::unique_ptr<WaylandIdleSource> create(const QString &display = {},
                                                     QString *error = nullptr);
    ~WaylandIdleSource() override;

    /// "ext-idle-input", "ext-idle" or "kde-idle".
    QString name() const override;
    std::optional<Millis> idleTime() override { return std::nullopt; }
    bool notifies() const override { return m_notifies; }
    void setIdleThreshold(Millis real) override;

    /// With any but ExtInputIdle a playing video counts as activity (`--status` says so:
    /// the problem `idle_counts_video`).
    Protocol protocol() const;

private:
    explicit WaylandIdleSource(std::unique_ptr<WaylandObjects> wayland);

    void processEvents();
    void onIdled(void *notification);
    void onResumed(void *notification);
    /// Sends what is queued; on a broken connection, stops notifying.
    void flush();
    void stopNotifying(const char *why);

    std::unique_ptr<WaylandObjects> m_wl;
    QSocketNotifier *m_notifier = nullptr;
    std::optional<Millis> m_threshold;
    /// idleReached() was emitted and activeAgain() not yet.
    bool m_idle = false;
    bool m_notifies = false;
};

} // namespace limber

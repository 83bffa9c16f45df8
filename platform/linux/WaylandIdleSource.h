// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/IdleSource.h"

#include <QString>

#include <memory>
#include <optional>

struct ext_idle_notifier_v1;
struct org_kde_kwin_idle;
struct wl_seat;

namespace limber {

class WaylandConnection;

/// Input idle from the Wayland compositor, on Limber's own connection: wlroots
/// compositors (sway, Hyprland, river), KWin and others.
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
/// and when input comes (resumed). The compositor cannot be asked how long the seat
/// has been idle, so idleTime() has nothing to read.
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

    /// Binds the best idle protocol `connection` offers. nullptr with a reason when it
    /// offers none (or no seat).
    static std::unique_ptr<WaylandIdleSource> create(std::shared_ptr<WaylandConnection> connection,
                                                     QString *error = nullptr);
    ~WaylandIdleSource() override;

    /// "ext-idle-input", "ext-idle" or "kde-idle".
    QString name() const override;
    std::optional<Millis> idleTime() override { return std::nullopt; }
    void setIdleThreshold(Millis real) override;

    /// With any but ExtInputIdle a playing video counts as activity (`--status` says so:
    /// the problem `idle_counts_video`).
    Protocol protocol() const { return m_protocol; }

private:
    WaylandIdleSource(std::shared_ptr<WaylandConnection> connection, wl_seat *seat,
                      ext_idle_notifier_v1 *ext, uint32_t extVersion, org_kde_kwin_idle *kde);

    void onIdled(void *notification);
    void onResumed(void *notification);
    void destroyNotification(void *notification) const;
    void stopNotifying(const QString &why);

    std::shared_ptr<WaylandConnection> m_connection;
    wl_seat *m_seat;
    ext_idle_notifier_v1 *m_ext;
    org_kde_kwin_idle *m_kde;
    Protocol m_protocol;
    /// The notification with the present threshold (an `ext_idle_notification_v1` or an
    /// `org_kde_kwin_idle_timeout`, after the protocol).
    void *m_notification = nullptr;
    /// While idle, the notification of a threshold since replaced: only it can say
    /// "resumed" for this absence (a new one starts counting when it is made).
    void *m_returnWatch = nullptr;
    std::optional<Millis> m_threshold;
    /// idleReached() was emitted and activeAgain() not yet.
    bool m_idle = false;
};

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/IdleSource.h"
#include "platform/linux/XcbConnection.h"

#include <xcb/sync.h>

#include <memory>
#include <optional>

class QSocketNotifier;

namespace limber {

/// Input idle time from the X server, told rather than asked where the server can.
///
/// With the SYNC extension's `IDLETIME` system counter the source notifies (as KIdleTime
/// does): an alarm that fires when the counter rises through the threshold gives
/// idleReached(), then a one-shot alarm that fires once the counter is below the
/// threshold again (input reset it) gives activeAgain(). The alarms' events arrive on
/// this source's own connection, read through a QSocketNotifier: no timer, no thread.
///
/// idleTime() reads MIT-SCREEN-SAVER's `ms_since_user_input`, or the counter itself on
/// a server without that extension. A server with neither is refused.
class X11IdleSource final : public IdleSource
{
    Q_OBJECT
public:
    /// Connects to `display` (empty: $DISPLAY) and looks for SYNC's IDLETIME counter and
    /// MIT-SCREEN-SAVER. nullptr with a reason when the server has no idle time at all.
    static std::unique_ptr<X11IdleSource> create(const QString &display = {},
                                                 QString *error = nullptr);

    QString name() const override { return QStringLiteral("x11"); }
    std::optional<Millis> idleTime() override;
    void setIdleThreshold(Millis real) override;

private:
    X11IdleSource(std::unique_ptr<XcbConnection> connection, bool screenSaver,
                  std::optional<xcb_sync_counter_t> idleCounter, uint8_t syncEventBase);

    void processEvents();
    void onAlarm(xcb_sync_alarm_t alarm);
    /// Creates the alarm, or changes it (and makes it active again) when it exists.
    void setAlarm(xcb_sync_alarm_t &alarm, xcb_sync_testtype_t test, Millis value);
    /// The connection is lost: stop notifying; idleTime() says so.
    void stopNotifying();

    std::unique_ptr<XcbConnection> m_x;
    const bool m_screenSaver;
    const std::optional<xcb_sync_counter_t> m_idleCounter;
    const uint8_t m_alarmNotify;
    QSocketNotifier *m_notifier = nullptr;
    std::optional<Millis> m_threshold;
    xcb_sync_alarm_t m_idleAlarm = XCB_NONE;
    xcb_sync_alarm_t m_activeAlarm = XCB_NONE;
    /// idleReached() was emitted and activeAgain() not yet.
    bool m_idle = false;
    bool m_reportedFailure = false;
};

/// SYNC's system counters by name, read from a ListSystemCounters reply byte by byte:
/// xcb_sync_systemcounter_next() steps by the padded C struct (16 bytes) where each
/// entry on the wire takes 14 bytes before its name, and so misreads every name after
/// the first. `counters` is the reply's list, `size` its length in bytes.
std::optional<xcb_sync_counter_t> findSystemCounter(const uint8_t *counters, size_t size, int count,
                                                    const QByteArray &name);

} // namespace limber

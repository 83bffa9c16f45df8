// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/X11IdleSource.h"

#include "platform/PlatformLogging.h"

#include <QByteArray>
#include <QSocketNotifier>

#include <xcb/screensaver.h>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

xcb_sync_int64_t toInt64(Millis value)
{
    const auto v = static_cast<int64_t>(value.count());
    return {static_cast<int32_t>(v >> 32), static_cast<uint32_t>(v & 0xffffffffU)};
}

Millis fromInt64(const xcb_sync_int64_t &value)
{
    return Millis((static_cast<int64_t>(value.hi) << 32) | value.lo);
}

/// SYNC's IDLETIME counter of the server, when it has one (SYNC 3.1 and later).
std::optional<xcb_sync_counter_t> idleTimeCounter(xcb_connection_t *c, uint8_t *eventBase)
{
    const xcb_query_extension_reply_t *sync = xcb_get_extension_data(c, &xcb_sync_id);
    if (sync == nullptr || sync->present == 0)
        return std::nullopt;
    *eventBase = sync->first_event;
    const XcbReply<xcb_sync_initialize_reply_t> version(xcb_sync_initialize_reply(
        c, xcb_sync_initialize(c, XCB_SYNC_MAJOR_VERSION, XCB_SYNC_MINOR_VERSION), nullptr));
    if (!version)
        return std::nullopt;
    const XcbReply<xcb_sync_list_system_counters_reply_t> list(
        xcb_sync_list_system_counters_reply(c, xcb_sync_list_system_counters(c), nullptr));
    if (!list)
        return std::nullopt;
    // The counters follow the 32-byte reply header; the reply's length counts 4-byte
    // units after it.
    const auto *bytes = reinterpret_cast<const uint8_t *>(list.get()) + 32;
    return findSystemCounter(bytes, size_t(list->length) * 4, int(list->counters_len),
                             QByteArrayLiteral("IDLETIME"));
}

} // namespace

std::optional<xcb_sync_counter_t> findSystemCounter(const uint8_t *counters, size_t size, int count,
                                                    const QByteArray &name)
{
    // Each entry: CARD32 counter, INT64 resolution, CARD16 name length, the name, and
    // padding to a multiple of 4 bytes (X11 SYNC protocol, ListSystemCounters).
    constexpr size_t kHeader = 4 + 8 + 2;
    size_t at = 0;
    for (int i = 0; i < count; ++i) {
        if (at + kHeader > size)
            return std::nullopt;
        uint32_t counter = 0;
        uint16_t length = 0;
        std::memcpy(&counter, counters + at, sizeof counter);
        std::memcpy(&length, counters + at + 12, sizeof length);
        if (at + kHeader + length > size)
            return std::nullopt;
        const QByteArray entryName(reinterpret_cast<const char *>(counters + at + kHeader), length);
        if (entryName == name)
            return counter;
        at += (kHeader + length + 3) & ~size_t(3);
    }
    return std::nullopt;
}

std::unique_ptr<X11IdleSource> X11IdleSource::create(const QString &display, QString *error)
{
    auto connection = XcbConnection::open(display, error);
    if (!connection)
        return nullptr;
    xcb_connection_t *c = connection->get();
    const xcb_query_extension_reply_t *screenSaver = xcb_get_extension_data(c, &xcb_screensaver_id);
    const bool hasScreenSaver = screenSaver != nullptr && screenSaver->present != 0;
    uint8_t eventBase = 0;
    const std::optional<xcb_sync_counter_t> counter = idleTimeCounter(c, &eventBase);
    if (!hasScreenSaver && !counter) {
        if (error)
            *error = u"the X server has neither the MIT-SCREEN-SAVER extension nor SYNC's "
                     u"IDLETIME counter"_s;
        return nullptr;
    }
    return std::unique_ptr<X11IdleSource>(
        new X11IdleSource(std::move(connection), hasScreenSaver, counter, eventBase));
}

X11IdleSource::X11IdleSource(std::unique_ptr<XcbConnection> connection, bool screenSaver,
                             std::optional<xcb_sync_counter_t> idleCounter, uint8_t syncEventBase)
    : m_x(std::move(connection))
    , m_screenSaver(screenSaver)
    , m_idleCounter(idleCounter)
    , m_alarmNotify(static_cast<uint8_t>(syncEventBase + XCB_SYNC_ALARM_NOTIFY))
{
    if (!m_idleCounter)
        return;
    m_notifier = new QSocketNotifier(m_x->fileDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &X11IdleSource::processEvents);
}

std::optional<Millis> X11IdleSource::idleTime()
{
    std::optional<Millis> idle;
    xcb_connection_t *c = m_x->get();
    if (m_screenSaver) {
        const XcbReply<xcb_screensaver_query_info_reply_t> reply(xcb_screensaver_query_info_reply(
            c, xcb_screensaver_query_info(c, m_x->root()), nullptr));
        if (reply)
            idle = Millis(reply->ms_since_user_input);
    } else if (m_idleCounter) {
        const XcbReply<xcb_sync_query_counter_reply_t> reply(
            xcb_sync_query_counter_reply(c, xcb_sync_query_counter(c, *m_idleCounter), nullptr));
        if (reply)
            idle = fromInt64(reply->counter_value);
    }
    // A round trip may have queued an alarm's event the socket notifier will not see.
    if (m_notifier)
        processEvents();
    if (!idle) {
        // The X server went away (end of session) or refused: say it once, not every sample.
        if (!m_reportedFailure)
            qCWarning(lcIdle) << "cannot read the X idle time:"
                              << (m_x->hasError() ? "connection lost" : "request failed");
        m_reportedFailure = true;
        return std::nullopt;
    }
    m_reportedFailure = false;
    return idle;
}

void X11IdleSource::setIdleThreshold(Millis real)
{
    if (!m_idleCounter || !m_notifier)
        return;
    real = std::max(real, Millis(2));
    if (m_threshold == real)
        return;
    m_threshold = real;
    // Fires each time the counter rises through the threshold: once per idle period
    // (a transition, not a comparison, which would fire at once when already idle).
    setAlarm(m_idleAlarm, XCB_SYNC_TESTTYPE_POSITIVE_TRANSITION, real);
    // While idle, the alarm for the return follows the new threshold too. (Otherwise it
    // rests: changed now, it would fire at once with nobody away.)
    if (m_idle)
        setAlarm(m_activeAlarm, XCB_SYNC_TESTTYPE_NEGATIVE_COMPARISON, real - Millis(1));
    xcb_flush(m_x->get());
    if (m_x->hasError()) {
        stopNotifying();
        return;
    }
    if (!notifies())
        qCInfo(lcIdle) << "the X server's IDLETIME alarm tells when idle reaches" << real.count()
                       << "ms";
    setNotifies(true);
}

void X11IdleSource::setAlarm(xcb_sync_alarm_t &alarm, xcb_sync_testtype_t test, Millis value)
{
    const uint32_t mask = XCB_SYNC_CA_COUNTER | XCB_SYNC_CA_VALUE_TYPE | XCB_SYNC_CA_VALUE |
                          XCB_SYNC_CA_TEST_TYPE | XCB_SYNC_CA_DELTA | XCB_SYNC_CA_EVENTS;
    // CreateAlarm and ChangeAlarm take the same attributes in two C types.
    const auto fill = [&](auto &values) {
        values.counter = *m_idleCounter;
        values.valueType = XCB_SYNC_VALUETYPE_ABSOLUTE;
        values.value = toInt64(value);
        values.testType = test;
        values.delta = toInt64(Millis(0));
        values.events = 1;
    };
    if (alarm == XCB_NONE) {
        xcb_sync_create_alarm_value_list_t values{};
        fill(values);
        alarm = xcb_generate_id(m_x->get());
        xcb_sync_create_alarm_aux(m_x->get(), alarm, mask, &values);
    } else {
        // Changing an alarm makes it active again (SYNC: ChangeAlarm).
        xcb_sync_change_alarm_value_list_t values{};
        fill(values);
        xcb_sync_change_alarm_aux(m_x->get(), alarm, mask, &values);
    }
}

void X11IdleSource::processEvents()
{
    while (XcbReply<xcb_generic_event_t> event{xcb_poll_for_event(m_x->get())}) {
        if ((event->response_type & 0x7f) == m_alarmNotify)
            onAlarm(reinterpret_cast<const xcb_sync_alarm_notify_event_t *>(event.get())->alarm);
    }
    if (m_x->hasError())
        stopNotifying();
}

void X11IdleSource::onAlarm(xcb_sync_alarm_t alarm)
{
    if (!notifies() || alarm == XCB_NONE)
        return;
    if (alarm == m_idleAlarm) {
        // A second rise without the return in between cannot be; either way it is still
        // the same absence.
        if (m_idle)
            return;
        m_idle = true;
        // Fires once the counter is below the threshold: input reset it. A comparison,
        // so that input that came in the moment since the rise ends the absence at once;
        // with a delta of 0 it fires once and then rests (SYNC), until set again.
        setAlarm(m_activeAlarm, XCB_SYNC_TESTTYPE_NEGATIVE_COMPARISON, *m_threshold - Millis(1));
        xcb_flush(m_x->get());
        emit idleReached();
    } else if (alarm == m_activeAlarm) {
        if (!m_idle)
            return;
        m_idle = false;
        emit activeAgain();
    }
}

void X11IdleSource::stopNotifying()
{
    if (m_notifier)
        m_notifier->setEnabled(false);
    m_idleAlarm = XCB_NONE;
    m_activeAlarm = XCB_NONE;
    if (notifies())
        qCWarning(lcIdle) << "the X server is gone: no more idle alarms";
    setNotifies(false);
}

} // namespace limber

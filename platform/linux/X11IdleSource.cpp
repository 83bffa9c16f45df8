// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/X11IdleSource.h"

#include "platform/PlatformLogging.h"

#include <xcb/screensaver.h>

using namespace Qt::StringLiterals;

namespace limber {

std::unique_ptr<X11IdleSource> X11IdleSource::create(const QString &display, QString *error)
{
    auto connection = XcbConnection::open(display, error);
    if (!connection)
        return nullptr;
    const xcb_query_extension_reply_t *extension =
        xcb_get_extension_data(connection->get(), &xcb_screensaver_id);
    if (extension == nullptr || extension->present == 0) {
        if (error)
            *error = u"the X server has no MIT-SCREEN-SAVER extension"_s;
        return nullptr;
    }
    return std::unique_ptr<X11IdleSource>(new X11IdleSource(std::move(connection)));
}

X11IdleSource::X11IdleSource(std::unique_ptr<XcbConnection> connection)
    : m_x(std::move(connection))
{
}

std::optional<Millis> X11IdleSource::idleTime()
{
    xcb_generic_error_t *rawError = nullptr;
    const XcbReply<xcb_screensaver_query_info_reply_t> reply(xcb_screensaver_query_info_reply(
        m_x->get(), xcb_screensaver_query_info(m_x->get(), m_x->root()), &rawError));
    const XcbReply<xcb_generic_error_t> error(rawError);
    if (!reply) {
        // The X server went away (end of session) or refused: say it once, not every sample.
        if (!m_reportedFailure)
            qCWarning(lcIdle) << "cannot read the X idle time:"
                              << (m_x->hasError() ? "connection lost" : "request failed");
        m_reportedFailure = true;
        return std::nullopt;
    }
    m_reportedFailure = false;
    return Millis(reply->ms_since_user_input);
}

} // namespace limber

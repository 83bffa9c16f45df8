// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/XcbConnection.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace limber {

std::unique_ptr<XcbConnection> XcbConnection::open(const QString &display, QString *error)
{
    const QByteArray name = display.toLocal8Bit();
    if (display.isEmpty() && qEnvironmentVariableIsEmpty("DISPLAY")) {
        if (error)
            *error = u"DISPLAY is not set"_s;
        return nullptr;
    }
    int screenNumber = 0;
    xcb_connection_t *connection =
        xcb_connect(display.isEmpty() ? nullptr : name.constData(), &screenNumber);
    if (xcb_connection_has_error(connection) != 0) {
        xcb_disconnect(connection);
        if (error)
            *error = u"cannot connect to the X server %1"_s.arg(
                display.isEmpty() ? qEnvironmentVariable("DISPLAY") : display);
        return nullptr;
    }
    xcb_screen_iterator_t it = xcb_setup_roots_iterator(xcb_get_setup(connection));
    for (int i = 0; i < screenNumber && it.rem > 0; ++i)
        xcb_screen_next(&it);
    if (it.rem == 0 || it.data == nullptr) {
        xcb_disconnect(connection);
        if (error)
            *error = u"the X server has no screen %1"_s.arg(screenNumber);
        return nullptr;
    }
    return std::unique_ptr<XcbConnection>(new XcbConnection(connection, it.data->root));
}

XcbConnection::XcbConnection(xcb_connection_t *connection, xcb_window_t root)
    : m_connection(connection)
    , m_root(root)
{
}

XcbConnection::~XcbConnection()
{
    xcb_disconnect(m_connection);
}

int XcbConnection::fileDescriptor() const
{
    return xcb_get_file_descriptor(m_connection);
}

bool XcbConnection::hasError() const
{
    return xcb_connection_has_error(m_connection) != 0;
}

xcb_atom_t XcbConnection::atom(const char *name) const
{
    const auto length = static_cast<uint16_t>(std::strlen(name));
    const xcb_intern_atom_cookie_t cookie = xcb_intern_atom(m_connection, 0, length, name);
    const XcbReply<xcb_intern_atom_reply_t> reply(
        xcb_intern_atom_reply(m_connection, cookie, nullptr));
    return reply ? reply->atom : xcb_atom_t{XCB_ATOM_NONE};
}

} // namespace limber

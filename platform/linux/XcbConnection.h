// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <xcb/xcb.h>

#include <cstdlib>
#include <memory>

namespace limber {

/// Replies and events from xcb are malloc'ed and owned by the caller.
struct XcbFree
{
    void operator()(void *p) const { std::free(p); }
};
template<typename T>
using XcbReply = std::unique_ptr<T, XcbFree>;

/// A private connection to an X server. Backends own one each instead of sharing
/// Qt's, so platform/ works in a QCoreApplication and reads its own events.
class XcbConnection
{
public:
    /// Connects to `display` (empty: $DISPLAY). nullptr with a reason on failure.
    static std::unique_ptr<XcbConnection> open(const QString &display, QString *error = nullptr);
    ~XcbConnection();
    XcbConnection(const XcbConnection &) = delete;
    XcbConnection &operator=(const XcbConnection &) = delete;

    xcb_connection_t *get() const { return m_connection; }
    xcb_window_t root() const { return m_root; }
    int fileDescriptor() const;
    bool hasError() const;
    /// The atom for `name`, or XCB_ATOM_NONE when the server did not answer.
    xcb_atom_t atom(const char *name) const;

private:
    XcbConnection(xcb_connection_t *connection, xcb_window_t root);

    xcb_connection_t *m_connection;
    xcb_window_t m_root;
};

} // namespace limber

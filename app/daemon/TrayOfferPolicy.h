// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/today/TrayOfferNotice.h"
#include "platform/ShellExtensions.h"

#include <QObject>

namespace limber {

class WindowPresenter;

/// What Today offers about Limber's icon where the desktop hides tray icons (GNOME
/// without its AppIndicator extension), kept up to date with the shell: turning the
/// installed extension on, only when the person clicks; once it is on, restarting
/// Limber, since Qt makes its tray icon once per process (ShellExtensions.h).
class TrayOfferPolicy : public QObject
{
    Q_OBJECT
public:
    /// `statusNotifierHost`: this Limber's tray icon went over StatusNotifierItem.
    TrayOfferPolicy(bool statusNotifierHost, ShellExtensions &extensions, WindowPresenter &windows,
                    QObject *parent = nullptr);

    /// The offer for a process whose icon did (not) go over StatusNotifierItem, with
    /// the extension in `state`.
    static TrayOffer offerFor(bool statusNotifierHost, TrayExtensionState state);

signals:
    /// The person asked to restart Limber so that its icon shows.
    void restartRequested();
    /// Something worth telling the person went wrong (the shell refused).
    void failed(const QString &title, const QString &body);

private:
    void update();

    const bool m_statusNotifierHost;
    ShellExtensions &m_extensions;
    WindowPresenter &m_windows;
};

} // namespace limber

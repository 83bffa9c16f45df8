// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace limber {

/// What a notification names as its icon (`app_icon`), so that the server can draw it
/// both when Limber is installed and when it runs from a build tree:
/// - the icon theme name `io.github.limber.Limber` when the icon is installed in the
///   hicolor theme (every icon theme falls back to hicolor, so the server finds it);
/// - otherwise the absolute path of a PNG written once from the icon compiled into Limber
///   into Limber's private runtime directory;
/// - otherwise empty: the server's default icon rather than a "missing image" placeholder.
/// Plain QtCore: no QIcon (the platform layer does not link QtGui), the hicolor folders
/// are looked at directly, as the server's icon lookup would.
class NotificationIcon
{
public:
    static QString themeName() { return QStringLiteral("io.github.limber.Limber"); }

    /// `dataDirs`: where icon themes are installed (XDG_DATA_HOME, then XDG_DATA_DIRS);
    /// `runtimeDir`: where the PNG may be written (empty: nowhere).
    NotificationIcon(QStringList dataDirs, QString runtimeDir);
    /// The session's data dirs and Limber's runtime directory.
    static NotificationIcon forSession();

    /// The icon to send now. Cheap after the first call; a PNG removed meanwhile (a
    /// cleaned runtime directory) is written again.
    QString resolve();

private:
    bool isInstalledInTheme() const;
    QString writePng() const;

    QStringList m_dataDirs;
    QString m_runtimeDir;
    QString m_resolved;
    bool m_installed = false;
    bool m_checkedTheme = false;
};

} // namespace limber

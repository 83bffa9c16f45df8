// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/NotificationIcon.h"

#include "core/Paths.h"
#include "platform/PlatformLogging.h"
#include "platform/System.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// The icon compiled into limber_platform (packaging/icons/io.github.limber.Limber-128.png,
// rendered from the installed SVG).
const QString kResource = u":/limber/platform/io.github.limber.Limber.png"_s;

} // namespace

NotificationIcon::NotificationIcon(QStringList dataDirs, QString runtimeDir)
    : m_dataDirs(std::move(dataDirs))
    , m_runtimeDir(std::move(runtimeDir))
{
}

NotificationIcon NotificationIcon::forSession()
{
    QString why;
    const std::optional<QString> runtime = paths::runtimeDir(os::currentUserId(), &why);
    if (!runtime)
        qCInfo(lcNotifier) << "no private directory for the notification icon:" << why;
    return NotificationIcon(QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation),
                            runtime.value_or(QString()));
}

QString NotificationIcon::resolve()
{
    // Installing or removing the package while Limber runs is rare; the theme is looked
    // at once. The PNG can vanish under us (a cleaned runtime directory), so its
    // existence is checked each time, which costs one stat.
    if (!m_checkedTheme) {
        m_checkedTheme = true;
        m_installed = isInstalledInTheme();
    }
    if (m_installed)
        return themeName();
    if (m_resolved.isEmpty() || !QFileInfo::exists(m_resolved)) {
        m_resolved = writePng();
        if (m_resolved.isEmpty())
            qCInfo(lcNotifier) << "no icon for notifications: the server's default is used";
    }
    return m_resolved;
}

bool NotificationIcon::isInstalledInTheme() const
{
    // Where packaging/Install.cmake puts it, and the sizes a distribution might add.
    static const QStringList kFolders{u"scalable/apps/%1.svg"_s, u"256x256/apps/%1.png"_s,
                                      u"128x128/apps/%1.png"_s, u"48x48/apps/%1.png"_s};
    for (const QString &dir : m_dataDirs) {
        for (const QString &folder : kFolders) {
            if (QFileInfo::exists(dir + u"/icons/hicolor/"_s + folder.arg(themeName())))
                return true;
        }
    }
    return false;
}

QString NotificationIcon::writePng() const
{
    if (m_runtimeDir.isEmpty())
        return {};
    QFile source(kResource);
    if (!source.open(QIODevice::ReadOnly))
        return {};
    const QByteArray png = source.readAll();
    const QString path = QDir(m_runtimeDir).filePath(themeName() + u".png"_s);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == png)
        return path;
    existing.close();
    // Written whole or not at all, so a server never reads half a picture.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size() || !file.commit()) {
        qCWarning(lcNotifier) << "cannot write the notification icon" << path << ':'
                              << file.errorString();
        return {};
    }
    return path;
}

} // namespace limber

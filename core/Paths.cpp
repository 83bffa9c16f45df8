// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

namespace limber::paths {

namespace {

constexpr QFile::Permissions kPrivate = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// QStandardPaths would add the organisation/application names and, on some
// platforms, ignore an empty XDG variable differently; the rules here are the XDG
// ones, spelled out so tests can rely on them.
QString xdgDir(const char *override, const char *xdgVar, const QString &homeFallback)
{
    const QString own = qEnvironmentVariable(override);
    if (!own.isEmpty())
        return QDir::cleanPath(own);
    QString base = qEnvironmentVariable(xdgVar);
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::homePath() + QLatin1Char('/') + homeFallback;
    return QDir::cleanPath(base + QLatin1String("/limber"));
}

} // namespace

QString configDir()
{
    return xdgDir("LIMBER_CONFIG_DIR", "XDG_CONFIG_HOME", QStringLiteral(".config"));
}

QString dataDir()
{
    return xdgDir("LIMBER_DATA_DIR", "XDG_DATA_HOME", QStringLiteral(".local/share"));
}

QString settingsFile()
{
    return configDir() + QLatin1String("/limber.conf");
}

QString historyFile()
{
    return dataDir() + QLatin1String("/history.sqlite3");
}

QString userCatalogueFile()
{
    return dataDir() + QLatin1String("/exercises.json");
}

std::optional<QString> runtimeDir(uint uid, QString *error)
{
    const QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString dir = base.isEmpty() || QDir::isRelativePath(base)
                            ? QString(QDir::tempPath() + QStringLiteral("/limber-%1").arg(uid))
                            : QString(QDir::cleanPath(base) + QLatin1String("/limber"));
    QString why;
    if (!ensurePrivateDir(dir, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    // In a shared /tmp someone else could have made the directory first. Our own
    // directory with looser permissions (made by hand, or an older version) is tightened.
    const QFileInfo info(dir);
    if (info.ownerId() != uid || info.isSymLink()) {
        if (error)
            *error = QStringLiteral("%1 belongs to another user").arg(dir);
        return std::nullopt;
    }
    if (!QFile::setPermissions(dir, kPrivate)) {
        if (error)
            *error = QStringLiteral("cannot make %1 private").arg(dir);
        return std::nullopt;
    }
    return dir;
}

bool ensurePrivateDir(const QString &dir, QString *error)
{
    if (QFileInfo(dir).isDir())
        return true;
    // Parents as usual; the directory itself is created 0700 in one step, so no other
    // process (a second limber starting at the same moment) ever sees it open.
    const QString parent = QFileInfo(dir).absolutePath();
    const bool made =
        QDir().mkpath(parent) && (QDir().mkdir(dir, kPrivate) || QFileInfo(dir).isDir());
    if (!made) {
        if (error)
            *error = QStringLiteral("cannot create directory %1").arg(dir);
        return false;
    }
    return true;
}

} // namespace limber::paths

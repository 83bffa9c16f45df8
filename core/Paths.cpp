// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

using namespace Qt::StringLiterals;

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
        base = QDir::homePath() + u'/' + homeFallback;
    return QDir::cleanPath(base + "/limber"_L1);
}

} // namespace

QString configDir()
{
    return xdgDir("LIMBER_CONFIG_DIR", "XDG_CONFIG_HOME", u".config"_s);
}

QString dataDir()
{
    return xdgDir("LIMBER_DATA_DIR", "XDG_DATA_HOME", u".local/share"_s);
}

QString settingsFile()
{
    return configDir() + "/limber.conf"_L1;
}

QString historyFile()
{
    return dataDir() + "/history.sqlite3"_L1;
}

QString userCatalogueFile()
{
    return dataDir() + "/exercises.json"_L1;
}

std::optional<QString> runtimeDir(uint uid, QString *error)
{
    const QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString dir = base.isEmpty() || QDir::isRelativePath(base)
                            ? QString(QDir::tempPath() + u"/limber-%1"_s.arg(uid))
                            : QString(QDir::cleanPath(base) + "/limber"_L1);
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
            *error = u"%1 belongs to another user"_s.arg(dir);
        return std::nullopt;
    }
    if (!QFile::setPermissions(dir, kPrivate)) {
        if (error)
            *error = u"cannot make %1 private"_s.arg(dir);
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
            *error = u"cannot create directory %1"_s.arg(dir);
        return false;
    }
    return true;
}

} // namespace limber::paths

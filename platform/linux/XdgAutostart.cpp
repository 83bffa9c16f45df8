// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/XdgAutostart.h"

#include "platform/PlatformLogging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

const QString kFileName = u"io.github.limber.Limber.desktop"_s;

bool fail(QString *error, const QString &reason)
{
    qCWarning(lcAutostart) << reason;
    if (error)
        *error = reason;
    return false;
}

} // namespace

XdgAutostart::XdgAutostart(QString command, QString directory)
    : m_command(std::move(command))
    , m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{
}

QString XdgAutostart::defaultDirectory()
{
    // The base directory spec says relative paths in XDG_* are invalid and must be ignored.
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (QDir::isAbsolutePath(configHome))
        return configHome + u"/autostart"_s;
    return QDir::homePath() + u"/.config/autostart"_s;
}

QString XdgAutostart::filePath() const
{
    return QDir(m_directory).filePath(kFileName);
}

bool XdgAutostart::isEnabled() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    // Desktops switch an entry off without deleting it: Hidden=true (the spec) or
    // X-GNOME-Autostart-enabled=false (GNOME Tweaks).
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith('[')) {
            inMainGroup = line == "[Desktop Entry]";
            continue;
        }
        if (!inMainGroup)
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq).trimmed();
        const QByteArray value = line.mid(eq + 1).trimmed();
        if (key == "Hidden" && value == "true")
            return false;
        if (key == "X-GNOME-Autostart-enabled" && value == "false")
            return false;
    }
    return true;
}

bool XdgAutostart::setEnabled(bool enabled, QString *error)
{
    return enabled ? install(error) : remove(error);
}

bool XdgAutostart::install(QString *error) const
{
    if (m_command.trimmed().isEmpty())
        return fail(error, u"no command to start at login"_s);
    if (m_command.contains(u'\n') || m_command.contains(u'\r'))
        return fail(error, u"the login command must be a single line"_s);
    if (!QDir().mkpath(m_directory))
        return fail(error, u"cannot create the folder %1"_s.arg(m_directory));

    // QSaveFile writes a temporary file and renames it, so a crash never leaves half
    // an entry that the desktop would reject or, worse, run.
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, u"cannot write %1: %2"_s.arg(filePath(), file.errorString()));
    file.write(entry());
    if (!file.commit())
        return fail(error, u"cannot write %1: %2"_s.arg(filePath(), file.errorString()));
    qCInfo(lcAutostart) << "login entry written:" << filePath();
    return true;
}

bool XdgAutostart::remove(QString *error) const
{
    QFile file(filePath());
    if (!file.exists())
        return true;
    if (!file.remove())
        return fail(error, u"cannot remove %1: %2"_s.arg(filePath(), file.errorString()));
    qCInfo(lcAutostart) << "login entry removed:" << filePath();
    return true;
}

QByteArray XdgAutostart::entry() const
{
    // Exec treats '%' as the start of a field code; a literal one is written "%%".
    QString exec = m_command;
    exec.replace(u'%', u"%%"_s);
    const QString text = QStringLiteral("[Desktop Entry]\n"
                                        "Type=Application\n"
                                        "Name=Limber\n"
                                        "Comment=Reminds you to take short movement breaks\n"
                                        "Exec=") +
                         exec +
                         QStringLiteral("\n"
                                        "Icon=io.github.limber.Limber\n"
                                        "Terminal=false\n"
                                        "Categories=Utility;\n"
                                        "NoDisplay=false\n"
                                        "X-GNOME-Autostart-enabled=true\n");
    return text.toUtf8();
}

} // namespace limber

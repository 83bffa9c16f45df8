// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/XdgAutostart.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

using namespace limber;
using limber::test::TempDir;

namespace {

const QString kCommand = u"limber --autostart"_s;

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << qPrintable(file.errorString());
    file.write(contents);
}

class XdgAutostartTest : public ::testing::Test
{
protected:
    QString autostartDir() const { return m_temp.file(u"config/autostart"_s); }

    TempDir m_temp;
};

TEST_F(XdgAutostartTest, EnablingWritesAValidDesktopEntry)
{
    XdgAutostart autostart(kCommand, autostartDir());
    EXPECT_EQ(autostart.name(), u"xdg"_s);
    QString error;
    ASSERT_TRUE(autostart.setEnabled(true, &error)) << qPrintable(error);
    EXPECT_EQ(autostart.filePath(), autostartDir() + u"/io.github.limber.Limber.desktop"_s);

    const QStringList lines = readLines(autostart.filePath());
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.constFirst(), u"[Desktop Entry]"_s);
    QMap<QString, QString> keys;
    for (const QString &line : lines.mid(1)) {
        const qsizetype eq = line.indexOf(u'=');
        ASSERT_GT(eq, 0) << "not a key=value line: " << qPrintable(line);
        const QString key = line.left(eq);
        EXPECT_FALSE(keys.contains(key)) << "duplicate key " << qPrintable(key);
        keys.insert(key, line.mid(eq + 1));
    }
    EXPECT_EQ(keys.value(u"Type"_s), u"Application"_s);
    EXPECT_EQ(keys.value(u"Name"_s), u"Limber"_s);
    EXPECT_FALSE(keys.value(u"Comment"_s).isEmpty());
    EXPECT_EQ(keys.value(u"Exec"_s), kCommand);
    EXPECT_EQ(keys.value(u"Icon"_s), u"io.github.limber.Limber"_s);
    EXPECT_EQ(keys.value(u"Terminal"_s), u"false"_s);
    EXPECT_EQ(keys.value(u"X-GNOME-Autostart-enabled"_s), u"true"_s);
    EXPECT_EQ(keys.value(u"NoDisplay"_s), u"false"_s);
    EXPECT_EQ(keys.value(u"Categories"_s), u"Utility;"_s);
    EXPECT_FALSE(keys.contains(u"Hidden"_s));
}

TEST_F(XdgAutostartTest, DesktopFileValidateAcceptsTheEntry)
{
    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (validator.isEmpty())
        GTEST_SKIP() << "desktop-file-validate (desktop-file-utils) is not installed";
    XdgAutostart autostart(kCommand, autostartDir());
    ASSERT_TRUE(autostart.setEnabled(true));
    QProcess validate;
    validate.setProcessChannelMode(QProcess::MergedChannels);
    validate.start(validator, {autostart.filePath()});
    ASSERT_TRUE(validate.waitForFinished(10000));
    const QString output = QString::fromLocal8Bit(validate.readAll());
    EXPECT_EQ(validate.exitCode(), 0) << qPrintable(output);
    EXPECT_TRUE(output.trimmed().isEmpty()) << "warnings: " << qPrintable(output);
}

TEST_F(XdgAutostartTest, DisablingRemovesTheEntry)
{
    XdgAutostart autostart(kCommand, autostartDir());
    ASSERT_TRUE(autostart.setEnabled(true));
    ASSERT_TRUE(QFile::exists(autostart.filePath()));
    QString error;
    EXPECT_TRUE(autostart.setEnabled(false, &error)) << qPrintable(error);
    EXPECT_FALSE(QFile::exists(autostart.filePath()));
    EXPECT_FALSE(autostart.isEnabled());
    EXPECT_TRUE(autostart.setEnabled(false)) << "disabling twice is not an error";
}

TEST_F(XdgAutostartTest, IsEnabledFollowsTheFile)
{
    XdgAutostart autostart(kCommand, autostartDir());
    EXPECT_FALSE(autostart.isEnabled());
    ASSERT_TRUE(autostart.setEnabled(true));
    EXPECT_TRUE(autostart.isEnabled());
    ASSERT_TRUE(autostart.setEnabled(false));
    EXPECT_FALSE(autostart.isEnabled());
    ASSERT_TRUE(autostart.setEnabled(true));
    EXPECT_TRUE(XdgAutostart(u"other"_s, autostartDir()).isEnabled())
        << "a second instance reads the same file";
}

TEST_F(XdgAutostartTest, EntriesSwitchedOffByTheDesktopCountAsDisabled)
{
    XdgAutostart autostart(kCommand, autostartDir());
    ASSERT_TRUE(autostart.setEnabled(true));
    writeFile(autostart.filePath(),
              "[Desktop Entry]\nType=Application\nName=Limber\nExec=limber\nHidden=true\n");
    EXPECT_FALSE(autostart.isEnabled());
    writeFile(autostart.filePath(), "[Desktop Entry]\nType=Application\nName=Limber\nExec=limber\n"
                                    "X-GNOME-Autostart-enabled=false\n");
    EXPECT_FALSE(autostart.isEnabled());
    // Hidden in another group is not the entry's.
    writeFile(autostart.filePath(), "[Desktop Entry]\nType=Application\nName=Limber\nExec=limber\n"
                                    "[Desktop Action x]\nHidden=true\n");
    EXPECT_TRUE(autostart.isEnabled());
    ASSERT_TRUE(autostart.setEnabled(true));
    EXPECT_TRUE(autostart.isEnabled()) << "enabling again rewrites the entry";
}

TEST_F(XdgAutostartTest, AnUnwritableFolderFailsWithAReason)
{
    // A file where the folder should be blocks even root, unlike permissions.
    const QString blocker = m_temp.file(u"blocker"_s);
    writeFile(blocker, "not a folder");
    XdgAutostart autostart(kCommand, blocker + u"/autostart"_s);
    QString error;
    EXPECT_FALSE(autostart.setEnabled(true, &error));
    EXPECT_TRUE(error.contains(blocker)) << qPrintable(error);
    EXPECT_FALSE(autostart.isEnabled());
}

TEST_F(XdgAutostartTest, CommandsAreWrittenSafely)
{
    XdgAutostart percent(u"limber --label 100%"_s, autostartDir());
    ASSERT_TRUE(percent.setEnabled(true));
    EXPECT_TRUE(readLines(percent.filePath()).contains(u"Exec=limber --label 100%%"_s));

    QString error;
    XdgAutostart twoLines(u"limber\nHidden=true"_s, autostartDir());
    EXPECT_FALSE(twoLines.setEnabled(true, &error));
    EXPECT_FALSE(error.isEmpty());
    XdgAutostart empty(u"  "_s, autostartDir());
    EXPECT_FALSE(empty.setEnabled(true, &error));
    EXPECT_TRUE(percent.isEnabled()) << "a refused entry leaves the old one alone";
}

TEST_F(XdgAutostartTest, WritesLeaveNoTemporaryFilesBehind)
{
    XdgAutostart autostart(kCommand, autostartDir());
    ASSERT_TRUE(autostart.setEnabled(true));
    ASSERT_TRUE(autostart.setEnabled(true));
    EXPECT_EQ(QDir(autostartDir()).entryList(QDir::Files | QDir::Hidden),
              QStringList{u"io.github.limber.Limber.desktop"_s});
}

TEST_F(XdgAutostartTest, TheDefaultFolderFollowsXdgConfigHome)
{
    const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
    const bool wasSet = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_temp.path().toLocal8Bit());
    EXPECT_EQ(XdgAutostart::defaultDirectory(), m_temp.path() + u"/autostart"_s);
    EXPECT_EQ(XdgAutostart(kCommand).filePath(),
              m_temp.path() + u"/autostart/io.github.limber.Limber.desktop"_s);
    qputenv("XDG_CONFIG_HOME", "relative/config"); // invalid by the spec: ignored
    EXPECT_EQ(XdgAutostart::defaultDirectory(), QDir::homePath() + u"/.config/autostart"_s);
    qunsetenv("XDG_CONFIG_HOME");
    EXPECT_EQ(XdgAutostart::defaultDirectory(), QDir::homePath() + u"/.config/autostart"_s);
    if (wasSet)
        qputenv("XDG_CONFIG_HOME", saved);
}

} // namespace

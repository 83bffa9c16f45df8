// SPDX-License-Identifier: GPL-3.0-or-later
// CameraInUseGuard against real processes holding files open: the devices are files in a
// folder of the test's own (no camera device can be loaded here), matched by the same
// pattern rule as /dev/video*.
#include "platform/linux/CameraInUseGuard.h"
#include "tests/support/TempDir.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace limber;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 5000;

class CameraInUseGuardTest : public ::testing::Test
{
protected:
    QString device(const QString &name)
    {
        const QString path = m_dir.file(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        return path;
    }

    /// A process of this user that holds `path` open (as a video call holds the camera).
    void holdOpen(QProcess &process, const QString &path)
    {
        process.start(u"bash"_s, {u"-c"_s, u"exec 3<\"$0\"; echo open; exec sleep 60"_s, path});
        ASSERT_TRUE(process.waitForReadyRead(kWaitMs)) << "the holder did not start";
    }

    QString pattern() const { return m_dir.file(u"video*"_s); }

    test::TempDir m_dir;
};

TEST_F(CameraInUseGuardTest, AProcessHoldingTheCameraOpenIsACall)
{
    const QString camera = device(u"video0"_s);
    QString error;
    const auto guard = CameraInUseGuard::create(pattern(), &error);
    ASSERT_TRUE(guard) << qPrintable(error);
    EXPECT_EQ(guard->name(), u"camera"_s);
    EXPECT_EQ(guard->hold(), FocusHold::None);
    QSignalSpy changed(guard.get(), &FocusGuard::holdingChanged);

    QProcess call;
    holdOpen(call, camera);
    ASSERT_TRUE(changed.wait(kWaitMs)) << "opening the camera was not noticed";
    EXPECT_EQ(guard->hold(), FocusHold::Call);
    EXPECT_EQ(CameraInUseGuard::devicesInUse(pattern()), QStringList{camera});

    call.kill();
    call.waitForFinished();
    ASSERT_TRUE(changed.wait(kWaitMs)) << "the end of the call was not noticed";
    EXPECT_EQ(guard->hold(), FocusHold::None);
    EXPECT_EQ(changed.count(), 2);
}

TEST_F(CameraInUseGuardTest, AlreadyInUseWhenLimberStartsIsACall)
{
    const QString camera = device(u"video0"_s);
    QProcess call;
    holdOpen(call, camera);
    const auto guard = CameraInUseGuard::create(pattern());
    ASSERT_TRUE(guard);
    EXPECT_EQ(guard->hold(), FocusHold::Call);
}

TEST_F(CameraInUseGuardTest, OtherFilesAndLimbersOwnAreNotACall)
{
    const QString other = device(u"audio0"_s);
    const QString camera = device(u"video0"_s);
    const auto guard = CameraInUseGuard::create(pattern());
    ASSERT_TRUE(guard);
    QSignalSpy changed(guard.get(), &FocusGuard::holdingChanged);
    QProcess process;
    holdOpen(process, other);
    // This process (Limber itself, here the test) opening the camera is not a call.
    QFile own(camera);
    ASSERT_TRUE(own.open(QIODevice::ReadOnly));
    EXPECT_FALSE(changed.wait(500));
    EXPECT_EQ(guard->hold(), FocusHold::None);
    EXPECT_TRUE(CameraInUseGuard::devicesInUse(pattern()).isEmpty());
}

TEST_F(CameraInUseGuardTest, ACameraPluggedInLaterIsWatched)
{
    const auto guard = CameraInUseGuard::create(pattern());
    ASSERT_TRUE(guard) << "no camera yet is no reason to give up";
    QSignalSpy changed(guard.get(), &FocusGuard::holdingChanged);
    const QString camera = device(u"video2"_s);
    QTest::qWait(200); // the folder's event, and the new device's watch
    QProcess call;
    holdOpen(call, camera);
    ASSERT_TRUE(changed.wait(kWaitMs));
    EXPECT_EQ(guard->hold(), FocusHold::Call);
}

TEST_F(CameraInUseGuardTest, AMissingFolderIsRefusedWithAReason)
{
    QString error;
    EXPECT_EQ(CameraInUseGuard::create(m_dir.file(u"nowhere/video*"_s), &error), nullptr);
    EXPECT_TRUE(error.contains(u"nowhere"_s)) << qPrintable(error);
}

} // namespace

TEST_F(CameraInUseGuardTest, SwitchedOffInPrivacyItNeitherHoldsNorReads)
{
    const QString camera = device(u"video0"_s);
    const auto guard = CameraInUseGuard::create(pattern());
    ASSERT_TRUE(guard);
    QProcess call;
    holdOpen(call, camera);
    ASSERT_TRUE(QTest::qWaitFor([&] { return guard->isHolding(); }, kWaitMs));

    QSignalSpy changed(guard.get(), &FocusGuard::holdingChanged);
    guard->setCallSignals({.camera = false, .microphone = true, .screenSharing = true});
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(guard->hold(), FocusHold::None);
    // The camera used again while switched off: still nothing.
    QProcess second;
    holdOpen(second, camera);
    QTest::qWait(200);
    EXPECT_EQ(guard->hold(), FocusHold::None);

    guard->setCallSignals({});
    EXPECT_EQ(guard->hold(), FocusHold::Call) << "switched on again, the call in progress holds";
}

// SPDX-License-Identifier: GPL-3.0-or-later
// main for unit tests of widgets: a QApplication (on the offscreen platform unless the
// environment picks another) instead of the QCoreApplication of TestMain.cpp. A test
// that lists this file among its sources links this main, and the linker then leaves
// TestMain.o in the support library alone.
#include <QApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Shared main for the unit tests: a QCoreApplication (signals, timers, resources)
// and GoogleTest.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

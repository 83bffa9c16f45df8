// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace limber::test {

/// A fresh directory per test, removed afterwards; fails the test if it cannot be made.
class TempDir
{
public:
    TempDir() { EXPECT_TRUE(m_dir.isValid()) << qPrintable(m_dir.errorString()); }
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace limber::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/support/PrivateBus.h"
#include "tests/support/ServiceThread.h"

#include <QDBusConnection>
#include <QDBusMessage>

#include <gtest/gtest.h>

#include <memory>

namespace limber::test {

/// A test on a private bus: `m_client` is the connection the code under test uses, and
/// fake services answer on `m_services` from a thread of their own (so the code's
/// blocking calls cannot deadlock).
class BusTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_bus.start(&error)) << qPrintable(error);
        m_client = m_bus.connect(QStringLiteral("client"));
        m_services = m_bus.connect(QStringLiteral("services"));
        ASSERT_TRUE(m_client.isConnected());
        ASSERT_TRUE(m_services.isConnected());
    }

    void TearDown() override
    {
        m_bus.stop();
        m_thread.stop();
    }

    /// Moves `fake` into the service thread, exports it at `path` and takes `service`.
    template<typename T>
    T *serve(std::unique_ptr<T> fake, const QString &service, const QString &path,
             QDBusConnection::RegisterOptions options = QDBusConnection::ExportAllSlots)
    {
        T *raw = m_thread.add(std::move(fake));
        EXPECT_TRUE(m_services.registerObject(path, raw, options)) << qPrintable(path);
        EXPECT_TRUE(m_services.registerService(service)) << qPrintable(service);
        return raw;
    }

    /// Emits a signal from the services' connection.
    void emitSignal(const QString &path, const QString &interface, const QString &name,
                    const QVariantList &arguments)
    {
        QDBusMessage signal = QDBusMessage::createSignal(path, interface, name);
        signal.setArguments(arguments);
        ASSERT_TRUE(m_services.send(signal));
    }

    PrivateBus m_bus;
    ServiceThread m_thread;
    QDBusConnection m_client{QStringLiteral("unset")};
    QDBusConnection m_services{QStringLiteral("unset")};
};

} // namespace limber::test

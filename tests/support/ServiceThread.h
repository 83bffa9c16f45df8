// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <vector>

namespace limber::test {

/// Runs fake D-Bus services in a thread of their own, so that the code under test can
/// make its blocking calls to them from the test's thread without a deadlock.
class ServiceThread
{
public:
    ServiceThread() { m_thread.start(); }
    ~ServiceThread() { stop(); }
    ServiceThread(const ServiceThread &) = delete;
    ServiceThread &operator=(const ServiceThread &) = delete;

    /// Takes `object` over and moves it into the thread; register it on a bus afterwards.
    template<typename T>
    T *add(std::unique_ptr<T> object)
    {
        T *raw = object.get();
        raw->moveToThread(&m_thread);
        m_objects.push_back(std::move(object));
        return raw;
    }

    /// Call after the objects were unregistered (or their bus disconnected).
    void stop()
    {
        m_thread.quit();
        m_thread.wait();
        m_objects.clear();
    }

private:
    QThread m_thread;
    std::vector<std::unique_ptr<QObject>> m_objects;
};

} // namespace limber::test

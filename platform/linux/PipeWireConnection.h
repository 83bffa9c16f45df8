// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/linux/PipeWireCallRules.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <map>
#include <memory>

#include <pipewire/pipewire.h>

class QObject;
class QSocketNotifier;

namespace limber {

struct PipeWireLibrary;

/// One connection to the PipeWire daemon for PipeWireCallGuard: its loop, read on Qt's
/// event loop through a QSocketNotifier on the loop's descriptor, the registry, and the
/// nodes that may be call signals, bound to hear their properties and state.
class PipeWireConnection
{
public:
    /// A node whose state and properties say it is a signal, running now.
    struct Running
    {
        CallSignal signal = CallSignal::None;
        QByteArray name; ///< node.name
    };
    struct Callbacks
    {
        std::function<void()> changed;                ///< running() may have changed
        std::function<void(const QString &why)> lost; ///< the daemon went away (queued)
    };

    /// Loads libpipewire if needed and connects; nullptr with a reason when it cannot.
    /// The callbacks run on `context`'s thread; `lost` after the loop has returned.
    static std::unique_ptr<PipeWireConnection> open(QObject *context, Callbacks callbacks,
                                                    QString *error);
    ~PipeWireConnection();
    PipeWireConnection(const PipeWireConnection &) = delete;
    PipeWireConnection &operator=(const PipeWireConnection &) = delete;

    QList<Running> running() const;

private:
    struct Node;
    PipeWireConnection(QObject *context, Callbacks callbacks, const PipeWireLibrary *pw);
    bool start(QString *error);
    /// A context with the native protocol only, or nullptr to fall back to the default one.
    pw_context *newLeanContext() const;
    void iterate();
    void drop(Node &node);
    static void onCoreError(void *data, uint32_t id, int seq, int res, const char *message);
    static void onGlobal(void *data, uint32_t id, uint32_t permissions, const char *type,
                         uint32_t version, const spa_dict *props);
    static void onGlobalRemoved(void *data, uint32_t id);
    static void onNodeInfo(void *data, const pw_node_info *info);

    QObject *m_context;
    Callbacks m_callbacks;
    const PipeWireLibrary *m_pw;
    pw_loop *m_loop = nullptr;
    pw_context *m_pwContext = nullptr;
    pw_core *m_core = nullptr;
    spa_hook m_coreListener{};
    pw_registry *m_registry = nullptr;
    spa_hook m_registryListener{};
    QSocketNotifier *m_notifier = nullptr;
    std::map<uint32_t, std::unique_ptr<Node>> m_nodes;
};

} // namespace limber

// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/PipeWireConnection.h"

#include "platform/linux/PipeWireLibrary.h"

#include <QObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

pipewire_rules::Properties propertiesOf(const spa_dict *dict)
{
    pipewire_rules::Properties properties;
    if (dict == nullptr)
        return properties;
    for (uint32_t i = 0; i < dict->n_items; ++i)
        if (dict->items[i].key != nullptr && dict->items[i].value != nullptr)
            properties.insert(dict->items[i].key, dict->items[i].value);
    return properties;
}

// libpipewire's methods are macros with C casts inside: called from here only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
void listenToCore(pw_core *core, spa_hook *hook, const pw_core_events *events, void *data)
{
    pw_core_add_listener(core, hook, events, data);
}

pw_registry *registryOf(pw_core *core)
{
    return pw_core_get_registry(core, PW_VERSION_REGISTRY, 0);
}

void listenToRegistry(pw_registry *registry, spa_hook *hook, const pw_registry_events *events,
                      void *data)
{
    pw_registry_add_listener(registry, hook, events, data);
}

pw_node *bindNode(pw_registry *registry, uint32_t id)
{
    return static_cast<pw_node *>(
        pw_registry_bind(registry, id, PW_TYPE_INTERFACE_Node, PW_VERSION_NODE, 0));
}

void listenToNode(pw_node *node, spa_hook *hook, const pw_node_events *events, void *data)
{
    pw_node_add_listener(node, hook, events, data);
}
#pragma GCC diagnostic pop

} // namespace

struct PipeWireConnection::Node
{
    PipeWireConnection *owner = nullptr;
    pw_node *proxy = nullptr;
    spa_hook listener{};
    CallSignal signal = CallSignal::None;
    bool running = false;
    QByteArray name;
};

std::unique_ptr<PipeWireConnection> PipeWireConnection::open(QObject *context, Callbacks callbacks,
                                                             QString *error)
{
    const PipeWireLibrary *pw = PipeWireLibrary::get(error);
    if (pw == nullptr)
        return nullptr;
    auto connection = std::unique_ptr<PipeWireConnection>(
        new PipeWireConnection(context, std::move(callbacks), pw));
    if (!connection->start(error))
        return nullptr;
    return connection;
}

PipeWireConnection::PipeWireConnection(QObject *context, Callbacks callbacks,
                                       const PipeWireLibrary *pw)
    : m_context(context)
    , m_callbacks(std::move(callbacks))
    , m_pw(pw)
{
}

PipeWireConnection::~PipeWireConnection()
{
    delete m_notifier;
    for (auto &[id, node] : m_nodes)
        drop(*node);
    m_nodes.clear();
    if (m_registry != nullptr) {
        spa_hook_remove(&m_registryListener);
        m_pw->proxyDestroy(reinterpret_cast<pw_proxy *>(m_registry));
    }
    if (m_core != nullptr) {
        spa_hook_remove(&m_coreListener);
        m_pw->coreDisconnect(m_core);
    }
    if (m_pwContext != nullptr)
        m_pw->contextDestroy(m_pwContext);
    if (m_loop != nullptr)
        m_pw->loopDestroy(m_loop);
}

QList<PipeWireConnection::Running> PipeWireConnection::running() const
{
    QList<Running> list;
    for (const auto &[id, node] : m_nodes)
        if (node->running && node->signal != CallSignal::None)
            list.append({node->signal, node->name});
    return list;
}

bool PipeWireConnection::start(QString *error)
{
    m_loop = m_pw->loopNew(nullptr);
    if (m_loop != nullptr)
        m_pwContext = newLeanContext();
    if (m_pwContext == nullptr && m_loop != nullptr)
        m_pwContext = m_pw->contextNew(m_loop, nullptr, 0); // the desktop's client.conf
    if (m_pwContext == nullptr) {
        *error = u"cannot make a PipeWire context"_s;
        return false;
    }
    m_core = m_pw->contextConnect(m_pwContext, nullptr, 0);
    if (m_core == nullptr) {
        *error = u"cannot connect to PipeWire: %1"_s.arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    static const pw_core_events coreEvents = [] {
        pw_core_events events{};
        events.version = PW_VERSION_CORE_EVENTS;
        events.error = &PipeWireConnection::onCoreError;
        return events;
    }();
    listenToCore(m_core, &m_coreListener, &coreEvents, this);
    m_registry = registryOf(m_core);
    if (m_registry == nullptr) {
        *error = u"cannot read PipeWire's registry"_s;
        return false;
    }
    static const pw_registry_events registryEvents = [] {
        pw_registry_events events{};
        events.version = PW_VERSION_REGISTRY_EVENTS;
        events.global = &PipeWireConnection::onGlobal;
        events.global_remove = &PipeWireConnection::onGlobalRemoved;
        return events;
    }();
    listenToRegistry(m_registry, &m_registryListener, &registryEvents, this);
    m_notifier = new QSocketNotifier(pw_loop_get_fd(m_loop), QSocketNotifier::Read);
    QObject::connect(m_notifier, &QSocketNotifier::activated, m_context, [this] { iterate(); });
    iterate(); // sends the requests above
    return true;
}

pw_context *PipeWireConnection::newLeanContext() const
{
    // A client that only reads the registry needs one module, the native protocol. The
    // desktop's client.conf would also load the modules for making nodes, devices,
    // metadata and sessions, and a D-Bus connection: about 1 MiB Limber never uses.
    // log.level 0 keeps the library quiet about the modules it was not asked to load.
    static const spa_dict_item items[] = {
        {"config.name", "null"}, {"support.dbus", "false"}, {"log.level", "0"}};
    static const spa_dict lean = SPA_DICT_INIT_ARRAY(items);
    pw_context *context = m_pw->contextNew(m_loop, m_pw->propertiesNewDict(&lean), 0);
    if (context != nullptr && m_pw->contextLoadModule(context, "libpipewire-module-protocol-native",
                                                      nullptr, nullptr) == nullptr) {
        m_pw->contextDestroy(context);
        return nullptr;
    }
    return context;
}

void PipeWireConnection::iterate()
{
    pw_loop_enter(m_loop);
    pw_loop_iterate(m_loop, 0);
    pw_loop_leave(m_loop);
}

void PipeWireConnection::drop(Node &node)
{
    spa_hook_remove(&node.listener);
    m_pw->proxyDestroy(reinterpret_cast<pw_proxy *>(node.proxy));
}

void PipeWireConnection::onCoreError(void *data, uint32_t id, int /*seq*/, int res,
                                     const char *message)
{
    auto *self = static_cast<PipeWireConnection *>(data);
    if (id != PW_ID_CORE)
        return; // about one object (a node gone before it was bound): nothing to do
    // The daemon is gone (EPIPE) or refused Limber: stop reading at once, and say so
    // once the loop has returned (the owner then destroys this connection).
    self->m_notifier->setEnabled(false);
    const QString why =
        u"%1 (%2)"_s.arg(QString::fromUtf8(message), QString::fromLocal8Bit(strerror(-res)));
    QTimer::singleShot(0, self->m_context, [lost = self->m_callbacks.lost, why] { lost(why); });
}

void PipeWireConnection::onGlobal(void *data, uint32_t id, uint32_t /*permissions*/,
                                  const char *type, uint32_t /*version*/, const spa_dict *props)
{
    auto *self = static_cast<PipeWireConnection *>(data);
    if (std::strcmp(type, PW_TYPE_INTERFACE_Node) != 0 || props == nullptr)
        return;
    const char *mediaClass = spa_dict_lookup(props, PW_KEY_MEDIA_CLASS);
    if (mediaClass == nullptr || !pipewire_rules::mayBeSignal(mediaClass))
        return;
    // The registry shows a few properties only (no media.role, no state): bind the node
    // to hear its info.
    auto node = std::make_unique<Node>();
    node->owner = self;
    node->proxy = bindNode(self->m_registry, id);
    if (node->proxy == nullptr)
        return;
    static const pw_node_events nodeEvents = [] {
        pw_node_events events{};
        events.version = PW_VERSION_NODE_EVENTS;
        events.info = &PipeWireConnection::onNodeInfo;
        return events;
    }();
    listenToNode(node->proxy, &node->listener, &nodeEvents, node.get());
    self->m_nodes[id] = std::move(node);
}

void PipeWireConnection::onGlobalRemoved(void *data, uint32_t id)
{
    auto *self = static_cast<PipeWireConnection *>(data);
    const auto it = self->m_nodes.find(id);
    if (it == self->m_nodes.end())
        return;
    const bool counted = it->second->running && it->second->signal != CallSignal::None;
    self->drop(*it->second);
    self->m_nodes.erase(it);
    if (counted)
        self->m_callbacks.changed();
}

void PipeWireConnection::onNodeInfo(void *data, const pw_node_info *info)
{
    auto *node = static_cast<Node *>(data);
    if ((info->change_mask & PW_NODE_CHANGE_MASK_PROPS) != 0) {
        const pipewire_rules::Properties properties = propertiesOf(info->props);
        node->signal = pipewire_rules::signalOf(properties, ::getpid());
        node->name = properties.value(PW_KEY_NODE_NAME);
    }
    node->running = info->state == PW_NODE_STATE_RUNNING;
    node->owner->m_callbacks.changed();
}

} // namespace limber

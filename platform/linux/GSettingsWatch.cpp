// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/GSettingsWatch.h"

#include "platform/PlatformLogging.h"
#include "platform/linux/RuntimeLibrary.h"

#include <QAbstractEventDispatcher>

// GIO names a struct member `signals`, which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gio/gio.h>
#pragma pop_macro("signals")

using namespace Qt::StringLiterals;

namespace limber {

namespace {

/// The GIO functions the watch calls, from libgio-2.0 loaded at run time: only GNOME
/// without a portal that offers the key needs it, and linking it would map GIO and
/// GObject (about 1.2 MiB of RSS) on every desktop.
struct Gio
{
    decltype(&g_settings_schema_source_get_default) schemaSourceGetDefault = nullptr;
    decltype(&g_settings_schema_source_lookup) schemaSourceLookup = nullptr;
    decltype(&g_settings_schema_has_key) schemaHasKey = nullptr;
    decltype(&g_settings_schema_unref) schemaUnref = nullptr;
    decltype(&g_settings_new) settingsNew = nullptr;
    decltype(&g_settings_get_boolean) getBoolean = nullptr;
    decltype(&g_signal_connect_data) signalConnectData = nullptr;
    decltype(&g_signal_handler_disconnect) signalHandlerDisconnect = nullptr;
    decltype(&g_object_unref) objectUnref = nullptr;

    static const Gio *get(QString *error) { return runtime_library::loadOnce(&load, error); }

private:
    static runtime_library::Loaded<Gio> load()
    {
        runtime_library::Loaded<Gio> loaded;
        void *handle = runtime_library::open("libgio-2.0.so.0", &loaded.error);
        if (handle == nullptr)
            return loaded;
        Gio &g = loaded.functions;
        // GObject's functions come through GIO's handle: dlsym searches its dependencies.
        // Once complete, never closed: GObject types cannot be unregistered.
        runtime_library::Symbols(handle)
            .get("g_settings_schema_source_get_default", g.schemaSourceGetDefault)
            .get("g_settings_schema_source_lookup", g.schemaSourceLookup)
            .get("g_settings_schema_has_key", g.schemaHasKey)
            .get("g_settings_schema_unref", g.schemaUnref)
            .get("g_settings_new", g.settingsNew)
            .get("g_settings_get_boolean", g.getBoolean)
            .get("g_signal_connect_data", g.signalConnectData)
            .get("g_signal_handler_disconnect", g.signalHandlerDisconnect)
            .get("g_object_unref", g.objectUnref)
            .complete(u"libgio-2.0"_s, &loaded.error);
        return loaded;
    }
};

} // namespace

struct GSettingsBoolWatch::Settings
{
    const Gio *gio = nullptr;
    GSettings *settings = nullptr;
    QByteArray key;
    gulong handler = 0;

    ~Settings()
    {
        if (handler != 0)
            gio->signalHandlerDisconnect(settings, handler);
        if (settings)
            gio->objectUnref(settings);
    }
};

namespace {

bool schemaHasKey(const Gio &gio, const QByteArray &schema, const QByteArray &key, QString *why)
{
    GSettingsSchemaSource *source = gio.schemaSourceGetDefault();
    GSettingsSchema *found =
        source ? gio.schemaSourceLookup(source, schema.constData(), TRUE) : nullptr;
    if (!found) {
        *why = u"the schema %1 is not installed"_s.arg(QString::fromUtf8(schema));
        return false;
    }
    const bool has = gio.schemaHasKey(found, key.constData()) != 0;
    gio.schemaUnref(found);
    if (!has)
        *why =
            u"the schema %1 has no key %2"_s.arg(QString::fromUtf8(schema), QString::fromUtf8(key));
    return has;
}

} // namespace

std::unique_ptr<GSettingsBoolWatch> GSettingsBoolWatch::create(const QString &schema,
                                                               const QString &key, QString *error)
{
    QString why;
    const Gio *gio = Gio::get(&why);
    if (gio == nullptr || !schemaHasKey(*gio, schema.toUtf8(), key.toUtf8(), &why)) {
        if (error)
            *error = why;
        return nullptr;
    }
    auto settings = std::make_unique<Settings>();
    settings->gio = gio;
    settings->settings = gio->settingsNew(schema.toUtf8().constData());
    settings->key = key.toUtf8();
    return std::unique_ptr<GSettingsBoolWatch>(new GSettingsBoolWatch(std::move(settings)));
}

GSettingsBoolWatch::GSettingsBoolWatch(std::unique_ptr<Settings> settings)
    : m_settings(std::move(settings))
{
    const QByteArray detailed = "changed::" + m_settings->key;
    // GSettings announces a key only after it was read once, so it is read after this.
    m_settings->handler = m_settings->gio->signalConnectData(
        m_settings->settings, detailed.constData(),
        reinterpret_cast<GCallback>(+[](GSettings *, const char *, gpointer self) {
            static_cast<GSettingsBoolWatch *>(self)->reread();
        }),
        this, nullptr, GConnectFlags{});
    m_value = m_settings->gio->getBoolean(m_settings->settings, m_settings->key.constData()) != 0;
    const QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (dispatcher && !dispatcher->inherits("QEventDispatcherGlib"))
        qCWarning(lcFocus) << "Qt runs without the GLib main loop: changes of" << m_settings->key
                           << "are not followed";
}

GSettingsBoolWatch::~GSettingsBoolWatch() = default;

void GSettingsBoolWatch::reread()
{
    const bool value =
        m_settings->gio->getBoolean(m_settings->settings, m_settings->key.constData()) != 0;
    if (value == m_value)
        return;
    m_value = value;
    emit changed(value);
}

} // namespace limber

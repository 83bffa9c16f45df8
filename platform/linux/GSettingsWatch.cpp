// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/GSettingsWatch.h"

#include "platform/PlatformLogging.h"

#include <QAbstractEventDispatcher>

// GIO names a struct member `signals`, which Qt defines as a keyword.
#pragma push_macro("signals")
#undef signals
#include <gio/gio.h>
#pragma pop_macro("signals")

using namespace Qt::StringLiterals;

namespace limber {

struct GSettingsBoolWatch::Settings
{
    GSettings *settings = nullptr;
    QByteArray key;
    gulong handler = 0;

    ~Settings()
    {
        if (handler != 0)
            g_signal_handler_disconnect(settings, handler);
        if (settings)
            g_object_unref(settings);
    }
};

namespace {

bool schemaHasKey(const QByteArray &schema, const QByteArray &key, QString *why)
{
    GSettingsSchemaSource *source = g_settings_schema_source_get_default();
    GSettingsSchema *found =
        source ? g_settings_schema_source_lookup(source, schema.constData(), TRUE) : nullptr;
    if (!found) {
        *why = u"the schema %1 is not installed"_s.arg(QString::fromUtf8(schema));
        return false;
    }
    const bool has = g_settings_schema_has_key(found, key.constData()) != 0;
    g_settings_schema_unref(found);
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
    if (!schemaHasKey(schema.toUtf8(), key.toUtf8(), &why)) {
        if (error)
            *error = why;
        return nullptr;
    }
    auto settings = std::make_unique<Settings>();
    settings->settings = g_settings_new(schema.toUtf8().constData());
    settings->key = key.toUtf8();
    return std::unique_ptr<GSettingsBoolWatch>(new GSettingsBoolWatch(std::move(settings)));
}

GSettingsBoolWatch::GSettingsBoolWatch(std::unique_ptr<Settings> settings)
    : m_settings(std::move(settings))
{
    const QByteArray detailed = "changed::" + m_settings->key;
    // GSettings announces a key only after it was read once, so it is read after this.
    m_settings->handler = g_signal_connect_data(
        m_settings->settings, detailed.constData(),
        reinterpret_cast<GCallback>(+[](GSettings *, const char *, gpointer self) {
            static_cast<GSettingsBoolWatch *>(self)->reread();
        }),
        this, nullptr, GConnectFlags{});
    m_value = g_settings_get_boolean(m_settings->settings, m_settings->key.constData()) != 0;
    const QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    if (dispatcher && !dispatcher->inherits("QEventDispatcherGlib"))
        qCWarning(lcFocus) << "Qt runs without the GLib main loop: changes of" << m_settings->key
                           << "are not followed";
}

GSettingsBoolWatch::~GSettingsBoolWatch() = default;

void GSettingsBoolWatch::reread()
{
    const bool value =
        g_settings_get_boolean(m_settings->settings, m_settings->key.constData()) != 0;
    if (value == m_value)
        return;
    m_value = value;
    emit changed(value);
}

} // namespace limber

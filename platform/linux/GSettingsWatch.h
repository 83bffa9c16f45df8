// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace limber {

/// One boolean GSettings key, read through GIO and followed through GSettings' "changed"
/// signal. GLib delivers that signal from its main loop, which Qt's event dispatcher
/// runs on Linux (unless QT_NO_GLIB is set: then only the first reading is known). For a
/// desktop setting that no portal offers; nothing is polled.
class GSettingsBoolWatch final : public QObject
{
    Q_OBJECT
public:
    /// nullptr with a reason when the schema or the key is not installed (GSettings would
    /// abort the process on an unknown schema, so that is checked first).
    static std::unique_ptr<GSettingsBoolWatch> create(const QString &schema, const QString &key,
                                                      QString *error = nullptr);
    ~GSettingsBoolWatch() override;

    bool value() const { return m_value; }

signals:
    void changed(bool value);

private:
    struct Settings;
    explicit GSettingsBoolWatch(std::unique_ptr<Settings> settings);
    void reread();

    std::unique_ptr<Settings> m_settings;
    bool m_value = false;
};

} // namespace limber

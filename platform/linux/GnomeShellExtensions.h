// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/ShellExtensions.h"

#include <QDBusConnection>
#include <QHash>
#include <QStringList>
#include <QVariantMap>

namespace limber {

/// GNOME Shell's extensions over `org.gnome.Shell.Extensions` (service org.gnome.Shell,
/// path /org/gnome/Shell, session bus): GetExtensionInfo for each tray extension Limber
/// knows, EnableExtension on request, and the ExtensionStateChanged signal. Every call
/// is asynchronous; a shell that restarts is asked again.
class GnomeShellExtensions final : public ShellExtensions
{
    Q_OBJECT
public:
    /// The StatusNotifierItem hosts looked for, preferred first when several are there:
    /// Debian's and Ubuntu's package, then the one from extensions.gnome.org.
    static QStringList trayExtensionIds();

    explicit GnomeShellExtensions(QDBusConnection bus, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("gnome-shell"); }
    TrayExtensionState trayExtension() const override { return m_state; }
    QString trayExtensionId() const override { return m_id; }
    void enableTrayExtension() override;

private slots:
    void onExtensionStateChanged(const QString &uuid, const QVariantMap &info);

private:
    void askShell();
    void askInfo(const QString &uuid);
    void forget();
    void update();

    QDBusConnection m_bus;
    // The shell's state number of each tray extension it knows (absent: not installed).
    QHash<QString, int> m_shellStates;
    int m_unanswered = 0;     // replies still awaited in the first round of questions
    bool m_gotAnswer = false; // ... of which at least one came from a shell
    bool m_shellAnswered = false;
    int m_generation = 0; // replies asked of a shell that has since gone are dropped
    TrayExtensionState m_state = TrayExtensionState::Unknown;
    QString m_id;
};

} // namespace limber

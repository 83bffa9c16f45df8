// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace limber {

/// Where the desktop's tray extension stands. GNOME Shell has no tray of its own: an
/// extension hosts StatusNotifierItems (Debian's `ubuntu-appindicators@ubuntu.com`,
/// extensions.gnome.org's `appindicatorsupport@rgcjonas.gmail.com`).
enum class TrayExtensionState
{
    Unknown,      ///< not asked yet, no shell answering, or not a shell with extensions
    NotInstalled, ///< the shell answered and has no tray extension
    Disabled,     ///< installed and off: enableTrayExtension() can turn it on
    Enabled,      ///< on: it hosts tray icons (it owns org.kde.StatusNotifierWatcher)
    Failed,       ///< installed but broken or out of date for this shell: enabling cannot help
};

/// The state as a word, for logs and `--status`: "unknown", "not_installed", "disabled",
/// "enabled", "failed".
inline QString trayExtensionStateName(TrayExtensionState state)
{
    switch (state) {
    case TrayExtensionState::NotInstalled:
        return QStringLiteral("not_installed");
    case TrayExtensionState::Disabled:
        return QStringLiteral("disabled");
    case TrayExtensionState::Enabled:
        return QStringLiteral("enabled");
    case TrayExtensionState::Failed:
        return QStringLiteral("failed");
    case TrayExtensionState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

/// The desktop shell's tray extension: whether one is installed and enabled, and turning
/// it on when the person asks. Asks asynchronously (nothing blocks the start) and
/// follows the shell's own announcements; `changed()` tells when `trayExtension()` moved.
///
/// Enabling is only ever done on the person's click, never by Limber itself: it changes
/// their desktop for every application.
///
/// After the extension comes on, a running Limber still shows no tray icon: Qt picks
/// its tray protocol once per process, when the first QSystemTrayIcon is made
/// (StatusNotifierItem only if a watcher was there then), and on Wayland there is no
/// other protocol. Tried on GNOME Shell 43: an icon made before the watcher never
/// appears, and neither does a QSystemTrayIcon deleted and made again in the same
/// process; a new process shows its icon at once. So when the state becomes Enabled in a
/// process that started without a StatusNotifierItem host
/// (`PlatformBackends::statusNotifierHost` false), the app must offer to restart Limber.
class ShellExtensions : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /// Name for the log and `--status`: "gnome-shell", "none".
    virtual QString name() const = 0;
    /// As far as the backend knows now; Unknown until the shell answered.
    virtual TrayExtensionState trayExtension() const = 0;
    /// The extension the state is about (its UUID), empty when none is installed.
    virtual QString trayExtensionId() const = 0;
    /// Asks the shell to enable the installed tray extension; only in answer to the
    /// person's click. Does nothing unless the state is Disabled. The outcome comes as
    /// `changed()` (Enabled) or `enableFailed()`.
    virtual void enableTrayExtension() = 0;

signals:
    void changed();
    /// The shell refused or could not be asked; `why` is for the log.
    void enableFailed(const QString &why);
};

/// Not a shell with extensions (or no session bus): nothing to offer.
class NullShellExtensions final : public ShellExtensions
{
    Q_OBJECT
public:
    using ShellExtensions::ShellExtensions;
    QString name() const override { return QStringLiteral("none"); }
    TrayExtensionState trayExtension() const override { return TrayExtensionState::Unknown; }
    QString trayExtensionId() const override { return {}; }
    void enableTrayExtension() override {}
};

} // namespace limber

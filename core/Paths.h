// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace limber::paths {

/// `$LIMBER_CONFIG_DIR`, else `$XDG_CONFIG_HOME/limber`, else `~/.config/limber`.
QString configDir();
/// `$LIMBER_DATA_DIR`, else `$XDG_DATA_HOME/limber`, else `~/.local/share/limber`.
QString dataDir();

QString settingsFile();      ///< configDir()/limber.conf
QString historyFile();       ///< dataDir()/history.sqlite3
QString userCatalogueFile(); ///< dataDir()/exercises.json

/// Private directory for the control socket and lock of the user `uid` (this
/// process's): `$XDG_RUNTIME_DIR/limber`, or `<temp>/limber-<uid>` when XDG_RUNTIME_DIR
/// is unset. Created 0700; nullopt with a reason when it cannot be made or belongs to
/// someone else.
std::optional<QString> runtimeDir(uint uid, QString *error = nullptr);

/// Creates `dir` (and parents) with owner-only permissions (0700) if it is missing.
/// Returns false with a message in `error` when it cannot.
bool ensurePrivateDir(const QString &dir, QString *error = nullptr);

} // namespace limber::paths

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A SQLite VFS for power-cut tests: every file operation goes to the real files (so the
// program runs as usual), and beside that the VFS keeps, for each file, what a disk
// would still hold after a power cut: only the writes and truncations made before the
// file's last xSync. A snapshot is that durable state at any moment; written out, it is
// the database as it would be found after the machine came back.
//
// What it leaves out: the directory entries (a file created or deleted counts as durable
// at once, as on a journaling file system that orders metadata) and torn sectors (a
// write is all there or not at all).

#include <QByteArray>
#include <QDir>
#include <QHash>
#include <QString>

#include <functional>

namespace limber::test {

class PowerCutVfs
{
public:
    /// The files' durable contents, by path.
    using Snapshot = QHash<QString, QByteArray>;

    /// Registers the VFS as SQLite's default for this process until destroyed.
    PowerCutVfs();
    ~PowerCutVfs();
    PowerCutVfs(const PowerCutVfs &) = delete;
    PowerCutVfs &operator=(const PowerCutVfs &) = delete;

    /// What a power cut would leave now.
    Snapshot snapshot() const;
    /// Called before every write, truncation and sync, with how many came before: a
    /// test takes snapshots at chosen moments, also in the middle of a transaction.
    void setOnEvent(std::function<void(int event)> onEvent);
    /// Called before every write, on the thread that writes, with the file's path (empty
    /// for a temporary file).
    void setOnWrite(std::function<void(const QString &path)> onWrite);
    int events() const;

    /// Writes `snapshot` into `dir`, each file under its own name, the way the machine
    /// would find it; returns the path `original` has there.
    static QString restore(const Snapshot &snapshot, const QString &original, const QDir &dir);
};

} // namespace limber::test

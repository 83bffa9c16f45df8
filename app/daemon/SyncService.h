// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/daemon/JournalReadAhead.h"
#include "core/SettingsSchema.h"
#include "core/StatusReport.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace limber {

class Settings;
class SqliteHistoryStore;
class SqliteSyncStore;

/// One history across the person's computers through a folder they sync
/// (docs/SYNC.md): writes this computer's new events to its journal there, synced to
/// the disk, and merges the other journals as they change. The folder is watched with
/// inotify (QFileSystemWatcher), never polled; a folder that is missing or read-only is
/// tried again with the next write of this computer, and then caught up.
class SyncService : public QObject
{
    Q_OBJECT
public:
    /// `history` is open and outlives this service.
    SyncService(const Settings &settings, SqliteHistoryStore &history, QObject *parent = nullptr);
    ~SyncService() override;

    /// Writes what this computer's journal lacks and merges what changed; after a
    /// break or sitting time was recorded. Cheap when there is nothing to do.
    void exportNow();
    SyncStatus status() const;
    /// True while a journal has more to merge than the pieces merged so far (a first
    /// merge goes a piece a journal at a time through the event loop).
    bool catchingUp() const { return m_more; }

signals:
    /// Breaks of another computer were merged: the week, the streak and today changed.
    void historyChanged();
    /// Something the person should hear about once (a copied home folder was split).
    void notice(const QString &title, const QString &body);

private:
    void applySetting(SettingKey key);
    /// Checks the folder, watches it and its journals, and merges and writes.
    void open();
    bool folderUsable();
    void writeJournal();
    void mergeJournals();
    /// Merges the new bytes of one journal file; true when breaks were added.
    bool mergeFile(const QString &name);
    void setProblem(const QString &problem);

    const Settings &m_settings;
    SqliteHistoryStore &m_history;
    std::unique_ptr<SqliteSyncStore> m_store;
    QFileSystemWatcher m_watcher;
    QTimer m_settle; ///< a burst of changes (a sync engine writing) is merged once
    QString m_folder;
    QString m_problem;
    QSet<QString> m_told;              ///< journals whose damaged or newer lines were logged
    bool m_more = false;               ///< a journal has more to merge than one piece
    JournalReadAhead m_readAhead;      ///< the next piece of each journal being caught up
    QList<sync::JournalEvent> m_spent; ///< the last piece merged, freed by the next reading
};

} // namespace limber

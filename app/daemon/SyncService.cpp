// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/daemon/SyncService.h"

#include "core/Logging.h"
#include "core/Settings.h"
#include "core/SqliteHistoryStore.h"
#include "core/SqliteSyncStore.h"
#include "core/SyncJournal.h"
#include "platform/System.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace limber {

Q_LOGGING_CATEGORY(lcSync, "limber.sync", QtInfoMsg)

namespace {

// A sync engine writes a file in a few steps (a temporary file, a rename): merge once
// they have settled.
constexpr int kSettleMs = 300;
// A first merge of years of journals goes in pieces of about 30 ms, so that the tray and
// an open window keep answering in between.
constexpr qint64 kPieceBytes = qint64{256} * 1024;

/// The `bytes` bytes of `file` just before `offset` (fewer near its start): what a merge
/// mark keeps; "-" when the file is shorter than `offset`.
QByteArray tailBefore(QFile &file, qint64 offset, qint64 bytes = SqliteSyncStore::kTailBytes)
{
    const qint64 start = std::max<qint64>(0, offset - bytes);
    if (file.size() < offset || !file.seek(start))
        return QByteArrayLiteral("-");
    return file.read(offset - start);
}

} // namespace

SyncService::SyncService(const Settings &settings, SqliteHistoryStore &history, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_history(history)
    , m_store(std::make_unique<SqliteSyncStore>(history))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &SyncService::mergeJournals);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&settings, &Settings::changed, this, &SyncService::applySetting);
    open();
}

SyncService::~SyncService() = default;

void SyncService::applySetting(SettingKey key)
{
    if (key == SettingKey::SyncFolder)
        open();
    else if (key == SettingKey::SyncDeviceName)
        exportNow();
}

void SyncService::open()
{
    m_readAhead.clear();
    m_more = false;
    m_store->setCatchingUp(false);
    if (const QStringList watched = m_watcher.files() + m_watcher.directories(); !watched.isEmpty())
        m_watcher.removePaths(watched);
    m_folder = m_settings.syncFolder();
    m_told.clear();
    setProblem({});
    if (m_folder.isEmpty())
        return;
    qCInfo(lcSync).noquote() << "syncing through" << m_folder << "as" << m_store->deviceId();
    exportNow();
}

bool SyncService::folderUsable()
{
    const QFileInfo folder(m_folder);
    if (!folder.exists())
        setProblem(u"the folder %1 is not there (not created or not mounted)"_s.arg(m_folder));
    else if (!folder.isDir())
        setProblem(u"%1 is not a folder"_s.arg(m_folder));
    else if (!folder.isWritable())
        setProblem(u"the folder %1 cannot be written"_s.arg(m_folder));
    else
        setProblem({});
    if (!m_problem.isEmpty())
        return false;
    if (!m_watcher.directories().contains(m_folder))
        m_watcher.addPath(m_folder);
    return true;
}

void SyncService::exportNow()
{
    if (m_folder.isEmpty() || !folderUsable())
        return;
    writeJournal();
    mergeJournals();
}

void SyncService::writeJournal()
{
    const QString path = QDir(m_folder).filePath(sync::journalFileName(m_store->deviceId()));
    for (;;) {
        const SqliteSyncStore::Export out = m_store->pendingExport(m_settings.syncDeviceName());
        if (out.events.isEmpty())
            return;
        QByteArray bytes;
        for (const sync::JournalEvent &e : out.events)
            bytes += sync::encode(e);
        QFile file(path);
        // Appended and synced before it counts as written: a power cut leaves the
        // lines or rewrites them later, never loses them.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append) ||
            file.write(bytes) != bytes.size() || !file.flush() || !os::syncFile(file.handle())) {
            setProblem(u"cannot write %1: %2"_s.arg(path, file.errorString()));
            return;
        }
        file.close();
        if (!m_store->markExported(out) || !out.more)
            return;
    }
}

void SyncService::mergeJournals()
{
    m_more = false;
    if (m_folder.isEmpty() || !folderUsable()) {
        m_store->setCatchingUp(false);
        return;
    }
    bool added = false;
    const QDir folder(m_folder);
    const QStringList watched = m_watcher.files();
    for (const QString &name : folder.entryList(QDir::Files | QDir::Readable)) {
        if (!sync::journalDevice(name))
            continue;
        const QString path = folder.filePath(name);
        if (!watched.contains(path))
            m_watcher.addPath(path); // appended in place by some sync engines
        added = mergeFile(name) || added;
    }
    // Years of journals come a piece a journal at a time: the history's checkpoints wait
    // until they are all in.
    m_store->setCatchingUp(m_more);
    if (added)
        emit historyChanged();
    if (m_more)
        QTimer::singleShot(0, this, &SyncService::mergeJournals);
}

bool SyncService::mergeFile(const QString &name)
{
    QFile file(QDir(m_folder).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const SqliteSyncStore::Mark mark = m_store->merged(name);
    qint64 from = mark.bytes;
    // Replaced by another version (a sync engine's conflict winner) or cut short: read it
    // again from its start; the merge takes each event once.
    if (from > 0 &&
        (mark.tail.isEmpty() || tailBefore(file, from, mark.tail.size()) != mark.tail)) {
        qCInfo(lcSync).noquote() << name << "is another version now; reading it again";
        from = 0;
    }
    std::optional<JournalReadAhead::Piece> ahead = m_readAhead.take(name, from);
    if (file.size() == from || !file.seek(from))
        return false;
    sync::JournalChunk chunk;
    QByteArray tail;        // the bytes just before where this piece ends, as read
    bool fileAsRead = true; // the file still holds the bytes this piece was read from
    // Read ahead while the piece before was merged, unless it is one very long line.
    if (ahead && (ahead->chunk.consumed > 0 || ahead->bytes < kPieceBytes)) {
        chunk = std::move(ahead->chunk);
        tail = std::move(ahead->tail);
        fileAsRead = tailBefore(file, from + chunk.consumed) == tail;
    } else {
        QByteArray bytes = file.read(kPieceBytes);
        chunk = sync::readLines(bytes);
        if (chunk.consumed == 0 && bytes.size() == kPieceBytes) { // one very long line
            bytes += file.readAll();
            chunk = sync::readLines(bytes);
        }
        tail = tailBefore(file, from + chunk.consumed);
    }
    const qint64 end = from + chunk.consumed;
    m_more = m_more || end < file.size();
    if ((chunk.invalid > 0 || chunk.unknown > 0) && !m_told.contains(name)) {
        m_told.insert(name);
        if (chunk.invalid > 0)
            qCWarning(lcSync).noquote()
                << name << ": skipped" << chunk.invalid << "damaged line(s):" << chunk.firstError;
        if (chunk.unknown > 0)
            qCWarning(lcSync).noquote()
                << name << ": kept" << chunk.unknown << "line(s) of a newer Limber, not read";
    }
    if (chunk.consumed == 0)
        return false;
    // The next piece is read on another thread while this one is merged; only when the
    // file still holds what was read (a piece read ahead came from the file as it was).
    if (end < file.size() && fileAsRead && file.seek(end))
        m_readAhead.start(name, end, QByteArray(tail.constData(), tail.size()), // its own
                          file.read(kPieceBytes), std::exchange(m_spent, {}));
    const SqliteSyncStore::Merge merged = m_store->merge(name, chunk.events, end, tail);
    m_spent = std::move(chunk.events); // freed by the next piece's reading
    if (!merged.ok) {
        m_readAhead.clear();
        qCWarning(lcSync).noquote() << "cannot merge" << name << ":" << m_store->lastError();
        return false;
    }
    if (merged.added > 0)
        qCInfo(lcSync).noquote() << "merged" << merged.added << "break(s) from" << name;
    if (merged.foreignUnderOwnId > 0) {
        // Another computer writes under this one's id: a copied home folder. This one
        // takes a new id; what the other wrote stays, as the other computer's.
        const QString renewed = m_store->renewDeviceId();
        qCWarning(lcSync).noquote()
            << "another computer writes as" << sync::journalDevice(name).value_or(QString())
            << "too (a copied home folder?); this one is now" << renewed;
        emit notice(tr("Limber found a copy of itself"),
                    tr("Another computer synced its breaks under this computer's name, as "
                       "after copying a home folder. Both keep their breaks; this computer "
                       "now writes a journal of its own."));
        writeJournal();
    }
    return merged.added > 0;
}

void SyncService::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    if (!problem.isEmpty())
        qCWarning(lcSync).noquote()
            << "sync paused:" << problem << "- breaks are kept here and synced later";
}

SyncStatus SyncService::status() const
{
    SyncStatus s;
    if (m_folder.isEmpty())
        return s;
    s.state = m_problem.isEmpty() ? u"on"_s : u"unavailable"_s;
    s.folder = m_folder;
    s.device = m_store->deviceId();
    s.name = m_settings.syncDeviceName();
    for (const SqliteSyncStore::Device &d : m_store->devices())
        s.others << (d.name.isEmpty() ? d.id : d.name);
    s.problem = m_problem;
    return s;
}

} // namespace limber

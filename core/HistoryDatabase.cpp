// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/HistoryDatabase.h"

#include "core/DatabaseFiles.h"
#include "core/HistorySchema.h"
#include "core/Logging.h"
#include "core/SqliteDatabase.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace limber::history {

namespace {

constexpr int kBusyTimeoutMs = 5000;
// Page cache: 512 KiB (negative = KiB in SQLite's terms).
constexpr const char *kCacheSizePragma = "PRAGMA cache_size = -512";

OpenOutcome failed(SqliteDatabase &db, const QString &context, QString *error)
{
    *error = context + u": "_s + db.lastError();
    qCWarning(lcHistory, "%s", qPrintable(*error));
    return db.lastErrorIsCorruption() ? OpenOutcome::Corrupt : OpenOutcome::Failed;
}

bool migrate(SqliteDatabase &db, int fromVersion, QString *error)
{
    for (const Migration &migration : kMigrations) {
        if (migration.version <= fromVersion)
            continue;
        SqliteTransaction transaction(db);
        // PRAGMA takes no bound parameters; the number is this build's own constant.
        const QByteArray setVersion =
            QByteArray("PRAGMA user_version = ") + QByteArray::number(migration.version);
        if (!transaction.isActive() || !db.exec(migration.sql) ||
            !db.exec(setVersion.constData()) || !transaction.commit()) {
            failed(db, u"cannot update the history to schema %1"_s.arg(migration.version), error);
            return false;
        }
        qCDebug(lcHistory, "history schema is now version %d", migration.version);
    }
    return true;
}

/// Builds a complete history under the draft name and renames it to `path`, which
/// must not exist. A draft left by a kill is a history nobody saw: it is replaced.
bool create(SqliteDatabase &db, const QString &path, QString *error)
{
    const QString draft = draftPath(path);
    if (!dbfiles::removeDatabase(draft, error) || !dbfiles::createPrivateFile(draft, error))
        return false;
    // The rollback journal (SQLite's default) with synchronous FULL: every migration is
    // on disk when its commit returns, and closing leaves a single file to rename.
    const bool built = db.open(draft, SqliteDatabase::OpenMode::ReadWrite) &&
                       db.exec("PRAGMA foreign_keys = ON") && migrate(db, 0, error);
    if (!built && error->isEmpty())
        failed(db, u"cannot create %1"_s.arg(draft), error);
    db.close();
    if (!built)
        return false;
    if (!QFile::rename(draft, path)) {
        *error = u"cannot rename %1 to %2"_s.arg(draft, path);
        return false;
    }
    qCInfo(lcHistory, "created a new history in %s", qPrintable(path));
    return true;
}

OpenOutcome newerSchema(const QString &path, qint64 version, QString *error)
{
    *error = QStringLiteral("%1 was written by a newer Limber (schema %2); this version "
                            "knows up to %3")
                 .arg(path)
                 .arg(version)
                 .arg(kLatestVersion);
    return OpenOutcome::Failed;
}

/// How to read the existing file at `path` without leaving a trace (see
/// openDatabaseReadOnly()), or nullopt with the reason.
std::optional<SqliteDatabase::OpenMode> readOnlyMode(const QString &path, QString *error)
{
    const QString wal = path + QLatin1String(dbfiles::kSideFiles[0]);
    const QString shm = path + QLatin1String(dbfiles::kSideFiles[1]);
    if (QFileInfo::exists(wal)) {
        if (QFileInfo::exists(shm))
            return SqliteDatabase::OpenMode::ReadOnly;
        *error = u"%1 has no %2 beside it; Limber reads it in when it next starts"_s.arg(
            wal, QFileInfo(shm).fileName());
        return std::nullopt;
    }
    // The header's read and write versions are 2 in WAL mode (SQLite's file format).
    QFile file(path);
    const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(20) : QByteArray();
    const bool walMode = header.size() == 20 && header.startsWith("SQLite format 3") &&
                         header.at(18) == 2 && header.at(19) == 2;
    // In rollback-journal mode a reader creates nothing, and SQLite itself sees a hot
    // journal that a killed writer left (and refuses to read past it).
    return walMode ? SqliteDatabase::OpenMode::Immutable : SqliteDatabase::OpenMode::ReadOnly;
}

/// Replaces `db`, open on an older history, by an in-memory copy of it at this build's
/// schema; the file is not touched.
OpenOutcome migrateInMemory(SqliteDatabase &db, int fromVersion, QString *error)
{
    const QString context = u"cannot read the history into memory"_s;
    // The copy travels through a second in-memory database: `db` is the connection the
    // caller keeps, and it is reading the file until the copy is made.
    SqliteDatabase copy;
    if (!copy.open(u":memory:"_s))
        return failed(copy, context, error);
    if (!db.copyTo(copy))
        return failed(db, context, error);
    db.close();
    if (!db.open(u":memory:"_s))
        return failed(db, context, error);
    if (!copy.copyTo(db))
        return failed(copy, context, error);
    if (!db.exec("PRAGMA foreign_keys = ON"))
        return failed(db, context, error);
    if (!migrate(db, fromVersion, error))
        return OpenOutcome::Failed;
    return OpenOutcome::Ok;
}

/// Schema 0 and not a single table: nothing was ever recorded in it.
bool holdsNothing(SqliteDatabase &db, qint64 version)
{
    return version == 0 && db.queryInt("SELECT count(*) FROM sqlite_master") == 0;
}

} // namespace

QString draftPath(const QString &path)
{
    return path + u".new"_s;
}

OpenOutcome openDatabase(SqliteDatabase &db, const QString &path, QString *error)
{
    error->clear();
    const bool inMemory = path == ":memory:"_L1;
    // Said in plain words before SQLite says it in its own ("attempt to write a
    // readonly database" on the first read, or nothing at all until the first write).
    const QString folder = QFileInfo(path).absolutePath();
    // A directory, a named pipe (SQLite would wait on it for ever) or a device.
    if (!inMemory && QFileInfo::exists(path) && !QFileInfo(path).isFile()) {
        *error = u"%1 is not a plain file"_s.arg(path);
        return OpenOutcome::Failed;
    }
    if (!inMemory && !QFileInfo(folder).isWritable()) {
        *error = u"the folder %1 is read-only"_s.arg(folder);
        return OpenOutcome::Failed;
    }
    if (!inMemory && !QFileInfo::exists(path) && !create(db, path, error))
        return OpenOutcome::Failed;
    if (!db.open(path))
        return failed(db, u"cannot open %1"_s.arg(path), error);
    if (db.isReadOnly()) {
        *error = u"%1 is read-only"_s.arg(path);
        return OpenOutcome::Failed;
    }
    db.setBusyTimeout(kBusyTimeoutMs);
    // Only reading until we know we understand the file: a newer Limber's data is left
    // as it is for that version, and a damaged file is kept as it is. Even closing
    // would write, as SQLite folds a -wal into the file and deletes it. (So this comes
    // before the first statement that reads the file, the cache size below included.)
    db.setCheckpointOnClose(false);
    // The page cache would otherwise grow to SQLite's default 2 MiB as quick_check reads
    // a long history, and stay: the daemon's queries touch far fewer pages than that.
    if (!db.exec(kCacheSizePragma))
        return failed(db, u"cannot set up %1"_s.arg(path), error);
    const std::optional<qint64> version = db.queryInt("PRAGMA user_version");
    if (!version)
        return failed(db, u"cannot read %1"_s.arg(path), error);
    if (*version > kLatestVersion)
        return newerSchema(path, *version, error);
    if (!inMemory && holdsNothing(db, *version)) {
        qCInfo(lcHistory, "%s holds no history yet; making it anew", qPrintable(path));
        db.close();
        if (!dbfiles::removeDatabase(path, error))
            return OpenOutcome::Failed;
        return openDatabase(db, path, error);
    }
    const std::optional<QString> check = db.queryText("PRAGMA quick_check");
    if (!check)
        return failed(db, u"cannot check %1"_s.arg(path), error);
    if (*check != "ok"_L1) {
        *error = u"quick_check: %1"_s.arg(*check);
        return OpenOutcome::Corrupt;
    }
    db.setCheckpointOnClose(true);

    if (!inMemory) {
        const std::optional<QString> mode = db.queryText("PRAGMA journal_mode = WAL");
        if (!mode)
            return failed(db, u"cannot set up %1"_s.arg(path), error);
        // Some file systems (network shares) cannot do WAL; the rollback journal SQLite
        // keeps instead is just as safe, only slower. A WAL is moved into the file beside
        // the writing rather than in a commit (SqliteCheckpointer), and cut back to 4 MiB
        // (what SQLite's own checkpoints keep it to) after a long run of writes.
        if (*mode != "wal"_L1)
            qCWarning(lcHistory, "%s: journal mode is %s, not WAL", qPrintable(path),
                      qPrintable(*mode));
        else if (!db.checkpointInBackground() || !db.exec("PRAGMA journal_size_limit = 4194304"))
            return failed(db, u"cannot set up %1"_s.arg(path), error);
    }
    // NORMAL is safe in WAL mode against a crash or kill -9; only a power cut can lose
    // the last transactions.
    if (!db.exec("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON"))
        return failed(db, u"cannot set up %1"_s.arg(path), error);
    if (!migrate(db, static_cast<int>(*version), error))
        return db.lastErrorIsCorruption() ? OpenOutcome::Corrupt : OpenOutcome::Failed;
    if (!inMemory)
        dbfiles::restrictToOwner(path);
    return OpenOutcome::Ok;
}

OpenOutcome openDatabaseReadOnly(SqliteDatabase &db, const QString &path, QString *error)
{
    error->clear();
    const QFileInfo file(path);
    if (!file.exists()) // nothing recorded yet
        return openDatabase(db, u":memory:"_s, error);
    // A directory, a named pipe (SQLite would wait on it for ever) or a device.
    if (!file.isFile()) {
        *error = u"%1 is not a plain file"_s.arg(path);
        return OpenOutcome::Failed;
    }
    const std::optional<SqliteDatabase::OpenMode> mode = readOnlyMode(path, error);
    if (!mode)
        return OpenOutcome::Failed;
    if (!db.open(path, *mode))
        return failed(db, u"cannot open %1"_s.arg(path), error);
    db.setBusyTimeout(kBusyTimeoutMs);
    // A reader never folds the -wal into the file, even as the last one to close.
    db.setCheckpointOnClose(false);
    if (!db.exec(kCacheSizePragma))
        return failed(db, u"cannot read %1"_s.arg(path), error);
    const std::optional<qint64> version = db.queryInt("PRAGMA user_version");
    if (!version)
        return failed(db, u"cannot read %1"_s.arg(path), error);
    if (*version > kLatestVersion)
        return newerSchema(path, *version, error);
    const std::optional<QString> check = db.queryText("PRAGMA quick_check");
    if (!check)
        return failed(db, u"cannot check %1"_s.arg(path), error);
    if (*check != "ok"_L1) {
        *error = u"quick_check: %1"_s.arg(*check);
        return OpenOutcome::Corrupt;
    }
    if (*version < kLatestVersion)
        return migrateInMemory(db, static_cast<int>(*version), error);
    return OpenOutcome::Ok;
}

} // namespace limber::history

// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/PowerCutVfs.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <sqlite3.h>

#include <cstring>
#include <vector>

namespace limber::test {

namespace {

/// One write or truncation not yet synced.
struct Pending
{
    qint64 offset = 0;
    QByteArray data; ///< empty: a truncation to `offset`
};

/// A file as the disk holds it (durable) and what a sync would add (pending).
struct Image
{
    QByteArray durable;
    std::vector<Pending> pending;
};

void apply(QByteArray &bytes, const Pending &p)
{
    if (p.data.isEmpty()) {
        bytes.truncate(static_cast<qsizetype>(p.offset));
        return;
    }
    const qsizetype end = static_cast<qsizetype>(p.offset) + p.data.size();
    if (bytes.size() < end)
        bytes.resize(end, '\0');
    std::memcpy(bytes.data() + p.offset, p.data.constData(), static_cast<size_t>(p.data.size()));
}

struct State
{
    mutable QMutex mutex;
    QHash<QString, Image> images;
    std::function<void(int)> onEvent;
    std::function<void(const QString &)> onWrite;
    int events = 0;
    sqlite3_vfs *real = nullptr;
    sqlite3_vfs vfs{};
    sqlite3_io_methods methods{};
};

State *g_state = nullptr;

/// Our file: the real one right after it, and the path its image is kept under.
struct File
{
    sqlite3_file base;
    QString *path; // null for files without a name (temporary)
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

File *self(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

void event()
{
    std::function<void(int)> onEvent;
    int n = 0;
    {
        QMutexLocker lock(&g_state->mutex);
        onEvent = g_state->onEvent;
        n = g_state->events++;
    }
    if (onEvent)
        onEvent(n);
}

void record(File *f, Pending pending)
{
    if (!f->path)
        return;
    QMutexLocker lock(&g_state->mutex);
    g_state->images[*f->path].pending.push_back(std::move(pending));
}

int xClose(sqlite3_file *file)
{
    File *f = self(file);
    const int rc = f->real()->pMethods ? f->real()->pMethods->xClose(f->real()) : SQLITE_OK;
    delete f->path;
    f->path = nullptr;
    return rc;
}

int xRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    return self(file)->real()->pMethods->xRead(self(file)->real(), buffer, amount, offset);
}

int xWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    event();
    File *f = self(file);
    std::function<void(const QString &)> onWrite;
    {
        QMutexLocker lock(&g_state->mutex);
        onWrite = g_state->onWrite;
    }
    if (onWrite)
        onWrite(f->path ? *f->path : QString());
    const int rc = f->real()->pMethods->xWrite(f->real(), buffer, amount, offset);
    if (rc == SQLITE_OK && amount > 0)
        record(f, {offset, QByteArray(static_cast<const char *>(buffer), amount)});
    return rc;
}

int xTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    event();
    File *f = self(file);
    const int rc = f->real()->pMethods->xTruncate(f->real(), size);
    if (rc == SQLITE_OK)
        record(f, {size, {}});
    return rc;
}

int xSync(sqlite3_file *file, int flags)
{
    event();
    File *f = self(file);
    const int rc = f->real()->pMethods->xSync(f->real(), flags);
    if (rc == SQLITE_OK && f->path) {
        QMutexLocker lock(&g_state->mutex);
        Image &image = g_state->images[*f->path];
        for (const Pending &p : image.pending)
            apply(image.durable, p);
        image.pending.clear();
    }
    return rc;
}

// The rest goes straight through.
int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return self(f)->real()->pMethods->xFileSize(self(f)->real(), size);
}
int xLock(sqlite3_file *f, int level)
{
    return self(f)->real()->pMethods->xLock(self(f)->real(), level);
}
int xUnlock(sqlite3_file *f, int level)
{
    return self(f)->real()->pMethods->xUnlock(self(f)->real(), level);
}
int xCheckReservedLock(sqlite3_file *f, int *out)
{
    return self(f)->real()->pMethods->xCheckReservedLock(self(f)->real(), out);
}
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    return self(f)->real()->pMethods->xFileControl(self(f)->real(), op, arg);
}
int xSectorSize(sqlite3_file *f)
{
    return self(f)->real()->pMethods->xSectorSize(self(f)->real());
}
int xDeviceCharacteristics(sqlite3_file *f)
{
    return self(f)->real()->pMethods->xDeviceCharacteristics(self(f)->real());
}
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return self(f)->real()->pMethods->xShmMap(self(f)->real(), page, size, extend, out);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return self(f)->real()->pMethods->xShmLock(self(f)->real(), offset, n, flags);
}
void xShmBarrier(sqlite3_file *f)
{
    self(f)->real()->pMethods->xShmBarrier(self(f)->real());
}
int xShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return self(f)->real()->pMethods->xShmUnmap(self(f)->real(), deleteFlag);
}
// No memory-mapped reads: SQLite then reads through xRead.
int xFetch(sqlite3_file *, sqlite3_int64, int, void **out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file *, sqlite3_int64, void *)
{
    return SQLITE_OK;
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    File *f = self(file);
    f->base.pMethods = nullptr;
    f->path = nullptr;
    const int rc = g_state->real->xOpen(g_state->real, name, f->real(), flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    if (name) {
        f->path = new QString(QFileInfo(QString::fromUtf8(name)).absoluteFilePath());
        QMutexLocker lock(&g_state->mutex);
        if (!g_state->images.contains(*f->path)) {
            // A file that was there before: on the disk as it is.
            QFile existing(*f->path);
            Image image;
            if (existing.open(QIODevice::ReadOnly))
                image.durable = existing.readAll();
            g_state->images.insert(*f->path, image);
        }
    }
    f->base.pMethods = &g_state->methods;
    return SQLITE_OK;
}

int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    {
        QMutexLocker lock(&g_state->mutex);
        g_state->images.remove(QFileInfo(QString::fromUtf8(name)).absoluteFilePath());
    }
    return g_state->real->xDelete(g_state->real, name, syncDir);
}

} // namespace

PowerCutVfs::PowerCutVfs()
{
    g_state = new State;
    g_state->real = sqlite3_vfs_find(nullptr);
    sqlite3_vfs &v = g_state->vfs;
    v = *g_state->real; // access, full path, randomness, sleep, time: the real ones
    v.szOsFile = static_cast<int>(sizeof(File)) + g_state->real->szOsFile;
    v.zName = "limber-power-cut";
    v.pNext = nullptr;
    v.xOpen = xOpen;
    v.xDelete = xDelete;
    sqlite3_io_methods &m = g_state->methods;
    m.iVersion = 3;
    m.xClose = xClose;
    m.xRead = xRead;
    m.xWrite = xWrite;
    m.xTruncate = xTruncate;
    m.xSync = xSync;
    m.xFileSize = xFileSize;
    m.xLock = xLock;
    m.xUnlock = xUnlock;
    m.xCheckReservedLock = xCheckReservedLock;
    m.xFileControl = xFileControl;
    m.xSectorSize = xSectorSize;
    m.xDeviceCharacteristics = xDeviceCharacteristics;
    m.xShmMap = xShmMap;
    m.xShmLock = xShmLock;
    m.xShmBarrier = xShmBarrier;
    m.xShmUnmap = xShmUnmap;
    m.xFetch = xFetch;
    m.xUnfetch = xUnfetch;
    sqlite3_vfs_register(&v, 1);
}

PowerCutVfs::~PowerCutVfs()
{
    sqlite3_vfs_unregister(&g_state->vfs);
    delete g_state;
    g_state = nullptr;
}

PowerCutVfs::Snapshot PowerCutVfs::snapshot() const
{
    QMutexLocker lock(&g_state->mutex);
    Snapshot s;
    for (auto it = g_state->images.cbegin(); it != g_state->images.cend(); ++it)
        s.insert(it.key(), it.value().durable);
    return s;
}

void PowerCutVfs::setOnEvent(std::function<void(int)> onEvent)
{
    QMutexLocker lock(&g_state->mutex);
    g_state->onEvent = std::move(onEvent);
}

void PowerCutVfs::setOnWrite(std::function<void(const QString &)> onWrite)
{
    QMutexLocker lock(&g_state->mutex);
    g_state->onWrite = std::move(onWrite);
}

int PowerCutVfs::events() const
{
    QMutexLocker lock(&g_state->mutex);
    return g_state->events;
}

QString PowerCutVfs::restore(const Snapshot &snapshot, const QString &original, const QDir &dir)
{
    const QString base = QFileInfo(original).absoluteFilePath();
    for (auto it = snapshot.cbegin(); it != snapshot.cend(); ++it) {
        if (!it.key().startsWith(base))
            continue; // another database's files
        QFile out(dir.filePath(QFileInfo(original).fileName() + it.key().mid(base.size())));
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(it.value());
    }
    return dir.filePath(QFileInfo(original).fileName());
}

} // namespace limber::test

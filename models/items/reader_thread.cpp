#include "models/items/reader_thread.h"

#include <QMutexLocker>

namespace lagebild::items {

ReaderThread::ReaderThread(QString dbPath, bool newestFirst, QObject* parent)
    : QThread(parent), m_path(std::move(dbPath)), m_newestFirst(newestFirst) {}

ReaderThread::~ReaderThread() {
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_tasks.clear();
        if (m_db)
            m_db->interrupt();
        m_wake.wakeAll();
    }
    wait();
}

void ReaderThread::post(Task task) {
    QMutexLocker lock(&m_mutex);
    m_tasks.push_back(std::move(task));
    m_wake.wakeOne();
    if (!isRunning() && !m_stop)
        start();
}

void ReaderThread::clear() {
    QMutexLocker lock(&m_mutex);
    m_tasks.clear();
}

void ReaderThread::interrupt() {
    QMutexLocker lock(&m_mutex);
    if (m_db)
        m_db->interrupt();
}

void ReaderThread::run() {
    std::unique_ptr<store::Database> db;
    std::optional<core::Error> openError;
    for (;;) {
        Task task;
        {
            QMutexLocker lock(&m_mutex);
            while (m_tasks.empty() && !m_stop)
                m_wake.wait(&m_mutex);
            if (m_stop)
                break;
            if (m_newestFirst) {
                task = std::move(m_tasks.back());
                m_tasks.pop_back();
            } else {
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            }
        }
        if (!db) {
            // Opened read-write, then made read-only with query_only: a SQLITE_OPEN_READONLY
            // connection cannot rebuild the WAL index once the last writer closed the file, and
            // waits in the busy handler until one opens it again (measured: ~0.5 s per page). A
            // read-write open also migrates a file an older version wrote.
            auto opened = store::Database::open(m_path);
            if (opened) {
                db = std::move(opened.value());
                // A smaller page cache than a writer's: two readers per table, RSS budget 300 MB.
                // Sorts and GROUP BYs over a million rows (facets under a time range) spill to
                // temp files, not the heap (62 MB measured with temp_store=MEMORY).
                (void)db->exec("PRAGMA query_only=1; PRAGMA cache_size=-16384; PRAGMA temp_store=FILE");
                openError.reset();
                QMutexLocker lock(&m_mutex);
                m_db = db.get();
            } else {
                openError = opened.error();
            }
        }
        task(db.get(), openError ? &*openError : nullptr);
    }
    QMutexLocker lock(&m_mutex);
    m_db = nullptr;
}

} // namespace lagebild::items

#pragma once

#include "models/store/database.h"

#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

namespace lagebild::items {

/// A thread with its own read-only (query_only) SQLite connection that runs posted tasks one at a time
/// (ARCHITECTURE §6.6: the connection never leaves the thread). Tasks deliver their results themselves,
/// typically with a queued QMetaObject::invokeMethod to a GUI-thread object plus a generation
/// number so stale results are dropped. `newestFirst` serves the latest request first (the
/// visible range while scrolling). The connection is opened on first use; if the file does not
/// exist yet it is created and migrated. interrupt() and clear() are
/// safe from any thread; the destructor interrupts the running query, drops pending tasks and
/// joins (bounded: one interrupted statement).
class ReaderThread : public QThread {
    Q_OBJECT
public:
    using Task = std::function<void(store::Database* db, const core::Error* openError)>;

    ReaderThread(QString dbPath, bool newestFirst, QObject* parent = nullptr);
    ~ReaderThread() override;

    void post(Task task);
    /// Drops pending tasks (a new generation makes them stale).
    void clear();
    /// Aborts the statement running now, if any (it returns ErrorCode::Cancelled).
    void interrupt();

protected:
    void run() override;

private:
    QString m_path;
    bool m_newestFirst;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Task> m_tasks;
    bool m_stop = false;
    store::Database* m_db = nullptr; // owned by run(); guarded by m_mutex for interrupt()
};

} // namespace lagebild::items

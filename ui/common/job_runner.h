#pragma once

#include "models/core/cancel_token.h"
#include "models/core/memory.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/store/database.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace lagebild::ui {

/// Runs database work off the GUI thread (ARCHITECTURE §6): each job opens its own connection on a pool
/// thread, runs `work`, and delivers the result to `done` on the GUI thread through a queued
/// call. If `context` is gone by then, the result is dropped. A generation counter lets callers
/// drop stale replies (newest request wins).
class JobRunner : public QObject {
    Q_OBJECT
public:
    explicit JobRunner(QString dbPath, QObject* parent = nullptr);

    const QString& databasePath() const { return m_dbPath; }
    void setDatabasePath(const QString& path) { m_dbPath = path; }

    template <typename R>
    void run(QObject* context, std::function<core::Result<R>(store::Database&)> work,
             std::function<void(const core::Result<R>&)> done) {
        const QString path = m_dbPath;
        QPointer<QObject> guard(context);
        m_pool.start([path, work = std::move(work), done = std::move(done), guard]() mutable {
            auto db = store::Database::open(path);
            auto result = db ? work(*db.value()) : core::Result<R>(db.error());
            auto shared = std::make_shared<core::Result<R>>(std::move(result));
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(), [done = std::move(done), shared] { done(*shared); }, Qt::QueuedConnection);
        });
    }

    /// A long job with cancellation and progress: `work` polls the token and reports through the
    /// reporter (throttled); `progress` and `done` run on the GUI thread (queued), or not at all
    /// once `context` is gone.
    template <typename R>
    void runJob(QObject* context, core::CancelToken cancel,
                std::function<core::Result<R>(store::Database&, const core::CancelToken&, core::ProgressReporter&)> work,
                std::function<void(const core::ProgressUpdate&)> progress, std::function<void(const core::Result<R>&)> done) {
        const QString path = m_dbPath;
        QPointer<QObject> guard(context);
        m_pool.start(
            [path, cancel, work = std::move(work), progress = std::move(progress), done = std::move(done), guard]() mutable {
                core::ProgressReporter reporter([guard, progress](const core::ProgressUpdate& u) {
                    if (guard)
                        QMetaObject::invokeMethod(
                            guard.data(), [progress, u] { progress(u); }, Qt::QueuedConnection);
                });
                std::shared_ptr<core::Result<R>> shared;
                {
                    auto db = store::Database::open(path);
                    // Half a writer's page cache: a window job shares the 300 MB budget with the
                    // table's readers (tests/bench/triage_bench); imports raise it for their load.
                    if (db)
                        (void)db.value()->exec("PRAGMA cache_size=-32768");
                    shared =
                        std::make_shared<core::Result<R>>(db ? work(*db.value(), cancel, reporter) : core::Result<R>(db.error()));
                }
                core::releaseFreedMemory(); // the connection's page cache, back to the system
                if (guard)
                    QMetaObject::invokeMethod(
                        guard.data(), [done = std::move(done), shared] { done(*shared); }, Qt::QueuedConnection);
            });
    }

    /// Waits for running jobs (shutdown only, never from a slot).
    void waitForIdle() { m_pool.waitForDone(); }

private:
    QString m_dbPath;
    QThreadPool m_pool;
};

} // namespace lagebild::ui

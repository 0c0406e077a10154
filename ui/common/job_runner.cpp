#include "ui/common/job_runner.h"

namespace lagebild::ui {

JobRunner::JobRunner(QString dbPath, QObject* parent) : QObject(parent), m_dbPath(std::move(dbPath)) {
    // One writer at a time is SQLite's rule anyway; two threads keep a read job responsive
    // while an import runs.
    m_pool.setMaxThreadCount(2);
}

} // namespace lagebild::ui

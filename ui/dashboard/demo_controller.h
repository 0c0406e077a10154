#pragma once

#include "models/core/cancel_token.h"
#include "models/core/result.h"
#include "models/demo/demo_situation.h"

#include <QObject>

class QAction;
class QStatusBar;

namespace lagebild::ui {

class JobRunner;
class ProgressFrame;

/// "Load demo situation": fills the (empty) database with the demo situation as a background job
/// with progress and Cancel in the status bar; a cancelled or failed load leaves the database
/// empty. The action is enabled only while the database is empty (setDatabaseEmpty) and no load
/// runs. GUI thread.
class DemoController : public QObject {
    Q_OBJECT
public:
    DemoController(JobRunner& jobs, QStatusBar* statusBar, QObject* parent = nullptr);

    QAction* action() const { return m_action; }
    bool isRunning() const { return m_running; }
    /// Starts the load (what the action triggers); `alerts` as `lagebild demo --alerts`.
    void load(std::int64_t alerts = 5000);
    void cancel();
    void setDatabaseEmpty(bool empty);

signals:
    /// The load ended: `loaded` false when it failed or was cancelled (the database stays empty;
    /// the status bar says why).
    void demoLoaded(bool loaded);

private:
    void updateAction();

    JobRunner& m_jobs;
    QStatusBar* m_statusBar;
    ProgressFrame* m_frame;
    QAction* m_action;
    core::CancelToken m_cancel;
    bool m_running = false;
    bool m_empty = false;
};

} // namespace lagebild::ui

#include "ui/dashboard/demo_controller.h"

#include "ui/common/error_presenter.h"
#include "ui/common/job_runner.h"
#include "ui/common/progress_frame.h"

#include <QAction>
#include <QPointer>
#include <QStatusBar>

namespace lagebild::ui {

DemoController::DemoController(JobRunner& jobs, QStatusBar* statusBar, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_statusBar(statusBar) {
    m_frame = new ProgressFrame(statusBar);
    connect(m_frame, &ProgressFrame::cancelRequested, this, &DemoController::cancel);
    m_action = new QAction(tr("Load &Demo Situation"), this);
    m_action->setStatusTip(tr("Fill the empty database with a realistic, made-up situation to explore Lagebild"));
    connect(m_action, &QAction::triggered, this, [this] { load(); });
    updateAction();
}

void DemoController::setDatabaseEmpty(bool empty) {
    m_empty = empty;
    updateAction();
}

void DemoController::updateAction() { m_action->setEnabled(m_empty && !m_running); }

void DemoController::cancel() {
    if (!m_running)
        return;
    m_cancel.cancel();
    m_frame->setCancelling(tr("Cancelling…"));
}

void DemoController::load(std::int64_t alerts) {
    if (m_running)
        return;
    m_running = true;
    updateAction();
    m_cancel = core::CancelToken();
    m_frame->start(tr("Loading the demo situation…"));
    const core::CancelToken cancel = m_cancel;
    QPointer<DemoController> self(this);
    m_jobs.run<demo::DemoSummary>(
        this,
        [alerts, cancel, self](store::Database& db) {
            core::ProgressReporter progress([self](const core::ProgressUpdate& u) {
                if (self)
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, u] {
                            if (self && self->m_running)
                                self->m_frame->setProgress(u.done, u.total, u.phase);
                        },
                        Qt::QueuedConnection);
            });
            demo::DemoOptions options;
            options.alerts = alerts;
            return demo::DemoSituation(db).load(options, cancel, &progress);
        },
        [this](const core::Result<demo::DemoSummary>& result) {
            m_running = false;
            m_frame->finish();
            if (result)
                m_empty = false;
            updateAction();
            if (result)
                m_statusBar->showMessage(
                    tr("Demo situation loaded: %Ln alert(s), ", nullptr, static_cast<int>(result.value().alerts)) +
                        tr("%n partner warning(s), ", nullptr, static_cast<int>(result.value().warnings)) +
                        tr("%n incident(s).", nullptr, static_cast<int>(result.value().incidents)),
                    10000);
            else
                m_statusBar->showMessage(result.error().isCancelled() ? tr("Loading the demo situation was cancelled.")
                                                                      : errorText(result.error()));
            emit demoLoaded(result.ok());
        });
}

} // namespace lagebild::ui

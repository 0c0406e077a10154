#include "ui/intel/import_controller.h"

#include "ui/common/job_runner.h"
#include "ui/common/progress_frame.h"
#include "ui/intel/import_options_dialog.h"
#include "ui/intel/import_summary_dialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>

namespace lagebild::ui {

ImportController::ImportController(JobRunner& jobs, QStatusBar* statusBar, QWidget* dialogParent)
    : QObject(dialogParent), m_jobs(jobs), m_dialogParent(dialogParent) {
    m_frame = new ProgressFrame(statusBar);
    connect(m_frame, &ProgressFrame::cancelRequested, this, &ImportController::cancel);
}

void ImportController::cancel() {
    if (!m_running)
        return;
    m_cancel.cancel();
    m_frame->setCancelling(tr("Cancelling…"));
}

void ImportController::chooseAndImport() {
    if (m_running)
        return;
    const QStringList files = QFileDialog::getOpenFileNames(
        m_dialogParent, tr("Import intelligence"), QString(),
        tr("Intelligence and alerts (*.json *.json.gz *.ndjson *.csv *.tsv *.txt *.log *.log.gz);;All files (*)"));
    if (!files.isEmpty()) {
        ImportOptionsDialog dialog(m_dialogParent);
        if (dialog.exec() == QDialog::Accepted)
            importPaths(files, dialog.options());
    }
}

void ImportController::importPaths(const QStringList& paths, const sync::ImportOptions& options) {
    if (m_running || paths.isEmpty())
        return;
    m_running = true;
    m_cancel = core::CancelToken();
    m_frame->start(tr("Importing…"));
    const core::CancelToken cancel = m_cancel;
    QPointer<ImportController> self(this);
    m_jobs.run<std::vector<sync::FileReport>>(
        this,
        [paths, options, cancel, self](store::Database& db) -> core::Result<std::vector<sync::FileReport>> {
            sync::ImportService service(db);
            std::vector<sync::FileReport> reports;
            const auto files = sync::ImportService::expandPaths(paths);
            const int n = static_cast<int>(files.size());
            for (int i = 0; i < n && !cancel.isCancelled(); ++i) {
                const QString name = QFileInfo(files[static_cast<std::size_t>(i)].path).fileName();
                core::ProgressReporter progress([self, i, n, name](const core::ProgressUpdate& u) {
                    const double within = u.total > 0 ? double(u.done) / double(u.total) : 0.0;
                    const qint64 permille = qint64(1000.0 * (i + within) / n);
                    if (self)
                        QMetaObject::invokeMethod(
                            self.data(),
                            [self, permille, name] {
                                if (self)
                                    self->showProgress(permille, 1000, name);
                            },
                            Qt::QueuedConnection);
                });
                reports.push_back(service.importFile(files[static_cast<std::size_t>(i)], options, cancel, &progress));
            }
            return reports;
        },
        [this](const core::Result<std::vector<sync::FileReport>>& result) {
            finish(result ? result.value() : std::vector<sync::FileReport>{}, result ? QString() : result.error().message);
        });
}

void ImportController::showProgress(qint64 done, qint64 total, const QString& file) {
    if (!m_running || m_cancel.isCancelled())
        return;
    m_frame->setProgress(done, total, tr("Importing %1").arg(file));
}

void ImportController::finish(const std::vector<sync::FileReport>& reports, const QString& failure) {
    m_running = false;
    m_frame->finish();
    int stored = 0;
    for (const auto& r : reports)
        stored += r.error ? 0 : 1;
    emit importFinished(stored);
    auto* dialog = new ImportSummaryDialog(reports, failure, m_cancel.isCancelled(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace lagebild::ui

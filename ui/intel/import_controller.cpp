#include "ui/intel/import_controller.h"

#include "models/imports/format_registry.h"
#include "ui/common/app_settings.h"
#include "ui/common/error_presenter.h"
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
    askAndImport(QFileDialog::getOpenFileNames(m_dialogParent, tr("Import files"), AppSettings::lastImportFolder(),
                                               imports::fileDialogFilter()));
}

void ImportController::chooseFolderAndImport() {
    if (m_running)
        return;
    const QString folder =
        QFileDialog::getExistingDirectory(m_dialogParent, tr("Import folder"), AppSettings::lastImportFolder());
    if (!folder.isEmpty())
        askAndImport({folder});
}

void ImportController::askAndImport(const QStringList& paths) {
    if (paths.isEmpty() || m_running)
        return;
    AppSettings::setLastImportFolder(QFileInfo(paths.front()).absolutePath());
    // Only the questions that apply to these files; none for alerts in UTC-stamped formats.
    ImportOptionsDialog dialog(ImportKinds::of(paths), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        importPaths(paths, dialog.options());
}

void ImportController::importPaths(const QStringList& paths, const imports::ImportOptions& options) {
    if (m_running || paths.isEmpty())
        return;
    m_running = true;
    m_cancel = core::CancelToken();
    m_frame->start(tr("Importing…"));
    const core::CancelToken cancel = m_cancel;
    QPointer<ImportController> self(this);
    m_jobs.run<std::vector<imports::FileReport>>(
        this,
        [paths, options, cancel, self](store::Database& db) -> core::Result<std::vector<imports::FileReport>> {
            const auto progress = [self](std::size_t i, std::size_t n, const imports::ImportTarget& target,
                                         const core::ProgressUpdate& u) {
                const double within = u.total > 0 ? double(u.done) / double(u.total) : 0.0;
                const qint64 permille = qint64(1000.0 * (double(i) + within) / double(n));
                if (self)
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, permille, name = QFileInfo(target.path).fileName()] {
                            if (self)
                                self->showProgress(permille, 1000, name);
                        },
                        Qt::QueuedConnection);
            };
            return imports::ImportService(db).importTargets(imports::ImportService::expandPaths(paths), options, cancel,
                                                            progress);
        },
        [this](const core::Result<std::vector<imports::FileReport>>& result) {
            finish(result ? result.value() : std::vector<imports::FileReport>{}, result ? QString() : errorText(result.error()));
        });
}

void ImportController::showProgress(qint64 done, qint64 total, const QString& file) {
    if (!m_running || m_cancel.isCancelled())
        return;
    m_frame->setProgress(done, total, tr("Importing %1").arg(file));
}

void ImportController::finish(const std::vector<imports::FileReport>& reports, const QString& failure) {
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

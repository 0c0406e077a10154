#pragma once

#include "models/core/cancel_token.h"
#include "models/imports/import_service.h"

#include <QObject>
#include <QStringList>

#include <vector>

class QStatusBar;
class QWidget;

namespace lagebild::ui {

class JobRunner;
class ProgressFrame;

/// Runs imports (File → Import…, drag and drop) as a background job: a non-modal progress bar
/// with Cancel in the status bar (shown after 500 ms), then the per-file summary with its issues.
/// Cancel rolls back the unfinished file; files already finished stay stored.
class ImportController : public QObject {
    Q_OBJECT
public:
    ImportController(JobRunner& jobs, QStatusBar* statusBar, QWidget* dialogParent);

    bool isRunning() const { return m_running; }
    void importPaths(const QStringList& paths, const imports::ImportOptions& options = {});
    /// Opens the file dialog, asks the options that apply to the files, then imports.
    void chooseAndImport();
    /// The same for a folder (every file in it and below; MISP feed folders as one unit).
    void chooseFolderAndImport();
    /// Asks the options that apply to `paths` (ImportOptionsDialog), then imports.
    void askAndImport(const QStringList& paths);
    /// Asks the running import to stop; the unfinished file is rolled back.
    void cancel();

signals:
    void importFinished(int filesStored);

private:
    void showProgress(qint64 done, qint64 total, const QString& file);
    void finish(const std::vector<imports::FileReport>& reports, const QString& failure);

    JobRunner& m_jobs;
    QWidget* m_dialogParent;
    ProgressFrame* m_frame;
    core::CancelToken m_cancel;
    bool m_running = false;
};

} // namespace lagebild::ui

#pragma once

#include "models/core/cancel_token.h"
#include "models/core/progress.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace lagebild::ui {

/// A job's progress in the status bar: text, bar and Cancel, shown only when the job runs longer
/// than 500 ms (GUIDE §6.4) and hidden when it ends. Cancel flips the job's CancelToken; the job
/// stops at its next check. GUI thread.
class ProgressFrame : public QWidget {
    Q_OBJECT
public:
    explicit ProgressFrame(QWidget* parent = nullptr);

    void start(const QString& text, const core::CancelToken& cancel);
    void update(const core::ProgressUpdate& progress);
    void finish();
    bool isActive() const { return m_active; }

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancelButton;
    QTimer* m_showTimer;
    core::CancelToken m_cancel;
    QString m_text;
    bool m_active = false;
};

} // namespace lagebild::ui

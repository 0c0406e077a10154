#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStatusBar;
class QTimer;

namespace lagebild::ui {

/// The status-bar progress of a background job (ARCHITECTURE §6.4): a label, a bar and Cancel, shown
/// only when the job runs longer than 500 ms, non-modal. Owned by the status bar. GUI thread.
class ProgressFrame : public QWidget {
    Q_OBJECT
public:
    explicit ProgressFrame(QStatusBar* statusBar);

    /// A job started: resets the bar, arms the 500 ms timer.
    void start(const QString& text);
    /// Progress in per mille or any unit (`total` 0 = unknown: a busy bar).
    void setProgress(qint64 done, qint64 total, const QString& text);
    /// Cancel was asked for: says so and disables the button.
    void setCancelling(const QString& text);
    /// The job ended: hides the frame.
    void finish();

signals:
    void cancelRequested();

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QTimer* m_showTimer;
};

} // namespace lagebild::ui

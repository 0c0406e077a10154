#pragma once

#include "models/core/cancel_token.h"
#include "models/store/alert_workflow.h"
#include "models/store/saved_views.h"

#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QStatusBar;
class QTableView;
class QSplitter;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace lagebild::items {
class AlertTableModel;
}

namespace lagebild::ui {

class AlertDetailPane;
class ColumnFitter;
class AdaptiveSplitter;
class JobRunner;
class ProgressFrame;
class TriageFilterBar;

/// The triage workbench (issue 6): the alert queue over a lazy AlertTableModel in a QTableView,
/// a filter bar with live facet counts, saved views, a column chooser, the detail pane, and the
/// workflow (status, resolution, assignee, priority, notes, incidents) on the selection or on
/// everything matching the filter (Ctrl+A selects it), with undo. Keyboard-first: single keys on
/// the table change status, j/k move, / and Ctrl+F search, Ctrl+K lists every action, F1 shows
/// the keyboard map. Every write is a job with progress and Cancel in the status bar; the GUI
/// thread only plans and displays. The model is created when the page is first shown.
class TriagePage : public QWidget {
    Q_OBJECT
public:
    TriagePage(JobRunner& jobs, QStatusBar* statusBar, QAction* importAction, QWidget* parent = nullptr);
    ~TriagePage() override;

    /// Creates the model and view binding if not done yet (first show does it).
    void activate();
    void setDatabasePath(const QString& path);
    /// Re-reads the table (after an import): same filter, order and scroll position.
    void refresh();

    items::AlertTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    TriageFilterBar* filterBar() const { return m_filterBar; }
    AlertDetailPane* detailPane() const { return m_detail; }
    QUndoStack* undoStack() const { return m_undo; }
    /// Every action of the page, in palette and help order.
    const QList<QAction*>& triageActions() const { return m_actions; }
    bool isBusy() const { return m_busy; }

    /// Applies a change to the selected alerts, or to everything matching the filter when every
    /// row is selected. `label` names it in the undo history.
    void applyChange(const store::AlertChange& change, const QString& label);
    void createIncident(const QString& title);
    void addToIncident(std::int64_t incidentRid);
    void saveView(const QString& name);
    void applyView(const store::SavedView& view);

signals:
    /// A workflow job ended: `count` alerts changed (tests and the status bar listen).
    void changeFinished(qint64 count);
    void changeFailed(const QString& message);
    void detailShown(qint64 rid);
    /// Alerts were added to an incident (a new one or an existing one).
    void incidentChanged(qint64 incidentRid);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Target {
        bool allMatching = false;
        std::vector<std::int64_t> rids;
        std::vector<store::AlertTableRow> rows; // the same alerts as loaded in the table
        QString problem;                        // why nothing can be changed now
    };

    void buildActions();
    /// False (and says why in the status bar) when `target` cannot go into an incident.
    bool canTakeIncident(const Target& target, bool creating);
    QAction* addAction(const QString& text, const QKeySequence& key, QWidget* scope, std::function<void()> slot);
    Target selectionTarget() const;
    void runChange(const store::AlertChange& change, const Target& target, const QString& label);
    void runUndo(std::int64_t changeRid, bool undo);
    void addNote(const QString& text);
    void moveCurrent(int delta);
    void suggestIntel(const store::AlertTableFilter& filter);
    /// Rows selected in the table (whole rows).
    std::int64_t selectedCount() const;
    /// Focus to the table; with `firstResult` the first row of the (new) result becomes current.
    void focusTable(bool firstResult);
    /// Makes the first row current once the rows of a new search have arrived.
    void selectFirstIfPending();
    /// What the detail pane says when no row is current: no row at all, or none selected.
    QString noRowText() const;
    void loadDetail();
    void loadViews();
    void chooseColumns();
    void promptIncident();
    /// "Add selection to incident…": IncidentPickerDialog, then addToIncident or createIncident.
    void pickIncident();
    void promptSaveView();
    void promptAssignee();
    void promptPriority();
    void updateCountLabel();
    void setBusy(bool busy);
    void showStatus(const QString& text);

    friend class WorkflowCommand;

    JobRunner& m_jobs;
    QStatusBar* m_statusBar;
    items::AlertTableModel* m_model = nullptr;
    static constexpr int kSideBySideWidth = 1100; // page width from which table and detail sit side by side

    QStackedWidget* m_stack;
    AdaptiveSplitter* m_splitter;
    QTableView* m_view;
    TriageFilterBar* m_filterBar;
    AlertDetailPane* m_detail;
    ProgressFrame* m_progress;
    QComboBox* m_views;
    QLabel* m_countLabel;
    QUndoStack* m_undo;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QList<QAction*> m_actions;
    QList<QAction*> m_workflowActions;
    QTimer* m_detailTimer;
    std::vector<store::SavedView> m_savedViews;
    quint64 m_detailGeneration = 0;
    core::CancelToken m_cancel; // of the running workflow job
    bool m_busy = false;
    bool m_detailWaiting = false;
    bool m_selectFirstPending = false;
    QString m_suggestedFor;
    ColumnFitter* m_fitter = nullptr;
};

} // namespace lagebild::ui

#include "ui/triage/triage_page.h"

#include "models/core/timestamp.h"
#include "models/items/alert_table_model.h"
#include "models/store/alert_detail_query.h"
#include "models/store/case_actions.h"
#include "models/store/incident_repository.h"
#include "models/store/intel_queries.h"
#include "ui/common/adaptive_splitter.h"
#include "ui/common/chip_delegate.h"
#include "ui/common/column_fitter.h"
#include "ui/common/command_palette.h"
#include "ui/common/empty_state.h"
#include "ui/common/error_presenter.h"
#include "ui/common/job_runner.h"
#include "ui/common/progress_frame.h"
#include "ui/triage/alert_detail_pane.h"
#include "ui/triage/incident_picker_dialog.h"
#include "ui/triage/triage_filter_bar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lagebild::ui {

using store::AlertColumn;

namespace {

constexpr std::int64_t kMaxSelection = 20000; // rids collected from the cache for a selection
constexpr std::int64_t kMaxIncidentAlerts = 10000;

} // namespace

/// One workflow change in the undo history. The change already happened when the command is
/// pushed (the job ran first), so the first redo() does nothing; later undo()/redo() run jobs.
class WorkflowCommand : public QUndoCommand {
public:
    WorkflowCommand(TriagePage* page, std::int64_t changeRid, const QString& text)
        : QUndoCommand(text), m_page(page), m_changeRid(changeRid) {}
    void undo() override { m_page->runUndo(m_changeRid, true); }
    void redo() override {
        if (m_first) {
            m_first = false;
            return;
        }
        m_page->runUndo(m_changeRid, false);
    }

private:
    TriagePage* m_page;
    std::int64_t m_changeRid;
    bool m_first = true;
};

TriagePage::TriagePage(JobRunner& jobs, QStatusBar* statusBar, QAction* importAction, QWidget* parent)
    : QWidget(parent), m_jobs(jobs), m_statusBar(statusBar) {
    setObjectName(QStringLiteral("triagePage"));
    m_filterBar = new TriageFilterBar(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alertTable"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->installEventFilter(this);
    setFocusProxy(m_view);                             // focus given to the page goes to the alert table
    m_view->setItemDelegate(new ChipDelegate(m_view)); // severity as a coloured chip with its text
    connect(m_filterBar, &TriageFilterBar::searchLeft, this, &TriagePage::focusTable);
    // Uniform rows: fixed height, no per-row measuring (which would read every row).
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSortIndicator(static_cast<int>(AlertColumn::Time), Qt::DescendingOrder);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);

    m_detail = new AlertDetailPane(this);
    m_progress = new ProgressFrame(statusBar);
    connect(m_progress, &ProgressFrame::cancelRequested, this, [this] {
        m_cancel.cancel();
        m_progress->setCancelling(tr("Cancelling…"));
    });
    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("savedViews"));
    m_views->setMinimumWidth(160);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("alertCount"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_undo = new QUndoStack(this);
    m_detailTimer = new QTimer(this);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(80);
    connect(m_detailTimer, &QTimer::timeout, this, &TriagePage::loadDetail);

    buildActions();

    auto* saveViewButton = new QPushButton(tr("Save view…"), this);
    connect(saveViewButton, &QPushButton::clicked, this, &TriagePage::promptSaveView);
    auto* columnsButton = new QPushButton(tr("Columns…"), this);
    connect(columnsButton, &QPushButton::clicked, this, &TriagePage::chooseColumns);
    // A push button draws its menu arrow beside the text (a tool button's overlapped "Actions").
    auto* actionsButton = new QPushButton(tr("Actions"), this);
    auto* menu = new QMenu(actionsButton);
    menu->addActions(m_actions);
    actionsButton->setMenu(menu);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("View:"), this));
    top->addWidget(m_views);
    top->addWidget(saveViewButton);
    top->addWidget(columnsButton);
    top->addWidget(actionsButton);
    top->addStretch(1);
    top->addWidget(m_countLabel);

    // The table gets two thirds beside the detail, 60 % above it (below kSideBySideWidth).
    m_splitter = new AdaptiveSplitter(kSideBySideWidth, {66, 34}, {60, 40}, this);
    m_splitter->setObjectName(QStringLiteral("triageSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto* workbench = new QWidget(this);
    auto* layout = new QVBoxLayout(workbench);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterBar);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    auto* empty = new EmptyState(
        tr("No alerts yet"),
        tr("Import sensor alerts (Suricata EVE, Zeek, Sigma) with File → Import files… or Import folder…; they are matched "
           "against your partners' intelligence and queue up here for triage."),
        this);
    if (importAction)
        empty->addAction(importAction);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(workbench);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    // Tab order: search and facets, views, the table, then the note field.
    setTabOrder(m_filterBar, m_views);
    setTabOrder(m_views, saveViewButton);
    setTabOrder(saveViewButton, columnsButton);
    setTabOrder(columnsButton, actionsButton);
    setTabOrder(actionsButton, m_view);
    setTabOrder(m_view, m_detail->noteField());

    connect(m_detail, &AlertDetailPane::noteRequested, this, &TriagePage::addNote);
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index > 0 && index - 1 < static_cast<int>(m_savedViews.size()))
            applyView(m_savedViews[static_cast<std::size_t>(index - 1)]);
    });
    connect(m_undo, &QUndoStack::canUndoChanged, this, [this] { setBusy(m_busy); });
    connect(m_undo, &QUndoStack::canRedoChanged, this, [this] { setBusy(m_busy); });
    setBusy(false);
}

TriagePage::~TriagePage() {
    // The undo stack is a child: it would signal into this half-destroyed page while it dies.
    m_undo->disconnect(this);
}

QAction* TriagePage::addAction(const QString& text, const QKeySequence& key, QWidget* scope, std::function<void()> slot) {
    auto* a = new QAction(text, scope);
    if (!key.isEmpty())
        a->setShortcut(key);
    a->setShortcutContext(scope == m_view ? Qt::WidgetShortcut : Qt::WidgetWithChildrenShortcut);
    scope->addAction(a);
    connect(a, &QAction::triggered, this, std::move(slot));
    m_actions << a;
    return a;
}

void TriagePage::buildActions() {
    struct StatusKey {
        QString text;
        Qt::Key key;
        const char* status;
        const char* resolution;
    };
    const StatusKey statuses[] = {
        {tr("Mark as new"), Qt::Key_N, "new", nullptr},
        {tr("Mark as in progress"), Qt::Key_I, "in-progress", nullptr},
        {tr("Escalate"), Qt::Key_E, "escalated", nullptr},
        {tr("Close as true positive"), Qt::Key_T, "closed", "true-positive"},
        {tr("Close as false positive"), Qt::Key_F, "closed", "false-positive"},
        {tr("Close as benign"), Qt::Key_B, "closed", "benign"},
    };
    for (const auto& s : statuses) {
        store::AlertChange change;
        change.status = QString::fromLatin1(s.status);
        if (s.resolution)
            change.resolution = QString::fromLatin1(s.resolution);
        m_workflowActions << addAction(s.text, QKeySequence(s.key), m_view,
                                       [this, change, text = s.text] { applyChange(change, text); });
    }
    m_workflowActions << addAction(tr("Assign to me"), QKeySequence(Qt::Key_A), m_view, [this] {
        store::AlertChange change;
        change.assignee = store::currentActor();
        applyChange(change, tr("Assign to me"));
    });
    m_workflowActions << addAction(tr("Unassign"), QKeySequence(Qt::Key_U), m_view, [this] {
        store::AlertChange change;
        change.assignee = QString();
        applyChange(change, tr("Unassign"));
    });
    m_workflowActions << addAction(tr("Assign to…"), QKeySequence(Qt::SHIFT | Qt::Key_A), m_view, [this] { promptAssignee(); });
    m_workflowActions << addAction(tr("Set priority…"), QKeySequence(Qt::Key_P), m_view, [this] { promptPriority(); });
    addAction(tr("Add a note"), QKeySequence(Qt::Key_M), m_view, [this] { m_detail->noteField()->setFocus(); });
    m_workflowActions << addAction(tr("Create incident from selection…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                                   [this] { promptIncident(); });
    m_workflowActions << addAction(tr("Add selection to incident…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this,
                                   [this] { pickIncident(); });
    addAction(tr("Next alert"), QKeySequence(Qt::Key_J), m_view, [this] { moveCurrent(1); });
    addAction(tr("Previous alert"), QKeySequence(Qt::Key_K), m_view, [this] { moveCurrent(-1); });
    addAction(tr("Select everything matching the filter"), QKeySequence::SelectAll, m_view, [this] {
        m_view->selectAll();
        showStatus(tr("All %Ln alert(s) matching the filter are selected; actions apply to all of them.", nullptr,
                      m_model ? m_model->rowCount() : 0));
    });
    m_undoAction = addAction(tr("Undo"), QKeySequence::Undo, this, [this] {
        if (!m_busy)
            m_undo->undo();
    });
    m_redoAction = addAction(tr("Redo"), QKeySequence::Redo, this, [this] {
        if (!m_busy)
            m_undo->redo();
    });
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction->setShortcuts(QKeySequence::Redo);
    QAction* search = addAction(tr("Search"), QKeySequence(Qt::Key_Slash), this, [this] {
        m_filterBar->searchField()->setFocus();
        m_filterBar->searchField()->selectAll();
    });
    search->setShortcuts({QKeySequence(Qt::Key_Slash), QKeySequence::Find});
    addAction(tr("Clear filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), this, [this] { m_filterBar->clear(); });
    addAction(tr("Go to the alert table"), QKeySequence(Qt::Key_F6), this, [this] { focusTable(false); });
    addAction(tr("Choose columns…"), {}, this, [this] { chooseColumns(); });
    addAction(tr("Save view…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [this] { promptSaveView(); });
    addAction(tr("Recount"), {}, this, [this] {
        if (m_model)
            m_model->refresh();
    });
    QAction* help = addAction(tr("Keyboard shortcuts"), QKeySequence(Qt::Key_F1), this, [this] {
        ShortcutHelpDialog dialog(m_actions, this);
        dialog.exec();
    });
    help->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
}

void TriagePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    activate();
}

void TriagePage::activate() {
    if (m_model)
        return;
    m_model = new items::AlertTableModel(m_jobs.databasePath(), this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    // Column widths from the fonts: the widest usual content, and never less than the header with
    // its sort arrow (fixed pixel widths cut "Intel matches" to "tel match").
    const QFontMetrics cell = m_view->fontMetrics();
    const QFontMetrics head = m_view->horizontalHeader()->fontMetrics();
    const QString samples[] = {QStringLiteral("2026-12-31 23:59:59"),
                               QStringLiteral("100"),
                               items::AlertTableModel::severityText(2),
                               QStringLiteral("10"),
                               items::AlertTableModel::statusText(QStringLiteral("closed"), QStringLiteral("false-positive")),
                               QStringLiteral("suricata-lan"),
                               QString(36, QLatin1Char('m')),
                               QStringLiteral("255.255.255.255"),
                               QStringLiteral("255.255.255.255"),
                               QStringLiteral("a.becker")};
    for (int c = 0; c < store::kAlertColumnCount; ++c) {
        const QString title = items::AlertTableModel::columnTitle(static_cast<AlertColumn>(c));
        const int chip = c == static_cast<int>(AlertColumn::Severity) ? 24 : 0; // the chip's rounded ends
        m_view->setColumnWidth(c, std::max(cell.horizontalAdvance(samples[c]) + 16 + chip, head.horizontalAdvance(title) + 34));
    }
    // The signature takes the room the others leave; a narrow window hides the least important
    // columns first (priority, assignee, sensor, destination, source) before it cuts it. Time,
    // severity, intel matches and status always stay.
    m_fitter = new ColumnFitter(m_view, static_cast<int>(AlertColumn::Signature),
                                {static_cast<int>(AlertColumn::Priority), static_cast<int>(AlertColumn::Assignee),
                                 static_cast<int>(AlertColumn::Sensor), static_cast<int>(AlertColumn::Destination),
                                 static_cast<int>(AlertColumn::Source)},
                                cell.horizontalAdvance(QString(22, QLatin1Char('m'))));
    m_fitter->fit();
    connect(m_filterBar, &TriageFilterBar::filterChanged, m_model, &items::AlertTableModel::setFilter);
    connect(m_filterBar, &TriageFilterBar::filterChanged, this, &TriagePage::suggestIntel);
    connect(m_model, &items::AlertTableModel::facetsReady, m_filterBar, &TriageFilterBar::setFacets);
    connect(m_model, &items::AlertTableModel::countFinished, this, [this](qint64 count) {
        // The empty state only while the whole cache has no alert (a filter matching nothing
        // keeps the workbench, so the filter can be changed).
        if (count > 0 || !m_model->filter().isEmpty())
            m_stack->setCurrentIndex(1);
        else
            m_stack->setCurrentIndex(0);
        updateCountLabel();
        if (count == 0) {
            m_selectFirstPending = false;
            m_detail->showMessage(noRowText());
        }
        selectFirstIfPending();
    });
    // A new filter, search or sort replaces the rows: the pane follows the current row, or says
    // that there is none, instead of showing an alert that may no longer be in the table.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCountLabel();
        m_detailTimer->start();
        selectFirstIfPending();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TriagePage::selectFirstIfPending);
    connect(m_model, &items::AlertTableModel::loadFailed, this, &TriagePage::showStatus);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, m_detailTimer, qOverload<>(&QTimer::start));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TriagePage::updateCountLabel);
    // A saved view stays named only while its filter is the one shown (Clear filters, a facet
    // change or a new search leave it).
    connect(m_filterBar, &TriageFilterBar::filterChanged, this, [this](const store::AlertTableFilter& filter) {
        const int index = m_views->currentIndex();
        if (index <= 0 || index - 1 >= static_cast<int>(m_savedViews.size()))
            return;
        const QJsonObject spec = QJsonDocument::fromJson(m_savedViews[static_cast<std::size_t>(index - 1)].spec).object();
        auto saved = store::AlertTableFilter::fromJson(
            QJsonDocument(spec.value(QStringLiteral("filter")).toObject()).toJson(QJsonDocument::Compact));
        auto shown = filter;
        saved.from = saved.to = shown.from = shown.to = std::nullopt; // "last 24 hours" moves with the clock
        if (!(saved == shown)) {
            const QSignalBlocker block(m_views);
            m_views->setCurrentIndex(0);
        }
    });
    // The current row's detail may have been waiting for its page.
    connect(m_model, &items::AlertTableModel::pageLoaded, this, [this](int first, int last) {
        const int row = m_view->currentIndex().row();
        if (m_detailWaiting && row >= first && row <= last)
            m_detailTimer->start();
    });
    updateCountLabel();
    loadViews();
}

void TriagePage::setDatabasePath(const QString& path) {
    if (m_model) {
        m_undo->clear();
        m_model->setDatabasePath(path);
        loadViews();
    }
}

void TriagePage::refresh() {
    if (m_model)
        m_model->refresh();
}

std::int64_t TriagePage::selectedCount() const {
    std::int64_t selected = 0;
    if (m_view->selectionModel())
        for (const QItemSelectionRange& r : m_view->selectionModel()->selection())
            if (r.left() == 0)
                selected += r.height();
    return selected;
}

void TriagePage::updateCountLabel() {
    if (!m_model)
        return;
    QString text;
    if (m_model->isCounting())
        text = tr("Counting…");
    else if (m_model->rowCount() == 0 && !m_model->filter().isEmpty())
        text = tr("No alert matches the filter or search.");
    else
        text = tr("%Ln alert(s)", nullptr, m_model->rowCount());
    const std::int64_t selected = selectedCount();
    if (selected > 1) {
        const QString many = tr("%Ln selected", nullptr, static_cast<int>(selected));
        text += QStringLiteral(" · ") + many;
        m_detail->setSelectionNote(tr("%1: status keys, notes and incident actions apply to all of them.").arg(many));
    } else {
        m_detail->setSelectionNote(QString());
    }
    m_countLabel->setText(text);
}

void TriagePage::showStatus(const QString& text) {
    if (m_statusBar)
        m_statusBar->showMessage(text, 8000);
}

void TriagePage::setBusy(bool busy) {
    m_busy = busy;
    for (QAction* a : m_workflowActions)
        a->setEnabled(!busy);
    m_undoAction->setEnabled(!busy && m_undo->canUndo());
    m_redoAction->setEnabled(!busy && m_undo->canRedo());
    m_undoAction->setText(m_undo->canUndo() ? tr("Undo %1").arg(m_undo->undoText()) : tr("Undo"));
    m_redoAction->setText(m_undo->canRedo() ? tr("Redo %1").arg(m_undo->redoText()) : tr("Redo"));
}

// What the selection means: every row selected is "everything matching the filter" (no row is
// loaded for that); otherwise the rids of the selected rows, which are on screen or were.
TriagePage::Target TriagePage::selectionTarget() const {
    Target t;
    if (!m_model || m_model->rowCount() == 0) {
        t.problem = tr("There are no alerts to change.");
        return t;
    }
    const QItemSelection selection = m_view->selectionModel()->selection();
    std::int64_t selected = 0;
    for (const QItemSelectionRange& r : selection)
        if (r.left() == 0)
            selected += r.height();
    if (selected == 0 && m_view->currentIndex().isValid()) {
        if (const auto* row = m_model->rowAt(m_view->currentIndex().row())) {
            t.rids.push_back(row->rid);
            t.rows.push_back(*row);
        } else
            t.problem = tr("The current alert is still loading; try again in a moment.");
        return t;
    }
    if (selected >= m_model->rowCount()) {
        // Every row: a small, loaded result is still a selection of these alerts (an incident can
        // take them); otherwise the change goes to everything matching the filter.
        bool loaded = selected <= kMaxIncidentAlerts;
        for (int row = 0; loaded && row < m_model->rowCount(); ++row)
            loaded = m_model->rowAt(row) != nullptr;
        if (!loaded) {
            t.allMatching = true;
            return t;
        }
    }
    if (selected > kMaxSelection) {
        t.problem = tr("%Ln alert(s) are selected. Select fewer than %L1, or everything matching the filter (Ctrl+A).", nullptr,
                       static_cast<int>(selected))
                        .arg(kMaxSelection);
        return t;
    }
    for (const QItemSelectionRange& r : selection) {
        if (r.left() != 0)
            continue;
        for (int row = r.top(); row <= r.bottom(); ++row) {
            const auto* loaded = m_model->rowAt(row);
            if (!loaded) {
                t.problem = tr("Some selected alerts are not loaded (row %L1). Scroll through them or select everything "
                               "matching the filter (Ctrl+A).")
                                .arg(row + 1);
                t.rids.clear();
                t.rows.clear();
                return t;
            }
            t.rids.push_back(loaded->rid);
            t.rows.push_back(*loaded);
        }
    }
    return t;
}

void TriagePage::applyChange(const store::AlertChange& change, const QString& label) {
    const Target target = selectionTarget();
    if (!target.problem.isEmpty()) {
        showStatus(target.problem);
        emit changeFailed(target.problem);
        return;
    }
    runChange(change, target, label);
}

void TriagePage::runChange(const store::AlertChange& change, const Target& target, const QString& label) {
    if (m_busy) {
        showStatus(tr("Another change is still running; wait for it or cancel it in the status bar."));
        return;
    }
    setBusy(true);
    m_cancel = core::CancelToken();
    const core::CancelToken cancel = m_cancel;
    const store::AlertTableFilter filter = m_model->filter();
    const QString text = target.allMatching ? tr("%1 (all %L2 matching the filter)").arg(label).arg(m_model->rowCount())
                                            : tr("%1 (%Ln alert(s))", nullptr, static_cast<int>(target.rids.size())).arg(label);
    m_progress->start(text);
    m_jobs.runJob<store::ChangeResult>(
        this, cancel,
        [change, target, filter](store::Database& db, const core::CancelToken& c, core::ProgressReporter& progress) {
            store::AlertWorkflow wf(db, store::currentActor());
            return target.allMatching ? wf.applyToFilter(change, filter, core::nowMicros(), c, &progress)
                                      : wf.apply(change, target.rids, core::nowMicros());
        },
        [this](const core::ProgressUpdate& u) { m_progress->setProgress(u.done, u.total, u.phase); },
        [this, text](const core::Result<store::ChangeResult>& result) {
            m_progress->finish();
            setBusy(false);
            if (!result) {
                showStatus(result.error().isCancelled() ? tr("Cancelled; no alert was changed.") : errorText(result.error()));
                emit changeFailed(errorText(result.error()));
                return;
            }
            m_undo->push(new WorkflowCommand(this, result.value().changeRid, text));
            setBusy(false);
            showStatus(tr("%Ln alert(s) changed. Undo with Ctrl+Z.", nullptr, static_cast<int>(result.value().count)));
            m_model->refresh();
            m_detailTimer->start();
            emit changeFinished(result.value().count);
        });
}

void TriagePage::runUndo(std::int64_t changeRid, bool undo) {
    setBusy(true);
    m_cancel = core::CancelToken();
    const core::CancelToken cancel = m_cancel;
    m_progress->start(undo ? tr("Undoing…") : tr("Redoing…"));
    m_jobs.runJob<std::int64_t>(
        this, cancel,
        [changeRid, undo](store::Database& db, const core::CancelToken& c,
                          core::ProgressReporter& progress) -> core::Result<std::int64_t> {
            store::AlertWorkflow wf(db, store::currentActor());
            auto s =
                undo ? wf.undo(changeRid, core::nowMicros(), c, &progress) : wf.redo(changeRid, core::nowMicros(), c, &progress);
            if (!s)
                return s.error();
            return changeRid;
        },
        [this](const core::ProgressUpdate& u) { m_progress->setProgress(u.done, u.total, u.phase); },
        [this, undo](const core::Result<std::int64_t>& result) {
            m_progress->finish();
            setBusy(false);
            if (!result) {
                // The history no longer matches the data: drop it rather than lie.
                m_undo->clear();
                showStatus(result.error().isCancelled() ? tr("Cancelled; the undo history was cleared.")
                                                        : errorText(result.error()));
                emit changeFailed(errorText(result.error()));
            } else {
                showStatus(undo ? tr("Undone.") : tr("Redone."));
                emit changeFinished(0);
            }
            m_model->refresh();
            m_detailTimer->start();
        });
}

void TriagePage::addNote(const QString& text) {
    const Target target = selectionTarget();
    if (!target.problem.isEmpty() || target.allMatching) {
        showStatus(target.allMatching ? tr("Notes are added to a selection, not to everything matching the filter.")
                                      : target.problem);
        return;
    }
    m_jobs.run<bool>(
        this,
        [rids = target.rids, text](store::Database& db) -> core::Result<bool> {
            auto s = store::AlertWorkflow(db, store::currentActor()).addNote(rids, text, core::nowMicros());
            if (!s)
                return s.error();
            return true;
        },
        [this](const core::Result<bool>& result) {
            showStatus(result ? tr("Note added.") : errorText(result.error()));
            m_detailTimer->start();
        });
}

// The search covers alert fields; intel whose name matches it is offered as a filter, with the
// number of alerts its indicators matched.
void TriagePage::suggestIntel(const store::AlertTableFilter& filter) {
    const QString text = filter.text.trimmed();
    if (text == m_suggestedFor)
        return;
    m_suggestedFor = text;
    if (text.size() < 3) {
        m_filterBar->setIntelSuggestions(text, {});
        return;
    }
    using Suggestions = std::vector<TriageFilterBar::IntelSuggestion>;
    m_jobs.run<Suggestions>(
        this,
        [text](store::Database& db) -> core::Result<Suggestions> {
            auto hits =
                store::IntelQueries(db).search(text,
                                               {QStringLiteral("threat-actor"), QStringLiteral("intrusion-set"),
                                                QStringLiteral("campaign"), QStringLiteral("malware"), QStringLiteral("tool")},
                                               3);
            if (!hits)
                return hits.error();
            Suggestions out;
            for (const auto& h : hits.value()) {
                store::AlertTableFilter f;
                f.intel = h.id;
                auto n = store::AlertTableQueries(db).count(f);
                if (!n)
                    return n.error();
                out.push_back({h.id, h.type, h.name, n.value()});
            }
            return out;
        },
        [this, text](const core::Result<Suggestions>& result) {
            m_filterBar->setIntelSuggestions(text, result ? result.value() : Suggestions{});
        });
}

void TriagePage::focusTable(bool firstResult) {
    m_view->setFocus(Qt::ShortcutFocusReason);
    if (!firstResult)
        return;
    m_selectFirstPending = true;
    // An unchanged search keeps its rows: the first is there now. A new one arrives later.
    if (m_model && !m_model->isCounting())
        selectFirstIfPending();
}

void TriagePage::selectFirstIfPending() {
    if (!m_selectFirstPending || !m_model || m_model->rowCount() == 0)
        return;
    m_selectFirstPending = false;
    const QModelIndex first = m_model->index(0, 0);
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(first);
}

bool TriagePage::eventFilter(QObject* watched, QEvent* event) {
    // However focus enters the table (F6, Tab, a click, back from the search), the current row is
    // highlighted: otherwise the first j moved from an invisible current row and skipped one.
    if (watched == m_view && event->type() == QEvent::FocusIn && m_model && m_model->rowCount() > 0) {
        QModelIndex current = m_view->currentIndex();
        if (!current.isValid())
            current = m_model->index(0, 0);
        if (!m_view->selectionModel()->isRowSelected(current.row(), {}))
            m_view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    return QWidget::eventFilter(watched, event);
}

void TriagePage::moveCurrent(int delta) {
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int row = std::clamp(m_view->currentIndex().row() + delta, 0, m_model->rowCount() - 1);
    const QModelIndex index = m_model->index(row, std::max(0, m_view->currentIndex().column()));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QString TriagePage::noRowText() const {
    return m_model && !m_model->isCounting() && m_model->rowCount() == 0 ? tr("No alert matches the filter or search.")
                                                                         : tr("No alert selected.");
}

void TriagePage::loadDetail() {
    const quint64 generation = ++m_detailGeneration;
    const store::AlertTableRow* row = m_model ? m_model->rowAt(m_view->currentIndex().row()) : nullptr;
    m_detailWaiting = !row; // retried when the page arrives
    if (!row) {
        m_detail->showMessage(m_view->currentIndex().isValid() ? tr("Loading…") : noRowText());
        return;
    }
    const std::int64_t rid = row->rid;
    m_jobs.run<store::AlertDetail>(
        this, [rid](store::Database& db) { return store::AlertDetailQuery(db).load(rid); },
        [this, generation, rid](const core::Result<store::AlertDetail>& detail) {
            if (generation != m_detailGeneration)
                return;
            if (!detail) {
                m_detail->showMessage(errorText(detail.error()));
                return;
            }
            m_detail->setDetail(detail.value());
            emit detailShown(rid);
        });
}

bool TriagePage::canTakeIncident(const Target& target, bool creating) {
    if (target.problem.isEmpty() && !target.allMatching)
        return true;
    if (!target.allMatching)
        showStatus(target.problem);
    else if (creating)
        showStatus(
            tr("Select the alerts for the incident (up to %L1), not everything matching the filter.").arg(kMaxIncidentAlerts));
    else
        showStatus(tr("Select the alerts to add, not everything matching the filter."));
    return false;
}

void TriagePage::createIncident(const QString& title) {
    const Target target = selectionTarget();
    if (!canTakeIncident(target, true))
        return;
    m_jobs.run<store::Incident>(
        this,
        [rids = target.rids, title](store::Database& db) {
            return store::createIncidentFromAlerts(db, store::currentActor(), title, rids, core::nowMicros());
        },
        [this](const core::Result<store::Incident>& result) {
            showStatus(result ? tr("Incident %1 created.").arg(result.value().id) : errorText(result.error()));
            if (!result)
                return;
            m_model->refresh();
            m_detailTimer->start(); // the pane names the incident now
            emit incidentChanged(result.value().rid);
        });
}

void TriagePage::addToIncident(std::int64_t incidentRid) {
    const Target target = selectionTarget();
    if (!canTakeIncident(target, false))
        return;
    m_jobs.run<QString>(
        this,
        [rids = target.rids, incidentRid](store::Database& db) {
            return store::addAlertsToIncident(db, store::currentActor(), incidentRid, rids, core::nowMicros());
        },
        [this, incidentRid](const core::Result<QString>& result) {
            showStatus(result ? tr("Alerts added to incident %1.").arg(result.value()) : errorText(result.error()));
            if (!result)
                return;
            m_model->refresh();
            m_detailTimer->start();
            emit incidentChanged(incidentRid);
        });
}

void TriagePage::pickIncident() {
    const Target target = selectionTarget();
    if (!canTakeIncident(target, false))
        return;
    IncidentPickerDialog picker(m_jobs, static_cast<int>(target.rids.size()), this);
    if (picker.exec() != QDialog::Accepted)
        return;
    if (const auto rid = picker.chosenIncident())
        addToIncident(*rid);
    else
        createIncident(picker.newIncidentTitle());
}

void TriagePage::promptIncident() {
    const Target target = selectionTarget();
    if (!canTakeIncident(target, true))
        return;
    QInputDialog dialog(this);
    makeDialogWindow(&dialog);
    dialog.setObjectName(QStringLiteral("newIncidentDialog"));
    dialog.setWindowTitle(tr("Create incident"));
    dialog.setLabelText(
        tr("Title of the new incident from %n selected alert(s):", nullptr, static_cast<int>(target.rids.size())));
    dialog.setTextValue(store::suggestedIncidentTitle(target.rows));
    dialog.resize(std::max(dialog.sizeHint().width(), fontMetrics().horizontalAdvance(dialog.textValue()) + 80),
                  dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted && !dialog.textValue().trimmed().isEmpty())
        createIncident(dialog.textValue().trimmed());
}

void TriagePage::promptAssignee() {
    bool ok = false;
    const QString who = QInputDialog::getText(this, tr("Assign alerts"), tr("Assign to (empty: unassigned):"), QLineEdit::Normal,
                                              store::currentActor(), &ok);
    if (!ok)
        return;
    store::AlertChange change;
    change.assignee = who.trimmed();
    applyChange(change, tr("Assign to %1").arg(who.trimmed()));
}

void TriagePage::promptPriority() {
    bool ok = false;
    const int priority = QInputDialog::getInt(this, tr("Set priority"), tr("Priority (higher comes first):"), 10, 0, 100, 1, &ok);
    if (!ok)
        return;
    store::AlertChange change;
    change.priority = priority;
    applyChange(change, tr("Set priority %1").arg(priority));
}

void TriagePage::chooseColumns() {
    QMenu menu(this);
    for (int c = 0; c < store::kAlertColumnCount; ++c) {
        QAction* a = menu.addAction(items::AlertTableModel::columnTitle(static_cast<AlertColumn>(c)));
        a->setCheckable(true);
        a->setChecked(!m_view->isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { m_view->setColumnHidden(c, !on); });
    }
    menu.exec(mapToGlobal(QPoint(width() / 2, height() / 4)));
}

void TriagePage::loadViews() {
    m_jobs.run<std::vector<store::SavedView>>(
        this, [](store::Database& db) { return store::SavedViews(db).list(); },
        [this](const core::Result<std::vector<store::SavedView>>& views) {
            if (!views)
                return;
            m_savedViews = views.value();
            const QSignalBlocker block(m_views);
            m_views->clear();
            m_views->addItem(tr("(current filter)"));
            for (const auto& v : m_savedViews)
                m_views->addItem(v.name); // QComboBox shows plain text
        });
}

void TriagePage::saveView(const QString& name) {
    if (!m_model)
        return;
    QJsonObject spec;
    spec.insert(QStringLiteral("filter"),
                QJsonDocument::fromJson(QByteArray::fromStdString(m_model->filter().toJson())).object());
    spec.insert(QStringLiteral("sort"), static_cast<int>(m_model->sortOrder().column));
    spec.insert(QStringLiteral("descending"), m_model->sortOrder().descending);
    QJsonArray hidden;
    for (int c = 0; c < store::kAlertColumnCount; ++c)
        if (m_view->isColumnHidden(c) && !(m_fitter && m_fitter->autoHidden().contains(c)))
            hidden.append(c); // hidden by the analyst, not for lack of room
    spec.insert(QStringLiteral("hidden"), hidden);
    const store::SavedView view{name, QJsonDocument(spec).toJson(QJsonDocument::Compact)};
    m_jobs.run<bool>(
        this,
        [view](store::Database& db) -> core::Result<bool> {
            if (auto s = store::SavedViews(db).save(view, core::nowMicros()); !s)
                return s.error();
            return true;
        },
        [this, name](const core::Result<bool>& result) {
            showStatus(result ? tr("View \"%1\" saved.").arg(name) : errorText(result.error()));
            loadViews();
        });
}

void TriagePage::applyView(const store::SavedView& view) {
    activate();
    const QJsonObject spec = QJsonDocument::fromJson(view.spec).object();
    const int column = std::clamp(spec.value(QStringLiteral("sort")).toInt(), 0, store::kAlertColumnCount - 1);
    const bool descending = spec.value(QStringLiteral("descending")).toBool(true);
    for (int c = 0; c < store::kAlertColumnCount; ++c)
        m_view->setColumnHidden(c, false);
    for (const QJsonValue& v : spec.value(QStringLiteral("hidden")).toArray())
        m_view->setColumnHidden(v.toInt(), true);
    m_fitter->fit();
    m_view->horizontalHeader()->setSortIndicator(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_model->setSort({static_cast<AlertColumn>(column), descending});
    m_filterBar->setFilter(store::AlertTableFilter::fromJson(
        QJsonDocument(spec.value(QStringLiteral("filter")).toObject()).toJson(QJsonDocument::Compact)));
}

void TriagePage::promptSaveView() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveView(name.trimmed());
}

} // namespace lagebild::ui

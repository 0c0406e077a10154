#pragma once

#include "models/core/cancel_token.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/store/alert_table_queries.h"
#include "models/store/audit_log.h"
#include "models/store/database.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace lagebild::store {

/// A workflow change: only the set fields change. Closing sets a resolution
/// (true-positive | false-positive | benign); any other status clears it.
struct AlertChange {
    std::optional<QString> status;
    std::optional<QString> resolution;
    std::optional<QString> assignee;
    std::optional<int> priority;

    bool isEmpty() const { return !status && !resolution && !assignee && !priority; }
    /// The change in the one status model: schema 1's status "false-positive" becomes "closed"
    /// with resolution "false-positive".
    AlertChange normalized() const;
    std::string toJson() const;
};

struct ChangeResult {
    std::int64_t changeRid = 0; // alert_change row: undo()/redo() take it
    std::int64_t count = 0;     // alerts changed
};

struct AlertNote {
    std::int64_t time = 0;
    QString author;
    QString text;
};

/// Workflow writes of the triage page: status, resolution, assignee and priority on a selection
/// or on everything matching a filter, notes, undo and redo. Each call is one transaction: the
/// before-image of every touched alert goes to alert_change_row (so undo is exact and redo hits
/// the same alerts) and the audit log gets who, when, before and after — one entry per alert for
/// selections of up to kPerRowAuditLimit alerts, one entry with the filter and count above that.
/// Large changes run in chunks of kChunk alerts, reporting progress and checking the cancel token
/// between chunks; a cancelled change rolls back completely. Thread: the thread owning `db`
/// (a job's connection), never the GUI thread.
class AlertWorkflow {
public:
    static constexpr std::int64_t kChunk = 20000;
    static constexpr std::int64_t kPerRowAuditLimit = 1000;

    AlertWorkflow(Database& db, QString actor) : m_db(db), m_audit(db), m_actor(std::move(actor)) {}

    core::Result<ChangeResult> apply(const AlertChange& change, std::span<const std::int64_t> alertRids, std::int64_t now);
    core::Result<ChangeResult> applyToFilter(const AlertChange& change, const AlertTableFilter& filter, std::int64_t now,
                                             const core::CancelToken& cancel = {}, core::ProgressReporter* progress = nullptr);
    /// As applyToFilter, for alerts a condition in SQL selects, written as AlertTableQueries::toSql
    /// writes a SqlPlan::RidRange filter: alias `a`, "WHERE a.rid > ?1 AND a.rid <= ?2 AND ...",
    /// args[0] and args[1] placeholders for that range, other columns as `+a.column` (the table is
    /// walked in rid ranges). For generated data such as the demo situation, whose rules no facet
    /// filter expresses; `target` (a JSON value) names the selection in the change and the audit log.
    core::Result<ChangeResult> applyWhere(const AlertChange& change, const SqlFilter& where, std::string_view target,
                                          std::int64_t now, const core::CancelToken& cancel = {},
                                          core::ProgressReporter* progress = nullptr);
    /// Audit every alert with its own entry whatever the count (default: one entry with the count
    /// above kPerRowAuditLimit, the before-images staying in alert_change_row). The demo situation
    /// sets it so its worked queue has a complete per-alert history.
    void setAuditEveryAlert(bool on) { m_auditEveryAlert = on; }
    /// Restores the before-image of a change (audited); redo() applies the change again to the same
    /// alerts. Both refuse a change that is not in the matching state.
    core::Status undo(std::int64_t changeRid, std::int64_t now, const core::CancelToken& cancel = {},
                      core::ProgressReporter* progress = nullptr);
    core::Status redo(std::int64_t changeRid, std::int64_t now, const core::CancelToken& cancel = {},
                      core::ProgressReporter* progress = nullptr);

    core::Status addNote(std::span<const std::int64_t> alertRids, const QString& text, std::int64_t now);
    core::Result<std::vector<AlertNote>> notes(std::int64_t alertRid);

private:
    core::Result<std::int64_t> beginChange(const AlertChange& change, const std::string& target, std::int64_t now);
    core::Status updateFromImage(std::int64_t changeRid, const AlertChange* change, std::int64_t now,
                                 const core::CancelToken& cancel, core::ProgressReporter* progress, std::int64_t total);
    core::Status auditRows(std::int64_t changeRid, std::string_view action, const AlertChange* change, std::int64_t now);
    core::Status finishChange(std::int64_t changeRid, std::int64_t count);
    core::Status auditChange(std::int64_t changeRid, std::int64_t count, const AlertChange& change, std::string_view target,
                             std::int64_t now);
    core::Status replay(std::int64_t changeRid, bool undo, std::int64_t now, const core::CancelToken& cancel,
                        core::ProgressReporter* progress);

    Database& m_db;
    AuditLog m_audit;
    QString m_actor;
    bool m_auditEveryAlert = false;
};

} // namespace lagebild::store

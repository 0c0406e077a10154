#pragma once

#include "models/core/result.h"
#include "models/store/audit_log.h"
#include "models/store/database.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lagebild::store {

/// What the analyst decided about a warning. A warning nobody has looked at yet is New (unread).
enum class WarningState { New, Applies, NotApplicable, Mitigated };

/// Storage word of a state: "new", "applies", "not-applicable", "mitigated" (persisted; never change).
QString warningStateName(WarningState state);
std::optional<WarningState> warningStateFromName(const QString& name);

/// One line of the early-warning inbox.
struct WarningSummary {
    QString id;                 // report--... or note--...
    QString type;               // "report" or "note"
    QString title;              // report name, note abstract (untrusted: plain text only)
    QString source;             // the creating identity's name, else the source (feed, file) it came from
    QString tlp;                // contract word, "" when unmarked
    std::int64_t published = 0; // microseconds UTC: published, else modified, else created
    WarningState state = WarningState::New;
    QString owner;
    std::optional<std::int64_t> due; // microseconds UTC
};

/// A recommendation of a warning as a checklist item: a course-of-action object the warning
/// refers to (object_refs) or is related to (a relationship either way).
struct Recommendation {
    QString id; // course-of-action--...
    QString name;
    QString text; // the course of action's description
    bool done = false;
    QString doneBy;
    std::optional<std::int64_t> doneAt;
};

struct WarningDetail {
    WarningSummary summary;
    QString description; // report description or note content (untrusted: plain text only)
    std::vector<Recommendation> recommendations;
};

/// The early-warning inbox over the intel cache. Which objects are warnings is decided when read
/// (see migration 005): STIX reports with report_types "threat-report", reports and notes with a
/// label containing "warning" (MISP tags such as "early-warning" arrive as labels), and reports and
/// notes from a feed marked as a warning source. Revoked objects are left out.
/// Reads run on any thread's connection; writes belong to the writer thread, inside the caller's
/// transaction, and every change is written to the audit log in that same transaction.
/// list() reads every report and note once (json_each over their report_types and labels).
class WarningRepository {
public:
    WarningRepository(Database& db, QString actor) : m_db(db), m_audit(db), m_actor(std::move(actor)) {}

    /// All warnings, newest first.
    core::Result<std::vector<WarningSummary>> list();
    /// Number of warnings in state New (the navigation's unread count).
    core::Result<std::int64_t> unreadCount();
    /// One warning with its description and recommendations; Error (Usage) when `id` is no warning.
    core::Result<WarningDetail> get(const QString& id);

    core::Status setState(const QString& id, WarningState state, std::int64_t now);
    core::Status setOwner(const QString& id, const QString& owner, std::int64_t now);
    core::Status setDue(const QString& id, std::optional<std::int64_t> due, std::int64_t now);
    /// Ticks or unticks one recommendation (`itemId` must be one of the warning's recommendations).
    core::Status setChecked(const QString& id, const QString& itemId, bool done, std::int64_t now);

private:
    core::Result<WarningSummary> find(const QString& id);
    core::Result<WarningDetail> readOne(const QString& id); // without recommendations
    core::Status write(const WarningSummary& after, std::int64_t now);
    core::Status audit(std::string_view action, const QString& target, const QString& before, const QString& after,
                       std::int64_t now);

    Database& m_db;
    AuditLog m_audit;
    QString m_actor;
};

} // namespace lagebild::store

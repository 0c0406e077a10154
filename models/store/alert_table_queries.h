#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace lagebild::store {

/// The sortable columns of the triage table. Every one is NOT NULL in the schema (unassigned is
/// the empty string), so keyset comparisons never meet NULL.
enum class AlertColumn { Time, Priority, Severity, Matched, Status, Sensor, Signature, Source, Destination, Assignee };
inline constexpr int kAlertColumnCount = 10;

/// Facet filter of the triage table. Lists mean "any of"; empty lists and unset values mean "any".
struct AlertTableFilter {
    /// Status keys: "new", "in-progress", "escalated", "closed" (every closed alert) or
    /// "closed:RESOLUTION" ("closed:true-positive", "closed:false-positive", "closed:benign",
    /// "closed:" = closed without a resolution). The status facet counts per such key.
    QStringList statuses;
    QList<int> severities;
    QStringList sensors;
    QStringList assignees; // "" = unassigned
    bool matchedOnly = false;
    std::optional<std::int64_t> from; // time >= from (µs)
    std::optional<std::int64_t> to;   // time < to (µs)
    std::optional<std::int64_t> incidentRid;
    QString technique; // ATT&CK id, e.g. T1059 (a parent takes its sub-techniques: T1059.001, …)
    /// STIX id of an intel object (threat actor, campaign, malware, …): the alerts matched by an
    /// indicator it links to within two relationships (as the alert detail lists them). An
    /// indicator's id means the alerts it matched itself.
    QString intel;
    QString text; // free text over signature, category and observables (FTS5, words ANDed)

    bool operator==(const AlertTableFilter&) const = default;
    bool isEmpty() const { return *this == AlertTableFilter{}; }
    /// JSON for audit details and saved views; fromJson() reads it back (unknown keys ignored).
    std::string toJson() const;
    static AlertTableFilter fromJson(const QByteArray& json);
};

struct AlertSort {
    AlertColumn column = AlertColumn::Time;
    bool descending = true;
    bool operator==(const AlertSort&) const = default;
};

/// One row of the triage table: the displayed columns plus what keyset paging seeks on.
struct AlertTableRow {
    std::int64_t rid = 0;
    std::int64_t time = 0;
    int priority = 0;
    int severity = 3;
    int matches = 0;
    QString status;
    QString resolution;
    QString sensor;
    QString signature;
    QString src;
    QString dst;
    QString assignee;
    std::optional<std::int64_t> incidentRid;
};

struct FacetCount {
    QString value;
    std::int64_t count = 0;
};

/// Counts per facet value. Each facet is counted under all other filters but its own, so the
/// user sees what choosing another value would give.
struct AlertFacets {
    std::vector<FacetCount> status, severity, sensor, assignee;
};

/// A filter translated to SQL: the WHERE text (alias `a` for alert) and its bound values.
struct SqlFilter {
    std::string where; // "" or "WHERE ..."
    std::vector<std::variant<std::int64_t, std::string>> args;
    void bindTo(Statement& st, int firstIndex = 1) const;
    /// SqlPlan::RidRange only: binds the chunk (lo, hi] to ?1 and ?2 (after bindTo).
    void bindRange(Statement& st, std::int64_t lo, std::int64_t hi) const;
};

/// How a filter's driving sets (free text, technique) meet the alert table.
enum class SqlPlan {
    /// The hits drive: each is looked up by rid (counts, facets, a page over few hits).
    Drive,
    /// The sort index drives and each row is tested against the hits (a page over many hits).
    Walk,
    /// A walk of rid ranges (lo, hi] bound to ?1 and ?2, every term as `+column` so no other index
    /// drives; the driving sets are cut to the range (bulk changes over millions of rows).
    RidRange,
};

/// Read side of the triage table over millions of alerts: counts, keyset pages and facets, all
/// in SQL on the indexes of migration 004 (ARCHITECTURE §7). Never OFFSET from the start of a large
/// table: pages seek from the key of a neighbouring row, from the front or from the back.
/// Thread: the thread owning `db` (the model's reader thread or a job); calls can take long on
/// big tables (count, facets) and are interruptible through Database::interrupt().
class AlertTableQueries {
public:
    explicit AlertTableQueries(Database& db) : m_db(db) {}

    static SqlFilter toSql(const AlertTableFilter& filter, SqlPlan plan = SqlPlan::Drive);
    /// The FTS5 query for free text: each word a quoted phrase (whole words; `word*` a prefix).
    static std::string ftsQuery(const QString& text);
    /// Pages over more text hits than this walk the sort index instead of sorting the hits.
    static constexpr std::int64_t kDriveLimit = 20000;
    /// Pages in time order over free text reach at most this far (skip + limit) through the zone
    /// map (pageByZones); deeper ones sort every hit.
    static constexpr std::int64_t kZoneLimit = 4096;
    /// Another limit for the plan choice (tests run both plans on small tables).
    void setDriveLimit(std::int64_t limit) { m_driveLimit = limit; }

    core::Result<std::int64_t> count(const AlertTableFilter& filter);
    /// Alerts whose text matches `text` (ftsQuery), counted up to `limit` (0: all).
    core::Result<std::int64_t> textHits(const QString& text, std::int64_t limit);
    /// Up to `limit` rows after `anchor` (exclusive) in sort order, or from the first row when
    /// there is no anchor, skipping `skip` rows first (a short hop from a known key).
    core::Result<std::vector<AlertTableRow>> pageAfter(const AlertTableFilter& filter, const AlertSort& sort,
                                                       const AlertTableRow* anchor, std::int64_t skip, int limit);
    /// The `limit` rows ending `skip` rows before `anchor` (exclusive), or before the end of the
    /// table when there is no anchor; returned in sort order. Serves the last rows as fast as
    /// the first by seeking in reverse order.
    core::Result<std::vector<AlertTableRow>> pageBefore(const AlertTableFilter& filter, const AlertSort& sort,
                                                        const AlertTableRow* anchor, std::int64_t skip, int limit);
    core::Result<AlertFacets> facets(const AlertTableFilter& filter);
    /// EXPLAIN QUERY PLAN of the page query (tests check that the sort uses an index).
    core::Result<QString> explainPage(const AlertTableFilter& filter, const AlertSort& sort);
    /// One row by rid (after a workflow change), or an Error (Usage) when unknown.
    core::Result<AlertTableRow> row(std::int64_t rid);

    /// SQL expression of a sort column (alias `a`).
    static const char* columnSql(AlertColumn column);

private:
    core::Result<std::vector<AlertTableRow>> page(const AlertTableFilter& filter, const AlertSort& sort,
                                                  const AlertTableRow* anchor, std::int64_t skip, int limit, bool forward);
    core::Result<SqlPlan> pagePlan(const AlertTableFilter& filter);
    core::Result<std::vector<AlertTableRow>> pageByZones(const AlertTableFilter& filter, const AlertTableRow* anchor,
                                                         std::int64_t skip, int limit, bool ascending);
    core::Result<std::vector<FacetCount>> facet(const AlertTableFilter& filter, const char* column);

    Database& m_db;
    std::int64_t m_driveLimit = kDriveLimit;
};

} // namespace lagebild::store

#pragma once

#include "models/core/result.h"
#include "models/store/audit_log.h"
#include "models/store/database.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace lagebild::store {

/// One entry of an incident's timeline.
struct TimelineEntry {
    std::int64_t rid = 0;
    std::int64_t time = 0; // microseconds since the epoch, UTC (as alert.time)
    QString kind;          // "alert", "note", "intel", "action"
    QString text;
    QString ref; // alert rid, STIX id, … depending on kind
    QString author;
};

/// An incident with (on get()) its timeline, oldest entry first.
struct Incident {
    std::int64_t rid = 0;
    QString id; // "INC-0001"
    QString title;
    QString status = QStringLiteral("open"); // open | contained | closed
    int severity = 3;                        // 1 highest … 4
    QString tlp = QStringLiteral("amber");
    QString summary;
    std::int64_t created = 0;
    std::int64_t updated = 0;
    std::int64_t alertCount = 0;
    std::vector<TimelineEntry> timeline;
};

/// Incidents and their timelines. Writes belong to the writer thread and run inside the caller's
/// transaction; every change is written to the audit log in that same transaction.
class IncidentRepository {
public:
    IncidentRepository(Database& db, QString actor) : m_db(db), m_audit(db), m_actor(std::move(actor)) {}

    /// Creates an incident; fills rid and id ("INC-" + zero-padded number) into the returned copy.
    core::Result<Incident> create(Incident incident, std::int64_t now);
    /// Links alerts to the incident (moving them from any other incident) and adds one timeline
    /// entry of kind "alert" per alert at the alert's own time. Unknown rids are ignored.
    core::Status addAlerts(std::int64_t incidentRid, std::span<const std::int64_t> alertRids, std::int64_t now);
    core::Status addEntry(std::int64_t incidentRid, const TimelineEntry& entry, std::int64_t now);
    core::Status setStatus(std::int64_t incidentRid, const QString& status, std::int64_t now);

    /// All incidents, newest first, without timelines (alertCount filled).
    core::Result<std::vector<Incident>> list();
    /// One incident by rid or id ("INC-0001"), with its timeline; Error (Usage) when unknown.
    core::Result<Incident> get(const QString& ridOrId);

private:
    core::Status touch(std::int64_t incidentRid, std::int64_t now);

    Database& m_db;
    AuditLog m_audit;
    QString m_actor;
};

} // namespace lagebild::store

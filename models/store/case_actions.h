#pragma once

#include "models/core/result.h"
#include "models/store/alert_table_queries.h"
#include "models/store/database.h"
#include "models/store/incident_repository.h"
#include "models/store/warning_repository.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <span>

namespace lagebild::store {

/// The analyst's use cases on incidents and partner warnings, each one transaction, called by the
/// command line and by every page alike (ARCHITECTURE §3: a widget never opens a transaction).
/// `actor` goes to the audit log; `now` is microseconds since the epoch.

/// Creates an incident titled `title` at the highest severity among the alerts and links them to it
/// (moving them from any other).
core::Result<Incident> createIncidentFromAlerts(Database& db, const QString& actor, const QString& title,
                                                std::span<const std::int64_t> alertRids, std::int64_t now);

/// A title for an incident made of these alerts: the most frequent signature, how many others
/// there are, and the host they share ("ET TROJAN Emotet beacon (+2 more signatures) – 10.0.0.5").
QString suggestedIncidentTitle(std::span<const AlertTableRow> alerts);

/// Links the alerts to an existing incident; returns its id ("INC-0004"). Error (Usage) when unknown.
core::Result<QString> addAlertsToIncident(Database& db, const QString& actor, std::int64_t incidentRid,
                                          std::span<const std::int64_t> alertRids, std::int64_t now);

/// Applies `change` (state, owner, due date, a recommendation done) to warning `id` and returns the
/// warning as stored afterwards.
core::Result<WarningDetail> changeWarning(Database& db, const QString& actor, const QString& id,
                                          const std::function<core::Status(WarningRepository&)>& change);

} // namespace lagebild::store

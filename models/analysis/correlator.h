#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <cstdint>
#include <vector>

namespace lagebild::analysis {

/// Matches sensor alerts against intel indicators, set-based in SQL (never alert by alert):
/// exact (type, value) keys through the observable and alert_observable indexes, IPv4 addresses
/// against CIDR indicators by numeric range. Only current, matchable indicators match: revoked
/// ones and those past valid_until do not. Keeps alert.matches and alert.priority in step.
/// Runs on the writer thread inside the caller's transaction, so matches commit with the data.
class Correlator {
public:
    explicit Correlator(store::Database& db) : m_db(db) {}

    /// Matches alerts with rid >= firstAlertRid (just imported). Returns the number of matches.
    core::Result<std::int64_t> matchNewAlerts(std::int64_t firstAlertRid, std::int64_t nowMicros);
    /// Retro-hunt: re-matches ALL stored alerts against these indicators (added or changed);
    /// their earlier matches are replaced. Returns the number of matches now held by them.
    core::Result<std::int64_t> retroHunt(const std::vector<std::int64_t>& indicatorRids, std::int64_t nowMicros);
    /// Drops matches of indicators that expired by now (revocation is handled by retroHunt of the
    /// revoking version). Returns rows dropped.
    core::Result<std::int64_t> pruneInactive(std::int64_t nowMicros);

private:
    core::Status refreshAlerts(const char* affectedSql);
    core::Result<std::int64_t> changes(const char* sql, std::int64_t now, std::int64_t first = 0);

    store::Database& m_db;
};

} // namespace lagebild::analysis

#pragma once

#include "models/core/alert_record.h"
#include "models/core/result.h"
#include "models/store/database.h"

#include <optional>

namespace lagebild::store {

enum class AlertOutcome { Added, Duplicate };

/// Stores sensor alerts with their observables and ATT&CK techniques; a record whose dedup key
/// is already stored is a duplicate and changes nothing. New alerts get their base priority from
/// their severity; analysis::Correlator raises it when they match intel.
/// Writer thread, inside the caller's transaction; statements prepared once.
class AlertRepository {
public:
    explicit AlertRepository(Database& db) : m_db(db) {}

    core::Status prepare();
    core::Result<AlertOutcome> insert(const core::AlertRecord& record, std::int64_t sourceRid);
    /// Lowest row id added through this repository (rids only grow), for matching new alerts.
    std::optional<std::int64_t> firstAdded() const { return m_firstAdded; }

    /// Extends the zone map of alert times (migration 8) and the hourly rollup of the Situation
    /// page (migration 12) over every alert above their marks: once per import, after the alerts
    /// and before the commit. Alerts above the marks stay correct for readers, only slower (they
    /// are read from the table).
    core::Status recordZones();

    /// Priority of an alert from its severity (1 highest) and whether it matched intel.
    static int priorityFor(int severity, bool matched) { return (5 - severity) + (matched ? 10 : 0); }

private:
    Database& m_db;
    Statement m_insert, m_insObservable, m_insTechnique, m_insFts;
    std::optional<std::int64_t> m_firstAdded;
};

/// AlertRepository::recordZones for writers that insert alerts without the repository (tests'
/// bulk generators).
core::Status recordAlertZones(Database& db);

} // namespace lagebild::store

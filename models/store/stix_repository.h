#pragma once

#include "models/core/result.h"
#include "models/core/stix_record.h"
#include "models/store/database.h"
#include "models/store/deferred_indexes.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace lagebild::store {

/// What storing one object version did.
enum class UpsertOutcome { Added, Updated, Unchanged, Older };

/// Writes STIX objects into the cache with STIX versioning: newest `modified` wins, the replaced
/// version goes to stix_object_history, an equal version is unchanged, an older one is ignored.
/// Keeps markings, edges, observables and the full-text index in step with the current version.
/// Resolves each object's TLP from its marking references (unknown markings rank above RED).
/// Runs on the writer thread inside the caller's transaction; statements are prepared once.
class StixRepository {
public:
    explicit StixRepository(Database& db);

    core::Status prepare();
    core::Result<UpsertOutcome> upsert(const core::StixRecord& record, std::int64_t sourceRid, std::int64_t nowMicros,
                                       core::Tlp defaultTlp = core::Tlp::Unmarked);

    /// Bulk load into an empty cache: drops the secondary indexes whose keys arrive in random
    /// order; finishBulkLoad() rebuilds them from their schema SQL. Both run inside the caller's
    /// transaction, so an interrupted load rolls back the drop as well.
    core::Status beginBulkLoad();
    core::Status finishBulkLoad();

    /// Row ids of indicators added or replaced since construction: what a retro-hunt must
    /// re-match (analysis::Correlator).
    const std::vector<std::int64_t>& changedIndicators() const { return m_changedIndicators; }

private:
    core::Tlp resolveTlp(const core::StixRecord& record, core::Tlp defaultTlp);
    core::Status writeIndexes(std::int64_t rid, const core::StixRecord& record);
    core::Status removeIndexes(std::int64_t rid);

    Database& m_db;
    Statement m_find, m_insert, m_update, m_history, m_touch;
    Statement m_delMarkings, m_delEdges, m_delObservables, m_delFts;
    Statement m_insMarking, m_insEdge, m_insObservable, m_insFts;
    Statement m_findMarking;
    std::unordered_map<std::string, core::Tlp> m_markingCache; // marking-definition id -> meaning
    DeferredIndexes m_deferred;
    std::vector<std::int64_t> m_changedIndicators;
};

} // namespace lagebild::store

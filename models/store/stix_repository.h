#pragma once

#include "models/core/result.h"
#include "models/core/stix_record.h"
#include "models/store/database.h"
#include "models/store/deferred_indexes.h"
#include "models/store/fts_bulk_build.h"

#include <cstdint>
#include <string>
#include <string_view>
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
    /// Hands the full-text rows to a builder on another thread instead of writing them here
    /// (a bulk load into an empty cache; the caller copies the built index in before commit).
    void useFtsBuild(FtsBulkBuild* build) { m_ftsBuild = build; }

    /// Row ids of indicators added or replaced since construction: what a retro-hunt must
    /// re-match (analysis::Correlator).
    const std::vector<std::int64_t>& changedIndicators() const { return m_changedIndicators; }

private:
    core::Tlp resolveTlp(const core::StixRecord& record, core::Tlp defaultTlp);
    core::Status writeIndexes(std::int64_t rid, const core::StixRecord& record);
    core::Status removeIndexes(std::int64_t rid);
    core::Status removeFtsRow(std::int64_t rid);

    /// Hashes of the ids stored by a bulk load (8 bytes each, open addressing): insert() says
    /// whether the id may have been stored before (a hash collision only costs a lookup).
    class BulkIdSet {
    public:
        void start();
        void stop();
        bool active() const { return !m_slots.empty(); }
        bool insert(std::string_view id);

    private:
        bool place(std::uint64_t hash);
        std::vector<std::uint64_t> m_slots;
        std::size_t m_count = 0;
    };

    Database& m_db;
    BulkIdSet m_bulkIds;
    Statement m_find, m_insert, m_update, m_history, m_touch;
    Statement m_delMarkings, m_delEdges, m_delObservables, m_ftsText, m_delFts;
    Statement m_insMarking, m_insEdge, m_insObservable, m_insFts;
    Statement m_findMarking;
    std::unordered_map<std::string, core::Tlp> m_markingCache; // marking-definition id -> meaning
    DeferredIndexes m_deferred;
    FtsBulkBuild* m_ftsBuild = nullptr;
    std::vector<std::int64_t> m_changedIndicators;
};

} // namespace lagebild::store

#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <span>
#include <string>
#include <vector>

namespace lagebild::store {

/// Drops secondary indexes for a bulk load into an empty table and builds them again afterwards
/// from their schema SQL: an index built once by sorting is far cheaper than one maintained row
/// by row when keys arrive in random order (ARCHITECTURE §10.4). Both steps run inside the caller's
/// transaction, so an interrupted load rolls back the drop as well. Writer thread.
class DeferredIndexes {
public:
    explicit DeferredIndexes(Database& db) : m_db(db) {}

    /// Remembers and drops the named indexes (names that do not exist are skipped).
    core::Status drop(std::span<const char* const> names);
    /// Re-creates every dropped index.
    core::Status rebuild();
    bool isActive() const { return !m_sql.empty(); }

private:
    Database& m_db;
    std::vector<std::string> m_sql;
};

} // namespace lagebild::store

#include "models/store/sources.h"

namespace lagebild::store {

core::Result<std::int64_t> sourceId(Database& db, std::string_view kind, std::string_view name) {
    auto upsert = db.prepare("INSERT INTO source (kind, name) VALUES (?1, ?2) ON CONFLICT (kind, name) DO UPDATE SET "
                             "kind = excluded.kind RETURNING rid");
    if (!upsert)
        return upsert.error();
    upsert.value().bind(1, kind).bind(2, name);
    auto row = upsert.value().step();
    if (!row)
        return row.error();
    const std::int64_t rid = upsert.value().columnInt64(0);
    upsert.value().reset();
    return rid;
}

} // namespace lagebild::store

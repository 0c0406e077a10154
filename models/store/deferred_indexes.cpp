#include "models/store/deferred_indexes.h"

namespace lagebild::store {

core::Status DeferredIndexes::drop(std::span<const char* const> names) {
    for (const char* name : names) {
        auto st = m_db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1");
        if (!st)
            return st.error();
        st.value().bind(1, std::string_view(name));
        auto row = st.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        m_sql.emplace_back(st.value().columnText(0));
        st.value().reset(); // DROP INDEX needs no statement running on the schema
        if (auto s = m_db.exec(std::string("DROP INDEX ") + name); !s)
            return s;
    }
    return {};
}

core::Status DeferredIndexes::rebuild() {
    for (const auto& sql : m_sql)
        if (auto s = m_db.exec(sql); !s)
            return s;
    m_sql.clear();
    return {};
}

} // namespace lagebild::store

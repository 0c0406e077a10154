#include "models/store/stix_repository.h"

#include <QString>

namespace lagebild::store {

namespace {

// A marking-definition that is a statement (copyright, terms of use) does not restrict sharing;
// it is cached with this sentinel.
constexpr core::Tlp kStatementMarking = core::Tlp::Unmarked;

std::string tlpWord(core::Tlp t) { return core::tlpName(t).toStdString(); }

} // namespace

StixRepository::StixRepository(Database& db) : m_db(db), m_deferred(db) {}

core::Status StixRepository::prepare() {
    struct Item {
        Statement* st;
        const char* sql;
    };
    const Item items[] = {
        {&m_find, "SELECT rid, modified, revoked FROM stix_object WHERE id = ?1"},
        {&m_insert, "INSERT INTO stix_object (id, type, spec_version, created, modified, revoked, name, tlp, confidence, "
                    "pattern_state, json, source_rid, first_seen, last_seen, labels, valid_until) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?15)"},
        {&m_update, "UPDATE stix_object SET type = ?2, spec_version = ?3, created = ?4, modified = ?5, revoked = ?6, "
                    "name = ?7, tlp = ?8, confidence = ?9, pattern_state = ?10, json = ?11, source_rid = ?12, "
                    "last_seen = ?13, labels = ?14, valid_until = ?15 WHERE rid = ?1"},
        {&m_history, "INSERT INTO stix_object_history (id, modified, json, source_rid, replaced_at) "
                     "SELECT id, modified, json, source_rid, ?2 FROM stix_object WHERE rid = ?1"},
        {&m_touch, "UPDATE stix_object SET last_seen = ?2 WHERE rid = ?1"},
        {&m_delMarkings, "DELETE FROM object_marking WHERE object_rid = ?1"},
        {&m_delEdges, "DELETE FROM stix_edge WHERE object_rid = ?1"},
        {&m_delObservables, "DELETE FROM observable WHERE object_rid = ?1"},
        // Contentless FTS5: a row is deleted by giving back the exact text it was indexed with,
        // rebuilt from the stored object (read before its observables and row change).
        {&m_ftsText, "SELECT coalesce(o.name, ''), "
                     "CASE json_type(o.json, '$.description') WHEN 'text' THEN json_extract(o.json, '$.description') "
                     "ELSE '' END, o.labels, "
                     "coalesce((SELECT group_concat(value, ' ') FROM (SELECT value FROM observable "
                     "WHERE object_rid = o.rid ORDER BY rowid)), '') FROM stix_object o WHERE o.rid = ?1"},
        {&m_delFts, "INSERT INTO intel_fts (intel_fts, rowid, name, description, labels, value) "
                    "VALUES ('delete', ?1, ?2, ?3, ?4, ?5)"},
        {&m_insMarking, "INSERT OR IGNORE INTO object_marking (object_rid, marking_id, selector) VALUES (?1, ?2, ?3)"},
        {&m_insEdge, "INSERT INTO stix_edge (object_rid, kind, source_ref, target_ref) VALUES (?1, ?2, ?3, ?4)"},
        {&m_insObservable, "INSERT INTO observable (object_rid, type, value, matchable, lo, hi) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
        {&m_insFts, "INSERT INTO intel_fts (rowid, name, description, labels, value) VALUES (?1, ?2, ?3, ?4, ?5)"},
        {&m_findMarking, "SELECT json_extract(json, '$.definition_type'), json_extract(json, '$.definition.tlp'), name, "
                         "json_extract(json, '$.extensions.\"extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d\"') "
                         "IS NOT NULL FROM stix_object WHERE id = ?1"},
    };
    for (const auto& item : items) {
        auto st = m_db.prepare(item.sql);
        if (!st)
            return st.error();
        *item.st = std::move(st.value());
    }
    return {};
}

core::Tlp StixRepository::resolveTlp(const core::StixRecord& record, core::Tlp defaultTlp) {
    bool any = false;
    core::Tlp level = core::Tlp::Unmarked;
    for (const auto& m : record.markings) {
        if (!m.selector.empty())
            continue; // granular markings restrict parts; the object-level TLP comes from object_marking_refs
        core::Tlp meaning;
        if (auto known = core::tlpFromMarkingId(m.markingId)) {
            meaning = *known;
        } else if (auto it = m_markingCache.find(m.markingId); it != m_markingCache.end()) {
            meaning = it->second;
        } else {
            meaning = core::Tlp::Unknown;
            m_findMarking.bind(1, m.markingId);
            auto row = m_findMarking.step();
            if (row && row.value()) {
                const auto defType = m_findMarking.columnText(0);
                if (defType == "statement")
                    meaning = kStatementMarking;
                else if (defType == "tlp")
                    meaning = core::tlpFromName(m_findMarking.columnQString(1)).value_or(core::Tlp::Unknown);
                else if (m_findMarking.columnInt64(3))
                    meaning = core::tlpFromName(m_findMarking.columnQString(2)).value_or(core::Tlp::Unknown);
                m_markingCache.emplace(m.markingId, meaning);
            }
            m_findMarking.reset();
        }
        if (meaning == kStatementMarking)
            continue;
        any = true;
        level = core::mostRestrictive(level, meaning);
    }
    return any ? level : defaultTlp;
}

core::Status StixRepository::removeFtsRow(std::int64_t rid) {
    m_ftsText.bind(1, rid);
    auto row = m_ftsText.step();
    if (!row || !row.value()) {
        m_ftsText.reset();
        return row ? core::Status() : core::Status(row.error());
    }
    std::vector<std::string> texts;
    for (int c = 0; c < 4; ++c)
        texts.emplace_back(m_ftsText.columnText(c));
    m_ftsText.reset();
    if (m_ftsBuild) {
        m_ftsBuild->remove(rid, {texts[0], texts[1], texts[2], texts[3]});
        return {};
    }
    m_delFts.bind(1, rid);
    for (int c = 0; c < 4; ++c)
        m_delFts.bindStatic(c + 2, texts[static_cast<std::size_t>(c)]);
    return m_delFts.run();
}

core::Status StixRepository::removeIndexes(std::int64_t rid) {
    if (auto s = removeFtsRow(rid); !s)
        return s;
    for (Statement* st : {&m_delMarkings, &m_delEdges, &m_delObservables}) {
        st->bind(1, rid);
        if (auto s = st->run(); !s)
            return s;
    }
    return {};
}

core::Status StixRepository::writeIndexes(std::int64_t rid, const core::StixRecord& rec) {
    for (const auto& m : rec.markings) {
        m_insMarking.bind(1, rid).bindStatic(2, m.markingId).bindStatic(3, m.selector);
        if (auto s = m_insMarking.run(); !s)
            return s;
    }
    for (const auto& e : rec.edges) {
        m_insEdge.bind(1, rid).bindStatic(2, e.kind).bindStatic(3, e.source).bindStatic(4, e.target);
        if (auto s = m_insEdge.run(); !s)
            return s;
    }
    std::string values;
    const bool matchable = rec.type != "indicator" || rec.patternState == core::PatternState::Matchable;
    for (const auto& o : rec.observables) {
        m_insObservable.bind(1, rid)
            .bindStatic(2, core::observableTypeName(o.type))
            .bindStatic(3, o.value)
            .bind(4, matchable ? 1 : 0);
        if (const auto range = core::ipv4Range(o))
            m_insObservable.bind(5, static_cast<std::int64_t>(range->first)).bind(6, static_cast<std::int64_t>(range->second));
        else
            m_insObservable.bindNull(5).bindNull(6);
        if (auto s = m_insObservable.run(); !s)
            return s;
        if (!values.empty())
            values += ' ';
        values += o.value;
    }
    if (m_ftsBuild) {
        m_ftsBuild->add(rid, {rec.name, rec.description, rec.labels, values});
        return {};
    }
    m_insFts.bind(1, rid).bindStatic(2, rec.name).bindStatic(3, rec.description).bindStatic(4, rec.labels).bindStatic(5, values);
    return m_insFts.run();
}

core::Result<UpsertOutcome> StixRepository::upsert(const core::StixRecord& rec, std::int64_t sourceRid, std::int64_t nowMicros,
                                                   core::Tlp defaultTlp) {
    const auto version = rec.versionKey();
    std::int64_t rid = 0;
    bool exists = false, wasRevoked = false;
    std::optional<std::int64_t> stored;
    // In a bulk load into an empty cache an id that is not in the load's id set cannot exist:
    // no index lookup (4.4 s of random reads for a million objects).
    const bool mayExist = !m_bulkIds.active() || m_bulkIds.insert(rec.id);
    if (mayExist)
        m_find.bind(1, rec.id);
    auto found = mayExist ? m_find.step() : core::Result<bool>(false);
    if (!found)
        return found.error();
    if (found.value()) {
        exists = true;
        rid = m_find.columnInt64(0);
        if (!m_find.columnIsNull(1))
            stored = m_find.columnInt64(1);
        wasRevoked = m_find.columnInt64(2) != 0;
    }
    m_find.reset();

    if (exists) {
        // Immutable objects (no created/modified, e.g. SCOs) and equal versions are unchanged.
        const bool newer = version && (!stored || *version > *stored);
        if (!newer) {
            m_touch.bind(1, rid).bind(2, nowMicros);
            if (auto s = m_touch.run(); !s)
                return s.error();
            return (version && stored && *version < *stored) ? UpsertOutcome::Older : UpsertOutcome::Unchanged;
        }
        m_history.bind(1, rid).bind(2, nowMicros);
        if (auto s = m_history.run(); !s)
            return s.error();
        if (auto s = removeIndexes(rid); !s)
            return s.error();
    }

    const std::string tlp = tlpWord(resolveTlp(rec, defaultTlp));
    Statement& st = exists ? m_update : m_insert;
    if (exists)
        st.bind(1, rid);
    else
        st.bindStatic(1, rec.id);
    st.bindStatic(2, rec.type).bindStatic(3, rec.specVersion);
    rec.created ? st.bind(4, *rec.created) : st.bindNull(4);
    version ? st.bind(5, *version) : st.bindNull(5);
    // Revocation is final (STIX 2.1 §3.6): a later version cannot un-revoke.
    st.bind(6, (rec.revoked || wasRevoked) ? 1 : 0);
    rec.name.empty() ? st.bindNull(7) : st.bindStatic(7, rec.name);
    st.bindStatic(8, tlp);
    rec.confidence ? st.bind(9, *rec.confidence) : st.bindNull(9);
    st.bind(10, static_cast<int>(rec.patternState));
    st.bindStatic(11, rec.json);
    sourceRid > 0 ? st.bind(12, sourceRid) : st.bindNull(12);
    st.bind(13, nowMicros);
    st.bindStatic(14, rec.labels);
    rec.validUntil ? st.bind(15, *rec.validUntil) : st.bindNull(15);
    if (auto s = st.run(); !s)
        return s.error();
    if (!exists)
        rid = m_db.lastInsertRowId();
    if (rec.type == "marking-definition") {
        if (rec.definesTlp)
            m_markingCache[rec.id] = *rec.definesTlp;
        else if (rec.definesStatement)
            m_markingCache[rec.id] = kStatementMarking;
    }
    if (auto s = writeIndexes(rid, rec); !s)
        return s.error();
    if (rec.type == "indicator")
        m_changedIndicators.push_back(rid);
    return exists ? UpsertOutcome::Updated : UpsertOutcome::Added;
}

} // namespace lagebild::store

namespace lagebild::store {

namespace {
// Secondary indexes whose keys arrive in random order during a load and whose table is narrow:
// building them once after the load is cheaper than maintaining them row by row (ARCHITECTURE §10.4;
// observable_key: 1.6 s built vs 3.8 s maintained, 1M objects). Indexes on stix_object stay
// live: rebuilding one reads the whole 1 GB table of JSON (stix_object_type: 2.9 s built, no
// measurable cost maintained), and object_marking_marking grows in rid order per marking.
constexpr const char* kDeferredIndexes[] = {"observable_key", "observable_net", "stix_edge_source", "stix_edge_target"};
} // namespace

core::Status StixRepository::beginBulkLoad() {
    if (m_deferred.isActive())
        return {};
    m_bulkIds.start();
    return m_deferred.drop(kDeferredIndexes);
}

core::Status StixRepository::finishBulkLoad() {
    m_bulkIds.stop();
    // The sorter of CREATE INDEX may use a second thread (SQLite's worker threads).
    (void)m_db.exec("PRAGMA threads=2");
    auto s = m_deferred.rebuild();
    (void)m_db.exec("PRAGMA threads=0");
    return s;
}

void StixRepository::BulkIdSet::start() {
    m_slots.assign(1u << 16, 0);
    m_count = 0;
}

void StixRepository::BulkIdSet::stop() {
    m_slots = {};
    m_count = 0;
}

bool StixRepository::BulkIdSet::place(std::uint64_t hash) {
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == hash)
            return true;
        if (m_slots[i] == 0) {
            m_slots[i] = hash;
            ++m_count;
            return false;
        }
    }
}

bool StixRepository::BulkIdSet::insert(std::string_view id) {
    if ((m_count + 1) * 2 > m_slots.size()) { // keep it at most half full
        std::vector<std::uint64_t> old(m_slots.size() * 2, 0);
        old.swap(m_slots);
        m_count = 0;
        for (const auto h : old)
            if (h)
                place(h);
    }
    const std::uint64_t hash = std::hash<std::string_view>{}(id) | 1; // 0 marks a free slot
    return place(hash);
}

} // namespace lagebild::store

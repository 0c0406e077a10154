#include "models/store/alert_repository.h"

#include <sqlite3.h>

#include <algorithm>

namespace lagebild::store {

core::Status AlertRepository::prepare() {
    struct Item {
        Statement* st;
        const char* sql;
    };
    const Item items[] = {
        {&m_insert, "INSERT INTO alert (dedup_key, time, sensor, signature, signature_id, category, severity, priority, src, "
                    "src_port, dst, dst_port, proto, app_proto, flow_id, raw, source_rid) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) "
                    "ON CONFLICT (dedup_key) DO NOTHING"},
        {&m_insObservable, "INSERT INTO alert_observable (alert_rid, type, value, num) VALUES (?1, ?2, ?3, ?4)"},
        {&m_insTechnique, "INSERT OR IGNORE INTO alert_technique (alert_rid, technique) VALUES (?1, ?2)"},
        {&m_insFts, "INSERT INTO alert_fts (rowid, signature, category, observables) VALUES (?1, ?2, ?3, ?4)"},
    };
    for (const auto& item : items) {
        auto st = m_db.prepare(item.sql);
        if (!st)
            return st.error();
        *item.st = std::move(st.value());
    }
    return {};
}

core::Result<AlertOutcome> AlertRepository::insert(const core::AlertRecord& r, std::int64_t sourceRid) {
    const int severity = std::clamp(r.severity, 1, 4);
    Statement& st = m_insert;
    st.bindStatic(1, r.dedupKey).bind(2, r.time).bindStatic(3, r.sensor).bindStatic(4, r.signature);
    st.bindStatic(5, r.signatureId).bindStatic(6, r.category).bind(7, severity).bind(8, priorityFor(severity, false));
    st.bindStatic(9, r.src);
    r.srcPort ? st.bind(10, *r.srcPort) : st.bindNull(10);
    st.bindStatic(11, r.dst);
    r.dstPort ? st.bind(12, *r.dstPort) : st.bindNull(12);
    st.bindStatic(13, r.proto).bindStatic(14, r.appProto).bindStatic(15, r.flowId).bindStatic(16, r.raw);
    sourceRid > 0 ? st.bind(17, sourceRid) : st.bindNull(17);
    if (auto s = st.run(); !s)
        return s.error();
    if (sqlite3_changes(m_db.handle()) == 0)
        return AlertOutcome::Duplicate;
    const std::int64_t rid = m_db.lastInsertRowId();
    if (!m_firstAdded)
        m_firstAdded = rid;
    std::string values;
    for (const auto& o : r.observables) {
        if (!values.empty())
            values += ' ';
        values += o.value;
        m_insObservable.bind(1, rid).bindStatic(2, core::observableTypeName(o.type)).bindStatic(3, o.value);
        if (const auto range = core::ipv4Range(o); range && o.type == core::ObservableType::Ipv4)
            m_insObservable.bind(4, static_cast<std::int64_t>(range->first));
        else
            m_insObservable.bindNull(4);
        if (auto s = m_insObservable.run(); !s)
            return s.error();
    }
    for (const auto& t : r.techniques) {
        m_insTechnique.bind(1, rid).bindStatic(2, t);
        if (auto s = m_insTechnique.run(); !s)
            return s.error();
    }
    m_insFts.bind(1, rid).bindStatic(2, r.signature).bindStatic(3, r.category).bindStatic(4, values);
    if (auto s = m_insFts.run(); !s)
        return s.error();
    return AlertOutcome::Added;
}

core::Status AlertRepository::recordZones() { return recordAlertZones(m_db); }

core::Status recordAlertZones(Database& db) {
    return db.exec(
        "INSERT INTO alert_zone (block, min_time, max_time) SELECT rid >> 12, min(time), max(time) FROM alert WHERE rid > "
        "(SELECT rid FROM alert_zone_mark) GROUP BY rid >> 12 ON CONFLICT (block) DO UPDATE SET min_time = "
        "min(min_time, excluded.min_time), max_time = max(max_time, excluded.max_time); "
        "UPDATE alert_zone_mark SET rid = (SELECT coalesce(max(rid), 0) FROM alert); "
        // The hourly rollup of the Situation page (migration 12) over the same new rows.
        "INSERT INTO alert_rollup (hour, severity, sensor, status, resolution, matched, n) SELECT CASE WHEN time >= 0 "
        "THEN time / 3600000000 ELSE (time + 1) / 3600000000 - 1 END, severity, sensor, status, resolution, matches > 0, "
        "count(*) FROM alert WHERE rid > (SELECT rid FROM alert_rollup_mark) GROUP BY 1, 2, 3, 4, 5, 6 "
        "ON CONFLICT DO UPDATE SET n = n + excluded.n; "
        // The top lists over the same new alerts: techniques as tagged and per family, matches per indicator.
        "INSERT INTO alert_technique_rollup (hour, technique, n) SELECT CASE WHEN a.time >= 0 THEN a.time / 3600000000 ELSE "
        "(a.time + 1) / 3600000000 - 1 END, t.technique, count(*) FROM alert_technique t "
        "JOIN alert a ON a.rid = t.alert_rid WHERE t.alert_rid > (SELECT rid FROM alert_rollup_mark) GROUP BY 1, 2 "
        "UNION ALL SELECT CASE WHEN a.time >= 0 THEN a.time / 3600000000 ELSE (a.time + 1) / 3600000000 - 1 END, '*' || CASE "
        "WHEN instr(t.technique, '.') > 0 THEN substr(t.technique, 1, instr(t.technique, '.') - 1) ELSE t.technique END, "
        "count(DISTINCT t.alert_rid) FROM alert_technique t JOIN alert a ON "
        "a.rid = t.alert_rid WHERE t.alert_rid > (SELECT rid FROM alert_rollup_mark) GROUP BY 1, 2 "
        "ON CONFLICT DO UPDATE SET n = n + excluded.n; "
        "INSERT INTO alert_match_rollup (hour, object_rid, n) SELECT CASE WHEN a.time >= 0 THEN a.time / 3600000000 ELSE (a.time "
        "+ 1) / 3600000000 - 1 END, m.object_rid, count(DISTINCT m.alert_rid) "
        "FROM alert_match m JOIN alert a ON a.rid = m.alert_rid WHERE m.alert_rid > (SELECT rid FROM alert_rollup_mark) "
        "GROUP BY 1, 2 ON CONFLICT DO UPDATE SET n = n + excluded.n; "
        "UPDATE alert_rollup_mark SET rid = (SELECT coalesce(max(rid), 0) FROM alert)");
}

} // namespace lagebild::store

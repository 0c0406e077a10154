#include "models/store/integrity_check.h"

#include <QCoreApplication>

namespace lagebild::store {

namespace {} // namespace

core::Result<std::vector<CheckFinding>> checkIntegrity(Database& db) {
    std::vector<CheckFinding> out;

    auto integrity = db.prepare("PRAGMA integrity_check(20)");
    if (!integrity)
        return integrity.error();
    QStringList problems;
    for (;;) {
        auto row = integrity.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString line = integrity.value().columnQString(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    out.push_back({QStringLiteral("integrity_check"), problems.isEmpty(), problems.join(QStringLiteral("; "))});

    struct Invariant {
        const char* name;
        const char* sql; // counts violations
        const char* what;
    };
    const Invariant invariants[] = {
        {"foreign_keys", "SELECT count(*) FROM pragma_foreign_key_check",
         QT_TRANSLATE_NOOP("IntegrityCheck", "rows reference missing rows")},
        {"id_matches_type", "SELECT count(*) FROM stix_object WHERE substr(id, 1, length(type) + 2) <> type || '--'",
         QT_TRANSLATE_NOOP("IntegrityCheck", "objects whose id does not start with their type")},
        {"fts_complete", "SELECT (SELECT count(*) FROM stix_object) - (SELECT count(*) FROM intel_fts_docsize)",
         QT_TRANSLATE_NOOP("IntegrityCheck", "objects missing from the full-text index (or extra index rows)")},
        {"alert_fts_complete", "SELECT (SELECT count(*) FROM alert) - (SELECT count(*) FROM alert_fts_docsize)",
         QT_TRANSLATE_NOOP("IntegrityCheck", "alerts missing from the full-text index")},
        {"alert_zone_covers",
         "SELECT count(*) FROM alert a LEFT JOIN alert_zone z ON z.block = a.rid >> 12 WHERE a.rid <= (SELECT rid FROM "
         "alert_zone_mark) AND (z.block IS NULL OR a.time < z.min_time OR a.time > z.max_time)",
         QT_TRANSLATE_NOOP("IntegrityCheck", "alerts outside the time range their zone map block records")},
        {"alert_matches_counted",
         "SELECT count(*) FROM alert a WHERE a.matches <> (SELECT count(*) FROM alert_match m WHERE m.alert_rid = a.rid)",
         QT_TRANSLATE_NOOP("IntegrityCheck", "alerts whose match count is out of date")},
        {"alert_status_model",
         "SELECT count(*) FROM alert WHERE status NOT IN ('new', 'in-progress', 'escalated', 'closed') OR "
         "(status <> 'closed' AND resolution <> '')",
         QT_TRANSLATE_NOOP("IntegrityCheck",
                           "alerts outside the status model (a resolution without 'closed', or schema 1's status)")},
        {"alert_rollup",
         "SELECT (SELECT count(*) FROM (SELECT hour, severity, sensor, status, resolution, matched, n FROM alert_rollup "
         "EXCEPT SELECT CASE WHEN time >= 0 THEN time / 3600000000 ELSE (time + 1) / 3600000000 - 1 END, severity, sensor, "
         "status, resolution, matches > 0, count(*) FROM alert WHERE rid <= (SELECT rid FROM alert_rollup_mark) GROUP BY "
         "1, 2, 3, 4, 5, 6)) + (SELECT count(*) FROM (SELECT CASE WHEN time >= 0 THEN time / 3600000000 ELSE (time + 1) / "
         "3600000000 - 1 END, severity, sensor, status, resolution, matches > 0, count(*) FROM alert WHERE rid <= (SELECT "
         "rid FROM alert_rollup_mark) GROUP BY 1, 2, 3, 4, 5, 6 EXCEPT SELECT hour, severity, sensor, status, resolution, "
         "matched, n FROM alert_rollup))",
         QT_TRANSLATE_NOOP("IntegrityCheck",
                           "hourly alert counts (the Situation page's rollup) that differ from the alerts they count")},
        {"alert_technique_rollup",
         "SELECT (SELECT count(*) FROM (SELECT hour, technique, n FROM alert_technique_rollup EXCEPT SELECT * "
         "FROM (SELECT CASE WHEN a.time >= 0 THEN a.time / 3600000000 ELSE (a.time + 1) / 3600000000 - 1 END, "
         "t.technique, count(*) FROM alert_technique t JOIN alert a ON a.rid = t.alert_rid WHERE a.rid <= (SEL"
         "ECT rid FROM alert_rollup_mark) GROUP BY 1, 2 UNION ALL SELECT CASE WHEN a.time >= 0 THEN a.time / 3"
         "600000000 ELSE (a.time + 1) / 3600000000 - 1 END, '*' || CASE WHEN instr(t.technique, '.') > 0 THEN "
         "substr(t.technique, 1, instr(t.technique, '.') - 1) ELSE t.technique END, count(DISTINCT t.alert_rid"
         ") FROM alert_technique t JOIN alert a ON a.rid = t.alert_rid WHERE a.rid <= (SELECT rid FROM alert_r"
         "ollup_mark) GROUP BY 1, 2))) + (SELECT count(*) FROM (SELECT * FROM (SELECT CASE WHEN a.time >= 0 TH"
         "EN a.time / 3600000000 ELSE (a.time + 1) / 3600000000 - 1 END, t.technique, count(*) FROM alert_tech"
         "nique t JOIN alert a ON a.rid = t.alert_rid WHERE a.rid <= (SELECT rid FROM alert_rollup_mark) GROUP"
         " BY 1, 2 UNION ALL SELECT CASE WHEN a.time >= 0 THEN a.time / 3600000000 ELSE (a.time + 1) / 3600000"
         "000 - 1 END, '*' || CASE WHEN instr(t.technique, '.') > 0 THEN substr(t.technique, 1, instr(t.techni"
         "que, '.') - 1) ELSE t.technique END, count(DISTINCT t.alert_rid) FROM alert_technique t JOIN alert a"
         " ON a.rid = t.alert_rid WHERE a.rid <= (SELECT rid FROM alert_rollup_mark) GROUP BY 1, 2) EXCEPT SEL"
         "ECT hour, technique, n FROM alert_technique_rollup))",
         QT_TRANSLATE_NOOP("IntegrityCheck",
                           "hourly technique counts (the Situation page's top list) that differ from the alerts they count")},
        {"alert_match_rollup",
         "SELECT (SELECT count(*) FROM (SELECT hour, object_rid, n FROM alert_match_rollup EXCEPT SELECT CASE "
         "WHEN a.time >= 0 THEN a.time / 3600000000 ELSE (a.time + 1) / 3600000000 - 1 END, m.object_rid, coun"
         "t(DISTINCT m.alert_rid) FROM alert_match m JOIN alert a ON a.rid = m.alert_rid WHERE a.rid <= (SELEC"
         "T rid FROM alert_rollup_mark) GROUP BY 1, 2)) + (SELECT count(*) FROM (SELECT * FROM (SELECT CASE WH"
         "EN a.time >= 0 THEN a.time / 3600000000 ELSE (a.time + 1) / 3600000000 - 1 END, m.object_rid, count("
         "DISTINCT m.alert_rid) FROM alert_match m JOIN alert a ON a.rid = m.alert_rid WHERE a.rid <= (SELECT "
         "rid FROM alert_rollup_mark) GROUP BY 1, 2) EXCEPT SELECT hour, object_rid, n FROM alert_match_rollup"
         "))",
         QT_TRANSLATE_NOOP("IntegrityCheck",
                           "hourly indicator counts (the Situation page's top list) that differ from the matches they count")},
        {"matches_are_indicators",
         "SELECT count(*) FROM alert_match m JOIN stix_object o ON o.rid = m.object_rid WHERE o.type <> 'indicator'",
         QT_TRANSLATE_NOOP("IntegrityCheck", "alert matches that point to something other than an indicator")},
        {"history_older",
         "SELECT count(*) FROM stix_object_history h JOIN stix_object o ON o.id = h.id WHERE h.modified > o.modified",
         QT_TRANSLATE_NOOP("IntegrityCheck", "history versions newer than the current version")},
        {"version_order", "SELECT count(*) FROM stix_object WHERE created IS NOT NULL AND modified < created",
         QT_TRANSLATE_NOOP("IntegrityCheck", "objects modified before they were created")},
        {"observables_indexed",
         "SELECT count(*) FROM observable v LEFT JOIN stix_object o ON o.rid = v.object_rid WHERE o.rid IS NULL",
         QT_TRANSLATE_NOOP("IntegrityCheck", "observables without their object")},
        {"audit_append_only",
         "SELECT 2 - count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN ('audit_log_no_update', "
         "'audit_log_no_delete')",
         QT_TRANSLATE_NOOP("IntegrityCheck", "append-only triggers missing on the audit log")},
    };
    for (const auto& inv : invariants) {
        auto n = db.queryInt(inv.sql);
        if (!n)
            return n.error();
        const bool ok = n.value() == 0;
        out.push_back({QString::fromLatin1(inv.name), ok,
                       ok ? QString()
                          : QStringLiteral("%1 %2").arg(n.value()).arg(QCoreApplication::translate("IntegrityCheck", inv.what))});
    }
    return out;
}

} // namespace lagebild::store

#include "tests/support/alert_generator.h"

#include "models/store/alert_repository.h"

#include <string>
#include <utility>
#include <vector>

namespace lagebild::test {

core::Status generateAlerts(store::Database& db, std::int64_t n, std::uint32_t seed) {
    std::vector<std::string> indexes;
    {
        auto st = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'alert' AND sql "
                             "IS NOT NULL");
        if (!st)
            return st.error();
        std::vector<std::string> names;
        while (st.value().step().valueOr(false)) {
            names.emplace_back(st.value().columnText(0));
            indexes.emplace_back(st.value().columnText(1));
        }
        st.value().reset();
        for (const auto& name : names)
            if (auto s = db.exec("DROP INDEX " + name); !s)
                return s;
    }
    db.setBulkCache(true);
    // One pass through a rollback journal instead of writing every page to the WAL and again to
    // the file at the checkpoint; nothing to protect in a generated file.
    const bool switched = db.setJournalWal(false);
    (void)db.exec("PRAGMA synchronous=OFF");
    if (auto s = db.exec("BEGIN"); !s)
        return s;
    auto base = db.queryInt("SELECT coalesce(max(rid), 0) FROM alert");
    if (!base)
        return base.error();
    const std::string S = std::to_string(seed);
    // h(k): a per-row, per-purpose pseudo-random number in [0, 2^31 - 1).
    auto h = [&S](int k) {
        return "((i * " + std::to_string(48271 + 2 * k) + " + " + S + " * " + std::to_string(69621 + k) + ") % 2147483647)";
    };
    const std::string sql =
        "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < " + std::to_string(n) + "), r AS (SELECT i, " +
        h(1) + " AS a, " + h(2) + " AS b, " + h(3) + " AS c, " + h(4) +
        " AS d FROM g), v AS (SELECT i, a, b, c, d, 1 + a % 4 AS sev, CASE WHEN b % 50 = 0 THEN 1 + c % 3 ELSE 0 END AS m, "
        "CASE b % 10 WHEN 0 THEN 'TROJAN' WHEN 1 THEN 'SCAN' WHEN 2 THEN 'POLICY' WHEN 3 THEN 'EXPLOIT' WHEN 4 THEN "
        "'MALWARE' WHEN 5 THEN 'DNS' WHEN 6 THEN 'WEB_SERVER' WHEN 7 THEN 'INFO' WHEN 8 THEN 'CNC' ELSE 'PHISHING' END AS "
        "cat, '10.' || (c % 8) || '.' || (c / 8 % 256) || '.' || (c / 2048 % 256) AS src, CASE WHEN d % 3 = 0 THEN "
        "'198.51.100.' || (d / 3 % 256) ELSE '203.0.' || (d / 7 % 256) || '.' || (d / 1792 % 256) END AS dst FROM r) "
        "INSERT INTO alert (rid, dedup_key, time, sensor, signature, signature_id, category, severity, priority, matches, "
        "status, src, src_port, dst, dst_port, proto, raw, assignee) SELECT " +
        std::to_string(base.value()) + " + i, printf('gen-" + S + "-%010d', " + std::to_string(base.value()) +
        " + i), 1767225600000000 + i * (2592000000000 / " + std::to_string(n) +
        ") + a % 60000000, CASE a % 8 WHEN 0 THEN 'suricata-dmz' WHEN 1 THEN 'suricata-lan' WHEN 2 THEN 'suricata-dc' "
        "WHEN 3 THEN 'zeek-core' WHEN 4 THEN 'zeek-branch' WHEN 5 THEN 'sigma-dc01' WHEN 6 THEN 'sigma-exch' ELSE "
        "'sigma-vpn' END, CASE WHEN c % 1000 = 0 THEN 'ET TROJAN Emotet beacon' ELSE 'ET ' || cat || ' activity ' || "
        "(b % 300) END, '' || (2000000 + b % 3000), cat, sev, (5 - sev) + CASE WHEN m > 0 THEN 10 ELSE 0 END, m, CASE "
        "WHEN d % 20 < 14 THEN 'new' WHEN d % 20 < 17 THEN 'in-progress' WHEN d % 20 < 19 THEN 'escalated' ELSE 'closed' "
        "END, src, 1024 + a % 60000, dst, CASE b % 4 WHEN 0 THEN 443 WHEN 1 THEN 80 WHEN 2 THEN 53 ELSE 445 END, 'TCP', "
        "'{\"event_type\":\"alert\",\"gen\":' || i || ',\"src_ip\":\"' || src || '\",\"dest_ip\":\"' || dst || '\"}', "
        "CASE d % 10 WHEN 0 THEN 'alice' WHEN 1 THEN 'bob' ELSE '' END FROM v";
    if (auto s = db.exec(sql); !s)
        return s;
    const std::string from = std::to_string(base.value());
    if (auto s = db.exec("INSERT INTO alert_fts (rowid, signature, category, observables) SELECT rid, signature, "
                         "category, src || ' ' || dst FROM alert WHERE rid > " +
                         from);
        !s)
        return s;
    if (auto s = db.exec("INSERT INTO alert_technique (alert_rid, technique) SELECT rid, 'T' || (1000 + rid / 10 % 120) "
                         "FROM alert WHERE rid > " +
                         from + " AND rid % 10 = 0");
        !s)
        return s;
    for (const auto& create : indexes)
        if (auto s = db.exec(create); !s)
            return s;
    if (auto s = store::recordAlertZones(db); !s)
        return s;
    if (auto s = db.exec("COMMIT"); !s)
        return s;
    (void)db.exec("PRAGMA synchronous=NORMAL");
    if (switched)
        db.setJournalWal(true);
    db.setBulkCache(false);
    return {};
}

} // namespace lagebild::test

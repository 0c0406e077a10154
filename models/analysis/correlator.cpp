#include "models/analysis/correlator.h"

#include "models/store/alert_repository.h"

#include <string>

namespace lagebild::analysis {

namespace {

// An indicator that may match: current, not revoked, not expired (?1 = now).
constexpr const char* kActiveIndicator =
    "s.type = 'indicator' AND s.revoked = 0 AND (s.valid_until IS NULL OR s.valid_until > ?1)";

std::string priorityUpdate(const char* affected) {
    // Counts and priority of the alerts whose matches may have changed.
    return std::string("UPDATE alert SET matches = (SELECT count(*) FROM alert_match m WHERE m.alert_rid = alert.rid), "
                       "priority = (5 - severity) + CASE WHEN EXISTS (SELECT 1 FROM alert_match m WHERE m.alert_rid = "
                       "alert.rid) THEN 10 ELSE 0 END WHERE rid IN (") +
           affected + ")";
}

} // namespace

core::Result<std::int64_t> Correlator::changes(const char* sql, std::int64_t now, std::int64_t first) {
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    st.value().bind(1, now);
    if (first > 0)
        st.value().bind(2, first);
    if (auto s = st.value().run(); !s)
        return s.error();
    return m_db.changes();
}

core::Status Correlator::refreshAlerts(const char* affectedSql) { return m_db.exec(priorityUpdate(affectedSql)); }

core::Result<std::int64_t> Correlator::matchNewAlerts(std::int64_t firstAlertRid, std::int64_t nowMicros) {
    const std::string exact = std::string("INSERT OR IGNORE INTO alert_match (alert_rid, object_rid, observable_type, value) "
                                          "SELECT ao.alert_rid, o.object_rid, o.type, o.value FROM alert_observable ao "
                                          "JOIN observable o ON o.type = ao.type AND o.value = ao.value AND o.matchable = 1 "
                                          "JOIN stix_object s ON s.rid = o.object_rid AND ") +
                              kActiveIndicator + " WHERE ao.alert_rid >= ?2";
    const std::string ranges = std::string("INSERT OR IGNORE INTO alert_match (alert_rid, object_rid, observable_type, value) "
                                           "SELECT ao.alert_rid, o.object_rid, o.type, o.value FROM alert_observable ao "
                                           "JOIN observable o ON o.type = 'ipv4-net' AND o.lo <= ao.num AND o.hi >= ao.num "
                                           "AND o.matchable = 1 JOIN stix_object s ON s.rid = o.object_rid AND ") +
                               kActiveIndicator + " WHERE ao.alert_rid >= ?2 AND ao.num IS NOT NULL";
    auto a = changes(exact.c_str(), nowMicros, firstAlertRid);
    if (!a)
        return a.error();
    auto b = changes(ranges.c_str(), nowMicros, firstAlertRid);
    if (!b)
        return b.error();
    if (a.value() + b.value() > 0) {
        const std::string affected =
            "SELECT DISTINCT alert_rid FROM alert_match WHERE alert_rid >= " + std::to_string(firstAlertRid);
        if (auto s = refreshAlerts(affected.c_str()); !s)
            return s.error();
    }
    return a.value() + b.value();
}

core::Result<std::int64_t> Correlator::retroHunt(const std::vector<std::int64_t>& indicatorRids, std::int64_t nowMicros) {
    if (indicatorRids.empty())
        return std::int64_t{0};
    // Without alerts there is nothing to match and no match to replace (alert_match rows need
    // an alert): a first load of a million indicators skips a million-row join (13 s).
    // max(rowid): a bound on the alert values, read in O(log n) (count(*) reads them all).
    auto alertObservables = m_db.queryInt("SELECT coalesce(max(rowid), 0) FROM alert_observable");
    if (!alertObservables)
        return alertObservables.error();
    auto anyAlert = m_db.queryInt("SELECT EXISTS (SELECT 1 FROM alert)");
    if (!anyAlert)
        return anyAlert.error();
    if (anyAlert.value() == 0)
        return std::int64_t{0};
    if (auto s = m_db.exec("CREATE TEMP TABLE IF NOT EXISTS hunt (rid INTEGER PRIMARY KEY); DELETE FROM temp.hunt; "
                           "CREATE TEMP TABLE IF NOT EXISTS hunt_affected (alert_rid INTEGER PRIMARY KEY); "
                           "DELETE FROM temp.hunt_affected");
        !s)
        return s.error();
    auto ins = m_db.prepare("INSERT OR IGNORE INTO temp.hunt (rid) VALUES (?1)");
    if (!ins)
        return ins.error();
    for (const auto rid : indicatorRids) {
        ins.value().bind(1, rid);
        if (auto s = ins.value().run(); !s)
            return s.error();
    }
    // Alerts that lose matches must have their counts refreshed too.
    const char* steps =
        "INSERT OR IGNORE INTO temp.hunt_affected SELECT alert_rid FROM alert_match WHERE object_rid IN (SELECT rid FROM "
        "temp.hunt); DELETE FROM alert_match WHERE object_rid IN (SELECT rid FROM temp.hunt)";
    if (auto s = m_db.exec(steps); !s)
        return s.error();
    // Drive the exact join from the smaller side: few changed indicators look up alerts by value;
    // more changed indicators than alert values (a big feed, few alerts) walk the alert values.
    const bool fromAlerts = static_cast<std::int64_t>(indicatorRids.size()) > alertObservables.value();
    const std::string exact =
        std::string("INSERT OR IGNORE INTO alert_match (alert_rid, object_rid, observable_type, value) ") +
        (fromAlerts ? "SELECT ao.alert_rid, o.object_rid, o.type, o.value FROM alert_observable ao "
                      "CROSS JOIN observable o ON o.type = ao.type AND o.value = ao.value AND o.matchable = 1 "
                      "CROSS JOIN temp.hunt h ON h.rid = o.object_rid CROSS JOIN stix_object s ON s.rid = o.object_rid AND "
                    : "SELECT ao.alert_rid, o.object_rid, o.type, o.value FROM temp.hunt h "
                      "JOIN stix_object s ON s.rid = h.rid AND ") +
        kActiveIndicator +
        (fromAlerts ? " WHERE ao.type <> 'ipv4-net'"
                    : " JOIN observable o ON o.object_rid = h.rid AND o.matchable = 1 AND o.type <> 'ipv4-net' "
                      "JOIN alert_observable ao ON ao.type = o.type AND ao.value = o.value");
    const std::string ranges = std::string("INSERT OR IGNORE INTO alert_match (alert_rid, object_rid, observable_type, value) "
                                           "SELECT ao.alert_rid, o.object_rid, o.type, o.value FROM temp.hunt h "
                                           "JOIN stix_object s ON s.rid = h.rid AND ") +
                               kActiveIndicator +
                               " JOIN observable o ON o.object_rid = h.rid AND o.matchable = 1 AND o.type = 'ipv4-net' "
                               "JOIN alert_observable ao ON ao.num BETWEEN o.lo AND o.hi";
    auto a = changes(exact.c_str(), nowMicros);
    if (!a)
        return a.error();
    auto b = changes(ranges.c_str(), nowMicros);
    if (!b)
        return b.error();
    if (auto s = m_db.exec("INSERT OR IGNORE INTO temp.hunt_affected SELECT alert_rid FROM alert_match WHERE object_rid IN "
                           "(SELECT rid FROM temp.hunt)");
        !s)
        return s.error();
    if (auto s = refreshAlerts("SELECT alert_rid FROM temp.hunt_affected"); !s)
        return s.error();
    return a.value() + b.value();
}

core::Result<std::int64_t> Correlator::pruneInactive(std::int64_t nowMicros) {
    auto anyMatch = m_db.queryInt("SELECT EXISTS (SELECT 1 FROM alert_match)");
    if (!anyMatch)
        return anyMatch.error();
    if (anyMatch.value() == 0)
        return std::int64_t{0};
    if (auto s = m_db.exec("CREATE TEMP TABLE IF NOT EXISTS hunt_affected (alert_rid INTEGER PRIMARY KEY); "
                           "DELETE FROM temp.hunt_affected");
        !s)
        return s.error();
    // Revocation arrives as a new version and is handled by the retro-hunt of that indicator;
    // expiry happens with time alone, so it is checked here (indexed on valid_until).
    const char* inactive =
        "SELECT rid FROM stix_object WHERE valid_until <= ?1 AND +type = 'indicator'"; // '+': use the valid_until index, not the
                                                                                       // type index (a scan of every indicator
                                                                                       // per file)
    const std::string collect =
        std::string("INSERT OR IGNORE INTO temp.hunt_affected SELECT alert_rid FROM alert_match WHERE object_rid IN (") +
        inactive + ")";
    if (auto r = changes(collect.c_str(), nowMicros); !r)
        return r.error();
    const std::string drop = std::string("DELETE FROM alert_match WHERE object_rid IN (") + inactive + ")";
    auto dropped = changes(drop.c_str(), nowMicros);
    if (!dropped)
        return dropped.error();
    if (dropped.value() > 0)
        if (auto s = refreshAlerts("SELECT alert_rid FROM temp.hunt_affected"); !s)
            return s.error();
    return dropped.value();
}

} // namespace lagebild::analysis

#include "models/store/alert_repository.h"
#include "models/store/alert_table_queries.h"
#include "models/store/alert_workflow.h"
#include "models/store/integrity_check.h"
#include "models/store/situation_queries.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <random>

using namespace lagebild;

namespace {

constexpr std::int64_t kHour = store::SituationQueries::kHour;
constexpr std::int64_t kBase = 1'764'547'200'000'000LL; // 2025-12-01T00:00:00Z

/// Alerts spread over ten days, some exactly on hour boundaries and one before 1970, with matches
/// to two indicators and technique tags, so every aggregate has something to count.
void fill(store::Database& db, int n, unsigned seed) {
    std::mt19937_64 rng(seed);
    auto pick = [&rng](std::uint64_t k) { return static_cast<std::int64_t>(rng() % k); };
    REQUIRE(db.exec("INSERT OR IGNORE INTO stix_object (id, type, json, first_seen, last_seen, pattern_state) VALUES "
                    "('indicator--00000000-0000-4000-8000-000000000001', 'indicator', '{}', 0, 0, 1), "
                    "('indicator--00000000-0000-4000-8000-000000000002', 'indicator', '{}', 0, 0, 1)"));
    REQUIRE(db.exec("BEGIN"));
    auto st = db.prepare("INSERT INTO alert (dedup_key, time, sensor, severity, matches, status, resolution, raw) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, '{}')");
    REQUIRE(st);
    auto match =
        db.prepare("INSERT INTO alert_match (alert_rid, object_rid, observable_type, value) VALUES (?1, ?2, 'ipv4', ?3)");
    REQUIRE(match);
    auto tech = db.prepare("INSERT INTO alert_technique (alert_rid, technique) VALUES (?1, ?2)");
    REQUIRE(tech);
    const char* statuses[] = {"new", "in-progress", "escalated", "closed"};
    const char* resolutions[] = {"", "benign", "false-positive", "true-positive"};
    const char* sensors[] = {"suricata", "zeek", "sigma"};
    for (int i = 0; i < n; ++i) {
        std::int64_t time = kBase + pick(10 * 24) * kHour + (pick(4) == 0 ? 0 : pick(kHour));
        if (i == 0)
            time = -kHour / 2; // before 1970: the floor of a negative hour
        const int status = static_cast<int>(pick(4));
        const bool matched = pick(5) == 0;
        st.value()
            .bind(1, "k" + std::to_string(seed) + "-" + std::to_string(i))
            .bind(2, time)
            .bind(3, std::string_view(sensors[pick(3)]));
        st.value().bind(4, static_cast<int>(1 + pick(4))).bind(5, matched ? 1 : 0).bind(6, std::string_view(statuses[status]));
        st.value().bind(7, std::string_view(status == 3 ? resolutions[pick(4)] : ""));
        REQUIRE(st.value().run());
        const std::int64_t rid = db.lastInsertRowId();
        if (matched) {
            match.value().bind(1, rid).bind(2, 1 + pick(2)).bind(3, std::string_view("192.0.2.1"));
            REQUIRE(match.value().run());
        }
        if (pick(3) == 0) {
            const char* techniques[] = {"T1059", "T1071", "T1059.001"}; // a parent and one of its sub-techniques
            tech.value().bind(1, rid).bind(2, std::string_view(techniques[pick(3)]));
            REQUIRE(tech.value().run());
        }
    }
    REQUIRE(db.exec("COMMIT"));
}

/// The same figures by brute force over the alert table.
store::AlertCounts bruteForce(store::Database& db, const store::TimeWindow& w) {
    store::AlertCounts c;
    for (const char* s : {"new", "in-progress", "escalated", "closed"})
        c.byStatus[QString::fromLatin1(s)] = 0;
    for (const char* s : {"1", "2", "3", "4"})
        c.bySeverity[QString::fromLatin1(s)] = 0;
    auto st =
        db.prepare("SELECT severity, sensor, status, resolution, matches > 0 FROM alert WHERE ?3 OR (time >= ?1 AND time < ?2)");
    REQUIRE(st);
    st.value().bind(1, w.from).bind(2, w.to).bind(3, w.all ? 1 : 0);
    REQUIRE(st.value().forEachRow([&](const store::Statement& r) {
        const int severity = static_cast<int>(r.columnInt64(0));
        const QString status = r.columnQString(2);
        const bool matched = r.columnInt64(4) != 0;
        ++c.total;
        c.matched += matched;
        c.openMatchedSeverity1 += matched && severity == 1 && status != QLatin1String("closed");
        ++c.byStatus[status];
        if (status == QLatin1String("closed"))
            ++c.closedByResolution[r.columnQString(3).isEmpty() ? QStringLiteral("none") : r.columnQString(3)];
        ++c.bySeverity[QString::number(severity)];
        ++c.bySensor[r.columnQString(1)];
    }));
    return c;
}

std::int64_t checkFails(store::Database& db, const char* name) {
    auto findings = store::checkIntegrity(db);
    REQUIRE(findings);
    for (const auto& f : findings.value())
        if (f.check == QLatin1String(name))
            return f.ok ? 0 : 1;
    FAIL("no finding named " << name);
    return -1;
}

} // namespace

TEST_CASE("alert counts of any window equal brute-force counts over the alert table") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("s.sqlite")));
    REQUIRE(db);
    fill(*db.value(), 2000, 7);
    REQUIRE(store::recordAlertZones(*db.value())); // 2000 counted by the rollup, 1000 above its mark
    fill(*db.value(), 1000, 8);
    store::SituationQueries q(*db.value());
    std::mt19937_64 rng(11);
    std::vector<store::TimeWindow> windows = {
        {0, 0, true},                              // everything
        {kBase, kBase + 24 * kHour, false},        // whole hours only
        {kBase + 1, kBase + 2 * kHour - 1, false}, // both edges partial
        {kBase + 10, kBase + 20, false},           // inside one hour
        {-kHour, kBase, false},                    // the alert before 1970
        {kBase + 3 * kHour + 17, kBase + 200 * kHour + 5, false},
    };
    for (int i = 0; i < 30; ++i) {
        const std::int64_t a = kBase - kHour + static_cast<std::int64_t>(rng() % (12 * 24 * kHour));
        const std::int64_t len = 1 + static_cast<std::int64_t>(rng() % (5 * 24 * kHour));
        windows.push_back({a, a + len, false});
    }
    for (const auto& w : windows) {
        CAPTURE(w.from);
        CAPTURE(w.to);
        auto counts = q.alertCounts(w);
        REQUIRE(counts);
        CHECK(counts.value() == bruteForce(*db.value(), w));
    }
}

TEST_CASE("the series' bars and the top lists count exactly what their drill-down filters show") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("s.sqlite")));
    REQUIRE(db);
    fill(*db.value(), 1200, 3);
    REQUIRE(store::recordAlertZones(*db.value())); // counted by the rollups; the rest from the tables
    fill(*db.value(), 800, 4);
    store::SituationQueries q(*db.value());
    store::AlertTableQueries table(*db.value());
    const store::TimeWindow w{kBase + 5 * kHour + 123, kBase + 5 * 24 * kHour + 77, false};
    auto series = q.alertSeries(w, 6 * kHour);
    REQUIRE(series);
    REQUIRE_FALSE(series.value().empty());
    CHECK(series.value().front().start == w.from);
    CHECK(series.value().back().end == w.to);
    std::int64_t sum = 0;
    for (const auto& b : series.value()) {
        for (int sev = 1; sev <= 4; ++sev) {
            store::AlertTableFilter f;
            f.from = b.start;
            f.to = b.end;
            f.severities = {sev};
            auto n = table.count(f);
            REQUIRE(n);
            CHECK(n.value() == b.bySeverity[static_cast<std::size_t>(sev - 1)]);
        }
        store::AlertTableFilter m;
        m.from = b.start;
        m.to = b.end;
        m.matchedOnly = true;
        CHECK(table.count(m).value() == b.matched);
        sum += b.total();
    }
    CHECK(sum == q.alertCounts(w).value().total);

    auto indicators = q.topIndicators(w, 10);
    REQUIRE(indicators);
    REQUIRE(indicators.value().size() == 2);
    CHECK(indicators.value()[0].count >= indicators.value()[1].count);
    for (const auto& i : indicators.value()) {
        store::AlertTableFilter f;
        f.intel = i.id;
        f.from = w.from;
        f.to = w.to;
        CHECK(table.count(f).value() == i.count);
    }
    auto techniques = q.topTechniques(w, 10);
    REQUIRE(techniques);
    REQUIRE(techniques.value().size() == 3);
    for (const auto& t : techniques.value()) {
        store::AlertTableFilter f;
        f.technique = t.id;
        f.from = w.from;
        f.to = w.to;
        CHECK(table.count(f).value() == t.count);
    }
}

TEST_CASE("the rollup stays in step through import, workflow change, undo and delete, and check notices a drift") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("s.sqlite")));
    REQUIRE(db);
    fill(*db.value(), 500, 5);
    store::SituationQueries q(*db.value());
    const store::TimeWindow all{0, 0, true};
    // As an import does before its commit: the new alerts into the rollup.
    REQUIRE(store::recordAlertZones(*db.value()));
    CHECK(db.value()->queryInt("SELECT sum(n) FROM alert_rollup").value() == 500);
    auto inStep = [&] {
        return q.alertCounts(all).value() == bruteForce(*db.value(), all) && checkFails(*db.value(), "alert_rollup") == 0 &&
               checkFails(*db.value(), "alert_technique_rollup") == 0 && checkFails(*db.value(), "alert_match_rollup") == 0;
    };
    CHECK(inStep());

    // A workflow change (closing as false positive) and its undo.
    store::AlertWorkflow workflow(*db.value(), QStringLiteral("tester"));
    store::AlertChange close;
    close.status = QStringLiteral("closed");
    close.resolution = QStringLiteral("false-positive");
    const std::vector<std::int64_t> rids = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    auto changed = workflow.apply(close, rids, 1);
    REQUIRE(changed);
    CHECK(inStep());
    CHECK(q.alertCounts(all).value().closedByResolution.at(QStringLiteral("false-positive")) ==
          bruteForce(*db.value(), all).closedByResolution.at(QStringLiteral("false-positive")));
    REQUIRE(workflow.undo(changed.value().changeRid, 2));
    CHECK(inStep());

    // A retro-hunt finds a match for counted alerts; an indicator's matches are dropped.
    REQUIRE(db.value()->exec("INSERT OR IGNORE INTO alert_match (alert_rid, object_rid, observable_type, value) "
                             "SELECT rid, 2, 'domain', 'late.example' FROM alert WHERE rid % 5 = 1"));
    CHECK(inStep());
    REQUIRE(db.value()->exec("DELETE FROM alert_match WHERE object_rid = 1 AND alert_rid % 3 = 0"));
    CHECK(inStep());
    // Correlation changes `matches`; an alert moves in time; alerts are deleted.
    REQUIRE(db.value()->exec("UPDATE alert SET matches = 1 - min(matches, 1) WHERE rid % 7 = 0"));
    CHECK(inStep());
    REQUIRE(db.value()->exec("UPDATE alert SET time = time + 90 * 60 * 1000000 WHERE rid % 11 = 0"));
    CHECK(inStep());
    REQUIRE(db.value()->exec("DELETE FROM alert WHERE rid % 13 = 0"));
    CHECK(inStep());
    CHECK(db.value()->queryInt("SELECT count(*) FROM alert_rollup WHERE n <= 0").value() == 0);

    // New alerts not yet recorded are counted from the table; recorded, from the rollup. A new
    // alert that reuses the row id of a deleted highest one is counted too.
    const std::int64_t top = db.value()->queryInt("SELECT max(rid) FROM alert").value();
    REQUIRE(db.value()->exec("DELETE FROM alert WHERE rid = " + std::to_string(top)));
    REQUIRE(db.value()->exec("INSERT INTO alert (dedup_key, time, sensor, severity, raw) VALUES "
                             "('late-1', 1764547200000000, 'zeek', 2, '{}'), ('late-2', 1764550800000001, 'zeek', 1, '{}')"));
    CHECK(db.value()->queryInt("SELECT min(rid) FROM alert WHERE dedup_key = 'late-1'").value() == top);
    CHECK(q.alertCounts(all).value() == bruteForce(*db.value(), all));
    const store::TimeWindow day{kBase, kBase + 24 * kHour, false};
    CHECK(q.alertCounts(day).value() == bruteForce(*db.value(), day));
    REQUIRE(store::recordAlertZones(*db.value()));
    CHECK(inStep());
    CHECK(q.alertCounts(day).value() == bruteForce(*db.value(), day));

    // A rollup out of step is a finding of `check`.
    REQUIRE(db.value()->exec("UPDATE alert_rollup SET n = n + 1 WHERE (hour, severity, sensor, status, resolution, matched) IN "
                             "(SELECT hour, severity, sensor, status, resolution, matched FROM alert_rollup LIMIT 1)"));
    CHECK(checkFails(*db.value(), "alert_rollup") == 1);
}

TEST_CASE("migration 12 fills the rollup from the alerts a cache already holds") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        fill(*db.value(), 300, 9);
        // As if the cache came from schema 11: no rollup rows, the migration not yet run.
        REQUIRE(db.value()->exec("DELETE FROM alert_rollup"));
        REQUIRE(db.value()->exec("PRAGMA user_version = 11"));
        REQUIRE(db.value()->exec("DROP TRIGGER alert_rollup_delete; DROP TRIGGER alert_rollup_update; "
                                 "DROP TRIGGER alert_rollup_lists_delete; DROP TRIGGER alert_rollup_lists_move; "
                                 "DROP TRIGGER alert_match_rollup_insert; DROP TRIGGER alert_match_rollup_delete; "
                                 "DROP TABLE alert_technique_rollup; DROP TABLE alert_match_rollup; "
                                 "DROP TABLE alert_rollup; DROP TABLE alert_rollup_mark; "
                                 "DROP TABLE threat_level_override; DROP TABLE snapshot"));
    }
    auto db = store::Database::open(path);
    REQUIRE(db);
    CHECK(db.value()->schemaVersion() == store::Database::latestSchemaVersion());
    CHECK(checkFails(*db.value(), "alert_rollup") == 0);
    CHECK(db.value()->queryInt("SELECT sum(n) FROM alert_rollup").value() == 300);
}

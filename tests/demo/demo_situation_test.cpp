#include "models/core/timestamp.h"
#include "models/demo/demo_situation.h"
#include "models/store/intel_queries.h"
#include "models/store/warning_repository.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QCryptographicHash>
#include <QStringList>

using namespace lagebild;

namespace {

constexpr std::int64_t kEnd = 1780000000LL * 1000000; // 2026-05-28

std::unique_ptr<store::Database> openDb(const QString& path) {
    auto opened = store::Database::open(path);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

demo::DemoSummary load(store::Database& db, std::int64_t alerts, std::uint64_t seed) {
    demo::DemoOptions options;
    options.alerts = alerts;
    options.seed = seed;
    options.end = kEnd;
    auto loaded = demo::DemoSituation(db).load(options, core::CancelToken());
    REQUIRE_MESSAGE(loaded.ok(), (loaded.ok() ? QString() : loaded.error().message).toStdString());
    return loaded.value();
}

// A digest of every row of the tables the demo writes, leaving out the documented local-clock
// columns (stix_object.first_seen/last_seen, the time of the "demo.load" audit entry).
QByteArray digest(store::Database& db) {
    const char* queries[] = {
        "SELECT id, type, created, modified, revoked, name, labels, tlp, confidence, pattern_state, json, source_rid "
        "FROM stix_object ORDER BY rid",
        "SELECT * FROM source ORDER BY rid",
        "SELECT * FROM object_marking ORDER BY object_rid, marking_id",
        "SELECT * FROM stix_edge ORDER BY object_rid, kind, source_ref, target_ref",
        "SELECT * FROM observable ORDER BY object_rid, type, value",
        "SELECT * FROM alert ORDER BY rid",
        "SELECT * FROM alert_observable ORDER BY alert_rid, type, value",
        "SELECT * FROM alert_technique ORDER BY alert_rid, technique",
        "SELECT * FROM alert_match ORDER BY alert_rid, object_rid, observable_type, value",
        "SELECT * FROM incident ORDER BY rid",
        "SELECT * FROM timeline_entry ORDER BY rid",
        "SELECT * FROM warning_state ORDER BY stix_id",
        "SELECT * FROM warning_checklist ORDER BY stix_id, item_id",
        "SELECT time, action, detail FROM audit_log WHERE action <> 'demo.load' ORDER BY rid",
        "SELECT action, detail FROM audit_log WHERE action = 'demo.load' ORDER BY rid",
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql : queries) {
        auto st = db.prepare(sql);
        REQUIRE(st.ok());
        while (st.value().step().value()) {
            for (int c = 0; c < 16; ++c) {
                const auto text = st.value().columnText(c);
                hash.addData(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
                hash.addData("\x1f");
            }
            hash.addData("\n");
        }
        hash.addData(sql);
    }
    return hash.result().toHex();
}

} // namespace

TEST_CASE("the demo situation has exactly the alerts asked for with real matches and warnings and incidents") {
    test::TempDir dir;
    auto db = openDb(dir.path(QStringLiteral("d.sqlite")));
    const auto summary = load(*db, 3000, 7);
    CHECK(summary.alerts == 3000);
    CHECK(db->queryInt("SELECT count(*) FROM alert").value() == 3000);
    CHECK(summary.end == kEnd);
    CHECK(db->queryInt("SELECT min(time) >= " + std::to_string(kEnd - 30LL * 86400 * 1000000) +
                       " AND max(time) <= " + std::to_string(kEnd) + " FROM alert")
              .value() == 1);
    // Matches are the correlator's: every matched alert has alert_match rows against indicators.
    CHECK(summary.matchedAlerts > 0);
    CHECK(summary.matchedAlerts < 3000 / 5);
    CHECK(db->queryInt("SELECT count(*) FROM alert WHERE matches > 0").value() == summary.matchedAlerts);
    CHECK(db->queryInt("SELECT count(*) FROM alert_match m JOIN stix_object s ON s.rid = m.object_rid "
                       "WHERE s.type <> 'indicator'")
              .value() == 0);
    CHECK(db->queryInt("SELECT count(DISTINCT sensor) FROM alert").value() == 3);
    // Partner sources with identities, TLP mix, real ATT&CK ids.
    CHECK(db->queryInt("SELECT count(*) FROM source WHERE kind = 'demo'").value() >= 4);
    CHECK(db->queryInt("SELECT count(DISTINCT tlp) FROM stix_object WHERE tlp <> ''").value() == 5);
    CHECK(db->queryInt("SELECT count(*) FROM stix_object WHERE type = 'attack-pattern' AND "
                       "json_extract(json, '$.external_references[0].source_name') = 'mitre-attack' AND "
                       "json_extract(json, '$.external_references[0].external_id') GLOB 'T[0-9][0-9][0-9][0-9]*'")
              .value() >= 20);
    CHECK(db->queryInt("SELECT count(*) FROM stix_object WHERE type = 'campaign'").value() >= 3);
    CHECK(db->queryInt("SELECT count(*) FROM stix_object WHERE type = 'threat-actor'").value() >= 3);
    for (const char* t : {"ipv4-addr", "domain-name", "url", "file:sha256"})
        CHECK(db->queryInt(std::string("SELECT count(*) FROM observable WHERE type = '") + t + "'").value() > 0);
    // Incidents with timelines, through the repository (audited).
    CHECK(summary.incidents >= 3);
    CHECK(db->queryInt("SELECT count(*) FROM timeline_entry").value() > summary.incidents);
    CHECK(db->queryInt("SELECT count(*) FROM audit_log WHERE action = 'incident.create'").value() == summary.incidents);
    // Partner warnings in the inbox, with recommendations; some already handled.
    store::WarningRepository warnings(*db, QStringLiteral("test"));
    auto list = warnings.list();
    REQUIRE(list.ok());
    CHECK(static_cast<std::int64_t>(list.value().size()) == summary.warnings);
    CHECK(summary.warnings >= 5);
    CHECK(warnings.unreadCount().value() == summary.warnings - 3);
    int withRecommendations = 0;
    for (const auto& w : list.value())
        withRecommendations += warnings.get(w.id).value().recommendations.empty() ? 0 : 1;
    CHECK(withRecommendations == summary.warnings);
}

TEST_CASE("every status the demo situation sets is in the audit log with who, when, before and after") {
    test::TempDir dir;
    auto db = openDb(dir.path(QStringLiteral("a.sqlite")));
    load(*db, 6000, 5);
    const auto q = [&db](const std::string& sql) { return db->queryInt(sql).value(); };
    const std::int64_t notNew = q("SELECT count(*) FROM alert WHERE status <> 'new'");
    CHECK(notNew > 1000);
    CHECK(q("SELECT count(*) FROM alert WHERE status = 'in-progress' AND assignee = ''") == 0);
    // One status model: new, in-progress, escalated, closed; closed alerts as benign and false positive.
    CHECK(q("SELECT count(DISTINCT status) FROM alert") == 4);
    CHECK(q("SELECT count(*) FROM alert WHERE status = 'false-positive'") == 0);
    CHECK(q("SELECT count(DISTINCT resolution) FROM alert WHERE status = 'closed'") == 2);
    const std::string changes = "FROM audit_log WHERE action = 'alert.update' AND json_extract(detail, '$.after.status') "
                                "IS NOT NULL";
    CHECK(q("SELECT count(*) " + changes) == notNew);
    CHECK(q("SELECT count(DISTINCT json_extract(detail, '$.target')) " + changes) == notNew);
    // The last change of each alert leads to its status now; alerts without one are new.
    CHECK(q("SELECT count(*) FROM alert a LEFT JOIN (SELECT json_extract(detail, '$.target') AS t, "
            "json_extract(detail, '$.after.status') AS s, max(rid) " +
            changes + " GROUP BY t) l ON l.t = 'alert:' || a.rid WHERE a.status IS NOT coalesce(l.s, 'new')") == 0);
    // Who: the demo's analysts; when: after the alert arrived and within the window; before: the new alert.
    CHECK(q("SELECT count(*) " + changes + " AND actor NOT IN ('a.becker', 'm.schulz', 'j.nowak', 'l.martin')") == 0);
    CHECK(q("SELECT count(DISTINCT actor) " + changes) == 4);
    CHECK(q("SELECT count(*) FROM audit_log l JOIN alert a ON a.rid = CAST(substr(json_extract(l.detail, '$.target'), 7) "
            "AS INTEGER) WHERE l.action = 'alert.update' AND (l.time < a.time OR l.time > " +
            std::to_string(kEnd) + ")") == 0);
    CHECK(q("SELECT count(*) " + changes + " AND json_extract(detail, '$.before.status') <> 'new'") == 0);
    // Each worked batch is a recorded change (undoable like the triage page's).
    CHECK(q("SELECT sum(count) FROM alert_change") == notNew);
}

TEST_CASE("the same seed gives the same database and another seed another one") {
    test::TempDir dir;
    auto a = openDb(dir.path(QStringLiteral("a.sqlite")));
    auto b = openDb(dir.path(QStringLiteral("b.sqlite")));
    auto c = openDb(dir.path(QStringLiteral("c.sqlite")));
    load(*a, 2000, 42);
    load(*b, 2000, 42);
    load(*c, 2000, 43);
    const QByteArray da = digest(*a);
    CHECK(da == digest(*b));
    CHECK(da != digest(*c));
    CHECK(c->queryInt("SELECT count(*) FROM alert").value() == 2000);
}

TEST_CASE("the demo refuses a database that already holds data and a cancelled load leaves it empty") {
    test::TempDir dir;
    auto db = openDb(dir.path(QStringLiteral("d.sqlite")));
    core::CancelToken cancel;
    cancel.cancel();
    demo::DemoOptions options;
    options.alerts = 10000;
    auto cancelled = demo::DemoSituation(*db).load(options, cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == core::ErrorCode::Cancelled);
    CHECK(demo::DemoSituation::isEmpty(*db).value());
    CHECK(db->queryInt("SELECT count(*) FROM source").value() == 0);

    load(*db, 10, 1);
    CHECK_FALSE(demo::DemoSituation::isEmpty(*db).value());
    const auto before = digest(*db);
    auto again = demo::DemoSituation(*db).load(options, core::CancelToken());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == core::ErrorCode::Usage);
    CHECK(again.error().message.contains(QStringLiteral("d.sqlite")));
    CHECK(digest(*db) == before);
}

TEST_CASE("zero alerts still give intel and warnings and incidents") {
    test::TempDir dir;
    auto db = openDb(dir.path(QStringLiteral("d.sqlite")));
    const auto summary = load(*db, 0, 1);
    CHECK(summary.alerts == 0);
    CHECK(db->queryInt("SELECT count(*) FROM alert").value() == 0);
    CHECK(summary.incidents > 0);
    CHECK(summary.warnings > 0);
}

#include "models/store/case_actions.h"
#include "models/store/incident_repository.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <vector>

using namespace lagebild;

namespace {

std::int64_t addAlert(store::Database& db, const char* key, std::int64_t time, const char* signature) {
    auto st = db.prepare("INSERT INTO alert (dedup_key, time, sensor, signature, raw) VALUES (?1, ?2, 'suricata', ?3, '{}')");
    REQUIRE(st.ok());
    st.value().bind(1, std::string_view(key)).bind(2, time).bind(3, std::string_view(signature));
    REQUIRE(st.value().run().ok());
    return db.lastInsertRowId();
}

std::int64_t auditCount(store::Database& db, const char* action) {
    auto st = db.prepare("SELECT count(*) FROM audit_log WHERE action = ?1");
    REQUIRE(st.ok());
    st.value().bind(1, std::string_view(action));
    REQUIRE(st.value().step().value());
    return st.value().columnInt64(0);
}

} // namespace

TEST_CASE("an incident collects alerts as timeline entries, and every change is audited") {
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    store::Database& db = *opened.value();
    const std::int64_t a1 = addAlert(db, "k1", 2000, "ET MALWARE beacon");
    const std::int64_t a2 = addAlert(db, "k2", 1000, "ET SCAN probe");

    store::IncidentRepository repo(db, QStringLiteral("analyst1"));
    store::Incident draft;
    draft.title = QStringLiteral("Beaconing from the finance LAN");
    draft.severity = 2;
    auto created = repo.create(draft, 5000);
    REQUIRE(created.ok());
    CHECK(created.value().id == QStringLiteral("INC-0001"));

    const std::vector<std::int64_t> rids{a1, a2, 999};
    REQUIRE(repo.addAlerts(created.value().rid, rids, 6000).ok());
    // Adding the same alerts again adds no second timeline entry.
    REQUIRE(repo.addAlerts(created.value().rid, rids, 6100).ok());
    REQUIRE(repo.setStatus(created.value().rid, QStringLiteral("contained"), 7000).ok());

    auto got = repo.get(QStringLiteral("inc-0001"));
    REQUIRE(got.ok());
    CHECK(got.value().status == QStringLiteral("contained"));
    CHECK(got.value().updated == 7000);
    REQUIRE(got.value().timeline.size() == 2);
    CHECK(got.value().timeline[0].time == 1000); // ordered by the alerts' own time
    CHECK(got.value().timeline[0].text == QStringLiteral("suricata: ET SCAN probe"));
    CHECK(got.value().timeline[1].ref == QString::number(a1));
    CHECK(got.value().timeline[1].author == QStringLiteral("analyst1"));

    auto all = repo.list();
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 1);
    CHECK(all.value()[0].alertCount == 2);

    CHECK(auditCount(db, "incident.create") == 1);
    CHECK(auditCount(db, "alert.incident") == 2);
    CHECK(auditCount(db, "incident.status") == 1);
    CHECK_FALSE(repo.get(QStringLiteral("INC-0042")).ok());
    // The audit log refuses rewriting history.
    CHECK_FALSE(db.exec("DELETE FROM audit_log").ok());
}

TEST_CASE("the incident use cases: severity from the alerts, one transaction each, nothing left behind by a failure") {
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    store::Database& db = *opened.value();
    const std::vector<std::int64_t> rids{addAlert(db, "k1", 2000, "ET MALWARE beacon"),
                                         addAlert(db, "k2", 1000, "ET SCAN probe")};
    REQUIRE(db.exec("UPDATE alert SET severity = 3").ok());
    REQUIRE(db.exec("UPDATE alert SET severity = 1 WHERE dedup_key = 'k2'").ok());

    auto created = store::createIncidentFromAlerts(db, QStringLiteral("analyst1"), QStringLiteral("Beaconing"), rids, 5000);
    REQUIRE(created.ok());
    CHECK(created.value().severity == 1); // the highest among its alerts, not the default 3
    CHECK(store::IncidentRepository(db, QStringLiteral("t")).get(created.value().id).value().severity == 1);
    CHECK(db.queryInt("SELECT count(*) FROM alert WHERE incident_rid IS NOT NULL").value() == 2);
    CHECK(auditCount(db, "incident.create") == 1);

    // An unknown incident: an error, and no alert moves.
    const std::vector<std::int64_t> third{addAlert(db, "k3", 3000, "ET POLICY tor")};
    auto unknown = store::addAlertsToIncident(db, QStringLiteral("analyst1"), 999, third, 6000);
    CHECK_FALSE(unknown.ok());
    CHECK(db.queryInt("SELECT count(*) FROM alert WHERE incident_rid IS NOT NULL").value() == 2);
    auto added = store::addAlertsToIncident(db, QStringLiteral("analyst1"), created.value().rid, third, 6000);
    REQUIRE(added.ok());
    CHECK(added.value() == created.value().id);
    CHECK(db.queryInt("SELECT count(*) FROM alert WHERE incident_rid IS NOT NULL").value() == 3);
}

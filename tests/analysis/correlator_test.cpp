#include "models/analysis/correlator.h"
#include "models/store/alert_repository.h"
#include "models/store/stix_repository.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

using namespace lagebild;

namespace {

constexpr std::int64_t kNow = 1700000000000000LL;

core::StixRecord indicator(const std::string& suffix, core::ObservableKey key, std::int64_t modified = 2) {
    core::StixRecord r;
    r.id = "indicator--00000000-0000-4000-8000-" + suffix;
    r.type = "indicator";
    r.created = 1;
    r.modified = modified;
    r.name = "C2 " + key.value;
    r.confidence = 80;
    r.patternState = core::PatternState::Matchable;
    r.observables.push_back(std::move(key));
    r.json = "{}";
    return r;
}

core::AlertRecord alert(const std::string& key, const std::string& dst) {
    core::AlertRecord a;
    a.dedupKey = key;
    a.time = kNow - 1000;
    a.sensor = "suricata";
    a.signature = "ET MALWARE beacon";
    a.severity = 2;
    a.src = "10.0.0.5";
    a.dst = dst;
    a.observables.push_back({core::ObservableType::Ipv4, "10.0.0.5"});
    a.observables.push_back({core::ObservableType::Ipv4, dst});
    a.raw = "{}";
    return a;
}

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<store::Database> db;
    Fixture() {
        auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    std::vector<std::int64_t> addIndicators(const std::vector<core::StixRecord>& records) {
        store::StixRepository repo(*db);
        REQUIRE(repo.prepare().ok());
        for (const auto& r : records)
            REQUIRE(repo.upsert(r, 0, kNow).ok());
        return repo.changedIndicators();
    }
    std::int64_t addAlert(const core::AlertRecord& a) {
        store::AlertRepository repo(*db);
        REQUIRE(repo.prepare().ok());
        REQUIRE(repo.insert(a, 0).value() == store::AlertOutcome::Added);
        return *repo.firstAdded();
    }
    std::int64_t count(const char* sql) { return db->queryInt(sql).value(); }
};

const core::ObservableKey kC2{core::ObservableType::Ipv4, "203.0.113.5"};

} // namespace

TEST_CASE("an alert imported after the indicator matches it") {
    Fixture f;
    f.addIndicators({indicator("000000000001", kC2)});
    const auto first = f.addAlert(alert("a1", "203.0.113.5"));
    CHECK(analysis::Correlator(*f.db).matchNewAlerts(first, kNow).value() == 1);
    CHECK(f.count("SELECT count(*) FROM alert_match") == 1);
    CHECK(f.count("SELECT matches FROM alert") == 1);
    CHECK(f.count("SELECT priority FROM alert") == store::AlertRepository::priorityFor(2, true));
}

TEST_CASE("an indicator imported after the alert finds it by retro-hunt") {
    Fixture f;
    f.addAlert(alert("a1", "203.0.113.5"));
    f.addAlert(alert("a2", "198.51.100.9"));
    const auto changed = f.addIndicators({indicator("000000000001", kC2)});
    CHECK(analysis::Correlator(*f.db).retroHunt(changed, kNow).value() == 1);
    CHECK(f.count("SELECT count(*) FROM alert WHERE matches > 0") == 1);
    CHECK(f.count("SELECT count(*) FROM alert WHERE dst = '203.0.113.5' AND priority > 10") == 1);
}

TEST_CASE("a CIDR indicator matches addresses inside its network only") {
    Fixture f;
    f.addAlert(alert("a1", "203.0.113.77"));
    f.addAlert(alert("a2", "203.0.114.1"));
    const auto changed = f.addIndicators({indicator("000000000002", {core::ObservableType::Ipv4Net, "203.0.113.0/24"})});
    CHECK(analysis::Correlator(*f.db).retroHunt(changed, kNow).value() == 1);
    CHECK(f.count("SELECT count(*) FROM alert a JOIN alert_match m ON m.alert_rid = a.rid WHERE a.dst = '203.0.113.77'") == 1);
}

TEST_CASE("a revoking version removes the indicator's matches") {
    Fixture f;
    f.addAlert(alert("a1", "203.0.113.5"));
    analysis::Correlator c(*f.db);
    REQUIRE(c.retroHunt(f.addIndicators({indicator("000000000001", kC2)}), kNow).value() == 1);
    auto revoked = indicator("000000000001", kC2, 3);
    revoked.revoked = true;
    CHECK(c.retroHunt(f.addIndicators({revoked}), kNow).value() == 0);
    CHECK(f.count("SELECT count(*) FROM alert_match") == 0);
    CHECK(f.count("SELECT matches FROM alert") == 0);
    CHECK(f.count("SELECT priority FROM alert") == store::AlertRepository::priorityFor(2, false));
}

TEST_CASE("an expired indicator stops matching") {
    Fixture f;
    f.addAlert(alert("a1", "203.0.113.5"));
    auto expiring = indicator("000000000001", kC2);
    expiring.validUntil = kNow + 10;
    analysis::Correlator c(*f.db);
    REQUIRE(c.retroHunt(f.addIndicators({expiring}), kNow).value() == 1);
    CHECK(c.pruneInactive(kNow + 5).value() == 0);
    CHECK(c.pruneInactive(kNow + 20).value() == 1);
    CHECK(f.count("SELECT count(*) FROM alert WHERE matches > 0") == 0);
    // and a new alert does not match it any more
    const auto first = f.addAlert(alert("a2", "203.0.113.5"));
    CHECK(c.matchNewAlerts(first, kNow + 20).value() == 0);
}

TEST_CASE("indicators whose pattern cannot be matched exactly never correlate") {
    Fixture f;
    auto fuzzy = indicator("000000000001", kC2);
    fuzzy.patternState = core::PatternState::NotMatchable;
    f.addAlert(alert("a1", "203.0.113.5"));
    CHECK(analysis::Correlator(*f.db).retroHunt(f.addIndicators({fuzzy}), kNow).value() == 0);
}

TEST_CASE("a duplicate alert is recognised by its key and changes nothing") {
    Fixture f;
    f.addAlert(alert("same", "203.0.113.5"));
    store::AlertRepository repo(*f.db);
    REQUIRE(repo.prepare().ok());
    CHECK(repo.insert(alert("same", "203.0.113.5"), 0).value() == store::AlertOutcome::Duplicate);
    CHECK(f.count("SELECT count(*) FROM alert") == 1);
    CHECK(f.count("SELECT count(*) FROM alert_observable") == 2);
}

TEST_CASE("the retro-hunt joins through indexes, not alert by alert") {
    Fixture f;
    auto plan = f.db->prepare("EXPLAIN QUERY PLAN SELECT ao.alert_rid FROM observable o JOIN alert_observable ao ON "
                              "ao.type = o.type AND ao.value = o.value WHERE o.object_rid = 1");
    REQUIRE(plan.ok());
    QString text;
    while (plan.value().step().value())
        text += plan.value().columnQString(3) + QLatin1Char('\n');
    CHECK(text.contains(QStringLiteral("alert_observable_key")));
}

TEST_CASE("a retro-hunt of more indicators than alert values walks the alert values and finds the same matches") {
    // Two alerts carry four values; five changed indicators, one of which matches: the hunt is
    // driven from the alert side (changed indicators > alert values) and must match as before.
    Fixture f;
    f.addAlert(alert("a1", "203.0.113.5"));
    f.addAlert(alert("a2", "198.51.100.9"));
    std::vector<core::StixRecord> batch;
    batch.push_back(indicator("000000000001", kC2));
    for (int i = 2; i <= 5; ++i)
        batch.push_back(
            indicator("00000000000" + std::to_string(i), {core::ObservableType::Ipv4, "192.0.2." + std::to_string(i)}));
    batch.push_back(indicator("000000000009", {core::ObservableType::Ipv4Net, "198.51.100.0/24"}));
    const auto changed = f.addIndicators(batch);
    REQUIRE(changed.size() == 6);
    CHECK(analysis::Correlator(*f.db).retroHunt(changed, kNow).value() == 2);
    CHECK(f.count("SELECT count(*) FROM alert_match WHERE alert_rid = (SELECT rid FROM alert WHERE dst = '203.0.113.5')") == 1);
    CHECK(f.count("SELECT count(*) FROM alert_match WHERE alert_rid = (SELECT rid FROM alert WHERE dst = '198.51.100.9')") == 1);
    CHECK(f.count("SELECT count(*) FROM alert WHERE matches > 0") == 2);
}

TEST_CASE("a retro-hunt without alerts matches nothing and writes nothing") {
    Fixture f;
    const auto changed = f.addIndicators({indicator("000000000001", kC2)});
    CHECK(analysis::Correlator(*f.db).retroHunt(changed, kNow).value() == 0);
    CHECK(analysis::Correlator(*f.db).pruneInactive(kNow).value() == 0);
    CHECK(f.count("SELECT count(*) FROM alert_match") == 0);
}

#include "models/store/integrity_check.h"
#include "models/store/intel_queries.h"
#include "models/store/stix_repository.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

using namespace lagebild;

namespace {

core::StixRecord indicator(const std::string& id, std::int64_t modified, const std::string& name) {
    core::StixRecord r;
    r.id = id;
    r.type = "indicator";
    r.specVersion = "2.1";
    r.created = 0;
    r.modified = modified;
    r.name = name;
    r.description = "Überweisungsbetrug campaign";
    r.patternState = core::PatternState::Matchable;
    r.observables.push_back({core::ObservableType::Ipv4, "198.51.100.7"});
    r.json = "{}";
    return r;
}

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<store::StixRepository> repo;
    Fixture() {
        auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        repo = std::make_unique<store::StixRepository>(*db);
        REQUIRE(repo->prepare().ok());
    }
    std::int64_t count(const char* sql) { return db->queryInt(sql).value(); }
};

const std::string kId = "indicator--11111111-2222-4333-8444-555555555555";

} // namespace

TEST_CASE("a newer version replaces the stored one and the old one goes to history") {
    Fixture f;
    CHECK(f.repo->upsert(indicator(kId, 2000, "first"), 0, 1).value() == store::UpsertOutcome::Added);
    CHECK(f.repo->upsert(indicator(kId, 3000, "second"), 0, 2).value() == store::UpsertOutcome::Updated);
    CHECK(f.count("SELECT count(*) FROM stix_object") == 1);
    CHECK(f.count("SELECT count(*) FROM stix_object_history") == 1);
    CHECK(f.count("SELECT modified FROM stix_object") == 3000);
    CHECK(f.count("SELECT modified FROM stix_object_history") == 2000);
    // Indexes follow the current version: one FTS row, one observable row.
    CHECK(f.count("SELECT count(*) FROM intel_fts") == 1);
    CHECK(f.count("SELECT count(*) FROM observable") == 1);
    auto hits = store::IntelQueries(*f.db).search(QStringLiteral("second"), {}, 10);
    REQUIRE(hits.ok());
    REQUIRE(hits.value().size() == 1);
    CHECK(store::IntelQueries(*f.db).search(QStringLiteral("first"), {}, 10).value().empty());
}

TEST_CASE("an equal version is unchanged and an older one is ignored") {
    Fixture f;
    REQUIRE(f.repo->upsert(indicator(kId, 3000, "current"), 0, 1).ok());
    CHECK(f.repo->upsert(indicator(kId, 3000, "same"), 0, 2).value() == store::UpsertOutcome::Unchanged);
    CHECK(f.repo->upsert(indicator(kId, 2000, "old"), 0, 3).value() == store::UpsertOutcome::Older);
    CHECK(f.count("SELECT count(*) FROM stix_object_history") == 0);
    CHECK(f.count("SELECT last_seen FROM stix_object") == 3);
    CHECK(f.count("SELECT count(*) FROM stix_object WHERE name = 'current'") == 1);
}

TEST_CASE("revocation is final across later versions") {
    Fixture f;
    auto r = indicator(kId, 2000, "x");
    r.revoked = true;
    REQUIRE(f.repo->upsert(r, 0, 1).ok());
    REQUIRE(f.repo->upsert(indicator(kId, 3000, "y"), 0, 2).ok());
    CHECK(f.count("SELECT revoked FROM stix_object") == 1);
}

TEST_CASE("the object TLP comes from its markings and unknown markings rank above red") {
    Fixture f;
    auto green = indicator("indicator--00000000-0000-4000-8000-000000000001", 1, "g");
    green.markings.push_back({"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", ""});
    auto both = indicator("indicator--00000000-0000-4000-8000-000000000002", 1, "b");
    both.markings.push_back({"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", ""});
    both.markings.push_back({"marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", ""});
    auto unknown = indicator("indicator--00000000-0000-4000-8000-000000000003", 1, "u");
    unknown.markings.push_back({"marking-definition--99999999-0000-4000-8000-000000000000", ""});
    auto unmarked = indicator("indicator--00000000-0000-4000-8000-000000000004", 1, "n");
    for (auto* r : {&green, &both, &unknown, &unmarked})
        REQUIRE(f.repo->upsert(*r, 0, 1).ok());
    auto tlpOf = [&](const char* suffix) {
        auto st = f.db->prepare(std::string("SELECT tlp FROM stix_object WHERE id LIKE '%") + suffix + "'");
        REQUIRE(st.ok());
        REQUIRE(st.value().step().value());
        return std::string(st.value().columnText(0));
    };
    CHECK(tlpOf("0001") == "green");
    CHECK(tlpOf("0002") == "red");
    CHECK(tlpOf("0003") == "unknown");
    CHECK(tlpOf("0004") == "");
}

TEST_CASE("a custom TLP marking-definition and a statement marking are understood") {
    Fixture f;
    core::StixRecord def;
    def.id = "marking-definition--aaaaaaaa-0000-4000-8000-000000000000";
    def.type = "marking-definition";
    def.created = 1;
    def.definesTlp = core::Tlp::Amber;
    def.json = "{}";
    REQUIRE(f.repo->upsert(def, 0, 1).ok());
    core::StixRecord statement = def;
    statement.id = "marking-definition--bbbbbbbb-0000-4000-8000-000000000000";
    statement.definesTlp.reset();
    statement.definesStatement = true;
    REQUIRE(f.repo->upsert(statement, 0, 1).ok());
    auto r = indicator(kId, 1, "x");
    r.markings.push_back({def.id, ""});
    r.markings.push_back({statement.id, ""});
    REQUIRE(f.repo->upsert(r, 0, 1).ok());
    CHECK(f.count("SELECT count(*) FROM stix_object WHERE tlp = 'amber' AND type = 'indicator'") == 1);
    CHECK(f.count("SELECT count(*) FROM object_marking") == 2);
}

TEST_CASE("relationships are indexed in both directions") {
    Fixture f;
    core::StixRecord rel;
    rel.id = "relationship--00000000-0000-4000-8000-00000000000a";
    rel.type = "relationship";
    rel.created = rel.modified = 1;
    rel.edges.push_back({"indicates", kId, "malware--00000000-0000-4000-8000-00000000000b"});
    rel.json = "{}";
    REQUIRE(f.repo->upsert(rel, 0, 1).ok());
    CHECK(f.count("SELECT count(*) FROM stix_edge WHERE source_ref LIKE 'indicator--%' AND kind = 'indicates'") == 1);
    CHECK(f.count("SELECT count(*) FROM stix_edge WHERE target_ref LIKE 'malware--%'") == 1);
}

TEST_CASE("search quotes user text so IOC punctuation cannot break the query") {
    CHECK(store::IntelQueries::matchExpression(QStringLiteral("evil.example.com")) == QStringLiteral("\"evil.example.com\""));
    CHECK(store::IntelQueries::matchExpression(QStringLiteral("ransom*  \"x")) == QStringLiteral("\"ransom\"* \"\"\"x\""));
    Fixture f;
    REQUIRE(f.repo->upsert(indicator(kId, 1, "C2 at evil.example.com"), 0, 1).ok());
    CHECK(store::IntelQueries(*f.db).search(QStringLiteral("evil.example.com"), {}, 10).value().size() == 1);
    CHECK(store::IntelQueries(*f.db).search(QStringLiteral("\"unbalanced ("), {}, 10).ok());
    // Diacritics fold: "uberweisungsbetrug" finds "Überweisungsbetrug".
    CHECK(store::IntelQueries(*f.db).search(QStringLiteral("uberweisungsbetrug"), {}, 10).value().size() == 1);
    CHECK(store::IntelQueries(*f.db).search(QStringLiteral("198.51.100.7"), {}, 10).value().size() == 1);
    CHECK(store::IntelQueries(*f.db).search(QStringLiteral("evil"), {QStringLiteral("malware")}, 10).value().empty());
}

TEST_CASE("the integrity check passes on a consistent database and finds a missing index row") {
    Fixture f;
    REQUIRE(f.repo->upsert(indicator(kId, 1, "x"), 0, 1).ok());
    auto findings = store::checkIntegrity(*f.db);
    REQUIRE(findings.ok());
    for (const auto& finding : findings.value()) {
        CAPTURE(finding.check.toStdString());
        CHECK(finding.ok);
    }
    REQUIRE(f.db->exec("INSERT INTO intel_fts (intel_fts) VALUES ('delete-all')").ok());
    bool ftsFailed = false;
    for (const auto& finding : store::checkIntegrity(*f.db).value())
        ftsFailed = ftsFailed || (finding.check == QStringLiteral("fts_complete") && !finding.ok);
    CHECK(ftsFailed);
}

#include "models/store/warning_repository.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

using namespace lagebild;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<store::Database> db;
    Fixture() {
        auto opened = store::Database::open(dir.path(QStringLiteral("w.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    // Stores an object the way the repository reads it (json, type, name, edges).
    void object(const char* id, const char* type, const char* name, const char* json, const char* tlp = "amber") {
        auto st = db->prepare("INSERT INTO stix_object (id, type, name, tlp, json, modified, first_seen, last_seen) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0)");
        REQUIRE(st.ok());
        st.value().bind(1, std::string_view(id)).bind(2, std::string_view(type)).bind(3, std::string_view(name));
        st.value().bind(4, std::string_view(tlp)).bind(5, std::string_view(json)).bind(6, ++m_time);
        REQUIRE(st.value().run().ok());
    }
    void edge(const char* kind, const char* source, const char* target) {
        auto st = db->prepare("INSERT INTO stix_edge (object_rid, kind, source_ref, target_ref) "
                              "VALUES ((SELECT max(rid) FROM stix_object), ?1, ?2, ?3)");
        REQUIRE(st.ok());
        st.value().bind(1, std::string_view(kind)).bind(2, std::string_view(source)).bind(3, std::string_view(target));
        REQUIRE(st.value().run().ok());
    }
    std::int64_t audits(const char* action) {
        return db->queryInt(std::string("SELECT count(*) FROM audit_log WHERE action = '") + action + "'").value();
    }
    std::int64_t m_time = 1000;
};

constexpr const char* kReport = "report--11111111-1111-4111-8111-111111111111";
constexpr const char* kMisp = "report--22222222-2222-4222-8222-222222222222";
constexpr const char* kNote = "note--33333333-3333-4333-8333-333333333333";
constexpr const char* kPlain = "report--44444444-4444-4444-8444-444444444444";
constexpr const char* kCoaA = "course-of-action--55555555-5555-4555-8555-555555555555";
constexpr const char* kCoaB = "course-of-action--66666666-6666-4666-8666-666666666666";

void seed(Fixture& f) {
    f.object(kCoaA, "course-of-action", "Patch the gateway", R"({"description":"Install the fixed release."})");
    f.object(kCoaB, "course-of-action", "Block the addresses", R"({"description":"Block at the perimeter."})");
    f.object(kReport, "report", "Partner warning",
             R"({"description":"<b>not html</b>","report_types":["threat-report"],"published":"2026-01-02T03:04:05Z"})");
    f.edge("refers-to", kReport, kCoaA);
    f.object("relationship--77777777-7777-4777-8777-777777777777", "relationship", "", "{}");
    f.edge("mitigates", kCoaB, kReport);
    f.object(kMisp, "report", "MISP event", R"({"labels":["misp:threat-level=\"high\"","Early-Warning"]})", "green");
    f.object(kNote, "note", "", R"({"abstract":"ISAC note","content":"text","labels":["cert:warning"]})", "red");
    f.object(kPlain, "report", "Actor profile", R"({"report_types":["threat-actor"],"labels":["apt"]})");
}

} // namespace

TEST_CASE("threat reports and warning-tagged MISP reports and notes are warnings but other reports are not") {
    Fixture f;
    seed(f);
    store::WarningRepository repo(*f.db, QStringLiteral("analyst"));
    auto list = repo.list();
    REQUIRE(list.ok());
    QStringList ids;
    for (const auto& w : list.value())
        ids << w.id;
    CHECK(ids.size() == 3);
    CHECK(ids.contains(QString::fromLatin1(kReport)));
    CHECK(ids.contains(QString::fromLatin1(kMisp)));
    CHECK(ids.contains(QString::fromLatin1(kNote)));
    CHECK(repo.unreadCount().value() == 3);
    auto detail = repo.get(QString::fromLatin1(kReport));
    REQUIRE(detail.ok());
    CHECK(detail.value().description == QStringLiteral("<b>not html</b>"));
    CHECK(detail.value().summary.published == 1767323045LL * 1000000);
    REQUIRE(detail.value().recommendations.size() == 2);
    CHECK(detail.value().recommendations[0].name == QStringLiteral("Block the addresses"));
    CHECK(detail.value().recommendations[1].text == QStringLiteral("Install the fixed release."));
    CHECK(repo.get(QString::fromLatin1(kNote)).value().summary.title == QStringLiteral("ISAC note"));
    CHECK_FALSE(repo.get(QString::fromLatin1(kPlain)).ok());
}

TEST_CASE("a feed marked as a warning source makes its reports warnings") {
    Fixture f;
    seed(f);
    REQUIRE(f.db->exec("INSERT INTO source (kind, name) VALUES ('feed', 'feed:partner'); "
                       "INSERT INTO feed (name, kind, url, created, warning_source) "
                       "VALUES ('partner', 'taxii21', 'https://x.example', 0, 1); "
                       "UPDATE stix_object SET source_rid = 1 WHERE type = 'report' AND name = 'Actor profile'")
                .ok());
    auto list = store::WarningRepository(*f.db, QStringLiteral("a")).list();
    REQUIRE(list.ok());
    CHECK(list.value().size() == 4);
    for (const auto& w : list.value())
        if (w.id == QString::fromLatin1(kPlain))
            CHECK(w.source == QStringLiteral("feed:partner"));
}

TEST_CASE("state and owner and due date and checklist changes persist and are audited in the same transaction") {
    Fixture f;
    seed(f);
    const QString id = QString::fromLatin1(kReport);
    {
        store::Transaction tx(*f.db);
        store::WarningRepository repo(*f.db, QStringLiteral("analyst"));
        REQUIRE(repo.setState(id, store::WarningState::Applies, 10).ok());
        REQUIRE(repo.setOwner(id, QStringLiteral("  Shift B "), 11).ok());
        REQUIRE(repo.setDue(id, 5000, 12).ok());
        REQUIRE(repo.setChecked(id, QString::fromLatin1(kCoaA), true, 13).ok());
        REQUIRE(repo.setState(id, store::WarningState::Applies, 14).ok()); // no change, no entry
        REQUIRE(tx.commit().ok());
    }
    store::WarningRepository repo(*f.db, QStringLiteral("analyst"));
    auto d = repo.get(id).value();
    CHECK(d.summary.state == store::WarningState::Applies);
    CHECK(d.summary.owner == QStringLiteral("Shift B"));
    CHECK(d.summary.due == 5000);
    CHECK(repo.unreadCount().value() == 2);
    const auto& items = d.recommendations;
    REQUIRE(items.size() == 2);
    CHECK_FALSE(items[0].done);
    CHECK(items[1].done);
    CHECK(items[1].doneBy == QStringLiteral("analyst"));
    CHECK(items[1].doneAt == 13);
    CHECK(f.audits("warning.state") == 1);
    CHECK(f.audits("warning.owner") == 1);
    CHECK(f.audits("warning.due") == 1);
    CHECK(f.audits("warning.checklist") == 1);
    CHECK(f.db->queryInt("SELECT count(*) FROM audit_log WHERE actor = 'analyst' AND "
                         "json_extract(detail, '$.before') = 'new' AND json_extract(detail, '$.after') = 'applies'")
              .value() == 1);

    // A rolled-back change leaves neither the state nor its audit entry.
    {
        store::Transaction tx(*f.db);
        REQUIRE(repo.setState(id, store::WarningState::Mitigated, 20).ok());
        tx.rollback();
    }
    CHECK(repo.get(id).value().summary.state == store::WarningState::Applies);
    CHECK(f.audits("warning.state") == 1);

    // Unknown warnings and foreign checklist items are refused.
    CHECK(repo.setState(QString::fromLatin1(kPlain), store::WarningState::Mitigated, 30).error().code == core::ErrorCode::Usage);
    CHECK(repo.setChecked(id, QStringLiteral("course-of-action--x"), true, 30).error().code == core::ErrorCode::Usage);
    REQUIRE(repo.setChecked(id, QString::fromLatin1(kCoaA), false, 31).ok());
    CHECK_FALSE(repo.get(id).value().recommendations[1].done);
}

TEST_CASE("warning state words round-trip") {
    for (auto s : {store::WarningState::New, store::WarningState::Applies, store::WarningState::NotApplicable,
                   store::WarningState::Mitigated})
        CHECK(store::warningStateFromName(store::warningStateName(s)) == s);
    CHECK_FALSE(store::warningStateFromName(QStringLiteral("bogus")).has_value());
}

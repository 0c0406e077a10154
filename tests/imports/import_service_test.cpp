#include "models/imports/import_service.h"
#include "models/store/audit_log.h"
#include "models/store/fts_bulk_build.h"
#include "models/store/intel_queries.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace lagebild;

namespace {

// An identity and an indicator (tests/fixtures/import/identity-and-indicator).
QByteArray bundle() { return test::readFile(test::fixture(QStringLiteral("import/identity-and-indicator/input.json"))); }

// `bundle` with an unreadable object after its valid ones.
QByteArray brokenAtTheEnd(QByteArray bundle) {
    bundle.truncate(bundle.lastIndexOf(']'));
    return bundle + ",{\"type\": }]}";
}

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<store::Database> db;
    Fixture() {
        auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    imports::FileReport import(const QString& path) {
        return imports::ImportService(*db).importFile({path, false}, imports::ImportOptions{}, core::CancelToken{});
    }
    std::int64_t objects() { return db->queryInt("SELECT count(*) FROM stix_object").value(); }
};

} // namespace

TEST_CASE("importing the same file twice changes nothing the second time") {
    Fixture f;
    const QString path = test::fixture(QStringLiteral("import/identity-and-indicator/input.json"));
    const QJsonObject expected =
        QJsonDocument::fromJson(test::readFile(test::fixture(QStringLiteral("import/identity-and-indicator/expected.json"))))
            .object();
    const std::int64_t added = expected.value(QStringLiteral("added")).toInteger();
    auto first = f.import(path);
    CHECK_FALSE(first.error.has_value());
    CHECK(first.added == added);
    auto second = f.import(path);
    CHECK(second.added == 0);
    CHECK(second.updated == 0);
    CHECK(second.unchanged == added);
    CHECK(f.objects() == added);
    const auto byType = store::IntelQueries(*f.db).stats().value().objectsByType;
    const QJsonObject objects = expected.value(QStringLiteral("objects")).toObject();
    CHECK(byType.size() == static_cast<std::size_t>(objects.size()));
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        CAPTURE(it.key().toStdString());
        const auto found = byType.find(it.key());
        REQUIRE(found != byType.end());
        CHECK(found->second == it.value().toInteger());
    }
    for (const auto& o : expected.value(QStringLiteral("matchable")).toArray()) {
        const std::string type = o[QStringLiteral("type")].toString().toStdString();
        const std::string value = o[QStringLiteral("value")].toString().toStdString();
        CAPTURE(value);
        CHECK(f.db->queryInt("SELECT count(*) FROM observable WHERE type = '" + type + "' AND value = '" + value +
                             "' AND matchable = 1")
                  .value() == 1);
    }
}

TEST_CASE("a file that is not valid JSON is rejected whole and the database keeps what it had") {
    Fixture f;
    REQUIRE(f.import(f.dir.write("good.json", bundle())).added == 2);
    // Valid objects first, then broken JSON: nothing of this file may remain.
    QByteArray other = bundle();
    other.replace("identity--8c6af861", "identity--9c6af861");
    other.replace("indicator--8e2e2d2b", "indicator--9e2e2d2b");
    const QByteArray broken = brokenAtTheEnd(other);
    auto r = f.import(f.dir.write("broken.json", broken));
    REQUIRE(r.error.has_value());
    CHECK(r.rejectedWhole());
    CHECK(r.added == 0);
    CHECK(r.error->message.contains(QStringLiteral("broken.json")));
    const auto brokenLine = broken.left(broken.lastIndexOf("{\"type\": }")).count('\n') + 1;
    CAPTURE(r.error->detail.toStdString());
    CHECK(r.error->detail.startsWith(QStringLiteral("line %1, byte").arg(brokenLine)));
    CHECK(f.objects() == 2);
}

TEST_CASE("a file with only invalid objects is rejected as a whole") {
    Fixture f;
    auto r = f.import(test::testData(QStringLiteral("stix/validator-examples-v21/invalid_identity.json")));
    REQUIRE(r.error.has_value());
    CHECK(r.rejectedWhole());
    CHECK(r.rejected == 1);
    CHECK(f.objects() == 0);
}

TEST_CASE("a cancelled import rolls back the unfinished file") {
    Fixture f;
    core::CancelToken cancel;
    cancel.cancel();
    auto r = imports::ImportService(*f.db).importFile({f.dir.write("b.json", bundle()), false}, imports::ImportOptions{}, cancel);
    REQUIRE(r.error.has_value());
    CHECK(r.error->isCancelled());
    CHECK(f.objects() == 0);
}

TEST_CASE("unrecognised files in a folder are skipped but named files are rejected") {
    Fixture f;
    f.dir.write("in/a.json", bundle());
    f.dir.write("in/other.json", "{\"hello\": \"world\"}");
    f.dir.write("in/readme.txt", "Nothing to see here, just some notes about the folder.");
    f.dir.write("in/picture.png", "\x89PNG");
    const auto targets = imports::ImportService::expandPaths({f.dir.path(QStringLiteral("in"))});
    REQUIRE(targets.size() == 3); // the .png is not even looked at
    auto reports = imports::ImportService(*f.db).importPaths({f.dir.path(QStringLiteral("in"))}, {}, core::CancelToken{});
    REQUIRE(reports.size() == 3);
    CHECK(reports[0].added == 2);
    for (std::size_t i = 1; i < reports.size(); ++i) {
        CAPTURE(reports[i].path.toStdString());
        CHECK_FALSE(reports[i].error.has_value());
        CHECK(reports[i].format == QStringLiteral("unknown"));
    }
    auto named = f.import(f.dir.path(QStringLiteral("in/other.json")));
    REQUIRE(named.error.has_value());
    CHECK(named.rejectedWhole());
}

TEST_CASE("objects without a marking take the import's default TLP") {
    Fixture f;
    imports::ImportOptions options;
    options.defaultTlp = core::Tlp::Amber;
    imports::ImportService(*f.db).importFile({f.dir.write("b.json", bundle()), false}, options, core::CancelToken{});
    CHECK(f.db->queryInt("SELECT count(*) FROM stix_object WHERE tlp = 'amber'").value() == 2);
}

TEST_CASE("each import is written to the audit log") {
    Fixture f;
    f.import(f.dir.write("b.json", bundle()));
    CHECK(f.db->queryInt("SELECT count(*) FROM audit_log WHERE action = 'import'").value() == 1);
    // Through store::AuditLog: who imported, and a JSON detail like every other entry.
    CHECK(f.db->queryInt("SELECT count(*) FROM audit_log WHERE action = 'import' AND actor = '" +
                         store::currentActor().toStdString() + "' AND json_extract(detail, '$.added') = 2")
              .value() == 1);
}

namespace {

// An indicator version whose name carries `word`.
QByteArray indicatorVersion(const char* id, const char* modified, const char* word) {
    return QByteArray(R"({"type":"indicator","spec_version":"2.1","id":")") + id +
           R"(","created":"2020-01-01T00:00:00.000Z","modified":")" + modified + R"(","name":"C2 )" + word +
           R"(","description":"Beschreibung mit Umlauten: Prüfung","pattern":"[domain-name:value = 'c2.example.org']","pattern_type":"stix","valid_from":"2020-01-01T00:00:00Z"})";
}

std::int64_t hits(store::Database& db, const char* word) {
    return db.queryInt(std::string("SELECT count(*) FROM intel_fts WHERE intel_fts MATCH '") + word + "'").value();
}

} // namespace

TEST_CASE("a first load builds the full-text index beside the cache and later imports keep it in step") {
    Fixture f;
    const char* id = "indicator--5b01cc19-df83-430f-96e4-85d39693c5da";
    // One file holding two versions of the same object: the newer one replaces the older one
    // inside the bulk load, so the builder must remove the old row's words again.
    QByteArray first = R"({"type":"bundle","id":"bundle--5b01cc19-df83-430f-96e4-85d39693c5da","objects":[)";
    first += indicatorVersion(id, "2020-01-01T00:00:00.000Z", "alphaword") + ",";
    first += indicatorVersion(id, "2020-02-01T00:00:00.000Z", "betaword") + ",";
    const QByteArray two = bundle();
    first += two.mid(two.indexOf('[') + 1); // its objects and the bundle's end
    auto r = f.import(f.dir.write("first.json", first));
    REQUIRE_FALSE(r.error.has_value());
    CHECK(r.added == 3);
    CHECK(r.updated == 1);
    CHECK(hits(*f.db, "alphaword") == 0);
    CHECK(hits(*f.db, "betaword") == 1);
    CHECK(hits(*f.db, "prufung") == 1); // remove_diacritics 2 folds ü to u
    CHECK(hits(*f.db, "franistan") == 1);
    CHECK(hits(*f.db, "198") == 1); // observable values are indexed too
    CHECK(f.db->exec("INSERT INTO intel_fts (intel_fts) VALUES ('integrity-check')").ok());
    CHECK_FALSE(QFileInfo::exists(store::FtsBulkBuild::scratchPathFor(f.db->path())));

    // A later import on the same connection writes the copied index directly.
    QByteArray second = R"({"type":"bundle","id":"bundle--6b01cc19-df83-430f-96e4-85d39693c5da","objects":[)";
    second += indicatorVersion(id, "2020-03-01T00:00:00.000Z", "gammaword") + "]}";
    auto r2 = f.import(f.dir.write("second.json", second));
    REQUIRE_FALSE(r2.error.has_value());
    CHECK(r2.updated == 1);
    CHECK(hits(*f.db, "betaword") == 0);
    CHECK(hits(*f.db, "gammaword") == 1);
    CHECK(hits(*f.db, "franistan") == 1);
    CHECK(f.db->exec("INSERT INTO intel_fts (intel_fts) VALUES ('integrity-check')").ok());
    CHECK(f.db->queryInt("SELECT count(*) FROM intel_fts_docsize").value() == 3);
}

TEST_CASE("a first load that fails leaves no index rows and no scratch file") {
    Fixture f;
    auto r = f.import(f.dir.write("broken.json", brokenAtTheEnd(bundle())));
    REQUIRE(r.error.has_value());
    CHECK(f.objects() == 0);
    CHECK(f.db->queryInt("SELECT count(*) FROM intel_fts_docsize").value() == 0);
    CHECK(hits(*f.db, "franistan") == 0);
    CHECK_FALSE(QFileInfo::exists(store::FtsBulkBuild::scratchPathFor(f.db->path())));
    // ... and the next load works.
    auto ok = f.import(f.dir.write("good.json", bundle()));
    CHECK(ok.added == 2);
    CHECK(hits(*f.db, "franistan") == 1);
}

namespace {

// Orders two connections without sleeping: B's busy handler says when B first has to wait for
// the write lock (it has looked at the cache by then), and holds B until the test releases it.
struct LockWait {
    std::mutex mutex;
    std::condition_variable changed;
    bool blocked = false;
    bool released = false;

    static int busy(void* self, int count) {
        auto& w = *static_cast<LockWait*>(self);
        std::unique_lock lock(w.mutex);
        w.blocked = true;
        w.changed.notify_all();
        w.changed.wait(lock, [&] { return w.released; });
        return count == 0; // one retry: the lock is free once released
    }
    bool untilBlocked() {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::seconds(30), [&] { return blocked; });
    }
    void release() {
        std::lock_guard lock(mutex);
        released = true;
        changed.notify_all();
    }
};

} // namespace

TEST_CASE("an import that waited for another one's first load does not treat the cache as empty") {
    // Connection A holds the write lock with objects stored but not committed; B starts an import
    // of a file with the same objects (it sees an empty cache), waits for the lock, and must
    // then store them as unchanged with the index kept whole, not bulk-load over A's data.
    Fixture a;
    const QString path = a.dir.write("b.json", bundle());
    auto openedB = store::Database::open(a.db->path());
    REQUIRE(openedB.ok());
    auto b = std::move(openedB).value();

    REQUIRE(a.db->exec("BEGIN IMMEDIATE").ok());
    auto first = a.import(path); // nests as a savepoint in A's open transaction
    REQUIRE_FALSE(first.error.has_value());
    REQUIRE(first.added == 2);
    LockWait wait;
    sqlite3_busy_handler(b->handle(), &LockWait::busy, &wait);
    imports::FileReport second;
    std::thread other([&] {
        second = imports::ImportService(*b).importFile({path, false}, imports::ImportOptions{}, core::CancelToken{});
    });
    const bool blocked = wait.untilBlocked();
    REQUIRE(a.db->exec("COMMIT").ok());
    wait.release();
    other.join();
    REQUIRE(blocked);
    REQUIRE_FALSE(second.error.has_value());
    CHECK(second.added == 0);
    CHECK(second.unchanged == 2);
    CHECK(a.objects() == 2);
    CHECK(hits(*a.db, "franistan") == 1);
    CHECK(a.db->queryInt("SELECT count(*) FROM intel_fts_docsize").value() == 2);
    CHECK(a.db->exec("INSERT INTO intel_fts (intel_fts) VALUES ('integrity-check')").ok());
}

TEST_CASE("a scratch index left by a killed first load is removed by the next import") {
    Fixture f;
    REQUIRE(f.import(f.dir.write("b.json", bundle())).added == 2);
    const QString scratch = store::FtsBulkBuild::scratchPathFor(f.db->path());
    {
        QFile stale(scratch);
        REQUIRE(stale.open(QIODevice::WriteOnly));
        stale.write("left by a killed import");
    }
    REQUIRE(QFileInfo::exists(scratch));
    auto r = f.import(f.dir.write("again.json", bundle()));
    CHECK(r.unchanged == 2);
    CHECK_FALSE(QFileInfo::exists(scratch));
}

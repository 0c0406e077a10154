#include "models/core/version.h"
#include "models/store/database.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QFile>

#include <sqlite3.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace lagebild;

TEST_CASE("opening a missing file creates a database at the latest schema") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("sub/dir/cache.sqlite"));
    auto db = store::Database::open(path);
    REQUIRE(db.ok());
    CHECK(QFile::exists(path));
    CHECK(db.value()->schemaVersion() == store::Database::latestSchemaVersion());
    CHECK(db.value()->schemaVersion() >= 1);
    CHECK(db.value()->queryInt("PRAGMA application_id").value() == core::kApplicationId);
    CHECK(db.value()->queryInt("PRAGMA foreign_keys").value() == 1);
    CHECK(db.value()->queryInt("PRAGMA synchronous").value() == 1); // NORMAL
    auto mode = db.value()->prepare("PRAGMA journal_mode");
    REQUIRE(mode.ok());
    REQUIRE(mode.value().step().value());
    CHECK(mode.value().columnText(0) == "wal");
    CHECK(db.value()->queryInt("PRAGMA page_size").value() == 16384);
}

TEST_CASE("an existing database keeps its page size") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        const std::string sql = "PRAGMA page_size=4096; PRAGMA application_id=" + std::to_string(core::kApplicationId);
        REQUIRE(sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    auto db = store::Database::open(path);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == store::Database::latestSchemaVersion());
    CHECK(db.value()->queryInt("PRAGMA page_size").value() == 4096);
}

TEST_CASE("every table the later features need exists from the first schema") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(db.ok());
    for (const char* table : {"stix_object", "stix_object_history", "object_marking", "stix_edge", "observable", "intel_fts",
                              "alert", "alert_match", "incident", "timeline_entry", "feed", "audit_log", "source"}) {
        CAPTURE(table);
        auto n = db.value()->prepare("SELECT count(*) FROM sqlite_schema WHERE name = ?1");
        REQUIRE(n.ok());
        n.value().bind(1, std::string_view(table));
        REQUIRE(n.value().step().value());
        CHECK(n.value().columnInt64(0) == 1);
    }
}

TEST_CASE("reopening a database applies no migration twice") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("c.sqlite"));
    { REQUIRE(store::Database::open(path).ok()); }
    auto again = store::Database::open(path);
    REQUIRE(again.ok());
    CHECK(again.value()->schemaVersion() == store::Database::latestSchemaVersion());
}

TEST_CASE("a file that is not a database is refused with its name in the message") {
    test::TempDir dir;
    const QString path = dir.write(QStringLiteral("notes.txt"), QByteArray(8192, 'x'));
    auto db = store::Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(path));
}

TEST_CASE("another application's SQLite file is refused") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
    sqlite3_exec(raw, "CREATE TABLE t(x); PRAGMA application_id=1234;", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    auto db = store::Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == core::ErrorCode::Schema);
}

TEST_CASE("a database from a newer Lagebild is refused, not downgraded") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("new.sqlite"));
    {
        auto db = store::Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(db.value()->exec("PRAGMA user_version=999").ok());
    }
    auto db = store::Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("newer")));
}

TEST_CASE("a transaction rolls back unless committed") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(db.ok());
    {
        store::Transaction tx(*db.value());
        REQUIRE(tx.isActive());
        REQUIRE(db.value()->exec("INSERT INTO source(kind, name) VALUES ('file', 'a')").ok());
    }
    CHECK(db.value()->queryInt("SELECT count(*) FROM source").value() == 0);
    {
        store::Transaction tx(*db.value());
        REQUIRE(db.value()->exec("INSERT INTO source(kind, name) VALUES ('file', 'b')").ok());
        REQUIRE(tx.commit().ok());
    }
    CHECK(db.value()->queryInt("SELECT count(*) FROM source").value() == 1);
}

TEST_CASE("a transaction inside a transaction nests: its rollback undoes only its part, the outer one decides") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("n.sqlite")));
    REQUIRE(db.ok());
    {
        store::Transaction outer(*db.value());
        REQUIRE(outer.isActive());
        REQUIRE(db.value()->exec("INSERT INTO source(kind, name) VALUES ('file', 'outer')").ok());
        {
            store::Transaction inner(*db.value());
            REQUIRE(inner.isActive());
            REQUIRE(db.value()->exec("INSERT INTO source(kind, name) VALUES ('file', 'dropped')").ok());
        } // rolled back
        {
            store::Transaction inner(*db.value());
            REQUIRE(inner.isActive());
            REQUIRE(db.value()->exec("INSERT INTO source(kind, name) VALUES ('file', 'kept')").ok());
            REQUIRE(inner.commit().ok());
        }
        CHECK(db.value()->queryInt("SELECT count(*) FROM source WHERE name = 'dropped'").value() == 0);
        CHECK(db.value()->queryInt("SELECT count(*) FROM source").value() == 2);
        CHECK(sqlite3_get_autocommit(db.value()->handle()) == 0); // still inside the outer one
        REQUIRE(outer.commit().ok());
    }
    CHECK(db.value()->queryInt("SELECT count(*) FROM source").value() == 2);
    {
        store::Transaction outer(*db.value());
        store::Transaction inner(*db.value());
        REQUIRE(db.value()->exec("INSERT INTO source(kind, name) VALUES ('file', 'gone')").ok());
        REQUIRE(inner.commit().ok());
    } // the outer one rolls back what the inner one committed into it
    CHECK(db.value()->queryInt("SELECT count(*) FROM source").value() == 2);
}

TEST_CASE("the audit log is append-only") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(db.ok());
    REQUIRE(db.value()->exec("INSERT INTO audit_log(time, actor, action) VALUES (1, 'me', 'import')").ok());
    CHECK_FALSE(db.value()->exec("UPDATE audit_log SET actor = 'you'").ok());
    CHECK_FALSE(db.value()->exec("DELETE FROM audit_log").ok());
    CHECK(db.value()->queryInt("SELECT count(*) FROM audit_log WHERE actor = 'me'").value() == 1);
}

TEST_CASE("observable and type lookups use their indexes") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(db.ok());
    auto planOf = [&](const char* sql) {
        auto st = db.value()->prepare(std::string("EXPLAIN QUERY PLAN ") + sql);
        REQUIRE(st.ok());
        QString plan;
        while (st.value().step().value())
            plan += st.value().columnQString(3) + QLatin1Char('\n');
        return plan;
    };
    CHECK(planOf("SELECT object_rid FROM observable WHERE type = 'ipv4-addr' AND value = '10.0.0.1'")
              .contains(QStringLiteral("observable_key")));
    CHECK(planOf("SELECT rid FROM stix_object WHERE type = 'indicator' ORDER BY modified DESC LIMIT 200")
              .contains(QStringLiteral("stix_object_type")));
    CHECK(planOf("SELECT rid FROM stix_object WHERE id = 'x'").contains(QStringLiteral("INDEX")));
    CHECK(planOf("SELECT rid FROM alert WHERE status = 'new' ORDER BY time DESC, rid DESC LIMIT 200")
              .contains(QStringLiteral("alert_status_time")));
}

TEST_CASE("two connections creating the same new database at once both succeed") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("race.sqlite"));
    std::vector<std::thread> threads;
    std::atomic<int> ok{0};
    for (int i = 0; i < 4; ++i)
        threads.emplace_back([&] {
            if (store::Database::open(path).ok())
                ++ok;
        });
    for (auto& t : threads)
        t.join();
    CHECK(ok == 4);
}

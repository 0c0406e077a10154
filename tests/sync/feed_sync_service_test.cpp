#include "models/store/feed_repository.h"
#include "models/sync/feed_sync_service.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QCoreApplication>
#include <QTranslator>

#include <map>
#include <string>

using namespace lagebild;

namespace {

std::string indicator(int n) {
    char id[64];
    std::snprintf(id, sizeof id, "indicator--00000000-0000-4000-8000-%012d", n);
    return std::string(R"({"type":"indicator","spec_version":"2.1","id":")") + id +
           R"(","created":"2024-01-01T00:00:00.000Z","modified":"2024-01-01T00:00:00.000Z","name":"feed item )" +
           std::to_string(n) + R"(","pattern":"[ipv4-addr:value = '10.0.0.)" + std::to_string(n % 250) +
           R"(']","pattern_type":"stix","valid_from":"2024-01-01T00:00:00Z"})";
}

/// A scripted feed: `pages` pages of `perPage` indicators; cursor "cN" = N pages delivered.
/// `failAt` makes the fetch of that page (1-based) fail; `corruptAt` delivers invalid JSON there.
struct Script {
    int pages = 5;
    int perPage = 10;
    int failAt = 0;
    int corruptAt = 0;
    std::vector<QString> cursorsSeen;
};

class ScriptedClient final : public sync::FeedClient {
public:
    explicit ScriptedClient(Script& s) : m_s(s) {}
    core::Result<sync::FeedPage> fetch(const QString& cursor, const core::CancelToken&) override {
        m_s.cursorsSeen.push_back(cursor);
        const int done = cursor.isEmpty() ? 0 : cursor.mid(1).toInt();
        sync::FeedPage page;
        page.format = QStringLiteral("stix");
        if (done >= m_s.pages) { // nothing new
            page.nextCursor = cursor;
            return page;
        }
        const int number = done + 1;
        if (number == m_s.failAt)
            return core::Error::make(core::ErrorCode::Network, QStringLiteral("connection reset by peer"));
        page.label = core::Message::plain(QStringLiteral("page %1").arg(number));
        page.nextCursor = QStringLiteral("c%1").arg(number);
        page.more = number < m_s.pages;
        if (number == m_s.corruptAt) {
            page.body = R"({"more":true,"objects":[{"type":"indicator",)";
            return page;
        }
        page.body = page.more ? R"({"more":true,"next":"x","objects":[)" : R"({"objects":[)";
        for (int i = 0; i < m_s.perPage; ++i)
            page.body += (i ? "," : "") + indicator(done * m_s.perPage + i);
        page.body += "]}";
        return page;
    }

private:
    Script& m_s;
};

sync::FeedClientFactory factoryFor(Script& s) {
    return [&s](const core::FeedConfig&, const sync::FeedSecret&,
                const sync::NetLimits&) -> core::Result<std::unique_ptr<sync::FeedClient>> {
        return std::unique_ptr<sync::FeedClient>(std::make_unique<ScriptedClient>(s));
    };
}

std::int64_t count(store::Database& db, const char* sql) { return db.queryInt(sql).value(); }

core::FeedConfig feedIn(store::Database& db) {
    core::FeedConfig c;
    c.name = QStringLiteral("partner");
    c.kind = QStringLiteral("taxii21");
    c.url = QStringLiteral("https://taxii.example.org/api1/");
    c.collection = QStringLiteral("early-warnings");
    c.tlp = QStringLiteral("amber");
    store::Transaction tx(db);
    store::FeedRepository repo(db, QStringLiteral("t"));
    auto rid = repo.add(c, 1);
    REQUIRE(rid.ok());
    REQUIRE(tx.commit().ok());
    return repo.get(c.name).value().config;
}

} // namespace

TEST_CASE("a feed fault keeps exactly the committed pages, and the next run resumes after them") {
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    store::Database& db = *opened.value();
    Script script;
    script.failAt = 3;
    sync::FeedSyncService service(db, factoryFor(script));

    auto first = service.run(feedIn(db), core::CancelToken{});
    CHECK_FALSE(first.ok);
    CHECK(first.pages == 2);
    CHECK(first.added == 20);
    CHECK(first.error.contains(QStringLiteral("connection reset")));
    CHECK(count(db, "SELECT count(*) FROM stix_object") == 20);
    store::FeedRepository repo(db, QStringLiteral("t"));
    auto state = repo.get(QStringLiteral("partner")).value();
    CHECK(state.config.cursor == QStringLiteral("c2"));
    REQUIRE(state.lastRun);
    CHECK_FALSE(state.lastRun->ok);
    CHECK_FALSE(state.lastSuccess);

    script.failAt = 0;
    script.cursorsSeen.clear();
    auto second = service.run(state.config, core::CancelToken{});
    CHECK(second.ok);
    REQUIRE_FALSE(script.cursorsSeen.empty());
    CHECK(script.cursorsSeen.front() == QStringLiteral("c2"));
    CHECK(second.pages == 3);
    CHECK(second.added == 30);
    CHECK(second.unchanged == 0);
    CHECK(count(db, "SELECT count(*) FROM stix_object") == 50);
    // Unmarked objects got the feed's default TLP; the source is the feed.
    CHECK(count(db, "SELECT count(*) FROM stix_object WHERE tlp = 'amber'") == 50);
    CHECK(count(db, "SELECT count(*) FROM source WHERE name = 'feed:partner'") == 1);

    // Nothing new: one empty page, nothing added, the run is a success.
    state = repo.get(QStringLiteral("partner")).value();
    auto third = service.run(state.config, core::CancelToken{});
    CHECK(third.ok);
    CHECK(third.added + third.updated == 0);
    CHECK(count(db, "SELECT count(*) FROM stix_object") == 50);
    CHECK(count(db, "SELECT count(*) FROM feed_run") == 3);
    CHECK(repo.get(QStringLiteral("partner")).value().lastSuccess.has_value());
}

TEST_CASE("a page that is not valid JSON stops the run, names the page, and does not move the cursor") {
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    store::Database& db = *opened.value();
    Script script;
    script.corruptAt = 2;
    sync::FeedSyncService service(db, factoryFor(script));
    auto report = service.run(feedIn(db), core::CancelToken{});
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("page 2")));
    CHECK(count(db, "SELECT count(*) FROM stix_object") == 10);
    store::FeedRepository repo(db, QStringLiteral("t"));
    CHECK(repo.get(QStringLiteral("partner")).value().config.cursor == QStringLiteral("c1"));
    CHECK(repo.get(QStringLiteral("partner")).value().config.cursor == QStringLiteral("c1"));
}

TEST_CASE("a cancelled run stores nothing of the page in flight and says where it stopped") {
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    store::Database& db = *opened.value();
    Script script;
    sync::FeedSyncService service(db, factoryFor(script));
    core::CancelToken cancel;
    cancel.cancel();
    auto report = service.run(feedIn(db), cancel);
    CHECK_FALSE(report.ok);
    CHECK(report.pages == 0);
    CHECK(count(db, "SELECT count(*) FROM stix_object") == 0);
}

TEST_CASE("a feed's last error reads in the language of whoever looks, not of the run that wrote it") {
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    store::Database& db = *opened.value();
    core::FeedConfig c;
    c.name = QStringLiteral("partner");
    c.kind = QStringLiteral("stix-url");
    c.url = QStringLiteral("https://127.0.0.1:9/feed.json"); // nothing listens: refused at once
    {
        store::Transaction tx(db);
        REQUIRE(store::FeedRepository(db, QStringLiteral("t")).add(c, 1).ok());
        REQUIRE(tx.commit().ok());
    }
    c = store::FeedRepository(db, QStringLiteral("t")).get(c.name).value().config;
    // The run happens in German …
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(LAGEBILD_QM_DIR "/lagebild_de.qm")));
    QCoreApplication::installTranslator(&german);
    sync::NetLimits limits;
    limits.maxRetries = 0;
    auto report = sync::FeedSyncService(db, sync::makeFeedClient, limits).run(c, core::CancelToken{});
    auto stored = store::FeedRepository(db, QStringLiteral("t")).get(c.name).value().lastRun;
    QCoreApplication::removeTranslator(&german);
    REQUIRE_FALSE(report.ok);
    CAPTURE(report.error);
    CHECK(report.error.contains(QStringLiteral("fehlgeschlagen")));
    REQUIRE(stored);
    // … and is read in English: the template and arguments were kept, not only the German text.
    const QString english = stored->errorText();
    CAPTURE(english);
    CHECK(english.contains(QStringLiteral("failed: the connection was refused")));
    CHECK_FALSE(english.contains(QStringLiteral("fehlgeschlagen")));
    CHECK(english.contains(QStringLiteral("https://127.0.0.1:9/feed.json")));
    CHECK(english.count(QStringLiteral("partner")) == 1);
    CHECK(stored->error == report.error); // the text as written stays for older readers
}

TEST_CASE("feed settings are checked before they are stored") {
    core::FeedConfig c;
    c.name = QStringLiteral("x");
    c.kind = QStringLiteral("stix-url");
    c.url = QStringLiteral("https://cert.example.eu/feed.json");
    CHECK(sync::validateFeedConfig(c).ok());
    c.url = QStringLiteral("http://cert.example.eu/feed.json");
    CHECK(sync::validateFeedConfig(c).error().message.contains(QStringLiteral("https://")));
    c.url = QStringLiteral("http://127.0.0.1:8080/feed.json");
    CHECK(sync::validateFeedConfig(c).ok());
    c.url = QStringLiteral("http://localhost/feed.json");
    CHECK(sync::validateFeedConfig(c).ok());
    c.kind = QStringLiteral("rss");
    CHECK_FALSE(sync::validateFeedConfig(c).ok());
    c.kind = QStringLiteral("taxii21");
    CHECK(sync::validateFeedConfig(c).error().message.contains(QStringLiteral("--collection")));
    c.collection = QStringLiteral("c1");
    c.tlp = QStringLiteral("purple");
    CHECK_FALSE(sync::validateFeedConfig(c).ok());
    c.tlp = QStringLiteral("amber+strict");
    c.auth = core::FeedAuth::Basic;
    CHECK(sync::validateFeedConfig(c).error().message.contains(QStringLiteral("--secret-env")));
    c.secretEnv = QStringLiteral("PARTNER_PASSWORD");
    CHECK(sync::validateFeedConfig(c).ok());
}

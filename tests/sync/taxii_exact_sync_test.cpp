// Issue 12: a TAXII sync that reports success holds every object the collection serves, whatever
// the server does with tokens, timestamps, retries and time. Each case is a behaviour of the OASIS
// reference server (medallion) or of the network between, played by the fake server; the same
// cases run against medallion itself in tests/cli/medallion_sync_test.py.

#include "models/store/feed_repository.h"
#include "models/sync/feed_sync_service.h"
#include "models/sync/taxii/taxii_feed_client.h"
#include "tests/support/fake_feed_server.h"
#include "tests/support/temp_dir.h"
#include "tests/sync/net_test_helpers.h"

#include <doctest/doctest.h>

#include <atomic>
#include <set>

using namespace lagebild;
using lagebild::test::FakeFeedServer;
using lagebild::test::Fault;
using lagebild::test::FaultSpec;
using lagebild::test::TaxiiPaging;

namespace {

using test::indicatorIds;

sync::NetLimits pagesOf(int n) {
    auto limits = test::fastLimits();
    limits.pageSize = n;
    return limits;
}

// A fake server paging as medallion does (one shared token per query, moved on by every request).
struct Medallion {
    FakeFeedServer server;
    Medallion() {
        server.addCollection("c1", "Indicators");
        server.setTaxiiPaging(TaxiiPaging::SharedToken);
        REQUIRE(server.start());
    }
    std::unique_ptr<sync::FeedClient> client(int pageSize = 10) {
        auto made = sync::makeFeedClient(
            test::feedConfig(QStringLiteral("taxii21"), server.url("/taxii2/"), QStringLiteral("c1")), {}, pagesOf(pageSize));
        REQUIRE(made);
        return std::move(made.value());
    }
};

// A cache with the feed stored, synced through FeedSyncService as the CLI and the window do.
struct Cache {
    test::TempDir dir;
    std::unique_ptr<store::Database> db;
    core::FeedConfig feed;
    explicit Cache(const QString& url) {
        auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        store::FeedRepository repo(*db, QStringLiteral("t"));
        store::Transaction tx(*db);
        REQUIRE(repo.add(test::feedConfig(QStringLiteral("taxii21"), url, QStringLiteral("c1")), 1).ok());
        REQUIRE(tx.commit().ok());
    }
    sync::FeedSyncReport sync(int pageSize) {
        feed = store::FeedRepository(*db, QStringLiteral("t")).get(QStringLiteral("test-feed")).value().config;
        return sync::FeedSyncService(*db, sync::makeFeedClient, pagesOf(pageSize)).run(feed, core::CancelToken{});
    }
    std::int64_t objects() { return db->queryInt("SELECT count(*) FROM stix_object").value(); }
};

} // namespace

TEST_CASE("exact sync: one token for every page of a query (medallion) - page sizes 2 and 10 lose nothing") {
    for (const int pageSize : {2, 10}) {
        Medallion m;
        m.server.generateIndicators("c1", 5);
        m.server.generateIndicatorBatch("c1", 23); // one POST: one date_added for all of them
        auto run = test::runFeed(*m.client(pageSize), {});
        REQUIRE_FALSE(run.error);
        CHECK(indicatorIds(run.allBodies()).size() == 28);
        int withNext = 0;
        std::set<std::string> tokens;
        for (const auto& r : m.server.requests()) {
            const auto at = r.target.find("next=");
            if (at != std::string::npos) {
                ++withNext;
                tokens.insert(r.target.substr(at));
            }
        }
        CHECK(withNext == (28 + pageSize - 1) / pageSize - 1);
        CHECK(tokens.size() == 1); // the same token throughout, and legal
    }
}

TEST_CASE("exact sync: a dropped answer to a `next` request is never repeated - the query restarts at the resume point") {
    Medallion m;
    m.server.generateIndicators("c1", 30);
    FaultSpec drop{Fault::DropAnswer, "/api1/collections/c1/objects/", 1};
    drop.queryContains = "next=";
    drop.skip = 1; // page 2 is served and lost on the way; the server's position moved on to page 3
    m.server.setFault(drop);
    auto client = m.client();
    auto run = test::runFeed(*client, {});
    REQUIRE_FALSE(run.error);
    CHECK(indicatorIds(run.allBodies()).size() == 30);
    CHECK(static_cast<sync::taxii::TaxiiFeedClient&>(*client).restarts() == 1);
    // The dropped request was sent once; the restart is a new query from the committed resume point.
    int dropped = 0;
    for (const auto& r : m.server.requests())
        dropped += r.target.find("next=") != std::string::npos ? 1 : 0;
    CHECK(dropped == 3); // pages 2 and 3 (dropped) of the first query, page 2 of the restarted one
}

TEST_CASE("exact sync: a connection cut mid-body on a `next` request restarts the query, and the cache is exact") {
    Medallion m;
    m.server.generateIndicatorBatch("c1", 40);
    Cache cache(m.server.url("/taxii2/"));
    FaultSpec cut{Fault::TruncatedBody, "/api1/collections/c1/objects/", 1};
    cut.queryContains = "next=";
    cut.skip = 2;
    m.server.setFault(cut);
    auto first = cache.sync(10);
    CHECK(first.ok);
    CHECK(first.error.isEmpty());
    CHECK(cache.objects() == 40);
    CHECK(first.added == 40);
}

TEST_CASE("exact sync: the token expires between runs - the next run resumes by time and stores the rest of the POST") {
    Medallion m;
    m.server.generateIndicatorBatch("c1", 25); // one POST, one date_added
    Cache cache(m.server.url("/taxii2/"));
    // The run is killed after its first page: page 2 answers 500 for good.
    FaultSpec kill{Fault::FailAfterPage, "/api1/collections/c1/objects/"};
    kill.afterPages = 1;
    m.server.setFault(kill);
    auto killed = cache.sync(10);
    CHECK_FALSE(killed.ok);
    CHECK(cache.objects() == 10);
    m.server.clearFault();
    m.server.expireNextTokens(); // the earlier run's token is gone (and the cursor never kept it)
    m.server.generateIndicators("c1", 3);
    auto resumed = cache.sync(10);
    CHECK(resumed.error == QString());
    CHECK(resumed.ok);
    CHECK(cache.objects() == 28); // the other 15 of that POST were not skipped, and the 3 after it came
    CHECK(resumed.added == 18);
}

TEST_CASE("exact sync: a token that expires in the middle of a run restarts the query, and nothing is lost") {
    Medallion m;
    m.server.generateIndicators("c1", 35);
    std::atomic_int expireAt{2};
    m.server.onDataRequest([&](int n) {
        if (n == expireAt.load())
            m.server.setNextTokenLifetimeMs(-1); // from now on every token is expired
        else
            m.server.setNextTokenLifetimeMs(0);
    });
    auto client = m.client();
    auto run = test::runFeed(*client, {});
    REQUIRE_FALSE(run.error);
    CHECK(indicatorIds(run.allBodies()).size() == 35);
    CHECK(static_cast<sync::taxii::TaxiiFeedClient&>(*client).restarts() == 1);
}

TEST_CASE("exact sync: second and third runs add exactly what was posted in between, then nothing") {
    Medallion m;
    m.server.generateIndicatorBatch("c1", 17);
    Cache cache(m.server.url("/taxii2/"));
    auto first = cache.sync(5);
    REQUIRE(first.ok);
    CHECK(first.added == 17);
    m.server.generateIndicatorBatch("c1", 6);
    m.server.generateIndicatorBatch("c1", 4);
    auto second = cache.sync(5);
    REQUIRE(second.ok);
    CHECK(second.added == 10);
    auto third = cache.sync(5);
    REQUIRE(third.ok);
    CHECK(third.added == 0);
    CHECK(third.updated == 0);
    CHECK(cache.objects() == 27);
}

TEST_CASE("exact sync: STIX 2.0 objects are asked for - the newest version wins even when it is a 2.0 one") {
    FakeFeedServer server;
    server.addCollection("c1", "Mixed");
    const std::string id = "indicator--0a0a0a0a-0000-4000-8000-000000000001";
    server.addObject(
        "c1", R"({"type":"indicator","spec_version":"2.1","id":")" + id +
                  R"(","created":"2025-01-01T00:00:00.000Z","modified":"2025-01-01T00:00:00.000Z","name":"old 2.1",)"
                  R"("pattern":"[ipv4-addr:value = '192.0.2.1']","pattern_type":"stix","valid_from":"2025-01-01T00:00:00Z"})");
    server.addObject("c1", R"({"type":"indicator","id":")" + id +
                               R"(","created":"2025-01-01T00:00:00.000Z","modified":"2025-06-01T00:00:00.000Z","name":"new 2.0",)"
                               R"("labels":["malicious-activity"],"pattern":"[ipv4-addr:value = '192.0.2.1']",)"
                               R"("valid_from":"2025-01-01T00:00:00Z"})");
    REQUIRE(server.start());
    auto client = sync::makeFeedClient(test::feedConfig(QStringLiteral("taxii21"), server.url("/api1/"), QStringLiteral("c1")),
                                       {}, pagesOf(10));
    auto run = test::runFeed(*client.value(), {});
    REQUIRE_FALSE(run.error);
    CHECK(run.allBodies().find("new 2.0") != std::string::npos);
    CHECK(server.requestCount("/api1/collections/c1/objects/?limit=10&match[spec_version]=2.0%2C2.1") == 1);
}

TEST_CASE("exact sync: a discovery document naming localhost for 127.0.0.1 is the same server") {
    FakeFeedServer server;
    server.addCollection("c1", "Indicators");
    server.generateIndicators("c1", 4);
    REQUIRE(server.start());
    server.setDiscoveryDefault("http://localhost:" + std::to_string(server.port()) + "/api1/");
    auto config = test::feedConfig(QStringLiteral("taxii21"), server.url("/taxii2/"), QStringLiteral("c1"));
    config.auth = core::FeedAuth::Bearer;
    server.requireAuthorization("Bearer s3cret");
    auto client = sync::makeFeedClient(config, sync::FeedSecret{"s3cret"}, pagesOf(10));
    auto run = test::runFeed(*client.value(), {});
    REQUIRE_FALSE(run.error);
    CHECK(indicatorIds(run.allBodies()).size() == 4);
    for (const auto& r : server.requests())
        CHECK(r.host == "127.0.0.1:" + std::to_string(server.port())); // reached through the configured host
    // Another port is another server: refused, naming it.
    server.setDiscoveryDefault("http://localhost:1/api1/");
    auto other = sync::makeFeedClient(config, sync::FeedSecret{"s3cret"}, pagesOf(10));
    auto refused = test::runFeed(*other.value(), {});
    REQUIRE(refused.error);
    CHECK(refused.error->message.contains(QStringLiteral("localhost:1")));
}

TEST_CASE("exact sync: a slow first byte within the feed's time limit is waited for, and reported while waited") {
    Medallion m;
    m.server.generateIndicators("c1", 3);
    FaultSpec slow{Fault::SlowFirstByte, "/api1/collections/c1/objects/", 1};
    slow.delayMs = 1500;
    m.server.setFault(slow);
    auto limits = pagesOf(10);
    limits.requestDeadlineMs = 4000;
    std::atomic_int waits{0};
    limits.onWaiting = [&](std::int64_t, std::int64_t limitMs) {
        CHECK(limitMs == 4000);
        ++waits;
    };
    auto client = sync::makeFeedClient(test::feedConfig(QStringLiteral("taxii21"), m.server.url("/api1/"), QStringLiteral("c1")),
                                       {}, limits);
    auto run = test::runFeed(*client.value(), {});
    REQUIRE_FALSE(run.error);
    CHECK(indicatorIds(run.allBodies()).size() == 3);
    CHECK(waits.load() >= 1);
}

TEST_CASE("exact sync: an answer slower than the feed's time limit fails, and the message states that limit") {
    Medallion m;
    m.server.generateIndicators("c1", 3);
    Cache cache(m.server.url("/api1/"));
    {
        store::FeedRepository repo(*cache.db, QStringLiteral("t"));
        auto feed = repo.get(QStringLiteral("test-feed")).value().config;
        feed.timeoutSeconds = 1;
        store::Transaction tx(*cache.db);
        REQUIRE(repo.update(feed, 2).ok());
        REQUIRE(tx.commit().ok());
    }
    FaultSpec slow{Fault::SlowFirstByte, "/api1/collections/c1/objects/"};
    slow.delayMs = 2500;
    m.server.setFault(slow);
    auto report = cache.sync(10);
    CHECK_FALSE(report.ok);
    CHECK(report.error.contains(QStringLiteral("within 1 s")));
    CHECK(cache.objects() == 0);
}

// End to end: FeedSyncService + the real network clients against the fake TAXII/MISP server,
// and the `sync` command line against it. The store must hold exactly the pages committed
// before a fault, and the next run must resume after them.

#include "models/store/feed_repository.h"
#include "models/sync/feed_sync_service.h"
#include "tests/support/fake_feed_server.h"
#include "tests/support/temp_dir.h"
#include "tests/sync/net_test_helpers.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace lagebild;

namespace {

std::int64_t count(store::Database& db, const char* sql) { return db.queryInt(sql).value(); }

core::FeedConfig stored(store::Database& db, core::FeedConfig c) {
    store::FeedRepository repo(db, QStringLiteral("t"));
    auto existing = repo.get(c.name);
    if (!existing) {
        store::Transaction tx(db);
        REQUIRE(repo.add(c, 1).ok());
        REQUIRE(tx.commit().ok());
    }
    return repo.get(c.name).value().config;
}

sync::NetLimits pagesOf(int n) {
    auto limits = test::fastLimits();
    limits.pageSize = n;
    return limits;
}

} // namespace

TEST_CASE("TAXII sync: a fault after one page keeps that page - the next run completes without duplicates") {
    test::FakeFeedServer server;
    server.addCollection("c1", "Early warnings");
    server.generateIndicators("c1", 250);
    REQUIRE(server.start());
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    store::Database& db = *opened.value();
    core::FeedConfig feed =
        stored(db, test::feedConfig(QStringLiteral("taxii21"), server.url("/taxii2/"), QStringLiteral("Early warnings")));
    sync::FeedSyncService service(db, sync::makeFeedClient, pagesOf(100));

    test::FaultSpec fault(test::Fault::FailAfterPage, "/api1/collections/c1/objects/");
    fault.afterPages = 1;
    server.setFault(fault);
    auto first = service.run(feed, core::CancelToken{});
    CHECK_FALSE(first.ok);
    CHECK(first.pages == 1);
    CHECK(first.added == 100);
    CHECK(count(db, "SELECT count(*) FROM stix_object") == 100);
    CHECK_FALSE(first.error.isEmpty());
    // The message names the feed once (it said "NAME: Feed NAME: …").
    CAPTURE(first.error);
    CHECK(first.error.count(feed.name) == 1);

    server.clearFault();
    server.clearRequests();
    feed = store::FeedRepository(db, QStringLiteral("t")).get(feed.name).value().config;
    CHECK_FALSE(feed.cursor.isEmpty());
    auto second = service.run(feed, core::CancelToken{});
    CHECK(second.ok);
    CHECK(second.added == 150);
    CHECK(count(db, "SELECT count(*) FROM stix_object") == 250);
    // The resumed run did not start from the beginning: no objects request without a resume point.
    for (const auto& r : server.requests())
        if (r.target.find("/objects/") != std::string::npos)
            CHECK((r.target.find("next=") != std::string::npos || r.target.find("added_after=") != std::string::npos));

    // Nothing new: nothing added, nothing updated.
    feed = store::FeedRepository(db, QStringLiteral("t")).get(feed.name).value().config;
    auto third = service.run(feed, core::CancelToken{});
    CHECK(third.ok);
    CHECK(third.added == 0);
    CHECK(third.updated == 0);
    CHECK(count(db, "SELECT count(*) FROM stix_object") == 250);
}

TEST_CASE("TAXII sync: a server repeating its `next` token ends the run with an error, keeping what came before") {
    test::FakeFeedServer server;
    server.addCollection("c1", "Indicators");
    server.generateIndicators("c1", 50);
    REQUIRE(server.start());
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    store::Database& db = *opened.value();
    const core::FeedConfig feed =
        stored(db, test::feedConfig(QStringLiteral("taxii21"), server.url("/taxii2/"), QStringLiteral("c1")));
    server.setFault({test::Fault::RepeatedNext, "/api1/collections/c1/objects/"});
    auto report = sync::FeedSyncService(db, sync::makeFeedClient, pagesOf(10)).run(feed, core::CancelToken{});
    CHECK_FALSE(report.ok);
    CHECK(report.pages >= 1);
    CHECK(report.pages < 10);
    CHECK(count(db, "SELECT count(*) FROM stix_object") == report.added);
}

TEST_CASE("MISP feed sync imports every event once - a second run fetches nothing new") {
    test::FakeFeedServer server;
    int events = 0;
    for (const char* f : {"201611_KeyBoy-misp.json", "201712_Cyberbit-misp.json", "201803_BadTraffic-misp.json"})
        events += server.loadMispEvents(QStringLiteral(LAGEBILD_TESTDATA_DIR "/misp/events/citizenlab/") + QLatin1String(f));
    REQUIRE(events == 3);
    REQUIRE(server.start());
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    store::Database& db = *opened.value();
    core::FeedConfig feed = stored(db, test::feedConfig(QStringLiteral("misp-feed"), server.url("/misp-feed/")));
    sync::FeedSyncService service(db, sync::makeFeedClient, pagesOf(100));
    auto first = service.run(feed, core::CancelToken{});
    CAPTURE(first.error);
    REQUIRE(first.ok);
    CHECK(first.pages >= events);
    CHECK(first.added > 0);
    const auto objects = count(db, "SELECT count(*) FROM stix_object");
    feed = store::FeedRepository(db, QStringLiteral("t")).get(feed.name).value().config;
    server.clearRequests();
    auto second = service.run(feed, core::CancelToken{});
    CHECK(second.ok);
    CHECK(second.added == 0);
    CHECK(count(db, "SELECT count(*) FROM stix_object") == objects);
    CHECK(server.requestCount("/misp-feed/manifest.json") == 1);
    CHECK(server.requests().size() == 1); // no event fetched again
}

TEST_CASE("the sync command line: JSON per feed, exit 1 when a feed fails, secrets from the environment only") {
    test::FakeFeedServer server;
    server.addCollection("c1", "Indicators");
    server.generateIndicators("c1", 30);
    server.requireAuthorization("Bearer s3cret-token");
    REQUIRE(server.start());
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("c.sqlite"));
    const auto lagebild = [&](const QStringList& args, const QString& token = {}) {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PARTNER_TOKEN"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("PARTNER_TOKEN"), token);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LAGEBILD_BINARY), QStringList{QStringLiteral("--db"), db} + args);
        REQUIRE(p.waitForFinished(120000));
        return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
    };
    auto [addCode, addOut, addErr] =
        lagebild({QStringLiteral("feeds"), QStringLiteral("add"), QStringLiteral("partner"), QStringLiteral("--kind"),
                  QStringLiteral("taxii21"), QStringLiteral("--url"), server.url("/taxii2/"), QStringLiteral("--collection"),
                  QStringLiteral("c1"), QStringLiteral("--secret-env"), QStringLiteral("PARTNER_TOKEN"), QStringLiteral("--tlp"),
                  QStringLiteral("green")});
    CAPTURE(addErr);
    REQUIRE(addCode == 0);

    auto [failCode, failOut, failErr] = lagebild({QStringLiteral("sync"), QStringLiteral("--json")}, QStringLiteral("wrong"));
    CHECK(failCode == 1);
    const auto failed = QJsonDocument::fromJson(failOut).object()[QStringLiteral("feeds")].toArray();
    REQUIRE(failed.size() == 1);
    CHECK(failed[0].toObject()[QStringLiteral("ok")].toBool() == false);
    CHECK_FALSE(failed[0].toObject()[QStringLiteral("error")].toString().isEmpty());
    CHECK_FALSE(failErr.contains("wrong")); // the secret is never printed

    auto [okCode, okOut, okErr] =
        lagebild({QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("partner")}, QStringLiteral("s3cret-token"));
    CAPTURE(okErr);
    CHECK(okCode == 0);
    const auto feeds = QJsonDocument::fromJson(okOut).object()[QStringLiteral("feeds")].toArray();
    REQUIRE(feeds.size() == 1);
    const auto r = feeds[0].toObject();
    CHECK(r[QStringLiteral("feed")].toString() == QStringLiteral("partner"));
    CHECK(r[QStringLiteral("ok")].toBool());
    CHECK(r[QStringLiteral("added")].toInt() == 30);
    for (const char* key : {"pages", "updated", "unchanged", "rejected", "error"})
        CHECK(r.contains(QLatin1String(key)));

    auto [showCode, showOut, showErr] =
        lagebild({QStringLiteral("feeds"), QStringLiteral("show"), QStringLiteral("partner"), QStringLiteral("--json")});
    CHECK(showCode == 0);
    CHECK_FALSE(showOut.contains("s3cret"));
    CHECK(QJsonDocument::fromJson(showOut).object()[QStringLiteral("last_run")].toObject()[QStringLiteral("ok")].toBool());
}

TEST_CASE("MISP REST sync pages through restSearch with the API key and imports every event") {
    test::FakeFeedServer server;
    int events = 0;
    for (const char* f : {"201611_KeyBoy-misp.json", "201712_Cyberbit-misp.json", "201803_BadTraffic-misp.json"})
        events += server.loadMispEvents(QStringLiteral(LAGEBILD_TESTDATA_DIR "/misp/events/citizenlab/") + QLatin1String(f));
    REQUIRE(events == 3);
    server.setMispKey("misp-api-key-1");
    REQUIRE(server.start());
    qputenv("LAGEBILD_TEST_MISP_KEY", "misp-api-key-1");
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    store::Database& db = *opened.value();
    core::FeedConfig config = test::feedConfig(QStringLiteral("misp"), server.url("/misp/"));
    config.auth = core::FeedAuth::ApiKey;
    config.secretEnv = QStringLiteral("LAGEBILD_TEST_MISP_KEY");
    core::FeedConfig feed = stored(db, config);
    auto report = sync::FeedSyncService(db, sync::makeFeedClient, pagesOf(2)).run(feed, core::CancelToken{});
    CAPTURE(report.error);
    REQUIRE(report.ok);
    CHECK(report.pages >= 2);
    CHECK(count(db, "SELECT count(*) FROM stix_object WHERE type = 'report'") >= 3);
    qunsetenv("LAGEBILD_TEST_MISP_KEY");
}

TEST_CASE("MISP feed sync: an event that answers 404 fails the run at its end, stores the others, and comes on the next run") {
    test::FakeFeedServer server;
    for (int i = 0; i < 4; ++i)
        server.addMispEvent(QStringLiteral("5e1c0000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')).toStdString(),
                            1'700'000'000 + i);
    server.setMispEventServed("5e1c0000-0000-4000-8000-000000000001", false);
    REQUIRE(server.start());
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("c.sqlite")));
    REQUIRE(opened.ok());
    store::Database& db = *opened.value();
    core::FeedConfig feed = stored(db, test::feedConfig(QStringLiteral("misp-feed"), server.url("/misp-feed/")));
    sync::FeedSyncService service(db, sync::makeFeedClient, test::fastLimits());
    auto first = service.run(feed, core::CancelToken{});
    CHECK_FALSE(first.ok);
    CHECK(first.error.contains(QStringLiteral("5e1c0000-0000-4000-8000-000000000001")));
    CHECK(count(db, "SELECT count(*) FROM stix_object WHERE type = 'report'") == 3);
    server.setMispEventServed("5e1c0000-0000-4000-8000-000000000001", true);
    feed = store::FeedRepository(db, QStringLiteral("t")).get(feed.name).value().config;
    auto second = service.run(feed, core::CancelToken{});
    CHECK(second.ok);
    CHECK(count(db, "SELECT count(*) FROM stix_object WHERE type = 'report'") == 4);
}

#include "models/sync/feed_client.h"
#include "models/sync/net/feed_http.h"
#include "models/sync/net/http_client.h"
#include "models/sync/taxii/taxii_client.h"
#include "models/sync/taxii/taxii_feed_client.h"
#include "tests/support/fake_feed_server.h"
#include "tests/support/temp_dir.h"
#include "tests/sync/net_test_helpers.h"

#include <doctest/doctest.h>

#include <set>

using namespace lagebild;
using lagebild::test::FakeFeedServer;
using lagebild::test::Fault;
using lagebild::test::FaultSpec;
using lagebild::test::TaxiiPaging;

namespace {

// A TAXII server with 25 generated indicators in collection "c1" titled "Indicators".
struct Taxii {
    FakeFeedServer server;
    explicit Taxii(int objects = 25) {
        server.addCollection("c1", "Indicators");
        server.addCollection("c2", "Empty");
        server.generateIndicators("c1", objects);
        REQUIRE(server.start());
    }
    std::unique_ptr<sync::FeedClient> client(const QString& collection = QStringLiteral("Indicators"),
                                             const sync::NetLimits& limits = test::fastLimits(),
                                             const std::string& path = "/taxii2/") {
        auto made = sync::makeFeedClient(test::feedConfig(QStringLiteral("taxii21"), server.url(path), collection), {}, limits);
        REQUIRE(made);
        return std::move(made.value());
    }
};

using test::indicatorIds;

sync::net::HttpOptions optionsFor(const FakeFeedServer& server) {
    sync::net::HttpOptions options;
    options.origin = *sync::net::Url::parse(server.url("/").toStdString());
    options.limits = test::fastLimits();
    options.feedName = QStringLiteral("taxii");
    return options;
}

} // namespace

TEST_CASE("TAXII: discovery, API root, collection by title, then every page of objects") {
    Taxii t;
    auto client = t.client();
    auto run = test::runFeed(*client, {});
    REQUIRE_FALSE(run.error);
    REQUIRE(run.pages.size() == 3); // 10 + 10 + 5
    CHECK(run.pages[0].more);
    CHECK(run.pages[1].more);
    CHECK_FALSE(run.pages[2].more);
    for (const auto& page : run.pages) {
        CHECK(page.format == QStringLiteral("stix"));
        CHECK(page.body.rfind("{\"more\":", 0) == 0); // the envelope as received
    }
    CHECK(test::occurrences(run.pages[2].body, "\"type\":\"indicator\"") == 5);
    CHECK(indicatorIds(run.allBodies()).size() == 25);
    // The resume point of a finished run is the newest date_added (never a token), with the
    // objects stored at that instant.
    auto cursor = sync::taxii::TaxiiCursor::parse(run.cursor);
    REQUIRE(cursor);
    CHECK(cursor.value().from == "2026-01-01T00:00:00.024Z");
    CHECK(cursor.value().at.size() == 5); // the last page ended there; its objects are a superset of those at it
    CHECK_FALSE(run.cursor.contains(QStringLiteral("next")));

    // Spec details the server saw: the media type and the paging parameters.
    const auto requests = t.server.requests();
    for (const auto& r : requests)
        CHECK(r.accept == "application/taxii+json;version=2.1");
    CHECK(t.server.requestCount("/taxii2/") == 1);
    CHECK(t.server.requestCount("/api1/collections/c1/objects/?limit=10&match[spec_version]=2.0%2C2.1") == 3);
    int withNext = 0;
    for (const auto& r : requests)
        withNext += r.target.find("&next=") != std::string::npos ? 1 : 0;
    CHECK(withNext == 2);
}

TEST_CASE("TAXII: a second sync with nothing new gets one page without data") {
    Taxii t;
    auto first = test::runFeed(*t.client(), {});
    REQUIRE_FALSE(first.error);
    t.server.clearRequests();
    auto second = test::runFeed(*t.client(), first.cursor);
    REQUIRE_FALSE(second.error);
    REQUIRE(second.pages.size() == 1);
    CHECK_FALSE(second.pages[0].more);
    CHECK_FALSE(second.pages[0].hasData());
    CHECK(second.cursor == first.cursor);
    // Inclusive of the resume point: asked for after one microsecond before it.
    CHECK(t.server.requestCount("/api1/collections/c1/objects/?added_after=2026-01-01T00:00:00.023999Z") == 1);

    // New objects after that: exactly those come.
    t.server.generateIndicators("c1", 3);
    auto third = test::runFeed(*t.client(), second.cursor);
    REQUIRE_FALSE(third.error);
    REQUIRE(third.pages.size() == 1);
    const auto fresh = indicatorIds(third.allBodies());
    CHECK(fresh.size() == 4); // the 3 new ones, on a page with the one added at the resume point
    int again = 0;
    for (const auto& id : indicatorIds(first.allBodies()))
        again += static_cast<int>(fresh.count(id));
    CHECK(again == 1);
}

TEST_CASE("TAXII: an empty collection gives one page without data") {
    Taxii t;
    auto run = test::runFeed(*t.client(QStringLiteral("c2")), {});
    REQUIRE_FALSE(run.error);
    REQUIRE(run.pages.size() == 1);
    CHECK_FALSE(run.pages[0].hasData());
    CHECK_FALSE(run.pages[0].more);
}

TEST_CASE("TAXII: a new client resumes exactly after the last committed page") {
    Taxii t;
    auto first = t.client();
    core::CancelToken cancel;
    auto page1 = first->fetch({}, cancel);
    REQUIRE(page1);
    const QString committed = page1.value().nextCursor; // e.g. crash after committing page 1
    auto rest = test::runFeed(*t.client(), committed);
    REQUIRE_FALSE(rest.error);
    CHECK(rest.pages.size() == 2);
    const auto before = indicatorIds(page1.value().body);
    const auto after = indicatorIds(rest.allBodies());
    CHECK(before.size() == 10);
    CHECK(after.size() == 16); // no gap: the object added at the resume point again (stored as unchanged), then 15
    int again = 0;
    for (const auto& id : before)
        again += static_cast<int>(after.count(id));
    CHECK(again == 1);
}

TEST_CASE("TAXII: a cursor of the earlier format with an expired next token resumes by time, inclusive") {
    Taxii t;
    // Page 1 (objects 0..9) was committed by a version that stored tokens; the token has expired.
    const QString old = QStringLiteral(R"({"v":1,"added_after":"","next":"expired-token","last":"2026-01-01T00:00:00.009Z"})");
    auto run = test::runFeed(*t.client(), old);
    REQUIRE_FALSE(run.error);
    CHECK(indicatorIds(run.allBodies()).size() == 16); // object 9 again (added at `last`), then 10..24
    CHECK(t.server.requestCount("/api1/collections/c1/objects/?added_after=2026-01-01T00:00:00.008999Z") == 2); // 10 + 6
    for (const auto& r : t.server.requests())
        CHECK(r.target.find("expired-token") == std::string::npos);
}

TEST_CASE("TAXII: servers that page by added_after alone (no next) are followed to the end") {
    Taxii t;
    t.server.setTaxiiPaging(TaxiiPaging::AddedAfter);
    auto run = test::runFeed(*t.client(), {});
    REQUIRE_FALSE(run.error);
    CHECK(run.pages.size() == 3);
    CHECK(indicatorIds(run.allBodies()).size() == 25);
}

TEST_CASE("TAXII: the same next token on every page is followed - pages without new objects end the run") {
    Taxii t;
    // The server answers `more` forever with one token: every object comes, then empty pages.
    t.server.setFault(FaultSpec{Fault::RepeatedNext});
    auto run = test::runFeed(*t.client(), {});
    CHECK(indicatorIds(run.allBodies()).size() == 25); // a repeated token is legal: nothing is lost
    REQUIRE(run.error);
    CHECK(run.error->code == core::ErrorCode::Http);
    CHECK(run.error->message.contains(QStringLiteral("did not progress")));
    CHECK(run.pages.size() == 4); // 10 + 10 + 5, one empty page; the second empty one ends the run
}

TEST_CASE("TAXII: a server that sends the same page again and again ends the run after two such pages") {
    Taxii t;
    t.server.setFault(FaultSpec{Fault::NonAdvancing});
    auto run = test::runFeed(*t.client(), {});
    REQUIRE(run.error);
    CHECK(run.error->message.contains(QStringLiteral("did not progress")));
    CHECK(run.pages.size() == 2); // page 1, and its first repetition
}

TEST_CASE("TAXII: inclusive added_after servers neither loop nor fail, and add nothing on a second run") {
    Taxii t;
    t.server.setFault(FaultSpec{Fault::InclusiveAddedAfter});
    t.server.setTaxiiPaging(TaxiiPaging::AddedAfter);
    auto first = test::runFeed(*t.client(), {});
    REQUIRE_FALSE(first.error);
    CHECK(indicatorIds(first.allBodies()).size() == 25); // boundary objects come twice; upserts absorb them
    auto second = test::runFeed(*t.client(), first.cursor);
    REQUIRE_FALSE(second.error);
    REQUIRE(second.pages.size() == 1);
    CHECK_FALSE(second.pages[0].hasData());
}

TEST_CASE("TAXII: objects sharing one date_added across a page boundary are not lost") {
    FakeFeedServer server;
    server.addCollection("c1", "Indicators");
    auto object = [](int n) {
        return R"({"type":"indicator","spec_version":"2.1","id":"indicator--cccccccc-0000-4000-8000-)" +
               QStringLiteral("%1").arg(n, 12, 10, QLatin1Char('0')).toStdString() +
               R"(","created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","pattern":"[x:y = 'a']",)"
               R"("pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"})";
    };
    for (int i = 0; i < 5; ++i)
        server.addObject("c1", object(i), "2026-03-01T00:00:00.000Z");
    for (int i = 5; i < 13; ++i)
        server.addObject("c1", object(i), "2026-03-02T00:00:00.000Z");
    REQUIRE(server.start());
    auto config = test::feedConfig(QStringLiteral("taxii21"), server.url("/api1/"), QStringLiteral("c1"));
    for (const auto paging : {TaxiiPaging::NextToken, TaxiiPaging::AddedAfter}) {
        server.setTaxiiPaging(paging);
        auto client = sync::makeFeedClient(config, {}, test::fastLimits());
        auto run = test::runFeed(*client.value(), {});
        REQUIRE_FALSE(run.error);
        CHECK(indicatorIds(run.allBodies()).size() == 13);
    }
    // More ties than a page holds cannot be paged by added_after alone: an error, not a silent gap.
    for (int i = 13; i < 25; ++i)
        server.addObject("c1", object(i), "2026-03-02T00:00:00.000Z");
    auto client = sync::makeFeedClient(config, {}, test::fastLimits());
    auto run = test::runFeed(*client.value(), {});
    REQUIRE(run.error);
    CHECK(run.error->message.contains(QStringLiteral("did not progress")));
    // With `next` tokens they are paged within one query.
    for (const auto paging : {TaxiiPaging::NextToken, TaxiiPaging::SharedToken}) {
        server.setTaxiiPaging(paging);
        auto tokens = sync::makeFeedClient(config, {}, test::fastLimits());
        auto all = test::runFeed(*tokens.value(), {});
        REQUIRE_FALSE(all.error);
        CHECK(indicatorIds(all.allBodies()).size() == 25);
    }
}

TEST_CASE("TAXII: a fault after page K leaves a cursor that resumes exactly after page K") {
    Taxii t;
    FaultSpec fault{Fault::FailAfterPage, "/api1/collections/c1/objects/"};
    fault.afterPages = 2;
    t.server.setFault(fault);
    auto broken = test::runFeed(*t.client(), {});
    REQUIRE(broken.error);
    CHECK(broken.error->message.contains(QStringLiteral("500")));
    REQUIRE(broken.pages.size() == 2);
    t.server.clearFault();
    auto resumed = test::runFeed(*t.client(), broken.cursor);
    REQUIRE_FALSE(resumed.error);
    const auto before = indicatorIds(broken.allBodies());
    const auto after = indicatorIds(resumed.allBodies());
    CHECK(before.size() == 20);
    CHECK(after.size() == 6); // the object added at the resume point comes again (unchanged), then 20..24
    std::set<std::string> all = before;
    all.insert(after.begin(), after.end());
    CHECK(all.size() == 25);
}

TEST_CASE("TAXII: a truncated envelope, wrong media type or 429 on objects behave as in HTTP") {
    Taxii t;
    t.server.setFault(FaultSpec{Fault::TooManyRequests, "/api1/collections/c1/objects/", 1});
    auto retried = test::runFeed(*t.client(), {});
    REQUIRE_FALSE(retried.error);
    CHECK(indicatorIds(retried.allBodies()).size() == 25);

    t.server.setFault(FaultSpec{Fault::TruncatedBody, "/api1/collections/c1/objects/"});
    auto truncated = test::runFeed(*t.client(), {});
    REQUIRE(truncated.error);
    CHECK(truncated.pages.empty());

    t.server.setFault(FaultSpec{Fault::WrongContentType, "/api1/collections/"});
    auto wrong = test::runFeed(*t.client(), {});
    REQUIRE(wrong.error);
    CHECK(wrong.error->message.contains(QStringLiteral("image/png")));

    t.server.setFault(FaultSpec{Fault::Unauthorized, "/api1/"});
    auto denied = test::runFeed(*t.client(), {});
    REQUIRE(denied.error);
    CHECK(denied.error->code == core::ErrorCode::Auth);
}

TEST_CASE("TAXII: the collection is matched by id or title - unknown ones list what exists") {
    Taxii t;
    auto byId = test::runFeed(*t.client(QStringLiteral("c1")), {});
    CHECK_FALSE(byId.error);
    auto unknown = test::runFeed(*t.client(QStringLiteral("Nope")), {});
    REQUIRE(unknown.error);
    CHECK(unknown.error->code == core::ErrorCode::Usage);
    CHECK(unknown.error->message.contains(QStringLiteral("Indicators (c1)")));

    t.server.addCollection("c3", "Secret", false);
    auto unreadable = test::runFeed(*t.client(QStringLiteral("c3")), {});
    REQUIRE(unreadable.error);
    CHECK(unreadable.error->code == core::ErrorCode::Auth);
}

TEST_CASE("TAXII: an API root on another origin is refused, the API root URL works directly") {
    Taxii t;
    t.server.setDiscoveryDefault("https://taxii.elsewhere.example/api1/");
    auto refused = test::runFeed(*t.client(), {});
    REQUIRE(refused.error);
    CHECK(refused.error->message.contains(QStringLiteral("another server")));
    auto direct = test::runFeed(*t.client(QStringLiteral("Indicators"), test::fastLimits(), "/api1/"), {});
    REQUIRE_FALSE(direct.error);
    CHECK(indicatorIds(direct.allBodies()).size() == 25);
}

TEST_CASE("TAXII: limits on pages per run stop the run with a resumable error") {
    Taxii t;
    auto limits = test::fastLimits();
    limits.maxPagesPerRun = 2;
    auto run = test::runFeed(*t.client(QStringLiteral("Indicators"), limits), {});
    REQUIRE(run.error);
    CHECK(run.error->message.contains(QStringLiteral("limit per run")));
    CHECK(run.pages.size() == 2);
    auto rest = test::runFeed(*t.client(), run.cursor);
    REQUIRE_FALSE(rest.error);
    CHECK(indicatorIds(rest.allBodies()).size() == 6); // the boundary object, then 5 new ones

    limits = test::fastLimits();
    limits.maxBytesPerRun = 1; // the first page is fetched, then the run stops
    auto bytes = test::runFeed(*t.client(QStringLiteral("Indicators"), limits), {});
    REQUIRE(bytes.error);
    CHECK(bytes.pages.size() == 1);
    CHECK(bytes.error->message.contains(QStringLiteral("MB")));
}

TEST_CASE("TAXII: objects from the shared test data are served and paged as they are") {
    FakeFeedServer server;
    server.addCollection("oasis", "OASIS examples");
    const int loaded =
        server.loadStixBundle("oasis", test::testData(QStringLiteral("stix/oasis-examples/indicator-for-c2-ip-address.json"))) +
        server.loadStixBundle("oasis", test::testData(QStringLiteral("stix/oasis-examples/infrastructure.json")));
    REQUIRE(loaded >= 3);
    REQUIRE(server.start());
    auto limits = test::fastLimits();
    limits.pageSize = 100;
    auto client = sync::makeFeedClient(
        test::feedConfig(QStringLiteral("taxii21"), server.url("/taxii2/"), QStringLiteral("OASIS examples")), {}, limits);
    auto run = test::runFeed(*client.value(), {});
    REQUIRE_FALSE(run.error);
    CHECK(run.allBodies().find("indicator--33fe3b22-0201-47cf-85d0-97c02164528d") != std::string::npos);
    REQUIRE(run.pages.size() == 1);
    CHECK(run.pages[0].label.text().contains(QStringLiteral("%1 objects").arg(loaded)));
}

TEST_CASE("TAXII: manifest and versions endpoints") {
    FakeFeedServer server;
    server.addCollection("c1", "Indicators");
    server.generateIndicators("c1", 4);
    const std::string v1 =
        R"({"type":"indicator","spec_version":"2.1","id":"indicator--aaaaaaaa-0000-4000-8000-000000000001",)"
        R"("created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","pattern":"[x:y = 'a']",)"
        R"("pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"})";
    std::string v2 = v1;
    v2.replace(v2.find("\"modified\":\"2026-01-01"), 22, "\"modified\":\"2026-02-01");
    server.addObject("c1", v1);
    server.addObject("c1", v2);
    REQUIRE(server.start());
    sync::net::HttpClient http(optionsFor(server));
    sync::taxii::TaxiiClient taxii(http);
    core::CancelToken cancel;
    auto root = taxii.resolveApiRoot(server.url("/taxii2/").toStdString(), cancel);
    REQUIRE(root);
    CHECK(root.value().title == "api1");
    CHECK(root.value().maxContentLength == 104857600);

    sync::taxii::PageQuery query;
    query.limit = 4;
    auto manifest = taxii.manifest(root.value().url, "c1", query, cancel);
    REQUIRE(manifest);
    CHECK(manifest.value().more);
    REQUIRE(manifest.value().objects.size() == 4);
    CHECK(manifest.value().objects[0].id == "indicator--00000000-0000-4000-8000-" + manifest.value().objects[0].id.substr(35));
    CHECK_FALSE(manifest.value().objects[0].dateAdded.empty());
    query.next = manifest.value().next;
    auto rest = taxii.manifest(root.value().url, "c1", query, cancel);
    REQUIRE(rest);
    CHECK_FALSE(rest.value().more);
    CHECK(rest.value().objects.size() == 2);

    auto versions = taxii.versions(root.value().url, "c1", "indicator--aaaaaaaa-0000-4000-8000-000000000001", {}, cancel);
    REQUIRE(versions);
    CHECK(versions.value().versions == std::vector<std::string>{"2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"});

    sync::taxii::PageQuery byType;
    byType.match = {{"id", "indicator--aaaaaaaa-0000-4000-8000-000000000001"}};
    auto filtered = taxii.objects(root.value().url, "c1", byType, cancel);
    REQUIRE(filtered);
    CHECK(filtered.value().objectCount == 2);
}

TEST_CASE("TAXII: adding objects returns a status that is polled until complete") {
    FakeFeedServer server;
    server.addCollection("c1", "Shared");
    server.setStatusPendingPolls(2);
    REQUIRE(server.start());
    sync::net::HttpClient http(optionsFor(server));
    sync::taxii::TaxiiClient taxii(http);
    core::CancelToken cancel;
    const std::string envelope =
        R"({"objects":[{"type":"indicator","spec_version":"2.1","id":"indicator--bbbbbbbb-0000-4000-8000-000000000001",)"
        R"("created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","pattern":"[x:y = 'a']",)"
        R"("pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"},)"
        R"({"type":"identity","spec_version":"2.1","id":"identity--bbbbbbbb-0000-4000-8000-000000000002",)"
        R"("created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z","name":"SOC"}]})";
    const std::string root = server.url("/api1/").toStdString();
    auto status = taxii.addObjects(root, "c1", envelope, cancel);
    REQUIRE(status);
    CHECK(status.value().status == "pending");
    CHECK(status.value().totalCount == 2);
    auto done = taxii.waitForCompletion(root, status.value(), 1, 10, cancel);
    REQUIRE(done);
    CHECK(done.value().status == "complete");
    CHECK(done.value().successCount == 2);
    CHECK(server.objectCount("c1") == 2);
    CHECK(server.requestCount("/api1/status/") == 3); // pending, pending, complete
    const auto requests = server.requests();
    CHECK(requests.front().method == "POST");

    server.setStatusPendingPolls(100);
    auto slow = taxii.addObjects(root, "c1", envelope, cancel);
    REQUIRE(slow);
    auto timedOut = taxii.waitForCompletion(root, slow.value(), 1, 3, cancel);
    REQUIRE_FALSE(timedOut);
    CHECK(timedOut.error().code == core::ErrorCode::Timeout);
}

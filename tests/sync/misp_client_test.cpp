#include "models/ingest/misp/misp_reader.h"
#include "models/sync/feed_client.h"
#include "models/sync/misp/misp_rest_client.h"
#include "tests/support/fake_feed_server.h"
#include "tests/support/temp_dir.h"
#include "tests/sync/net_test_helpers.h"

#include <doctest/doctest.h>

#include <QDir>

#include <atomic>

using namespace lagebild;
using lagebild::test::FakeFeedServer;
using lagebild::test::Fault;
using lagebild::test::FaultSpec;

namespace {

const std::string kKey = "misp-api-key-0123456789";

std::string uuidOf(int n) { return QStringLiteral("5e1c0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')).toStdString(); }

struct Misp {
    FakeFeedServer server;
    explicit Misp(int events = 7) {
        for (int i = 0; i < events; ++i)
            server.addMispEvent(uuidOf(i), 1'700'000'000 + i);
        server.setMispKey(kKey);
        REQUIRE(server.start());
    }
    std::unique_ptr<sync::FeedClient> rest(const std::string& key = kKey) {
        auto config = test::feedConfig(QStringLiteral("misp"), server.url("/misp/"));
        config.auth = core::FeedAuth::ApiKey;
        auto limits = test::fastLimits();
        limits.pageSize = 3;
        auto made = sync::makeFeedClient(config, sync::FeedSecret{key}, limits);
        REQUIRE(made);
        return std::move(made.value());
    }
    std::unique_ptr<sync::FeedClient> feed() {
        auto made = sync::makeFeedClient(test::feedConfig(QStringLiteral("misp-feed"), server.url("/misp-feed/")), {},
                                         test::fastLimits());
        REQUIRE(made);
        return std::move(made.value());
    }
};

struct CountingVisitor : ingest::stix::StixVisitor {
    int objects = 0;
    int rejections = 0;
    core::Status object(const core::StixRecord&) override {
        ++objects;
        return {};
    }
    void rejected(const core::Issue&) override { ++rejections; }
    void note(const core::Issue&) override {}
};

} // namespace

TEST_CASE("MISP REST: restSearch pages by timestamp with the API key, as the MISP reader reads them") {
    Misp m;
    auto run = test::runFeed(*m.rest(), {});
    REQUIRE_FALSE(run.error);
    REQUIRE(run.pages.size() == 3); // 3 + 3 + 1 events
    CHECK(run.pages[0].more);
    CHECK_FALSE(run.pages[2].more);
    for (int i = 0; i < 7; ++i)
        CHECK(test::occurrences(run.allBodies(), uuidOf(i)) >= 1);
    const auto requests = m.server.requests();
    REQUIRE(requests.size() == 3);
    for (const auto& r : requests) {
        CHECK(r.method == "POST");
        CHECK(r.target == "/misp/events/restSearch");
        CHECK(r.authorization == kKey);
        CHECK(r.body.find("\"returnFormat\":\"json\"") != std::string::npos);
        CHECK(r.body.find("\"limit\":3") != std::string::npos);
    }
    CHECK(requests[2].body.find("\"page\":3") != std::string::npos);
    auto cursor = sync::misp::MispCursor::parse(run.cursor);
    REQUIRE(cursor);
    CHECK(cursor.value().ts == 1'700'000'006);
    CHECK(cursor.value().seen == std::vector<std::string>{uuidOf(6)});
    CHECK(cursor.value().page == 1);

    // The body shape ({"response":[{"Event":…}]}) is what the MISP reader accepts.
    test::TempDir dir;
    const QString file = dir.write(QStringLiteral("page.json"), QByteArray::fromStdString(run.pages[0].body));
    CountingVisitor visitor;
    auto info = ingest::misp::readMisp(file, ingest::misp::MispInput::Auto, visitor, core::CancelToken());
    REQUIRE(info);
    CHECK(info.value().events == 3);
    CHECK(visitor.objects > 0);
}

TEST_CASE("MISP REST: nothing new gives one page without data - a new event of the same second still comes") {
    Misp m;
    auto first = test::runFeed(*m.rest(), {});
    REQUIRE_FALSE(first.error);
    m.server.clearRequests();
    auto second = test::runFeed(*m.rest(), first.cursor);
    REQUIRE_FALSE(second.error);
    REQUIRE(second.pages.size() == 1);
    CHECK_FALSE(second.pages[0].hasData());
    CHECK(m.server.requests().at(0).body.find("\"timestamp\":1700000006") != std::string::npos);

    m.server.addMispEvent(uuidOf(100), 1'700'000'006); // same second as the newest one seen
    auto third = test::runFeed(*m.rest(), second.cursor);
    REQUIRE_FALSE(third.error);
    REQUIRE(third.pages.size() == 1);
    CHECK(third.pages[0].hasData());
    CHECK(test::occurrences(third.allBodies(), uuidOf(100)) >= 1);
    auto cursor = sync::misp::MispCursor::parse(third.cursor);
    CHECK(cursor.value().seen.size() == 2);
}

TEST_CASE("MISP REST: a wrong key stops with an Auth error - 500 after page K resumes from page K") {
    Misp m;
    auto denied = test::runFeed(*m.rest("wrong-key"), {});
    REQUIRE(denied.error);
    CHECK(denied.error->code == core::ErrorCode::Auth);
    CHECK_FALSE(denied.error->message.contains(QStringLiteral("wrong-key")));

    FaultSpec fault{Fault::FailAfterPage, "/misp/"};
    fault.afterPages = 1;
    m.server.setFault(fault);
    auto broken = test::runFeed(*m.rest(), {});
    REQUIRE(broken.error);
    REQUIRE(broken.pages.size() == 1);
    m.server.clearFault();
    auto resumed = test::runFeed(*m.rest(), broken.cursor);
    REQUIRE_FALSE(resumed.error);
    CHECK(resumed.pages.size() == 2);
    for (int i = 3; i < 7; ++i)
        CHECK(test::occurrences(resumed.allBodies(), uuidOf(i)) == 1);
    for (int i = 0; i < 3; ++i)
        CHECK(test::occurrences(resumed.allBodies(), uuidOf(i)) == 0);
}

TEST_CASE("MISP REST: real events from the shared test data go through") {
    FakeFeedServer server;
    const int loaded = server.loadMispEvents(test::testData(QStringLiteral("misp/events/pymisp/misp_event.json"))) +
                       server.loadMispEvents(test::testData(QStringLiteral("misp/events/citizenlab/201611_KeyBoy-misp.json")));
    REQUIRE(loaded >= 2);
    REQUIRE(server.start());
    auto config = test::feedConfig(QStringLiteral("misp"), server.url("/misp"));
    config.auth = core::FeedAuth::ApiKey;
    auto client = sync::makeFeedClient(config, sync::FeedSecret{kKey}, test::fastLimits());
    auto run = test::runFeed(*client.value(), {});
    REQUIRE_FALSE(run.error);
    REQUIRE(run.pages.size() == 1);
    test::TempDir dir;
    const QString file = dir.write(QStringLiteral("page.json"), QByteArray::fromStdString(run.pages[0].body));
    CountingVisitor visitor;
    auto info = ingest::misp::readMisp(file, ingest::misp::MispInput::Auto, visitor, core::CancelToken());
    REQUIRE(info);
    CHECK(info.value().events == loaded);
}

TEST_CASE("MISP feed: manifest, then one page per new event in timestamp order") {
    Misp m(4);
    auto run = test::runFeed(*m.feed(), {});
    REQUIRE_FALSE(run.error);
    REQUIRE(run.pages.size() == 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(run.pages[static_cast<std::size_t>(i)].label.text().contains(QString::fromStdString(uuidOf(i))));
        CHECK(run.pages[static_cast<std::size_t>(i)].format == QStringLiteral("misp"));
        CHECK(run.pages[static_cast<std::size_t>(i)].more == (i < 3));
    }
    CHECK(m.server.requestCount("/misp-feed/manifest.json") == 1);

    auto second = test::runFeed(*m.feed(), run.cursor);
    REQUIRE_FALSE(second.error);
    REQUIRE(second.pages.size() == 1);
    CHECK_FALSE(second.pages[0].hasData());

    m.server.addMispEvent(uuidOf(50), 1'700'000'003); // same second as the last one
    m.server.addMispEvent(uuidOf(51), 1'700'000'100);
    auto third = test::runFeed(*m.feed(), second.cursor);
    REQUIRE_FALSE(third.error);
    REQUIRE(third.pages.size() == 2);
    CHECK(third.pages[0].label.text().contains(QString::fromStdString(uuidOf(50))));
    CHECK(third.pages[1].label.text().contains(QString::fromStdString(uuidOf(51))));
}

TEST_CASE("MISP feed: a fault after event K resumes with event K+1 - a broken manifest is an error") {
    Misp m(5);
    FaultSpec fault{Fault::FailAfterPage, "/misp-feed/"};
    fault.afterPages = 2;
    m.server.setFault(fault);
    auto broken = test::runFeed(*m.feed(), {});
    REQUIRE(broken.error);
    REQUIRE(broken.pages.size() == 2);
    m.server.clearFault();
    auto resumed = test::runFeed(*m.feed(), broken.cursor);
    REQUIRE_FALSE(resumed.error);
    REQUIRE(resumed.pages.size() == 3);
    CHECK(resumed.pages[0].label.text().contains(QString::fromStdString(uuidOf(2))));

    m.server.setFault(FaultSpec{Fault::TruncatedBody, "/misp-feed/manifest.json"});
    auto truncated = test::runFeed(*m.feed(), {});
    REQUIRE(truncated.error);
    CHECK(truncated.pages.empty());
    m.server.setFault(FaultSpec{Fault::HtmlErrorPage, "/misp-feed/"});
    auto html = test::runFeed(*m.feed(), {});
    REQUIRE(html.error);
    CHECK(html.error->message.contains(QStringLiteral("HTML")));
}

TEST_CASE("MISP feed: events of the shared test feed are served and read back") {
    FakeFeedServer server;
    const QDir feed(test::testData(QStringLiteral("misp/feeds/redblue232-2026-05-05")));
    int loaded = 0;
    for (const auto& name : feed.entryList({QStringLiteral("*-*-*-*-*.json")}, QDir::Files))
        loaded += server.loadMispEvents(feed.filePath(name));
    REQUIRE(loaded == 3);
    REQUIRE(server.start());
    auto client = sync::makeFeedClient(test::feedConfig(QStringLiteral("misp-feed"), server.url("/misp-feed/manifest.json")), {},
                                       test::fastLimits());
    auto run = test::runFeed(*client.value(), {});
    REQUIRE_FALSE(run.error);
    REQUIRE(run.pages.size() == 3);
    test::TempDir dir;
    for (const auto& page : run.pages) {
        const QString file = dir.write(QStringLiteral("event.json"), QByteArray::fromStdString(page.body));
        CountingVisitor visitor;
        auto info = ingest::misp::readMisp(file, ingest::misp::MispInput::Auto, visitor, core::CancelToken());
        REQUIRE(info);
        CHECK(info.value().events == 1);
    }
}

TEST_CASE("MISP REST: an event deleted between two pages shifts page/limit paging - the query restarts and loses none") {
    Misp m(10); // pages of 3: events 0-2, 3-5, 6-8, 9
    std::atomic_bool deleted{false};
    m.server.onDataRequest([&](int n) {
        if (n == 1 && !deleted.exchange(true))
            m.server.removeMispEvent(uuidOf(1)); // after page 1: event 3 would slide into page 1
    });
    auto run = test::runFeed(*m.rest(), {});
    REQUIRE_FALSE(run.error);
    for (int i = 0; i < 10; ++i)
        CHECK(test::occurrences(run.allBodies(), uuidOf(i)) >= (i == 1 ? 0 : 1));
    CHECK(test::occurrences(run.allBodies(), uuidOf(3)) >= 1); // without the restart it is skipped
}

TEST_CASE("MISP feed: an event listed in the manifest that answers 404 does not stop the feed - it is retried later") {
    Misp m(5);
    m.server.setMispEventServed(uuidOf(2), false);
    auto first = test::runFeed(*m.feed(), {});
    REQUIRE_FALSE(first.error);
    int served = 0;
    std::vector<core::Issue> issues;
    for (const auto& page : first.pages) {
        served += page.hasData() ? 1 : 0;
        issues.insert(issues.end(), page.issues.begin(), page.issues.end());
    }
    CHECK(served == 4); // the events after it came as well
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].severity == core::IssueSeverity::Error);
    CHECK(issues[0].message.contains(QStringLiteral("404")));
    CHECK(issues[0].object == QString::fromStdString(uuidOf(2)));
    auto cursor = sync::misp::MispCursor::parse(first.cursor);
    REQUIRE(cursor);
    CHECK(cursor.value().missing == std::vector<std::string>{uuidOf(2)});

    // Served now: the next run fetches it first, and only it.
    m.server.setMispEventServed(uuidOf(2), true);
    auto second = test::runFeed(*m.feed(), first.cursor);
    REQUIRE_FALSE(second.error);
    REQUIRE(second.pages.size() == 1);
    CHECK(second.pages[0].label.text().contains(QString::fromStdString(uuidOf(2))));
    CHECK(second.pages[0].hasData());
    CHECK(sync::misp::MispCursor::parse(second.cursor).value().missing.empty());
}

#include "models/sync/feed_client.h"
#include "models/sync/net/chunked_decoder.h"
#include "models/sync/net/http_client.h"
#include "models/sync/net/url.h"
#include "tests/support/fake_feed_server.h"
#include "tests/support/temp_dir.h"
#include "tests/sync/net_test_helpers.h"

#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace lagebild;
using lagebild::test::FakeFeedServer;
using lagebild::test::Fault;
using lagebild::test::FaultSpec;

namespace {

const std::string kStix = R"({"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[)"
                          R"({"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",)"
                          R"("created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z",)"
                          R"("pattern":"[ipv4-addr:value = '198.51.100.1']","pattern_type":"stix",)"
                          R"("valid_from":"2026-01-01T00:00:00Z"}]})";

sync::net::HttpOptions optionsFor(const FakeFeedServer& server, const sync::NetLimits& limits = test::fastLimits()) {
    sync::net::HttpOptions options;
    options.origin = *sync::net::Url::parse(server.url("/").toStdString());
    options.limits = limits;
    options.feedName = QStringLiteral("test-feed");
    options.credentials = {{"Authorization", "Bearer s3cr3t-token"}};
    return options;
}

core::Result<sync::net::HttpResponse> get(sync::net::HttpClient& client, const FakeFeedServer& server, const std::string& path,
                                          std::vector<std::string> accept = {"application/json"}) {
    sync::net::HttpRequest request;
    request.url = server.url(path).toStdString();
    request.accept = std::move(accept);
    return client.send(request, core::CancelToken());
}

// Sends GET /files/bundle.json and cancels from another thread as soon as the server has seen the
// request (a bounded wait on the server's counter, not a fixed sleep).
core::Result<sync::net::HttpResponse> sendAndCancelOnceSeen(sync::net::HttpClient& client, const FakeFeedServer& server) {
    core::CancelToken cancel;
    std::thread canceller([&] {
        for (int i = 0; i < 500 && server.requestCount("/files/") == 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        cancel.cancel();
    });
    sync::net::HttpRequest request;
    request.url = server.url("/files/bundle.json").toStdString();
    auto response = client.send(request, cancel);
    canceller.join();
    return response;
}

struct FileServer {
    FakeFeedServer server;
    FileServer() {
        server.setFile("/files/bundle.json", kStix, "application/json", "\"v1\"", "Thu, 01 Jan 2026 00:00:00 GMT");
        REQUIRE(server.start());
    }
};

} // namespace

TEST_CASE("feed URLs must be https, except plain http to loopback hosts") {
    using sync::net::checkFeedUrl;
    CHECK(checkFeedUrl(QStringLiteral("https://feeds.example.org/taxii2/")));
    CHECK(checkFeedUrl(QStringLiteral("http://127.0.0.1:8080/taxii2/")));
    CHECK(checkFeedUrl(QStringLiteral("http://127.1.2.3/x")));
    CHECK(checkFeedUrl(QStringLiteral("http://localhost/x")));
    CHECK(checkFeedUrl(QStringLiteral("http://[::1]:9000/x")));
    const auto plain = checkFeedUrl(QStringLiteral("http://feeds.example.org/taxii2/"));
    REQUIRE_FALSE(plain);
    CHECK(plain.error().code == core::ErrorCode::Usage);
    CHECK(plain.error().message.contains(QStringLiteral("https://")));
    CHECK_FALSE(checkFeedUrl(QStringLiteral("http://127.0.0.1.evil.org/")));
    CHECK_FALSE(checkFeedUrl(QStringLiteral("file:///etc/passwd")));
    CHECK_FALSE(checkFeedUrl(QStringLiteral("https://user:pass@feeds.example.org/")));
    CHECK_FALSE(checkFeedUrl(QStringLiteral("ftp://feeds.example.org/")));
}

TEST_CASE("makeFeedClient refuses unknown kinds, plain http to remote hosts and empty secrets") {
    const auto limits = test::fastLimits();
    auto config = test::feedConfig(QStringLiteral("rss"), QStringLiteral("https://feeds.example.org/"));
    auto unknown = sync::makeFeedClient(config, {}, limits);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == core::ErrorCode::Usage);

    config = test::feedConfig(QStringLiteral("stix-url"), QStringLiteral("http://feeds.example.org/a.json"));
    auto plain = sync::makeFeedClient(config, {}, limits);
    REQUIRE_FALSE(plain);
    CHECK(plain.error().code == core::ErrorCode::Usage);

    config = test::feedConfig(QStringLiteral("misp"), QStringLiteral("https://misp.example.org/"));
    config.auth = core::FeedAuth::ApiKey;
    config.secretEnv = QStringLiteral("MISP_KEY");
    auto empty = sync::makeFeedClient(config, sync::FeedSecret{""}, limits);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == core::ErrorCode::Auth);
    CHECK(empty.error().message.contains(QStringLiteral("MISP_KEY")));

    auto injected = sync::makeFeedClient(config, sync::FeedSecret{"key\r\nX-Evil: 1"}, limits);
    REQUIRE_FALSE(injected);
    CHECK_FALSE(injected.error().message.contains(QStringLiteral("Evil")));

    config = test::feedConfig(QStringLiteral("taxii21"), QStringLiteral("https://taxii.example.org/taxii2/"));
    auto noCollection = sync::makeFeedClient(config, {}, limits);
    REQUIRE_FALSE(noCollection);
    CHECK(noCollection.error().code == core::ErrorCode::Usage);

    config.collection = QStringLiteral("Indicators");
    CHECK(sync::makeFeedClient(config, {}, limits));
}

TEST_CASE("URLs resolve relative references and keep origins apart") {
    const auto base = *sync::net::Url::parse("https://Feeds.Example.org/taxii2/?x=1");
    CHECK(base.host == "feeds.example.org");
    CHECK(base.port == 443);
    CHECK(base.origin() == "https://feeds.example.org:443");
    CHECK(sync::net::resolveUrl(base, "/api1/")->str() == "https://feeds.example.org/api1/");
    CHECK(sync::net::resolveUrl(base, "api1/")->str() == "https://feeds.example.org/taxii2/api1/");
    CHECK(sync::net::resolveUrl(base, "https://other.example.org:8443/a")->origin() == "https://other.example.org:8443");
    CHECK_FALSE(sync::net::resolveUrl(base, "//evil.example.org/"));
    CHECK(base.redacted() == QStringLiteral("https://feeds.example.org/taxii2/"));
}

TEST_CASE("the chunked decoder accepts split input and notices a missing last chunk") {
    sync::net::ChunkedDecoder decoder;
    std::string out;
    CHECK(decoder.feed("4\r\nWi", out));
    CHECK(decoder.feed("ki\r\n5;ext=1\r\npedia\r\n", out));
    CHECK_FALSE(decoder.done());
    CHECK(decoder.feed("0\r\n\r\n", out));
    CHECK(decoder.done());
    CHECK(out == "Wikipedia");
    sync::net::ChunkedDecoder bad;
    CHECK_FALSE(bad.feed("zz\r\n", out));
}

TEST_CASE("Retry-After is read as seconds or as an HTTP date") {
    CHECK(sync::net::parseRetryAfterMs("120") == 120'000);
    CHECK(sync::net::parseRetryAfterMs(" 0 ") == 0);
    CHECK(sync::net::parseRetryAfterMs("Wed, 21 Oct 2015 07:28:00 GMT") == 0); // in the past
    const auto future = sync::net::parseRetryAfterMs("Fri, 01 Jan 2100 00:00:00 GMT");
    REQUIRE(future);
    CHECK(*future > 0);
    CHECK_FALSE(sync::net::parseRetryAfterMs("soon"));
    CHECK_FALSE(sync::net::parseRetryAfterMs(""));
}

TEST_CASE("a stix-url feed is fetched once and not again while unchanged (ETag, 304)") {
    FileServer fs;
    auto config = test::feedConfig(QStringLiteral("stix-url"), fs.server.url("/files/bundle.json"));
    auto client = sync::makeFeedClient(config, {}, test::fastLimits());
    REQUIRE(client);
    auto first = test::runFeed(*client.value(), {});
    REQUIRE_FALSE(first.error);
    REQUIRE(first.pages.size() == 1);
    CHECK(first.pages[0].body == kStix);
    CHECK(first.pages[0].format == QStringLiteral("stix"));
    CHECK(first.cursor.contains(QStringLiteral("\\\"v1\\\"")));

    auto again = sync::makeFeedClient(config, {}, test::fastLimits());
    auto second = test::runFeed(*again.value(), first.cursor);
    REQUIRE_FALSE(second.error);
    REQUIRE(second.pages.size() == 1);
    CHECK_FALSE(second.pages[0].hasData());
    CHECK(second.cursor == first.cursor);
    const auto requests = fs.server.requests();
    REQUIRE(requests.size() == 2);
    CHECK(requests[1].target == "/files/bundle.json");
}

TEST_CASE("401 and 403 stop with an Auth error that never shows the secret") {
    FileServer fs;
    for (const Fault fault : {Fault::Unauthorized, Fault::Forbidden}) {
        fs.server.setFault(FaultSpec{fault});
        sync::net::HttpClient client(optionsFor(fs.server));
        auto response = get(client, fs.server, "/files/bundle.json");
        REQUIRE_FALSE(response);
        CHECK(response.error().code == core::ErrorCode::Auth);
        CHECK(response.error().message.contains(fault == Fault::Unauthorized ? QStringLiteral("401") : QStringLiteral("403")));
        CHECK_FALSE(response.error().message.contains(QStringLiteral("s3cr3t")));
        CHECK_FALSE(response.error().detail.contains(QStringLiteral("s3cr3t")));
        CHECK(client.stats().requests == 1); // not retried
    }
}

TEST_CASE("404 and 406 end with an Http error naming the status") {
    FileServer fs;
    for (const auto& [fault, status] : {std::pair{Fault::NotFound, "404"}, std::pair{Fault::NotAcceptable, "406"}}) {
        fs.server.setFault(FaultSpec{fault});
        sync::net::HttpClient client(optionsFor(fs.server));
        auto response = get(client, fs.server, "/files/bundle.json");
        REQUIRE_FALSE(response);
        CHECK(response.error().code == core::ErrorCode::Http);
        CHECK(response.error().message.contains(QString::fromLatin1(status)));
        CHECK(client.stats().requests == 1);
    }
}

TEST_CASE("429 and 503 are retried after the Retry-After the server asked for, capped") {
    FileServer fs;
    fs.server.setFault(FaultSpec{Fault::TooManyRequests, "/files/", 2, 7});
    sync::net::HttpClient client(optionsFor(fs.server));
    auto response = get(client, fs.server, "/files/bundle.json");
    REQUIRE(response);
    CHECK(response.value().body == kStix);
    CHECK(client.stats().requests == 3);
    CHECK(client.stats().waitMs == std::vector<std::int64_t>{7000, 7000}); // honoured, then capped to maxBackoffMs

    FaultSpec unavailable{Fault::Unavailable, "/files/", 1};
    unavailable.retryAfter = "Fri, 01 Jan 2100 00:00:00 GMT";
    fs.server.setFault(unavailable);
    sync::net::HttpClient client2(optionsFor(fs.server));
    auto response2 = get(client2, fs.server, "/files/bundle.json");
    REQUIRE(response2);
    REQUIRE(client2.stats().waitMs.size() == 1);
    CHECK(client2.stats().waitMs[0] > 1'000'000); // an HTTP date decades ahead, waited only maxBackoffMs
}

TEST_CASE("500 is retried at most maxRetries times, then fails") {
    FileServer fs;
    fs.server.setFault(FaultSpec{Fault::ServerError});
    sync::net::HttpClient client(optionsFor(fs.server));
    auto response = get(client, fs.server, "/files/bundle.json");
    REQUIRE_FALSE(response);
    CHECK(response.error().code == core::ErrorCode::Http);
    CHECK(response.error().message.contains(QStringLiteral("500")));
    CHECK(fs.server.requestCount("/files/") == 6); // 1 + 5 retries
    CHECK(client.stats().retries == 5);
    // The back-off grows (1, 2, 4, ... ms with jitter in [base/2, base]).
    CHECK(client.stats().waitMs.back() >= client.stats().waitMs.front());

    fs.server.setFault(FaultSpec{Fault::ServerError, "/files/", 2});
    sync::net::HttpClient recovering(optionsFor(fs.server));
    CHECK(get(recovering, fs.server, "/files/bundle.json"));
}

TEST_CASE("a truncated body is an error, never data") {
    FileServer fs;
    fs.server.setFault(FaultSpec{Fault::TruncatedBody});
    sync::net::HttpClient client(optionsFor(fs.server));
    auto response = get(client, fs.server, "/files/bundle.json");
    REQUIRE_FALSE(response);
    CHECK(response.error().code == core::ErrorCode::Network);
    CHECK(response.error().message.contains(QStringLiteral("incomplete")));

    fs.server.setFault(FaultSpec{Fault::TruncatedBody, "/files/", 1}); // a transient cut is retried
    sync::net::HttpClient retrying(optionsFor(fs.server));
    auto ok = get(retrying, fs.server, "/files/bundle.json");
    REQUIRE(ok);
    CHECK(ok.value().body == kStix);
}

TEST_CASE("a wrong content type or an HTML page is refused with a clear error") {
    FileServer fs;
    fs.server.setFault(FaultSpec{Fault::WrongContentType});
    sync::net::HttpClient client(optionsFor(fs.server));
    auto wrong = get(client, fs.server, "/files/bundle.json");
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == core::ErrorCode::Http);
    CHECK(wrong.error().message.contains(QStringLiteral("image/png")));

    fs.server.setFault(FaultSpec{Fault::HtmlErrorPage});
    auto config = test::feedConfig(QStringLiteral("stix-url"), fs.server.url("/files/bundle.json"));
    auto feed = sync::makeFeedClient(config, {}, test::fastLimits());
    auto run = test::runFeed(*feed.value(), {});
    REQUIRE(run.error);
    CHECK(run.pages.empty());
    CHECK(run.error->code == core::ErrorCode::Http);
    CHECK(run.error->message.contains(QStringLiteral("HTML")));
}

TEST_CASE("a server that trickles bytes is cut at the wall-clock deadline") {
    FileServer fs;
    FaultSpec trickle{Fault::SlowTrickle};
    trickle.trickleIntervalMs = 40; // the body takes far longer than the deadline below
    fs.server.setFault(trickle);
    auto limits = test::fastLimits();
    limits.requestDeadlineMs = 400;
    sync::net::HttpClient client(optionsFor(fs.server, limits));
    auto response = get(client, fs.server, "/files/bundle.json");
    REQUIRE_FALSE(response);
    CHECK(response.error().code == core::ErrorCode::Timeout);
    CHECK(client.stats().requests == 1); // a deadline is not retried
}

TEST_CASE("redirects are followed within the origin only, and credentials never leave it") {
    FileServer fs;
    fs.server.setFault(FaultSpec{Fault::RedirectSameOrigin});
    sync::net::HttpClient client(optionsFor(fs.server));
    auto same = get(client, fs.server, "/files/bundle.json");
    REQUIRE(same);
    CHECK(same.value().body == kStix);
    auto requests = fs.server.requests();
    REQUIRE(requests.size() == 2);
    CHECK(requests[1].target == "/redirected/files/bundle.json");
    CHECK(requests[1].authorization == "Bearer s3cr3t-token");

    fs.server.clearRequests();
    fs.server.setFault(FaultSpec{Fault::RedirectOtherHost});
    sync::net::HttpClient client2(optionsFor(fs.server));
    auto other = get(client2, fs.server, "/files/bundle.json");
    REQUIRE_FALSE(other);
    CHECK(other.error().code == core::ErrorCode::Http);
    CHECK(other.error().message.contains(QStringLiteral("another server")));
    requests = fs.server.requests();
    REQUIRE(requests.size() == 1); // nothing went to http://localhost:<port>
    CHECK(requests[0].host.rfind("127.0.0.1", 0) == 0);
}

TEST_CASE("cancel ends a back-off wait") {
    FileServer fs;
    fs.server.setFault(FaultSpec{Fault::TooManyRequests, "/files/", -1, 3600});
    auto limits = test::fastLimits();
    limits.maxBackoffMs = 600'000; // the wait would last an hour without the cancel
    sync::net::HttpClient client(optionsFor(fs.server, limits));
    auto response = sendAndCancelOnceSeen(client, fs.server);
    REQUIRE_FALSE(response);
    CHECK(response.error().code == core::ErrorCode::Cancelled);
    CHECK(fs.server.requestCount("/files/") == 1);
}

TEST_CASE("a csv-url feed hands the file over as csv") {
    FakeFeedServer server;
    server.setFile("/files/iocs.csv", "indicator,type\n198.51.100.7,ipv4\n", "text/csv");
    REQUIRE(server.start());
    auto client =
        sync::makeFeedClient(test::feedConfig(QStringLiteral("csv-url"), server.url("/files/iocs.csv")), {}, test::fastLimits());
    REQUIRE(client);
    auto run = test::runFeed(*client.value(), {});
    REQUIRE_FALSE(run.error);
    REQUIRE(run.pages.size() == 1);
    CHECK(run.pages[0].format == QStringLiteral("csv"));
    CHECK(run.pages[0].body.find("198.51.100.7") != std::string::npos);
}

// --- TLS ------------------------------------------------------------------------------------------

namespace {

struct Pki {
    test::TempDir dir;
    test::TestPki pki;
    Pki() { REQUIRE(pki.create(dir.path(QString()))); }
};

Pki& pki() {
    static Pki instance; // made once per test run (openssl takes a moment)
    return instance;
}

core::FeedConfig tlsConfig(const FakeFeedServer& server) {
    auto config = test::feedConfig(QStringLiteral("stix-url"), server.url("/files/bundle.json"));
    config.caFile = QString::fromStdString(pki().pki.caCert);
    return config;
}

test::FeedRun fetchOnce(const core::FeedConfig& config) {
    auto client = sync::makeFeedClient(config, {}, test::fastLimits());
    REQUIRE(client);
    return test::runFeed(*client.value(), {});
}

} // namespace

TEST_CASE("TLS: a certificate from the feed's CA is accepted, and the pin is checked") {
    FakeFeedServer server(FakeFeedServer::Tls{pki().pki.goodCert, pki().pki.goodKey, {}});
    server.setFile("/files/bundle.json", kStix, "application/json");
    REQUIRE(server.start());
    auto config = tlsConfig(server);
    auto ok = fetchOnce(config);
    REQUIRE_FALSE(ok.error);
    CHECK(ok.pages.at(0).body == kStix);

    config.url = QStringLiteral("https://localhost:%1/files/bundle.json").arg(server.port());
    CHECK_FALSE(fetchOnce(config).error);

    config.pin = QString::fromStdString(sync::net::spkiPinOfPemFile(pki().pki.goodCert));
    REQUIRE(config.pin.startsWith(QStringLiteral("sha256/")));
    CHECK_FALSE(fetchOnce(config).error);

    server.clearRequests();
    config.pin = QString::fromStdString(sync::net::spkiPinOfPemFile(pki().pki.untrustedCert));
    auto mismatch = fetchOnce(config);
    REQUIRE(mismatch.error);
    CHECK(mismatch.error->code == core::ErrorCode::Network);
    CHECK(mismatch.error->message.contains(QStringLiteral("pin")));
    CHECK(server.requestCount() == 0); // nothing was sent to the unpinned server
}

TEST_CASE("TLS: without the feed's CA the system store does not trust a private CA") {
    FakeFeedServer server(FakeFeedServer::Tls{pki().pki.goodCert, pki().pki.goodKey, {}});
    server.setFile("/files/bundle.json", kStix, "application/json");
    REQUIRE(server.start());
    auto config = tlsConfig(server);
    config.caFile.clear();
    auto run = fetchOnce(config);
    REQUIRE(run.error);
    CHECK(run.error->message.contains(QStringLiteral("trusted certificate authority")));
    CHECK(server.requestCount() == 0);
}

TEST_CASE("TLS: expired, wrong-host and untrusted certificates are refused with a clear reason") {
    struct Case {
        std::string cert, key;
        QString reason;
    };
    const std::vector<Case> cases = {
        {pki().pki.expiredCert, pki().pki.expiredKey, QStringLiteral("expired")},
        {pki().pki.wrongHostCert, pki().pki.wrongHostKey, QStringLiteral("host")},
        {pki().pki.untrustedCert, pki().pki.untrustedKey, QStringLiteral("trusted certificate authority")},
    };
    for (const auto& c : cases) {
        CAPTURE(c.reason.toStdString());
        FakeFeedServer server(FakeFeedServer::Tls{c.cert, c.key, {}});
        server.setFile("/files/bundle.json", kStix, "application/json");
        REQUIRE(server.start());
        auto run = fetchOnce(tlsConfig(server));
        REQUIRE(run.error);
        CHECK(run.error->code == core::ErrorCode::Network);
        CHECK(run.error->message.contains(c.reason));
        CHECK(run.error->message.contains(QStringLiteral("no way to accept")));
        CHECK(server.requestCount() == 0);
    }
}

TEST_CASE("TLS: a server that requires a client certificate gets it from the feed") {
    FakeFeedServer server(FakeFeedServer::Tls{pki().pki.goodCert, pki().pki.goodKey, pki().pki.caCert});
    server.setFile("/files/bundle.json", kStix, "application/json");
    REQUIRE(server.start());
    auto config = tlsConfig(server);
    auto without = fetchOnce(config);
    REQUIRE(without.error);
    CHECK(server.requestCount() == 0);

    config.auth = core::FeedAuth::ClientCert;
    config.clientCert = QString::fromStdString(pki().pki.clientCert);
    config.clientKey = QString::fromStdString(pki().pki.clientKey);
    auto with = fetchOnce(config);
    INFO((with.error ? (with.error->message + QStringLiteral(" / ") + with.error->detail).toStdString() : std::string()));
    REQUIRE_FALSE(with.error);
    CHECK(with.pages.at(0).body == kStix);
}

TEST_CASE("cancel stops a slow download between chunks") {
    FileServer fs;
    FaultSpec trickle{Fault::SlowTrickle};
    trickle.trickleIntervalMs = 20;
    fs.server.setFault(trickle);
    auto limits = test::fastLimits();
    limits.requestDeadlineMs = 600'000;
    sync::net::HttpClient client(optionsFor(fs.server, limits));
    auto response = sendAndCancelOnceSeen(client, fs.server);
    REQUIRE_FALSE(response);
    CHECK(response.error().code == core::ErrorCode::Cancelled);
}

TEST_CASE("a page larger than maxBytesPerPage is refused") {
    FileServer fs;
    auto limits = test::fastLimits();
    limits.maxBytesPerPage = 100;
    sync::net::HttpClient client(optionsFor(fs.server, limits));
    auto response = get(client, fs.server, "/files/bundle.json");
    REQUIRE_FALSE(response);
    CHECK(response.error().code == core::ErrorCode::Http);
    CHECK(response.error().message.contains(QStringLiteral("limit")));
}

TEST_CASE("requests go through an HTTP proxy when one is configured") {
    FileServer fs;
    auto config = test::feedConfig(QStringLiteral("stix-url"), fs.server.url("/files/bundle.json"));
    // The fake server answers absolute-form requests too, so it can stand in for the proxy.
    config.proxy = QStringLiteral("127.0.0.1:%1").arg(fs.server.port());
    auto client = sync::makeFeedClient(config, {}, test::fastLimits());
    auto run = test::runFeed(*client.value(), {});
    REQUIRE_FALSE(run.error);
    CHECK(run.pages.at(0).body == kStix);
    CHECK(fs.server.requests().at(0).target == fs.server.url("/files/bundle.json").toStdString());
}

TEST_CASE("TLS: a server that trickles bytes is cut at the deadline too") {
    FakeFeedServer server(FakeFeedServer::Tls{pki().pki.goodCert, pki().pki.goodKey, {}});
    server.setFile("/files/bundle.json", kStix, "application/json");
    FaultSpec trickle{Fault::SlowTrickle};
    trickle.trickleIntervalMs = 40;
    server.setFault(trickle);
    REQUIRE(server.start());
    auto limits = test::fastLimits();
    limits.requestDeadlineMs = 400;
    auto client = sync::makeFeedClient(tlsConfig(server), {}, limits);
    auto run = test::runFeed(*client.value(), {});
    REQUIRE(run.error);
    CHECK(run.error->code == core::ErrorCode::Timeout);
}

TEST_CASE("TLS: https goes through an HTTP proxy's CONNECT tunnel, with the same checks") {
    FakeFeedServer server(FakeFeedServer::Tls{pki().pki.goodCert, pki().pki.goodKey, {}});
    server.setFile("/files/bundle.json", kStix, "application/json");
    REQUIRE(server.start());
    FakeFeedServer proxy;
    REQUIRE(proxy.start());
    auto config = tlsConfig(server);
    config.proxy = QStringLiteral("127.0.0.1:%1").arg(proxy.port());
    auto run = fetchOnce(config);
    REQUIRE_FALSE(run.error);
    CHECK(run.pages.at(0).body == kStix);
    REQUIRE(proxy.requests().size() == 1);
    CHECK(proxy.requests()[0].method == "CONNECT");
    CHECK(proxy.requests()[0].target == "127.0.0.1:" + std::to_string(server.port()));
    CHECK(proxy.requests()[0].authorization.empty());

    config.pin = QString::fromStdString(sync::net::spkiPinOfPemFile(pki().pki.untrustedCert));
    auto pinned = fetchOnce(config);
    REQUIRE(pinned.error);
    CHECK(pinned.error->message.contains(QStringLiteral("pin")));
}

TEST_CASE("TLS: a server that trickles its handshake is cut at the deadline") {
    // Not a TLS server: it announces a 16 KB handshake record, then sends one byte every 20 ms.
    Poco::Net::ServerSocket listener(Poco::Net::SocketAddress("127.0.0.1", 0));
    std::atomic_bool stop{false};
    std::atomic_int sent{0};
    std::thread trickler([&] {
        if (!listener.poll(Poco::Timespan(10, 0), Poco::Net::Socket::SELECT_READ))
            return;
        Poco::Net::StreamSocket peer = listener.acceptConnection();
        try {
            const unsigned char header[] = {0x16, 0x03, 0x03, 0x40, 0x00};
            peer.sendBytes(header, sizeof header);
            for (int i = 0; i < 1000 && !stop; ++i) {
                const char zero = 0;
                peer.sendBytes(&zero, 1);
                ++sent;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        } catch (const Poco::Exception&) {
        }
    });
    auto config = test::feedConfig(QStringLiteral("stix-url"),
                                   QStringLiteral("https://127.0.0.1:%1/files/bundle.json").arg(listener.address().port()));
    config.caFile = QString::fromStdString(pki().pki.caCert);
    auto limits = test::fastLimits();
    limits.requestDeadlineMs = 400;
    auto client = sync::makeFeedClient(config, {}, limits);
    auto run = test::runFeed(*client.value(), {});
    stop = true;
    trickler.join();
    REQUIRE(run.error);
    CHECK(run.error->code == core::ErrorCode::Timeout);
    CHECK(sent < 1000); // the client hung up long before the server's trickle ended
}

// Network half of the issue 5 sync benchmark: N generated indicators (default 100,000) fetched
// from the fake TAXII server over loopback in pages of 1,000 through the real TAXII client, against
// a baseline of the same bytes fetched with one GET through the same HTTP client. Fetching only (no
// import); the sync benchmark adds the import. Run on purpose:  tests/bench/feed_fetch_bench [N]
#include "models/sync/feed_client.h"
#include "models/sync/net/http_client.h"
#include "tests/support/fake_feed_server.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace lagebild;

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 100'000;
    test::FakeFeedServer server;
    server.addCollection("bench", "Bench");
    server.generateIndicators("bench", count);
    if (!server.start())
        return 1;
    sync::NetLimits limits;
    limits.pageSize = 1000;
    core::FeedConfig config;
    config.name = QStringLiteral("bench");
    config.kind = QStringLiteral("taxii21");
    config.url = server.url("/taxii2/");
    config.collection = QStringLiteral("Bench");
    auto client = sync::makeFeedClient(config, {}, limits);
    if (!client)
        return 1;

    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    core::CancelToken cancel;
    QString cursor;
    std::string all;
    int pages = 0;
    for (bool more = true; more;) {
        auto page = client.value()->fetch(cursor, cancel);
        if (!page) {
            std::fprintf(stderr, "%s\n", qPrintable(page.error().message));
            return 1;
        }
        ++pages;
        more = page.value().more;
        cursor = page.value().nextCursor;
        all += page.value().body;
    }
    const double paged = std::chrono::duration<double>(Clock::now() - start).count();

    server.setFile("/bench/all.json", all, "application/json");
    sync::net::HttpOptions options;
    options.origin = *sync::net::Url::parse(server.url("/").toStdString());
    options.limits = limits;
    options.limits.maxBytesPerPage = static_cast<std::int64_t>(all.size()) + 1;
    sync::net::HttpClient http(options);
    sync::net::HttpRequest request;
    request.url = server.url("/bench/all.json").toStdString();
    const auto baseStart = Clock::now();
    auto whole = http.send(request, cancel);
    const double single = std::chrono::duration<double>(Clock::now() - baseStart).count();
    if (!whole || whole.value().body.size() != all.size())
        return 1;

    std::printf("feed_fetch_bench: %d objects, %d pages of %d, %.1f MB\n", count, pages, limits.pageSize,
                static_cast<double>(all.size()) / 1e6);
    std::printf("  TAXII paged fetch: %.3f s = %.0f objects/s\n", paged, count / paged);
    std::printf("  baseline (same bytes, one GET): %.3f s; paged/baseline = %.2f\n", single, paged / single);
    return 0;
}

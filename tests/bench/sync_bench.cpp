// Feed sync benchmark (issue 5): N generated STIX indicators synced from the fake TAXII 2.1 server
// over loopback in pages of P, through the real client and FeedSyncService (one transaction per
// page with the cursor). Baseline measured in the same run: importing the same objects from one
// bundle file with ImportService (what storage alone costs). Also prints the fetch-only time.
//
//   sync_bench [--count N] [--page P]
#include "models/imports/import_service.h"
#include "models/store/feed_repository.h"
#include "models/sync/feed_sync_service.h"
#include "tests/support/fake_feed_server.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <sys/resource.h>

using namespace lagebild;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

long peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

core::FeedConfig feedFor(const test::FakeFeedServer& server) {
    core::FeedConfig c;
    c.name = QStringLiteral("bench");
    c.kind = QStringLiteral("taxii21");
    c.url = server.url("/taxii2/");
    c.collection = QStringLiteral("c1");
    return c;
}

/// The objects of a TAXII envelope page without the envelope: the text between "objects":[ and ]}.
std::string_view objectsOf(const std::string& body) {
    const auto start = body.find("\"objects\":[");
    const auto end = body.rfind(']');
    if (start == std::string::npos || end == std::string::npos || end < start)
        return {};
    return std::string_view(body).substr(start + 11, end - start - 11);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int count = 100000, page = 1000;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--count")
            count = std::atoi(argv[i + 1]);
        else if (a == "--page")
            page = std::atoi(argv[i + 1]);
    }
    test::FakeFeedServer server;
    server.addCollection("c1", "Bench");
    server.generateIndicators("c1", count);
    if (!server.start())
        return 1;
    sync::NetLimits limits;
    limits.pageSize = page;
    QTemporaryDir dir;

    // 1. Fetch only (network + paging, nothing stored); the pages become the baseline's bundle.
    auto t0 = Clock::now();
    auto client = sync::makeFeedClient(feedFor(server), {}, limits);
    if (!client) {
        std::fprintf(stderr, "client: %s\n", qPrintable(client.error().message));
        return 1;
    }
    const QString bundlePath = dir.filePath(QStringLiteral("bundle.json"));
    QFile bundle(bundlePath);
    if (!bundle.open(QIODevice::WriteOnly))
        return 1;
    bundle.write(R"({"type":"bundle","id":"bundle--6f0ad2a5-5b1e-4bbd-9a43-0c7d0a2a6c11","objects":[)");
    QString cursor;
    int pages = 0;
    bool first = true;
    for (;;) {
        auto p = client.value()->fetch(cursor, core::CancelToken{});
        if (!p) {
            std::fprintf(stderr, "fetch: %s\n", qPrintable(p.error().message));
            return 1;
        }
        ++pages;
        const auto objects = objectsOf(p.value().body);
        if (!objects.empty()) {
            if (!first)
                bundle.write(",");
            bundle.write(objects.data(), static_cast<qint64>(objects.size()));
            first = false;
        }
        cursor = p.value().nextCursor;
        if (!p.value().more)
            break;
    }
    bundle.write("]}");
    bundle.close();
    const double fetchOnly = seconds(t0);

    // 2. Baseline: the same objects imported from one file.
    auto fileDb = store::Database::open(dir.filePath(QStringLiteral("file.sqlite")));
    if (!fileDb)
        return 1;
    t0 = Clock::now();
    const auto reports = imports::ImportService(*fileDb.value()).importPaths({bundlePath}, {}, core::CancelToken{});
    const double fileSeconds = seconds(t0);
    const auto fileAdded = reports.empty() ? 0 : reports.front().added;

    // 3. Sync over loopback into a fresh database.
    auto syncDb = store::Database::open(dir.filePath(QStringLiteral("sync.sqlite")));
    if (!syncDb)
        return 1;
    core::FeedConfig feed = feedFor(server);
    {
        store::Transaction tx(*syncDb.value());
        store::FeedRepository repo(*syncDb.value(), QStringLiteral("bench"));
        auto rid = repo.add(feed, 0);
        if (!rid || !tx.commit())
            return 1;
        feed.rid = rid.value();
    }
    t0 = Clock::now();
    const auto report = sync::FeedSyncService(*syncDb.value(), sync::makeFeedClient, limits).run(feed, core::CancelToken{});
    const double syncSeconds = seconds(t0);
    if (!report.ok) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(report.error));
        return 1;
    }

    std::printf("objects: %d in %d pages of %d\n", count, pages, page);
    std::printf("fetch only (loopback TAXII, nothing stored): %.2f s, %.0f objects/s\n", fetchOnly, count / fetchOnly);
    std::printf("baseline: import of the same objects from one file: %.2f s, %.0f objects/s (added %lld)\n", fileSeconds,
                fileAdded / fileSeconds, static_cast<long long>(fileAdded));
    std::printf("sync over loopback (one transaction per page + cursor): %.2f s, %.0f objects/s (added %lld, %lld pages)\n",
                syncSeconds, report.added / syncSeconds, static_cast<long long>(report.added),
                static_cast<long long>(report.pages));
    std::printf("ratio sync/file: %.2f (1.00 = as fast as a local file)\n", fileSeconds / syncSeconds);
    std::printf("peak RSS: %ld MB\n", peakRssMb());
    return report.added == count && fileAdded == count ? 0 : 1;
}

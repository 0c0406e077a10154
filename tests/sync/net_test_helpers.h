#pragma once

// Shared by the network client tests: fast limits and a loop that runs a FeedClient to the end.

#include "models/core/feed_config.h"
#include "models/sync/feed_client.h"

#include <QString>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lagebild::test {

/// Limits that keep fault tests fast: back-off waits of a few milliseconds, short deadlines.
inline sync::NetLimits fastLimits() {
    sync::NetLimits limits;
    limits.requestDeadlineMs = 3000;
    limits.connectTimeoutMs = 2000;
    limits.initialBackoffMs = 1;
    limits.maxBackoffMs = 5;
    limits.pageSize = 10;
    return limits;
}

inline core::FeedConfig feedConfig(const QString& kind, const QString& url, const QString& collection = {}) {
    core::FeedConfig config;
    config.name = QStringLiteral("test-feed");
    config.kind = kind;
    config.url = url;
    config.collection = collection;
    return config;
}

/// Every page of one run, the last cursor (of the last page returned) and the error that ended it.
struct FeedRun {
    std::vector<sync::FeedPage> pages;
    QString cursor;
    std::optional<core::Error> error;

    std::string allBodies() const {
        std::string all;
        for (const auto& p : pages)
            all += p.body;
        return all;
    }
};

/// Fetches pages until more == false, an error, or `maxPages` (a guard for the test itself).
inline FeedRun runFeed(sync::FeedClient& client, const QString& cursor, int maxPages = 1000) {
    FeedRun run;
    run.cursor = cursor;
    core::CancelToken cancel;
    for (int i = 0; i < maxPages; ++i) {
        auto page = client.fetch(run.cursor, cancel);
        if (!page) {
            run.error = page.error();
            break;
        }
        run.cursor = page.value().nextCursor;
        const bool more = page.value().more;
        run.pages.push_back(std::move(page.value()));
        if (!more)
            break;
    }
    return run;
}

/// The ids of the generated indicators ("indicator--…") in the pages' text.
inline std::set<std::string> indicatorIds(const std::string& text) {
    std::set<std::string> ids;
    const std::string key = "\"id\":\"indicator--";
    for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + 1))
        ids.insert(text.substr(pos + 6, 47));
    return ids;
}

/// How often `needle` occurs in `text`.
inline int occurrences(const std::string& text, const std::string& needle) {
    int n = 0;
    for (auto pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + needle.size()))
        ++n;
    return n;
}

} // namespace lagebild::test

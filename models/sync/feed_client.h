#pragma once

#include "models/core/cancel_token.h"
#include "models/core/feed_config.h"
#include "models/core/issue.h"
#include "models/core/message.h"
#include "models/core/result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace lagebild::sync {

/// One unit fetched from a feed. The sync service imports `body` and stores `nextCursor` in the
/// same transaction, so a crash between pages resumes exactly after the last committed page.
struct FeedPage {
    std::string body;    // raw bytes: a TAXII envelope / STIX bundle, a MISP event or restSearch page, CSV text
    QString format;      // FormatRegistry format name for the body: "stix", "misp", "csv"
    core::Message label; // human position for messages, e.g. "page 3 (objects/?next=abc)" or "event <uuid>"
    QString nextCursor;  // opaque resume point after this page (stored verbatim in feed.cursor)
    bool more = false;   // another page follows
    /// Problems of this page that are not the page's data (the import reports those): a warning
    /// is listed with the run; an Error-severity issue lets the run go on but makes it fail at its
    /// end, because the cache then lacks something the feed lists (e.g. a MISP feed event that
    /// answers 404).
    std::vector<core::Issue> issues;

    /// An empty body means "nothing new" (TAXII collection without new objects, MISP without new
    /// events, HTTP 304 for a file URL): import nothing, but still store `nextCursor`.
    bool hasData() const { return !body.empty(); }
};

/// Limits for one run (ARCHITECTURE §5: caps are configurable, defaults are safe).
struct NetLimits {
    int requestDeadlineMs = 60'000; // wall-clock deadline per request, whatever the server trickles
    int connectTimeoutMs = 10'000;
    int maxPagesPerRun = 10'000;
    std::int64_t maxBytesPerRun = 4LL * 1024 * 1024 * 1024;
    std::int64_t maxBytesPerPage = 256LL * 1024 * 1024;
    int maxRetries = 5;        // 5xx / 429 / 503 retries per request
    int maxBackoffMs = 60'000; // cap of the exponential back-off (and of Retry-After)
    // Added by the network clients (compatible: defaults keep the old behaviour). First back-off
    // wait, doubled per retry up to maxBackoffMs; tests set it (and maxBackoffMs) to a few ms.
    int initialBackoffMs = 500;
    int pageSize = 1000; // TAXII `limit`, MISP `limit`
    /// Told about once a second while a request waits for bytes (waited ms, the request's limit in
    /// ms), so that a window can show that the server is still working. Called on the worker thread.
    std::function<void(std::int64_t waitedMs, std::int64_t limitMs)> onWaiting;
};

/// The secret for a run, read from the environment (never stored, never logged).
struct FeedSecret {
    std::string value;
};

/// Fetches the pages of one feed, one after the other. Implementations: TAXII 2.1, MISP REST,
/// MISP feed, plain STIX / CSV URL. Retries, back-off, deadlines, TLS checks and paging guards
/// (repeated `next`, non-advancing Date-Added-Last) are inside; an Error is final for this run.
class FeedClient {
public:
    virtual ~FeedClient() = default;
    /// The page after `cursor` (empty cursor = from the beginning). When the returned page has
    /// `more == false` the run is complete.
    virtual core::Result<FeedPage> fetch(const QString& cursor, const core::CancelToken& cancel) = 0;
};

namespace net {
struct HttpOptions;
} // namespace net

/// One kind of partner feed: its name in the configuration, its title in the window
/// (QT_TRANSLATE_NOOP in context "FeedKind"), whether it needs a collection, and how its client is
/// made. feedKinds() is the only list of kinds: the checks, the CLI help and the feed dialog are
/// built from it, so a new kind is its client plus one line there (ARCHITECTURE §4).
struct FeedKind {
    const char* name;
    const char* title;
    bool needsCollection;
    std::unique_ptr<FeedClient> (*make)(const core::FeedConfig& config, net::HttpOptions&& options);
};
const std::vector<FeedKind>& feedKinds();
const FeedKind* findFeedKind(const QString& name);
/// "taxii21, misp, …": the kinds' names for messages and help texts.
QString feedKindNames();

/// Factory over `config.kind`; an unknown kind or an URL that is not https:// (plain http:// only
/// to loopback hosts) gives an Error of code Usage.
core::Result<std::unique_ptr<FeedClient>> makeFeedClient(const core::FeedConfig& config, const FeedSecret& secret,
                                                         const NetLimits& limits);

} // namespace lagebild::sync

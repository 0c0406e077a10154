#pragma once

#include "models/core/feed_config.h"
#include "models/sync/feed_client.h"
#include "models/sync/net/http_client.h"

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace lagebild::sync::misp {

/// Resume point of MISP feeds (REST and feed), compact JSON in feed.cursor:
/// {"v":1,"ts":<epoch s>,"seen":["<uuid>",...],"page":<n>,"max":<epoch s>}
/// - ts: event timestamp the run starts from (inclusive); 0 = everything;
/// - seen: uuids of events with timestamp == ts already committed (so a boundary event is not
///   delivered again, while a new event of the same second still is);
/// - page: REST only, the next restSearch page of the query `timestamp >= ts` (1 = first);
/// - max / maxSeen: REST only, the highest event timestamp and its uuids committed in this query;
/// - count: REST only, the X-Result-Count of this query's first page (-1 = not sent): a different
///   count on a later page means events were added or deleted between pages, which shifts
///   page/limit paging, so the query starts again at page 1;
/// - missing: feed only, events the manifest lists that were not served (404); tried again first
///   by every run until they are served or leave the manifest.
struct MispCursor {
    std::int64_t ts = 0;
    std::vector<std::string> seen;
    int page = 1;
    std::int64_t max = 0;
    std::vector<std::string> maxSeen;
    std::int64_t count = -1;
    std::vector<std::string> missing;

    static core::Result<MispCursor> parse(const QString& text);
    QString serialize() const;
};

/// FeedClient for kind "misp": POST {url}/events/restSearch with {"returnFormat":"json",
/// "timestamp":ts,"page":p,"limit":NetLimits::pageSize} and the `Authorization: <key>` header.
/// Each page's body ({"response":[{"Event":{...}},...]}) is handed on as received, format
/// "misp". A page with fewer than `limit` events ends the run; the next run starts at the highest
/// event timestamp seen (inclusive, since MISP's filter is), skipping exactly the boundary events
/// already committed: a second sync with nothing new gets one page without data. Limits on pages
/// and bytes per run as in NetLimits. One instance per run; worker thread only.
class MispRestClient : public FeedClient {
public:
    MispRestClient(const core::FeedConfig& config, net::HttpOptions options);
    core::Result<FeedPage> fetch(const QString& cursor, const core::CancelToken& cancel) override;
    const net::HttpStats& httpStats() const { return m_http.stats(); }

private:
    core::FeedConfig m_config;
    net::HttpClient m_http;
    int m_pages = 0;
    int m_restarts = 0;
    std::int64_t m_bytes = 0;
};

/// True for a MISP uuid ("8-4-4-4-12" hex digits); manifest keys are checked before a URL is built.
bool isMispUuid(std::string_view text);

/// Checks the per-run page and byte limits shared by the MISP clients; an Error names the feed.
core::Status checkRunLimits(const core::FeedConfig& config, const NetLimits& limits, int pages, std::int64_t bytes);

} // namespace lagebild::sync::misp

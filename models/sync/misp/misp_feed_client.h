#pragma once

#include "models/core/feed_config.h"
#include "models/sync/feed_client.h"
#include "models/sync/misp/misp_rest_client.h"
#include "models/sync/net/http_client.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace lagebild::sync::misp {

/// FeedClient for kind "misp-feed" (a MISP feed over HTTPS: {url}/manifest.json and
/// {url}/<uuid>.json). The manifest is fetched once per instance; events whose manifest timestamp
/// is after the cursor's `ts` (or equal to it and not in `seen`) are delivered one per page in
/// the order (timestamp, uuid), each as the event file's bytes, format "misp". Manifest keys that
/// are not UUIDs are ignored (they would otherwise become URL paths). The cursor is MispCursor's
/// (`page`/`max`/`count` unused). An event the manifest lists that answers 404 or 410 does not
/// stop the feed: the others are fetched, the page carries an Error issue (the run then fails at
/// its end, listing it) and the uuid goes to the cursor's `missing` list, fetched first by every
/// later run while the manifest lists it. Nothing new: one page without data. One instance per
/// run; worker thread.
class MispFeedClient : public FeedClient {
public:
    MispFeedClient(const core::FeedConfig& config, net::HttpOptions options);
    core::Result<FeedPage> fetch(const QString& cursor, const core::CancelToken& cancel) override;
    const net::HttpStats& httpStats() const { return m_http.stats(); }

private:
    struct Entry {
        std::int64_t ts = 0;
        std::string uuid;
    };
    core::Status loadManifest(const core::CancelToken& cancel);

    core::FeedConfig m_config;
    net::HttpClient m_http;
    std::string m_base;
    std::optional<std::vector<Entry>> m_manifest; // sorted by (ts, uuid)
    std::set<std::string> m_notServed;            // answered 404 in this run: not asked again before the next run
    int m_pages = 0;
    std::int64_t m_bytes = 0;
};

} // namespace lagebild::sync::misp

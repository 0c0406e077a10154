#pragma once

#include "models/core/feed_config.h"
#include "models/sync/feed_client.h"
#include "models/sync/net/http_client.h"

#include <QString>

namespace lagebild::sync {

/// FeedClient for kinds "stix-url" and "csv-url": one GET of the configured file, one page
/// (format "stix" or "csv"). The cursor {"v":1,"etag":"…","last_modified":"…"} turns the next
/// run into a conditional GET (If-None-Match / If-Modified-Since); 304 gives a page without data
/// and the cursor unchanged. Worker thread only.
class UrlFeedClient : public FeedClient {
public:
    UrlFeedClient(const core::FeedConfig& config, net::HttpOptions options);
    core::Result<FeedPage> fetch(const QString& cursor, const core::CancelToken& cancel) override;
    const net::HttpStats& httpStats() const { return m_http.stats(); }

private:
    core::FeedConfig m_config;
    net::HttpClient m_http;
};

} // namespace lagebild::sync

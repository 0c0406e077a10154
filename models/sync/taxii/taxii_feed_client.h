#pragma once

#include "models/core/feed_config.h"
#include "models/sync/feed_client.h"
#include "models/sync/net/http_client.h"
#include "models/sync/taxii/taxii_client.h"

#include <QString>

#include <set>
#include <string>

namespace lagebild::sync::taxii {

/// Resume point of a TAXII feed, stored as compact JSON in feed.cursor:
/// {"v":1,"added_after":"<ts>","next":"<token>","last":"<ts>"}
/// - added_after: the `added_after` of the query being paged ("" = from the beginning);
/// - next: the server's `next` token for the following page of that query ("" = none);
/// - last: the highest X-TAXII-Date-Added-Last committed so far.
/// A finished run leaves {"added_after": last, "next": ""}. Timestamps are kept verbatim as the
/// server wrote them, so no precision is lost (OpenCTI#10090).
struct TaxiiCursor {
    std::string addedAfter;
    std::string next;
    std::string last;

    static core::Result<TaxiiCursor> parse(const QString& text);
    QString serialize() const;
};

/// FeedClient for kind "taxii21": resolves the discovery or API root URL and the collection (by
/// id or title) once per instance, then pages GET …/objects/ with `limit` = NetLimits::pageSize,
/// `added_after` and `next`. Each page is the envelope exactly as received (format "stix").
/// Guards, each ending the run with an Error instead of looping: a `next` token seen before in
/// this run, a page that does not advance (more=true without next whose Date-Added-Last is not
/// after added_after; with next, a page identical to the previous one or going back in time),
/// more=true with neither next nor Date-Added-Last, NetLimits::maxPagesPerRun and maxBytesPerRun.
/// Inclusive `added_after` servers: a final page whose Date-Added-Last is not after added_after
/// holds only objects already committed and is returned without data. A stale `next` token from
/// a previous run (expired on the server) falls back once to `added_after` = last. One instance
/// per run; worker thread only.
class TaxiiFeedClient : public FeedClient {
public:
    TaxiiFeedClient(const core::FeedConfig& config, net::HttpOptions options);

    core::Result<FeedPage> fetch(const QString& cursor, const core::CancelToken& cancel) override;

    const net::HttpStats& httpStats() const { return m_http.stats(); }

private:
    core::Status resolve(const core::CancelToken& cancel);
    core::Error guardError(const QString& what, const std::string& url) const;

    core::FeedConfig m_config;
    net::HttpClient m_http;
    TaxiiClient m_taxii;
    std::string m_apiRoot;
    std::string m_collectionId;
    QString m_collectionTitle;
    std::set<std::string> m_seenNext;
    std::string m_previousBodyHash;
    std::string m_previousLast;
    int m_pages = 0;
    std::int64_t m_bytes = 0;
};

} // namespace lagebild::sync::taxii

#pragma once

#include "models/core/feed_config.h"
#include "models/sync/feed_client.h"
#include "models/sync/net/http_client.h"
#include "models/sync/taxii/taxii_client.h"

#include <QString>

#include <string>
#include <unordered_set>
#include <vector>

namespace lagebild::sync::taxii {

/// Resume point of a TAXII feed, stored as compact JSON in feed.cursor: {"v":2,"from":"<ts>"}.
/// `from` is the X-TAXII-Date-Added-Last of the last committed page, inclusive: every object the
/// collection added before that instant is stored, objects added at that very instant may be in
/// part (one POST gives many objects the same date_added). The next query asks for
/// `added_after` = one microsecond before it, so those come again and the store's version check
/// finds them unchanged (or `at` lists them and the page is skipped). Never a `next` token: tokens expire, may be shared by every
/// page of a query and may move the server's state on. Timestamps are kept verbatim as the server wrote them (server time, never
/// the local clock). Version 1 cursors ({"added_after","next","last"}) are read as {"from": last}.
struct TaxiiCursor {
    std::string from;
    /// "<id>|<version>" of the objects stored by pages that ended at `from` (a superset of those
    /// added at that instant; left empty beyond kMaxAt): a page that brings only these is stored
    /// already and is not imported again.
    std::vector<std::string> at;
    static constexpr std::size_t kMaxAt = 5000;

    static core::Result<TaxiiCursor> parse(const QString& text);
    QString serialize() const;
};

/// FeedClient for kind "taxii21": resolves the discovery or API root URL and the collection (by
/// id or title) once per instance, then pages GET …/objects/ with `limit` = NetLimits::pageSize
/// and `match[spec_version]=2.0,2.1` (servers serve STIX 2.0 objects only when asked; dropped for
/// a server that refuses the parameter). Each page is the envelope exactly as received.
///
/// Exactness (a sync that reports success has every object the collection serves, at its newest
/// version; one that cannot guarantee it fails):
/// - a query starts at the committed resume point (TaxiiCursor) and follows `next`; the same
///   token on every page of a query is legal;
/// - a `next` request is sent once: after any failure the query restarts from the resume point of
///   the last committed page (at most NetLimits::maxRetries restarts without a new object);
/// - a server without `next` is paged by `added_after` = just before Date-Added-Last;
/// - a loop is a page that brings no object version not already seen in this query: the second
///   such page in a row ends the run with an error ("server paging did not progress");
/// - more=true with neither `next` nor Date-Added-Last ends the run with an error, as do
///   NetLimits::maxPagesPerRun and maxBytesPerRun (the pages so far stay committed).
/// One instance per run; worker thread only.
class TaxiiFeedClient : public FeedClient {
public:
    TaxiiFeedClient(const core::FeedConfig& config, net::HttpOptions options);

    core::Result<FeedPage> fetch(const QString& cursor, const core::CancelToken& cancel) override;

    const net::HttpStats& httpStats() const { return m_http.stats(); }
    /// Queries restarted from the resume point in this run (after a failed `next` request).
    int restarts() const { return m_restarts; }

private:
    /// One query being paged: its `added_after`, the server's `next` token and the object
    /// versions it brought so far.
    struct Query {
        bool active = false;
        std::string addedAfter;
        std::string next;
        std::unordered_set<std::size_t> seen; // hashes of "<id>|<version>"
        int pagesWithoutNew = 0;
    };

    core::Status resolve(const core::CancelToken& cancel);
    core::Result<EnvelopePage> request(const TaxiiCursor& cursor, const core::CancelToken& cancel);
    core::Error guardError(const core::Message& what, const std::string& url) const;
    core::Error limitError() const;

    core::FeedConfig m_config;
    net::HttpClient m_http;
    TaxiiClient m_taxii;
    std::string m_apiRoot;
    std::string m_collectionId;
    QString m_collectionTitle;
    bool m_askSpecVersions = true;
    Query m_query;
    std::unordered_set<std::size_t> m_runSeen; // every object version received in this run (hashed)
    int m_restarts = 0;
    int m_restartsWithoutNew = 0;
    int m_pages = 0;
    std::int64_t m_bytes = 0;
};

} // namespace lagebild::sync::taxii

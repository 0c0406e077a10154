#pragma once

#include "models/core/cancel_token.h"
#include "models/core/result.h"
#include "models/sync/net/http_client.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace lagebild::sync::net {
class ControlJson;
} // namespace lagebild::sync::net

namespace lagebild::sync::taxii {

/// The TAXII 2.1 media type, sent in Accept (and Content-Type of POST) on every request.
inline constexpr const char* kTaxiiMediaType = "application/taxii+json;version=2.1";

struct ApiRootInfo {
    std::string url; // absolute, ends with '/'
    std::string title;
    std::vector<std::string> versions;
    std::int64_t maxContentLength = 0;
};

struct Collection {
    std::string id;
    std::string title;
    std::string description;
    bool canRead = false;
    bool canWrite = false;
    std::vector<std::string> mediaTypes;
};

/// URL parameters of the paged endpoints (objects, manifest, versions). Empty fields are omitted.
struct PageQuery {
    std::string addedAfter;
    std::string next;
    int limit = 0;
    std::vector<std::pair<std::string, std::string>> match; // e.g. {"type", "indicator"} -> match[type]=indicator
};

/// One answer of GET …/objects/: the envelope bytes as received (for the STIX reader), plus what
/// paging needs.
struct EnvelopePage {
    std::string body;
    bool more = false;
    std::string next;
    std::string dateAddedFirst; // X-TAXII-Date-Added-First, verbatim
    std::string dateAddedLast;  // X-TAXII-Date-Added-Last, verbatim
    std::size_t objectCount = 0;
    /// "<id>|<version>" of each object in the envelope, in order (version: `modified`, else
    /// `created`, else empty for objects that carry neither, such as SCOs). Paging progress is
    /// judged by these, never by tokens.
    std::vector<std::string> objectVersions;
    std::string url; // the request URL (with query), for labels
};

struct ManifestRecord {
    std::string id;
    std::string dateAdded;
    std::string version;
    std::string mediaType;
};

struct ManifestPage {
    std::vector<ManifestRecord> objects;
    bool more = false;
    std::string next;
    std::string dateAddedFirst;
    std::string dateAddedLast;
};

struct VersionsPage {
    std::vector<std::string> versions;
    bool more = false;
    std::string next;
};

/// A TAXII status resource (POST …/objects/ and GET {api-root}/status/{id}/).
struct StatusResource {
    std::string id;
    std::string status; // "pending" or "complete"
    std::int64_t totalCount = 0;
    std::int64_t successCount = 0;
    std::int64_t failureCount = 0;
    std::int64_t pendingCount = 0;
    std::vector<std::string> failures; // "<id>: <message>"
};

/// TAXII 2.1 endpoints (OASIS TAXII 2.1 §4–5) on top of an HttpClient: discovery, API root,
/// collections, objects, manifest, versions, add objects and status. Follows the specification
/// (media type application/taxii+json;version=2.1, `added_after`, `limit`, `next`, `match[...]`,
/// X-TAXII-Date-Added-First/Last) rather than one server's habits; answers of another media type
/// are refused. Control documents are parsed with simdjson; object envelopes are only checked
/// (JSON object, `more`, `next`, number of objects) and handed on as bytes. Stateless apart from
/// the HttpClient it borrows; same thread rules as HttpClient.
class TaxiiClient {
public:
    explicit TaxiiClient(net::HttpClient& http);
    ~TaxiiClient();

    /// `url` is a discovery URL (…/taxii2/) or an API root URL. A discovery answer is resolved to
    /// its `default` API root, else its only one. An API root on a loopback name of the same
    /// machine (localhost for 127.0.0.1, same scheme and port) is the configured server and is
    /// reached through the configured host; one on another origin is refused (the credentials
    /// stay with the configured origin) with a message naming it, so that an administrator can
    /// approve it by configuring that URL as the feed URL.
    core::Result<ApiRootInfo> resolveApiRoot(const std::string& url, const core::CancelToken& cancel);
    core::Result<ApiRootInfo> apiRoot(const std::string& apiRootUrl, const core::CancelToken& cancel);
    core::Result<std::vector<Collection>> collections(const std::string& apiRootUrl, const core::CancelToken& cancel);
    /// The collection whose id equals `idOrTitle`, else whose title equals it (case-insensitive);
    /// an Error lists the available titles when none or several match, or when it is not readable.
    core::Result<Collection> findCollection(const std::string& apiRootUrl, const std::string& idOrTitle,
                                            const core::CancelToken& cancel);
    /// A request with a `next` token is sent once and never repeated (HttpRequest::repeatable):
    /// servers may move their paging state on with every request, so a repeat answers the page after.
    core::Result<EnvelopePage> objects(const std::string& apiRootUrl, const std::string& collectionId, const PageQuery& query,
                                       const core::CancelToken& cancel);
    core::Result<ManifestPage> manifest(const std::string& apiRootUrl, const std::string& collectionId, const PageQuery& query,
                                        const core::CancelToken& cancel);
    core::Result<VersionsPage> versions(const std::string& apiRootUrl, const std::string& collectionId,
                                        const std::string& objectId, const PageQuery& query, const core::CancelToken& cancel);
    /// POSTs an envelope ({"objects":[...]}) and returns the status resource of the 202 answer.
    core::Result<StatusResource> addObjects(const std::string& apiRootUrl, const std::string& collectionId,
                                            const std::string& envelope, const core::CancelToken& cancel);
    core::Result<StatusResource> status(const std::string& apiRootUrl, const std::string& statusId,
                                        const core::CancelToken& cancel);
    /// Polls the status resource until it is "complete", waiting `intervalMs` between polls (the
    /// wait checks `cancel`), at most `maxPolls` times; an Error of code Timeout after that.
    core::Result<StatusResource> waitForCompletion(const std::string& apiRootUrl, const StatusResource& initial, int intervalMs,
                                                   int maxPolls, const core::CancelToken& cancel);

private:
    core::Result<net::HttpResponse> get(const std::string& url, const core::CancelToken& cancel, bool repeatable = true);
    std::string pagedUrl(const std::string& base, const PageQuery& query) const;
    net::HttpClient& m_http;
    std::unique_ptr<net::ControlJson> m_envelope; // reused across pages: the parser keeps its buffers
};

} // namespace lagebild::sync::taxii

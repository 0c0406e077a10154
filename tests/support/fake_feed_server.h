#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace lagebild::test {

/// Faults the fake server can inject. Each applies to requests whose path starts with
/// FaultSpec::pathPrefix, for FaultSpec::times requests (-1 = all), after which requests are
/// served normally again.
enum class Fault {
    None,
    Unauthorized,        // 401
    Forbidden,           // 403
    NotFound,            // 404
    NotAcceptable,       // 406
    TooManyRequests,     // 429 with Retry-After
    ServerError,         // 500
    Unavailable,         // 503 with Retry-After
    TruncatedBody,       // Content-Length of the full answer, half of it sent, connection closed
    WrongContentType,    // 200, the right body but Content-Type image/png
    HtmlErrorPage,       // 200 text/html "please log in" page
    SlowTrickle,         // 200, headers, then one body byte every trickleIntervalMs
    RepeatedNext,        // TAXII objects: more=true and always the same `next` token
    NonAdvancing,        // TAXII objects: more=true, no `next`, always the first page again
    InclusiveAddedAfter, // TAXII objects/manifest: added_after treated as >= (legal-ish server habit)
    RedirectOtherHost,   // 302 to http://localhost:<port><same target> (another origin)
    RedirectSameOrigin,  // 302 to /redirected<same target>, which is served like the target
    FailAfterPage,       // TAXII objects / MISP restSearch / MISP feed events: the first `afterPages`
                         // data requests succeed, every later one answers 500
    DropAnswer,          // the request is served (paging state moves on) but the connection is closed
                         // before a single byte of the answer is sent
    SlowFirstByte,       // the answer is prepared, then held back for `delayMs` before the first byte
};

struct FaultSpec {
    FaultSpec() = default;
    FaultSpec(Fault f, std::string prefix = {}, int count = -1, int retryAfterSecs = 1)
        : fault(f), pathPrefix(std::move(prefix)), times(count), retryAfterSeconds(retryAfterSecs) {}

    Fault fault = Fault::None;
    std::string pathPrefix; // "" = every request
    int times = -1;         // number of matching requests that get the fault; -1 = all
    int retryAfterSeconds = 1;
    std::string retryAfter; // verbatim Retry-After (e.g. an HTTP date); overrides retryAfterSeconds
    int afterPages = 0;     // FailAfterPage: K
    int trickleIntervalMs = 50;
    int delayMs = 0;           // SlowFirstByte
    int skip = 0;              // matching requests served normally before the fault applies
    std::string queryContains; // only requests whose query contains this (e.g. "next=") match
};

/// How the TAXII objects endpoint pages.
enum class TaxiiPaging {
    NextToken,  // more=true with a `next` token (the usual way)
    AddedAfter, // more=true without `next`: the client continues with added_after = Date-Added-Last
    SharedToken // as the OASIS reference server (medallion): one token for every page of a query; each
                // request with it moves the server's position on by a page (repeating a request
                // answers the page after); the token expires setNextTokenLifetimeMs after the query
};

/// One request as the server saw it.
struct RecordedRequest {
    std::string method;
    std::string target;        // path and query as received
    std::string host;          // Host header
    std::string authorization; // Authorization header ("" when absent)
    std::string accept;
    std::string body;
};

/// A real HTTP(S) server on 127.0.0.1 (Poco HTTPServer, port 0) speaking the parts of TAXII 2.1
/// and MISP that Lagebild uses, for tests and benchmarks. Usage:
///
///     FakeFeedServer server;                      // or FakeFeedServer(FakeFeedServer::Tls{cert, key})
///     server.addCollection("c1", "Indicators");
///     server.loadStixBundle("c1", testData("stix/oasis-examples/indicator-for-c2-ip-address.json"));
///     server.generateIndicators("c1", 2500);      // N generated indicators (benchmarks)
///     REQUIRE(server.start());
///     config.url = server.url("/taxii2/");        // discovery; API root is url("/api1/")
///     server.setFault({Fault::TooManyRequests, "/api1/collections/", 2});
///     ... run the client ...
///     CHECK(server.requestCount("/api1/collections/c1/objects/") == 3);
///
/// Endpoints:
/// - TAXII 2.1: GET /taxii2/ (discovery), /api1/ (API root), /api1/collections/,
///   /api1/collections/{id}/, /api1/collections/{id}/objects/ (added_after, limit, next,
///   match[type], match[id]; X-TAXII-Date-Added-First/Last), /api1/collections/{id}/manifest/,
///   /api1/collections/{id}/objects/{object-id}/versions/, POST /api1/collections/{id}/objects/
///   (202 + status), GET /api1/status/{id}/ ("pending" for statusPendingPolls polls, then
///   "complete"). Requests whose Accept lacks application/taxii+json get 406, as the spec says.
///   Objects are ordered by date_added; each added object gets a fresh date_added (1 ms apart),
///   the objects of one POST share one. Objects whose spec_version is not 2.1 (or absent) are served
///   only when match[spec_version] lists "2.0", as the TAXII 2.1 default is the newest version.
/// - MISP REST: POST /misp/events/restSearch (JSON body: page, limit, timestamp >=), answers
///   {"response":[{"Event":…},…]} in insertion order with X-Result-Count (the query's total).
/// - MISP feed: GET /misp-feed/manifest.json and /misp-feed/{uuid}.json.
/// - Plain files: GET of any path given to setFile (ETag / Last-Modified, 304 on a match).
/// With requireAuthorization(value) every request without exactly that Authorization header gets
/// 401. Thread-safe: setters may be called while the server runs. Stops in the destructor.
class FakeFeedServer {
public:
    struct Tls {
        std::string certFile;     // PEM server certificate (chain)
        std::string keyFile;      // PEM key
        std::string clientCaFile; // when set, a client certificate signed by this CA is required
    };

    FakeFeedServer();
    explicit FakeFeedServer(Tls tls);
    ~FakeFeedServer();
    FakeFeedServer(const FakeFeedServer&) = delete;
    FakeFeedServer& operator=(const FakeFeedServer&) = delete;

    /// Binds 127.0.0.1:0 and starts serving; false (with a message on stderr) on failure.
    bool start();
    void stop();
    std::uint16_t port() const;
    /// "http(s)://127.0.0.1:<port><path>".
    QString url(const std::string& path = "/") const;

    // --- data -----------------------------------------------------------------------------------
    void addCollection(const std::string& id, const std::string& title, bool canRead = true, bool canWrite = true);
    /// Adds one STIX object (compact JSON). `dateAdded` empty = the next generated date_added.
    void addObject(const std::string& collection, const std::string& json, const std::string& dateAdded = {});
    /// Adds every object of a STIX bundle file (or TAXII envelope); returns how many.
    int loadStixBundle(const std::string& collection, const QString& path);
    /// Adds `count` generated indicator objects (ids indicator--00000000-0000-4000-8000-<n>).
    void generateIndicators(const std::string& collection, int count);
    /// Sets the discovery document's `default` API root (e.g. one on another origin).
    void setDiscoveryDefault(const std::string& url);
    void setTaxiiPaging(TaxiiPaging paging);
    void setMaxPageSize(int limit); // server-side cap of `limit` (default 1000)
    /// `next` tokens older than this (from the query that issued them) answer 400; 0 = never
    /// expire, negative = every token is expired from now on.
    void setNextTokenLifetimeMs(int ms);
    /// Every `next` token issued so far answers 400 from now on (tokens issued later work).
    void expireNextTokens();
    /// Adds `count` generated indicators that share one date_added, as the objects of one POST do
    /// on real servers; returns that date_added.
    std::string generateIndicatorBatch(const std::string& collection, int count);
    void setStatusPendingPolls(int polls);
    /// Adds the events of a MISP file ({"Event":…}, {"response":[…]}, or a list); returns how many.
    int loadMispEvents(const QString& path);
    /// Adds one event with the given uuid and timestamp (and a few attributes).
    void addMispEvent(const std::string& uuid, std::int64_t timestamp, const std::string& info = "generated");
    /// Lists an event in the MISP feed manifest whose file answers 404 (`served` false), or serves it again.
    void setMispEventServed(const std::string& uuid, bool served);
    void removeMispEvent(const std::string& uuid);
    void setMispKey(const std::string& key); // required Authorization value for /misp/…, "" = none
    void setFile(const std::string& path, const std::string& body, const std::string& contentType, const std::string& etag = {},
                 const std::string& lastModified = {});
    void requireAuthorization(const std::string& value);

    // --- faults -----------------------------------------------------------------------------------
    void setFault(const FaultSpec& fault); // replaces the current one
    void clearFault();

    /// Called after a data request (TAXII objects, MISP restSearch, MISP feed event) has been
    /// answered in memory and before the answer is sent, with the number of data requests so far:
    /// a test changes the server's data exactly between two pages, with no timing involved.
    /// Runs on a server thread; it may call this server's setters.
    void onDataRequest(std::function<void(int)> hook);

    // --- observation ------------------------------------------------------------------------------
    std::vector<RecordedRequest> requests() const;
    int requestCount(const std::string& pathPrefix = {}) const;
    void clearRequests();
    std::size_t objectCount(const std::string& collection) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Certificates made with the openssl command line at test time (in `dir`): a CA, a good server
/// certificate for 127.0.0.1/localhost, an expired one, one for another host name, one from an
/// untrusted CA, and a client certificate signed by the CA.
struct TestPki {
    std::string dir;
    std::string caCert, caKey;
    std::string goodCert, goodKey;
    std::string expiredCert, expiredKey;
    std::string wrongHostCert, wrongHostKey;
    std::string otherCaCert, untrustedCert, untrustedKey;
    std::string clientCert, clientKey;

    /// Runs openssl; false (with its output on stderr) when a step fails.
    bool create(const QString& directory);
};

} // namespace lagebild::test

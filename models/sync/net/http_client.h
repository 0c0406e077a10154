#pragma once

#include "models/core/cancel_token.h"
#include "models/core/result.h"
#include "models/sync/feed_client.h"
#include "models/sync/net/url.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lagebild::sync::net {

using Header = std::pair<std::string, std::string>;

/// TLS settings of one feed. Trust: with `caFile` set, ONLY that bundle is trusted for this feed (a
/// partner's private PKI must not be impersonated by any public CA); without it the system store.
/// Chain and host name are always verified, TLS 1.2 is the minimum, and there is no way to accept
/// a certificate anyway. `pin` ("sha256/<base64>") is compared with the SHA-256 of the server
/// certificate's SubjectPublicKeyInfo after the handshake and before a single request byte is sent.
/// Client keys must be unencrypted PEM files (the passphrase would need a keychain first).
struct TlsSettings {
    std::string caFile;
    std::string pin;
    std::string clientCert;
    std::string clientKey;
};

/// Per-feed settings of an HttpClient.
struct HttpOptions {
    Url origin;                      // the feed's URL; credentials go to this origin only
    TlsSettings tls;                 //
    std::string proxy;               // "host:port" of an HTTP proxy (CONNECT for https), empty = direct
    std::vector<Header> credentials; // e.g. {"Authorization", "Bearer ..."}; never logged, same origin only
    NetLimits limits;
    QString feedName; // for messages
};

struct HttpRequest {
    std::string method = "GET";
    std::string url; // absolute
    std::vector<Header> headers;
    std::string body;
    /// Media types ("type/subtype", lower case) a 2xx answer may carry; anything else is refused as
    /// "wrong content type" and never handed to a parser. Empty: anything except HTML.
    std::vector<std::string> accept;
    /// A POST that only reads (MISP restSearch) may be retried like a GET after 5xx or a cut
    /// connection. Other POSTs are retried only after 429/503, when the server did not act.
    bool readOnly = false;
    /// False for a request that moves state on the server although it only reads (a TAXII `next`
    /// page on servers that advance their paging state per request): it is sent once and never
    /// repeated after a 5xx or a cut connection, because the repeat would answer something else.
    /// 429 and 503 are still waited out (the server says it did not act).
    bool repeatable = true;
};

struct HttpResponse {
    int status = 0;
    std::string reason;
    std::vector<Header> headers; // names as sent
    std::string body;
    std::string url; // after same-origin redirects

    /// First header of that name (case-insensitive), empty when absent.
    std::string header(std::string_view name) const;
    /// The Content-Type's "type/subtype" in lower case, without parameters.
    std::string mediaType() const;
};

/// What the client did, for tests and run reports.
struct HttpStats {
    int requests = 0;                 // requests put on the wire (retries and redirects included)
    int retries = 0;                  // back-off waits
    std::vector<std::int64_t> waitMs; // each wait as chosen (Retry-After or back-off), before the cap
    std::int64_t bytesReceived = 0;   // response bodies
};

/// HTTP/1.1 over Poco::Net sockets for one feed: https:// (plain http:// to loopback only), a
/// Poco::Net::Context per client, a wall-clock deadline per request (NetLimits::requestDeadlineMs)
/// that even a server trickling one byte a minute cannot stretch (the response is read in chunks
/// with socket timeouts shorter than the remaining time and the deadline is checked between
/// chunks; a watchdog thread per request shuts the socket down at the deadline or on cancel, which
/// also ends a trickled TLS handshake or TLS record), a cap on the body size, redirects within the same origin only (at most 3,
/// credentials never sent elsewhere), retries with capped exponential back-off and jitter for 408/429/5xx and connection failures
/// (Retry-After honoured, capped by NetLimits::maxBackoffMs), Auth errors on 401/403 and Http errors for other statuses. The HTTP
/// exchange is implemented here rather than with HTTPClientSession because Poco reads response headers byte by byte with only a
/// per-read timeout, which no wall-clock deadline can interrupt. One request at a time ("Connection: close"); not thread-safe;
/// use it from the worker thread that runs the feed. Errors never contain credentials, header values or the URL's query.
class HttpClient {
public:
    explicit HttpClient(HttpOptions options);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    /// Sends the request, following same-origin redirects and retrying as described. A returned
    /// response has a 2xx status or 304; everything else is an Error (Auth, Http, Network, Timeout,
    /// Cancelled, Usage for a bad CA/certificate file).
    core::Result<HttpResponse> send(const HttpRequest& request, const core::CancelToken& cancel);

    const HttpStats& stats() const { return m_stats; }
    const HttpOptions& options() const { return m_options; }

private:
    struct Impl;
    HttpOptions m_options;
    HttpStats m_stats;
    std::unique_ptr<Impl> m_impl;
};

/// "sha256/<base64>" of the DER SubjectPublicKeyInfo in a PEM certificate file (for tests and the
/// "show certificate" dialog); empty when the file cannot be read.
std::string spkiPinOfPemFile(const std::string& path);

/// Parses Retry-After (delta seconds or an HTTP date) into milliseconds from now; nullopt when
/// absent or malformed. A date in the past gives 0.
std::optional<std::int64_t> parseRetryAfterMs(std::string_view value);

} // namespace lagebild::sync::net

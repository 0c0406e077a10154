#pragma once

#include <QString>

#include <cstdint>

namespace lagebild::core {

/// How a feed authenticates. The secret itself is never part of the configuration: it is read at
/// run time from the OS keychain or from the environment variable named in `secretEnv`.
enum class FeedAuth { None, Basic, Bearer, ApiKey, ClientCert };

/// Basic, bearer and API-key authentication send a secret; none and client certificates do not.
inline bool authNeedsSecret(FeedAuth auth) {
    return auth == FeedAuth::Basic || auth == FeedAuth::Bearer || auth == FeedAuth::ApiKey;
}

/// Where a feed's secret lives (stored as a marker only): the environment variable named in
/// `secretEnv`, or the OS keychain (service "Lagebild", entry "feed:<name>", sync/secret_store.h).
enum class SecretSource { Environment, Keychain };

/// One configured partner feed (table `feed`). Plain data; the store persists it, the sync layer
/// runs it. `kind` names one of sync::feedKinds() (taxii21, misp, misp-feed, stix-url, csv-url).
/// The time limit of one request when a feed sets none (`feeds add --timeout`, the feed dialog).
inline constexpr int kDefaultFeedTimeoutSeconds = 60;
inline constexpr int kMaxFeedTimeoutSeconds = 3600;

struct FeedConfig {
    std::int64_t rid = 0;
    QString name;
    QString kind;
    QString url;        // TAXII: discovery or API-root URL; MISP: instance base URL; else the file URL
    QString collection; // TAXII collection id or title
    FeedAuth auth = FeedAuth::None;
    QString user;                                          // Basic auth user
    QString secretEnv;                                     // environment variable holding the password / API key / bearer token
    SecretSource secretSource = SecretSource::Environment; // Keychain: secretEnv is empty
    QString clientCert;                                    // PEM file (ClientCert auth)
    QString clientKey;                                     // PEM file (ClientCert auth)
    QString caFile;          // CA bundle (PEM) trusted for this feed, instead of the system store (net/http_client.h)
    QString pin;             // optional "sha256/<base64>" of the server certificate's public key
    QString proxy;           // optional "host:port"
    QString tlp;             // default TLP for unmarked data (clear|green|amber|amber+strict|red), empty = unmarked
    int confidence = -1;     // default trust (0..100) for unmarked data, -1 = none
    int scheduleMinutes = 0; // 0 = manual only
    int timeoutSeconds = 0;  // time limit of one HTTP request (first byte to last); 0 = kDefaultFeedTimeoutSeconds
    bool enabled = true;
    QString cursor; // opaque resume point, owned by the feed client; committed with each page

    bool secretInKeychain() const { return secretSource == SecretSource::Keychain; }
    int effectiveTimeoutSeconds() const { return timeoutSeconds > 0 ? timeoutSeconds : kDefaultFeedTimeoutSeconds; }
};

} // namespace lagebild::core

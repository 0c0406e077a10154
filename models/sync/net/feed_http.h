#pragma once

#include "models/core/feed_config.h"
#include "models/sync/feed_client.h"
#include "models/sync/net/http_client.h"

namespace lagebild::sync::net {

/// Builds the HttpClient options of a feed: origin from its URL, TLS files and pin, proxy, and the
/// credential header for its auth kind — Basic: "Authorization: Basic base64(user:secret)";
/// Bearer: "Authorization: Bearer <secret>"; ApiKey: "Authorization: <secret>" (MISP's form);
/// ClientCert: no header, the certificate and key go to the TLS context.
HttpOptions feedHttpOptions(const core::FeedConfig& config, const Url& origin, const FeedSecret& secret, const NetLimits& limits);

/// Timestamps as TAXII sends them (RFC 3339, any fraction length): <0, 0, >0 like strcmp, by the
/// instant (microseconds); texts that do not parse compare as strings.
int compareTimestamps(const std::string& a, const std::string& b);

} // namespace lagebild::sync::net

#include "models/sync/net/feed_http.h"

#include "models/core/timestamp.h"

#include <QByteArray>

namespace lagebild::sync::net {

HttpOptions feedHttpOptions(const core::FeedConfig& config, const Url& origin, const FeedSecret& secret,
                            const NetLimits& limits) {
    HttpOptions options;
    options.origin = origin;
    options.tls.caFile = config.caFile.toStdString();
    options.tls.pin = config.pin.trimmed().toStdString();
    options.proxy = config.proxy.trimmed().toStdString();
    options.limits = limits;
    options.feedName = config.name;
    switch (config.auth) {
    case core::FeedAuth::Basic: {
        const QByteArray pair = config.user.toUtf8() + ':' + QByteArray::fromStdString(secret.value);
        options.credentials.emplace_back("Authorization", "Basic " + pair.toBase64().toStdString());
        break;
    }
    case core::FeedAuth::Bearer: options.credentials.emplace_back("Authorization", "Bearer " + secret.value); break;
    case core::FeedAuth::ApiKey: options.credentials.emplace_back("Authorization", secret.value); break;
    case core::FeedAuth::ClientCert:
        options.tls.clientCert = config.clientCert.toStdString();
        options.tls.clientKey = config.clientKey.toStdString();
        break;
    case core::FeedAuth::None: break;
    }
    return options;
}

int compareTimestamps(const std::string& a, const std::string& b) {
    const auto ta = core::parseRfc3339(a);
    const auto tb = core::parseRfc3339(b);
    if (ta && tb)
        return *ta < *tb ? -1 : (*ta > *tb ? 1 : 0);
    return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

} // namespace lagebild::sync::net

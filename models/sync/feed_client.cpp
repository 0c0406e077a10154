#include "models/sync/feed_client.h"

#include "models/sync/misp/misp_feed_client.h"
#include "models/sync/misp/misp_rest_client.h"
#include "models/sync/net/feed_http.h"
#include "models/sync/net/url.h"
#include "models/sync/taxii/taxii_feed_client.h"
#include "models/sync/url_feed_client.h"

#include <QCoreApplication>

#include <algorithm>

namespace lagebild::sync {
namespace {

using core::Error;
using core::ErrorCode;

bool hasControl(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; });
}

} // namespace

core::Result<std::unique_ptr<FeedClient>> makeFeedClient(const core::FeedConfig& config, const FeedSecret& secret,
                                                         const NetLimits& limits) {
    static const QStringList kinds = {QStringLiteral("taxii21"), QStringLiteral("misp"), QStringLiteral("misp-feed"),
                                      QStringLiteral("stix-url"), QStringLiteral("csv-url")};
    if (!kinds.contains(config.kind))
        return Error::make(ErrorCode::Usage,
                           QCoreApplication::translate("FeedClient", "Feed %1: unknown kind \"%2\" (expected one of %3).")
                               .arg(config.name, config.kind, kinds.join(QStringLiteral(", "))));
    auto origin = net::checkFeedUrl(config.url);
    if (!origin)
        return Error::make(ErrorCode::Usage,
                           QCoreApplication::translate("FeedClient", "Feed %1: %2").arg(config.name, origin.error().message));
    const bool needsSecret = core::authNeedsSecret(config.auth);
    // An empty secret must never reach a server (TheHive#2391: empty passwords accepted).
    if (needsSecret && secret.value.empty())
        return Error::make(
            ErrorCode::Auth,
            QCoreApplication::translate("FeedClient",
                                        "Feed %1: no secret available. Set the environment variable %2 (or store the secret "
                                        "in the keychain) before syncing.")
                .arg(config.name, config.secretEnv.isEmpty() ? QCoreApplication::translate("FeedClient", "named in the feed")
                                                             : config.secretEnv));
    if (needsSecret && hasControl(secret.value))
        return Error::make(ErrorCode::Auth, QCoreApplication::translate(
                                                "FeedClient", "Feed %1: the secret contains control characters (a line break?) "
                                                              "and cannot be sent in an HTTP header.")
                                                .arg(config.name));
    if (config.auth == core::FeedAuth::Basic && (config.user.contains(QLatin1Char(':')) || hasControl(config.user.toStdString())))
        return Error::make(
            ErrorCode::Usage,
            QCoreApplication::translate("FeedClient", "Feed %1: the user name must not contain ':' or control characters.")
                .arg(config.name));
    if (config.auth == core::FeedAuth::ClientCert && config.clientCert.isEmpty())
        return Error::make(
            ErrorCode::Usage,
            QCoreApplication::translate("FeedClient", "Feed %1: client certificate authentication needs a certificate file.")
                .arg(config.name));
    if (config.kind == QLatin1String("taxii21") && config.collection.trimmed().isEmpty())
        return Error::make(ErrorCode::Usage, QCoreApplication::translate(
                                                 "FeedClient", "Feed %1: a TAXII feed needs a collection (its id or title).")
                                                 .arg(config.name));
    if (!config.pin.isEmpty() && !config.pin.startsWith(QLatin1String("sha256/")))
        return Error::make(ErrorCode::Usage,
                           QCoreApplication::translate(
                               "FeedClient", "Feed %1: the pin must look like sha256/<base64 of the SHA-256 of the public key>.")
                               .arg(config.name));

    net::HttpOptions options = net::feedHttpOptions(config, origin.value(), secret, limits);
    std::unique_ptr<FeedClient> client;
    if (config.kind == QLatin1String("taxii21"))
        client = std::make_unique<taxii::TaxiiFeedClient>(config, std::move(options));
    else if (config.kind == QLatin1String("misp"))
        client = std::make_unique<misp::MispRestClient>(config, std::move(options));
    else if (config.kind == QLatin1String("misp-feed"))
        client = std::make_unique<misp::MispFeedClient>(config, std::move(options));
    else
        client = std::make_unique<UrlFeedClient>(config, std::move(options));
    return client;
}

} // namespace lagebild::sync

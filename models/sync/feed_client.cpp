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

template <typename Client>
std::unique_ptr<FeedClient> make(const core::FeedConfig& config, net::HttpOptions&& options) {
    return std::make_unique<Client>(config, std::move(options));
}

} // namespace

const std::vector<FeedKind>& feedKinds() {
    static const std::vector<FeedKind> kinds = {
        {"taxii21", QT_TRANSLATE_NOOP("FeedKind", "TAXII 2.1 collection"), true, &make<taxii::TaxiiFeedClient>},
        {"misp", QT_TRANSLATE_NOOP("FeedKind", "MISP server (REST)"), false, &make<misp::MispRestClient>},
        {"misp-feed", QT_TRANSLATE_NOOP("FeedKind", "MISP feed (manifest + events)"), false, &make<misp::MispFeedClient>},
        {"stix-url", QT_TRANSLATE_NOOP("FeedKind", "STIX file at a URL"), false, &make<UrlFeedClient>},
        {"csv-url", QT_TRANSLATE_NOOP("FeedKind", "CSV indicator list at a URL"), false, &make<UrlFeedClient>},
    };
    return kinds;
}

const FeedKind* findFeedKind(const QString& name) {
    for (const auto& kind : feedKinds())
        if (name == QLatin1String(kind.name))
            return &kind;
    return nullptr;
}

QString feedKindNames() {
    QStringList names;
    for (const auto& kind : feedKinds())
        names << QLatin1String(kind.name);
    return names.join(QStringLiteral(", "));
}

core::Result<std::unique_ptr<FeedClient>> makeFeedClient(const core::FeedConfig& config, const FeedSecret& secret,
                                                         const NetLimits& limits) {
    const FeedKind* kind = findFeedKind(config.kind);
    if (!kind)
        return Error::make(
            ErrorCode::Usage,
            core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: unknown kind \"%2\" (expected one of %3)."))
                .arg(config.name)
                .arg(config.kind)
                .arg(feedKindNames()));
    auto origin = net::checkFeedUrl(config.url);
    if (!origin)
        return Error::make(ErrorCode::Usage, core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "Feed %1: %2"))
                                                 .arg(config.name)
                                                 .arg(origin.error().storable()));
    const bool needsSecret = core::authNeedsSecret(config.auth);
    // An empty secret must never reach a server (TheHive#2391: empty passwords accepted).
    if (needsSecret && secret.value.empty())
        return Error::make(
            ErrorCode::Auth,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient",
                                            "Feed %1: no secret available. Set the environment variable %2 (or store the secret "
                                            "in the keychain) before syncing."))
                .arg(config.name)
                .arg(config.secretEnv.isEmpty()
                         ? core::Message("FeedClient", QT_TRANSLATE_NOOP("FeedClient", "named in the feed"))
                         : core::Message::plain(config.secretEnv)));
    if (needsSecret && hasControl(secret.value))
        return Error::make(
            ErrorCode::Auth,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "Feed %1: the secret contains control characters (a line break?) "
                                                          "and cannot be sent in an HTTP header."))
                .arg(config.name));
    if (config.auth == core::FeedAuth::Basic && (config.user.contains(QLatin1Char(':')) || hasControl(config.user.toStdString())))
        return Error::make(
            ErrorCode::Usage,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "Feed %1: the user name must not contain ':' or control characters."))
                .arg(config.name));
    if (config.auth == core::FeedAuth::ClientCert && config.clientCert.isEmpty())
        return Error::make(
            ErrorCode::Usage,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "Feed %1: client certificate authentication needs a certificate file."))
                .arg(config.name));
    if (kind->needsCollection && config.collection.trimmed().isEmpty())
        return Error::make(
            ErrorCode::Usage,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient", "Feed %1: a TAXII feed needs a collection (its id or title)."))
                .arg(config.name));
    if (!config.pin.isEmpty() && !config.pin.startsWith(QLatin1String("sha256/")))
        return Error::make(
            ErrorCode::Usage,
            core::Message("FeedClient",
                          QT_TRANSLATE_NOOP("FeedClient",
                                            "Feed %1: the pin must look like sha256/<base64 of the SHA-256 of the public key>."))
                .arg(config.name));

    return kind->make(config, net::feedHttpOptions(config, origin.value(), secret, limits));
}

} // namespace lagebild::sync

#include "models/sync/secret_store.h"

#include <QCoreApplication>

namespace lagebild::sync {

namespace {} // namespace

QString keychainKey(const QString& feedName) { return QStringLiteral("feed:") + feedName; }

core::Result<FeedSecret> readFeedSecret(const core::FeedConfig& feed, SecretStore* secrets) {
    using core::Error;
    using core::ErrorCode;
    if (feed.secretInKeychain()) {
        if (!secrets)
            return Error::make(
                ErrorCode::Auth,
                core::Message("Sync",
                              QT_TRANSLATE_NOOP(
                                  "Sync", "%1: the secret is kept in the OS keychain, but no keychain is available to this "
                                          "program. Run it where the keychain is, or add the feed again with --secret-env VAR."))
                    .arg(feed.name));
        auto stored = secrets->read(feed.name);
        if (!stored)
            return Error::make(
                ErrorCode::Auth,
                core::Message("Sync", QT_TRANSLATE_NOOP("Sync", "%1: cannot read the secret from the OS keychain: %2"))
                    .arg(feed.name)
                    .arg(stored.error().message));
        if (!stored.value())
            return Error::make(
                ErrorCode::Auth,
                core::Message("Sync",
                              QT_TRANSLATE_NOOP(
                                  "Sync", "%1: the OS keychain holds no secret for this feed (entry \"%2\" of Lagebild). Enter "
                                          "it again in the feed's settings, or remove the feed and add it again with "
                                          "--secret-stdin."))
                    .arg(feed.name)
                    .arg(keychainKey(feed.name)));
        return FeedSecret{std::move(*stored.value())};
    }
    FeedSecret secret;
    if (!feed.secretEnv.isEmpty())
        secret.value = qEnvironmentVariable(feed.secretEnv.toUtf8().constData()).toStdString();
    return secret;
}

} // namespace lagebild::sync

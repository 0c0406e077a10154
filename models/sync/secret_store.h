#pragma once

#include "models/core/feed_config.h"
#include "models/core/result.h"
#include "models/sync/feed_client.h"

#include <QString>

#include <optional>
#include <string>

namespace lagebild::sync {

/// Where the secrets of feeds marked SecretSource::Keychain live: the OS keychain in the program
/// (KeychainSecretStore), an in-memory fake in tests. Entries are keyed by feed name (keychainKey).
/// Every failure is an Error of code Auth whose message says what the keychain answered and what
/// to do; no message ever contains a secret. Implementations say which threads may call them.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    /// Ok when a keychain answers here; else an Error saying why not. A keychain that answers
    /// may still refuse a write (e.g. no default collection and no way to prompt for one).
    virtual core::Status probe() = 0;
    /// The feed's secret; nullopt when the keychain holds none for it.
    virtual core::Result<std::optional<std::string>> read(const QString& feed) = 0;
    /// Stores (or replaces) the feed's secret.
    virtual core::Status write(const QString& feed, const std::string& secret) = 0;
    /// Deletes the feed's entry; ok when there is none.
    virtual core::Status remove(const QString& feed) = 0;
};

/// The keychain entry of a feed: "feed:<name>" (service "Lagebild").
QString keychainKey(const QString& feedName);

/// The secret for one run of `feed`: read from `secrets` when the feed keeps it in the keychain
/// (`secrets` may be null: no keychain here), else from the environment variable it names
/// (empty when it names none). Errors (code Auth) name the feed and what to do, never the secret.
core::Result<FeedSecret> readFeedSecret(const core::FeedConfig& feed, SecretStore* secrets);

} // namespace lagebild::sync

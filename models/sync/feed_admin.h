#pragma once

#include "models/core/feed_config.h"
#include "models/core/result.h"
#include "models/store/database.h"
#include "models/sync/secret_store.h"

#include <QString>

#include <cstdint>
#include <string>

namespace lagebild::sync {

/// Adds, changes and removes feeds together with their secrets, for `feeds add|remove` and the
/// Feeds page alike: a feed that keeps its secret in the keychain is only stored when the
/// keychain took the secret, its entry follows a rename and goes with the feed. `secrets` may be
/// null (no keychain here). Runs on the writer thread (CLI main thread or a job), never the GUI
/// thread: keychain calls may wait for an unlock prompt.
class FeedAdmin {
public:
    FeedAdmin(store::Database& db, SecretStore* secrets) : m_db(db), m_secrets(secrets) {}

    /// Checks and adds the feed. A keychain feed needs `secret`; when the keychain refuses it
    /// nothing is stored and the Error has code Auth (Usage: invalid or name taken).
    core::Result<std::int64_t> add(const core::FeedConfig& config, const std::string& secret = {});
    /// Replaces the settings of the feed `before` by `after` (same rid). A non-empty `secret` is
    /// stored in the keychain (keychain feeds only); an empty one keeps the stored secret, moved
    /// to the new name on a rename. Returns a warning (empty when none): a keychain entry the
    /// feed no longer uses that could not be deleted.
    core::Result<QString> update(const core::FeedConfig& before, const core::FeedConfig& after, const std::string& secret = {});
    /// Removes the feed and its keychain entry. An entry the keychain will not delete does not
    /// keep the feed: the returned warning says what is left behind (empty when nothing is).
    core::Result<QString> remove(const QString& name);

private:
    QString leftBehind(const QString& feed, const core::Error& error) const;

    store::Database& m_db;
    SecretStore* m_secrets;
};

} // namespace lagebild::sync

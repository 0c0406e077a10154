#pragma once

#include "models/core/cancel_token.h"
#include "models/core/feed_config.h"
#include "models/core/issue.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/store/database.h"
#include "models/store/feed_repository.h"
#include "models/sync/feed_client.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace lagebild::sync {

class SecretStore;

/// What one sync run of one feed did (`sync --json`, README.md): the run as the store records
/// it (counts, ok, error — empty when ok), the feed's name and the issues of its pages.
struct FeedSyncReport : store::FeedRun {
    QString feed;
    std::vector<core::Issue> issues;
    QString approvableUrl; // core::Error::approvableUrl of the error that ended the run
};
using FeedClientFactory =
    std::function<core::Result<std::unique_ptr<FeedClient>>(const core::FeedConfig&, const FeedSecret&, const NetLimits&)>;

/// Checks what `feeds add` and the Feeds page accept before anything is stored: a known kind, an
/// https:// URL (plain http:// only to a loopback host), a TLP word, a collection for TAXII, and
/// where the secret lives when the authentication needs one. Error (Usage) says what to fix.
core::Status validateFeedConfig(const core::FeedConfig& config);

/// Runs feeds: fetches page after page through a FeedClient and imports each page through
/// ImportService in its own transaction together with the feed's new cursor, so a crash, a
/// cancel or a network fault leaves exactly the pages committed before it, and the next run
/// resumes after them without loss or duplicates. Writer thread (CLI main thread, or a job).
class FeedSyncService {
public:
    /// `secrets`: the keychain for feeds that keep their secret there (null: none here; such
    /// feeds then fail with a message saying so). Not owned.
    explicit FeedSyncService(store::Database& db, FeedClientFactory factory = makeFeedClient, NetLimits limits = {},
                             SecretStore* secrets = nullptr)
        : m_db(db), m_factory(std::move(factory)), m_limits(limits), m_secrets(secrets) {}

    /// Syncs one feed and records the run (feed_run, last success / error) whatever happens.
    FeedSyncReport run(const core::FeedConfig& feed, const core::CancelToken& cancel, core::ProgressReporter* progress = nullptr);

private:
    store::Database& m_db;
    FeedClientFactory m_factory;
    NetLimits m_limits;
    SecretStore* m_secrets;
};

} // namespace lagebild::sync

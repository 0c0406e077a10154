#pragma once

#include "models/core/feed_config.h"
#include "models/core/message.h"
#include "models/core/result.h"
#include "models/store/audit_log.h"
#include "models/store/database.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lagebild::store {

/// The account of one sync run of a feed (table feed_run).
struct FeedRun {
    std::int64_t started = 0; // microseconds since the epoch, UTC
    std::int64_t finished = 0;
    bool ok = false;
    std::int64_t pages = 0;
    std::int64_t added = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t rejected = 0;
    QString error;        // as written in the language of the run
    QString errorMessage; // core::Message JSON of the same error (empty for runs before schema 11)
    /// The error in the language installed now (the text as written for older runs).
    QString errorText() const;
};

/// A configured feed with what the window shows about it.
struct FeedState {
    core::FeedConfig config;
    std::optional<std::int64_t> lastSuccess;
    std::optional<FeedRun> lastRun;
};

/// Feeds as configured by `feeds add` or the Feeds page. Changes are audited in the same
/// transaction. Secrets are never here: only where one lives (the OS keychain, or the name of
/// the environment variable holding it).
class FeedRepository {
public:
    FeedRepository(Database& db, QString actor) : m_db(db), m_audit(db), m_actor(std::move(actor)) {}

    /// Adds a feed; Error (Usage) when the name is taken. Returns its rid.
    core::Result<std::int64_t> add(const core::FeedConfig& config, std::int64_t now);
    /// Replaces the settings of the feed with `config.rid` (the cursor is kept).
    core::Status update(const core::FeedConfig& config, std::int64_t now);
    /// Error (Usage) when there is no such feed. Objects it brought stay in the cache.
    core::Status remove(const QString& name, std::int64_t now);
    core::Result<std::vector<FeedState>> list();
    /// Error (Usage) naming the feed when it does not exist.
    core::Result<FeedState> get(const QString& name);

    /// The resume point after a committed page; call inside the page's transaction.
    core::Status setCursor(std::int64_t feedRid, const QString& cursor);
    core::Status recordRun(std::int64_t feedRid, const FeedRun& run);

private:
    Database& m_db;
    AuditLog m_audit;
    QString m_actor;
};

} // namespace lagebild::store

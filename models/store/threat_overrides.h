#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <QString>

#include <optional>

namespace lagebild::store {

/// An analyst's override of the computed threat level (1-4): why, by whom, until when (µs UTC).
struct LevelOverride {
    std::int64_t rid = 0;
    int level = 1;
    QString reason;
    QString setBy;
    std::int64_t setAt = 0;
    std::int64_t expires = 0;
};

/// Overrides of the threat level (table threat_level_override). Writes run inside the caller's
/// transaction on the writer connection and are audited in it ("threat-level.override",
/// "threat-level.clear").
class ThreatOverrides {
public:
    explicit ThreatOverrides(Database& db) : m_db(db) {}
    /// The override in force at `now`: the newest not cleared whose expiry lies ahead.
    core::Result<std::optional<LevelOverride>> active(std::int64_t now);
    /// Sets an override (level 1-4, a reason, an expiry after now); it replaces a running one.
    core::Result<LevelOverride> set(int level, const QString& reason, std::int64_t expires, const QString& actor,
                                    std::int64_t now);
    /// Ends the running override early; false when none runs.
    core::Result<bool> clear(const QString& actor, std::int64_t now);

private:
    Database& m_db;
};

} // namespace lagebild::store

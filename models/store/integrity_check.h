#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <QString>

#include <vector>

namespace lagebild::store {

/// One finding of `lagebild check`: which check, whether it passed, and what was found.
struct CheckFinding {
    QString check;
    bool ok = true;
    QString detail;
};

/// Verifies the database: SQLite's integrity_check and foreign_key_check, then Lagebild's own
/// invariants (ids match types, every current object is in the full-text index, history never
/// newer than the current version, TLP words valid, the audit log append-only triggers present).
/// Cost: a full scan of the file; run it in a job.
core::Result<std::vector<CheckFinding>> checkIntegrity(Database& db);

} // namespace lagebild::store

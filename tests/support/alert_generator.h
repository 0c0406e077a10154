#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <cstdint>

namespace lagebild::test {

/// Appends `n` synthetic alerts in plain SQL (a recursive CTE), deterministic for a seed: 30 days
/// from 2026-01-01, eight sensors, ten categories × 300 signatures (one in a thousand an "ET
/// TROJAN Emotet beacon"), severities 1-4, 2 % matched, 70 % new, a fifth assigned, every tenth
/// with an ATT&CK technique, FTS rows for all. The alert indexes are dropped and rebuilt around
/// the insert (sorting once beats 13 random-order index inserts per row): ~1 M rows in seconds,
/// 10 M in minutes. For tests and benchmarks; not an import path.
core::Status generateAlerts(store::Database& db, std::int64_t n, std::uint32_t seed);

} // namespace lagebild::test

#pragma once

#include "models/store/database.h"

namespace lagebild::test {

/// Inserts `n` random alerts (deterministic for a seed) with few distinct values per column, so
/// sort orders have many ties: statuses, four sensors, five signatures (FTS-indexed with the
/// addresses), severities 1-4, priorities 0-14, a quarter matched, assignees "" / alice / bob,
/// 50 distinct times, a fifth with ATT&CK technique T1059 or T1071.
void fillAlerts(store::Database& db, int n, unsigned seed);

} // namespace lagebild::test

#pragma once

#include "models/store/intel_queries.h"

#include <QString>

namespace lagebild::analysis {

/// Overall threat level of the situation picture, from quiet to critical.
enum class ThreatLevel { Quiet = 0, Guarded = 1, Elevated = 2, High = 3, Critical = 4 };

/// Derives the threat level from what the cache holds: open alerts that matched partner intel
/// weigh most, then high-severity alerts. Pure function over CacheStats; cheap.
/// Rules (documented so a manager can follow the briefing): Critical when any severity-1 alert
/// matched intel is still new or in progress; High for >= 10 matched alerts or any open
/// severity-1 alert; Elevated for any matched alert or >= 10 open severity-2 alerts; Guarded when
/// alerts exist at all; Quiet otherwise.
ThreatLevel threatLevel(const store::CacheStats& stats, std::int64_t openMatchedSeverity1);

QString threatLevelName(ThreatLevel level);

} // namespace lagebild::analysis

#include "models/analysis/threat_level.h"

#include <doctest/doctest.h>

using namespace lagebild;
using analysis::ThreatLevel;

TEST_CASE("the threat level rises with matched and severe alerts") {
    store::CacheStats s;
    CHECK(analysis::threatLevel(s, 0) == ThreatLevel::Quiet);
    s.alertsTotal = 5;
    s.alertsByStatus[QStringLiteral("closed")] = 5;
    CHECK(analysis::threatLevel(s, 0) == ThreatLevel::Guarded);
    s.alertsMatched = 1;
    CHECK(analysis::threatLevel(s, 0) == ThreatLevel::Elevated);
    s.alertsMatched = 10;
    CHECK(analysis::threatLevel(s, 0) == ThreatLevel::High);
    CHECK(analysis::threatLevel(s, 1) == ThreatLevel::Critical);
    CHECK(analysis::threatLevelName(ThreatLevel::Critical) == QStringLiteral("critical"));
}

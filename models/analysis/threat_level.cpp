#include "models/analysis/threat_level.h"

namespace lagebild::analysis {

ThreatLevel threatLevel(const store::CacheStats& stats, std::int64_t openMatchedSeverity1) {
    auto status = [&](const char* s) {
        auto it = stats.alertsByStatus.find(QString::fromLatin1(s));
        return it == stats.alertsByStatus.end() ? std::int64_t{0} : it->second;
    };
    auto severity = [&](const char* s) {
        auto it = stats.alertsBySeverity.find(QString::fromLatin1(s));
        return it == stats.alertsBySeverity.end() ? std::int64_t{0} : it->second;
    };
    const std::int64_t open = status("new") + status("in-progress") + status("escalated");
    if (openMatchedSeverity1 > 0)
        return ThreatLevel::Critical;
    if (stats.alertsMatched >= 10 || (open > 0 && severity("1") > 0))
        return ThreatLevel::High;
    if (stats.alertsMatched > 0 || (open > 0 && severity("2") >= 10))
        return ThreatLevel::Elevated;
    if (stats.alertsTotal > 0)
        return ThreatLevel::Guarded;
    return ThreatLevel::Quiet;
}

QString threatLevelName(ThreatLevel level) {
    switch (level) {
    case ThreatLevel::Quiet: return QStringLiteral("quiet");
    case ThreatLevel::Guarded: return QStringLiteral("guarded");
    case ThreatLevel::Elevated: return QStringLiteral("elevated");
    case ThreatLevel::High: return QStringLiteral("high");
    case ThreatLevel::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("quiet");
}

} // namespace lagebild::analysis

#include "models/analysis/threat_level.h"

#include <QCoreApplication>

namespace lagebild::analysis {

namespace {

ThreatRule rule(const char* key, ThreatLevel level, core::Message text) {
    return ThreatRule{QString::fromLatin1(key), level, std::move(text)};
}

} // namespace

ThreatAssessment assessThreat(const ThreatInputs& in, std::optional<ThreatOverride> override) {
    ThreatAssessment a;
    const std::int64_t critical = in.openIncidents[0];
    const std::int64_t open = in.openIncidents[0] + in.openIncidents[1] + in.openIncidents[2] + in.openIncidents[3];
    if (critical >= 2)
        a.reasons.push_back(
            rule("incidents-critical", ThreatLevel::Red,
                 core::Message("ThreatLevel", QT_TRANSLATE_N_NOOP("ThreatLevel", "%n open incident(s) of severity 1 (critical)"),
                               static_cast<int>(critical))));
    if (critical == 1)
        a.reasons.push_back(
            rule("incident-critical", ThreatLevel::Orange,
                 core::Message("ThreatLevel", QT_TRANSLATE_NOOP("ThreatLevel", "An open incident of severity 1 (critical)"))));
    if (in.openMatchedSeverity1 > 0)
        a.reasons.push_back(
            rule("matched-critical-open", ThreatLevel::Orange,
                 core::Message("ThreatLevel",
                               QT_TRANSLATE_N_NOOP("ThreatLevel", "%n open alert(s) of severity 1 match partner intelligence"),
                               static_cast<int>(in.openMatchedSeverity1))));
    if (in.matchedPrevious && in.matched >= 100 && in.matched >= 2 * *in.matchedPrevious)
        a.reasons.push_back(
            rule("matched-surge", ThreatLevel::Orange,
                 core::Message("ThreatLevel", QT_TRANSLATE_NOOP("ThreatLevel", "Alerts matching intelligence rose to %L1 "
                                                                               "from %L2 in the previous period"))
                     .arg(in.matched)
                     .arg(*in.matchedPrevious)));
    if (open > 0)
        a.reasons.push_back(rule(
            "incident-open", ThreatLevel::Yellow,
            core::Message("ThreatLevel", QT_TRANSLATE_N_NOOP("ThreatLevel", "%n open incident(s)"), static_cast<int>(open))));
    if (in.matched > 0)
        a.reasons.push_back(
            rule("matched", ThreatLevel::Yellow,
                 core::Message("ThreatLevel",
                               QT_TRANSLATE_N_NOOP("ThreatLevel", "%n alert(s) in the period match partner intelligence"),
                               static_cast<int>(in.matched))));
    if (in.warningsOpen > 0)
        a.reasons.push_back(
            rule("warnings-open", ThreatLevel::Yellow,
                 core::Message("ThreatLevel",
                               QT_TRANSLATE_N_NOOP("ThreatLevel", "%n partner warning(s) are new or marked as applying"),
                               static_cast<int>(in.warningsOpen))));
    if (in.partnerHighReports > 0)
        a.reasons.push_back(
            rule("partner-high", ThreatLevel::Yellow,
                 core::Message("ThreatLevel",
                               QT_TRANSLATE_N_NOOP("ThreatLevel", "%n partner report(s) in the period state a high threat level"),
                               static_cast<int>(in.partnerHighReports))));
    if (a.reasons.empty())
        a.reasons.push_back(
            rule("quiet", ThreatLevel::Grey,
                 core::Message("ThreatLevel", QT_TRANSLATE_NOOP("ThreatLevel", "No open incident, no alert matching "
                                                                               "intelligence, no open partner warning"))));
    a.rule = a.reasons.front();
    a.computed = a.rule.level;
    a.level = override ? threatLevelFromInt(override->level).value_or(a.computed) : a.computed;
    a.override = std::move(override);
    return a;
}

QString threatLevelKey(ThreatLevel level) {
    switch (level) {
    case ThreatLevel::Grey: return QStringLiteral("grey");
    case ThreatLevel::Yellow: return QStringLiteral("yellow");
    case ThreatLevel::Orange: return QStringLiteral("orange");
    case ThreatLevel::Red: return QStringLiteral("red");
    }
    return QStringLiteral("grey");
}

QString threatLevelName(ThreatLevel level) {
    switch (level) {
    case ThreatLevel::Grey: return QCoreApplication::translate("ThreatLevel", "Grey – no notable findings");
    case ThreatLevel::Yellow: return QCoreApplication::translate("ThreatLevel", "Yellow – increased watch");
    case ThreatLevel::Orange: return QCoreApplication::translate("ThreatLevel", "Orange – business-critical");
    case ThreatLevel::Red: return QCoreApplication::translate("ThreatLevel", "Red – extremely critical");
    }
    return {};
}

QString threatLevelDescription(ThreatLevel level) {
    switch (level) {
    case ThreatLevel::Grey:
        return QCoreApplication::translate("ThreatLevel",
                                           "The IT threat situation is at a persistently high level without notable findings.");
    case ThreatLevel::Yellow:
        return QCoreApplication::translate("ThreatLevel", "IT threat situation with increased watch of findings and temporary "
                                                          "impairment of regular operations.");
    case ThreatLevel::Orange:
        return QCoreApplication::translate(
            "ThreatLevel", "The IT threat situation is business-critical: massive impairment of regular operations.");
    case ThreatLevel::Red:
        return QCoreApplication::translate("ThreatLevel", "The IT threat situation is extremely critical: many services fail, "
                                                          "regular operations cannot be maintained.");
    }
    return {};
}

std::optional<ThreatLevel> threatLevelFromInt(std::int64_t level) {
    if (level < 1 || level > 4)
        return std::nullopt;
    return static_cast<ThreatLevel>(level);
}

} // namespace lagebild::analysis

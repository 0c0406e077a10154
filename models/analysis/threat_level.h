#pragma once

#include "models/core/message.h"
#include "models/store/threat_overrides.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace lagebild::analysis {

/// The threat level on the four steps of the BSI's IT threat situation scale ("IT-Bedrohungslage"),
/// as German agencies know it: 1 grey (no notable findings), 2 yellow (increased watch), 3 orange
/// (business-critical), 4 red (extremely critical). The value is the step number.
enum class ThreatLevel { Grey = 1, Yellow = 2, Orange = 3, Red = 4 };

/// What the rules look at, all for the situation window except incidents and warnings (open now).
struct ThreatInputs {
    std::array<std::int64_t, 4> openIncidents{}; // open incidents per severity 1..4 (index = severity - 1)
    std::int64_t matched = 0;                    // alerts in the window that match intel
    std::optional<std::int64_t> matchedPrevious; // the same over the previous period of equal length
    std::int64_t openMatchedSeverity1 = 0;       // of those: severity 1 and still new/in-progress/escalated
    std::int64_t warningsOpen = 0;               // partner warnings new or marked as applying
    std::int64_t partnerHighReports = 0;         // partner reports in the window stating a high level
};

/// An analyst's override (store/threat_overrides): level 1-4, why, by whom, until when.
using ThreatOverride = store::LevelOverride;

/// One rule that holds: its key (stable, for scripts: "incidents-critical", "incident-critical",
/// "matched-critical-open", "matched-surge", "incident-open", "matched", "warnings-open",
/// "partner-high", "quiet"), the level it sets and the sentence shown on hover and in briefings.
struct ThreatRule {
    QString key;
    ThreatLevel level = ThreatLevel::Grey;
    core::Message text;
};

struct ThreatAssessment {
    ThreatLevel level = ThreatLevel::Grey;    // what is shown: the override's level while one runs
    ThreatLevel computed = ThreatLevel::Grey; // what the rules say
    ThreatRule rule;                          // the rule that set `computed` (the first that holds)
    std::vector<ThreatRule> reasons;          // every rule that holds, highest level first
    std::optional<ThreatOverride> override;
};

/// The documented rules (README "Threat level"), highest level first; the first that holds sets
/// the level:
///  4 red     incidents-critical     two or more open incidents of severity 1
///  3 orange  incident-critical      one open incident of severity 1
///  3 orange  matched-critical-open  an alert of severity 1 in the window matches intel and is still open
///  3 orange  matched-surge          matched alerts at least doubled against the previous period (>= 100)
///  2 yellow  incident-open          any open incident
///  2 yellow  matched                any alert in the window matches intel
///  2 yellow  warnings-open          a partner warning is new or marked as applying
///  2 yellow  partner-high           a partner report in the window states a high threat level
///  1 grey    quiet                  none of the above
/// An override (not cleared, not expired) replaces the level shown; the computed level and its rule
/// stay visible beside it.
ThreatAssessment assessThreat(const ThreatInputs& in, std::optional<ThreatOverride> override);

/// The level's colour word, stable for scripts: "grey", "yellow", "orange", "red".
QString threatLevelKey(ThreatLevel level);
/// Translated short name ("Orange – business-critical", "Orange – geschäftskritisch").
QString threatLevelName(ThreatLevel level);
/// Translated sentence of the scale as the BSI words it.
QString threatLevelDescription(ThreatLevel level);
std::optional<ThreatLevel> threatLevelFromInt(std::int64_t level);

} // namespace lagebild::analysis

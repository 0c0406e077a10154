#pragma once

#include "models/core/result.h"
#include "models/store/database.h"

#include <QString>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace lagebild::store {

/// A half-open time range [from, to) in microseconds UTC. `all` ignores from/to for counting (every
/// alert, whatever its time); from/to then describe the span for display.
struct TimeWindow {
    std::int64_t from = 0;
    std::int64_t to = 0;
    bool all = false;
    bool operator==(const TimeWindow&) const = default;
};

/// Alert counts over a window. Keys: status "new", "in-progress", "escalated", "closed";
/// resolution "true-positive", "false-positive", "benign", "none"; severity "1".."4"; sensor name.
struct AlertCounts {
    std::int64_t total = 0;
    std::int64_t matched = 0;
    std::int64_t openMatchedSeverity1 = 0; // matched, severity 1, status new/in-progress/escalated
    std::map<QString, std::int64_t> byStatus;
    std::map<QString, std::int64_t> closedByResolution;
    std::map<QString, std::int64_t> bySeverity;
    std::map<QString, std::int64_t> bySensor;
    bool operator==(const AlertCounts&) const = default;
};

/// One bar of the alerts-over-time chart: [start, end) clipped to the window.
struct TimeBucket {
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::array<std::int64_t, 4> bySeverity{}; // index = severity - 1
    std::int64_t matched = 0;
    std::int64_t total() const { return bySeverity[0] + bySeverity[1] + bySeverity[2] + bySeverity[3]; }
};

/// An entry of a top list: an indicator, technique, campaign or actor and how many alerts it has.
struct RankedItem {
    QString id;   // STIX id, or the ATT&CK id for techniques
    QString type; // STIX type ("indicator", "campaign", …; "attack-pattern" for techniques)
    QString name; // indicator: the matched value; technique: its ATT&CK name where the intel has it
    std::int64_t count = 0;
};

/// Read-side queries of the situation picture. Alert figures come from `alert_rollup` (one row per
/// hour x severity x sensor x status x resolution x matched, kept by triggers): full hours inside the
/// window are read from it, the partial hours at the window's two edges from the alert table's time
/// index, so every count is exact for any window and never scans the alert table.
class SituationQueries {
public:
    explicit SituationQueries(Database& db) : m_db(db) {}

    static constexpr std::int64_t kHour = 3'600'000'000LL;

    core::Result<AlertCounts> alertCounts(const TimeWindow& window);
    /// Buckets of `bucket` µs (a multiple of an hour), aligned to UTC multiples of it, clipped to
    /// the window; every bucket of the window is present, empty ones too.
    core::Result<std::vector<TimeBucket>> alertSeries(const TimeWindow& window, std::int64_t bucket);
    /// Indicators by number of alerts in the window they matched (ties by id).
    core::Result<std::vector<RankedItem>> topIndicators(const TimeWindow& window, int limit);
    /// ATT&CK techniques by number of alerts in the window that carry them (rule tags).
    core::Result<std::vector<RankedItem>> topTechniques(const TimeWindow& window, int limit);
    /// Campaigns, intrusion sets and threat actors that are active in the window: linked (within
    /// two relationships, as the triage intel filter counts) to an indicator matched by an alert in
    /// the window, or first seen in it. count = alerts in the window the triage intel filter shows.
    core::Result<std::vector<RankedItem>> activeThreats(const TimeWindow& window, int limit);
    /// Alerts per technique in the window: as tagged ("T1059.001", "T1059") and per family
    /// ("*T1059": the alerts carrying T1059 or one of its sub-techniques, each once).
    core::Result<std::map<QString, std::int64_t>> techniqueCounts(const TimeWindow& window);
    /// Alerts per indicator (stix_object rid) in the window, each alert once.
    core::Result<std::map<std::int64_t, std::int64_t>> indicatorCounts(const TimeWindow& window);
    /// Open incidents (status other than closed) per severity 1..4 (index = severity - 1).
    core::Result<std::array<std::int64_t, 4>> openIncidentsBySeverity();
    /// Partner reports in the window that state the highest threat level (MISP threat_level_id 1 →
    /// label misp:threat-level="high", or a label threat-level:high / threat-level:critical).
    core::Result<std::int64_t> partnerHighLevelReports(const TimeWindow& window);
    /// Earliest and latest alert time (0, 0 without alerts).
    core::Result<std::pair<std::int64_t, std::int64_t>> alertTimeSpan();

private:
    template <typename Fn>
    core::Status forEachCell(const TimeWindow& window, Fn&& fn);
    /// How a window splits: whole hours [h0, h1) from a rollup, the rest (partial edge hours of
    /// counted alerts; alerts above the mark) from the tables.
    struct Split {
        std::int64_t mark = 0;
        std::optional<std::pair<std::int64_t, std::int64_t>> hours; // all hours when `all`
        std::vector<std::pair<std::int64_t, std::int64_t>> edges;   // time ranges of counted alerts
    };
    core::Result<Split> split(const TimeWindow& window);
    Database& m_db;
};

/// hour number of a time (floor, also for negative times), as the rollup triggers compute it.
constexpr std::int64_t hourOf(std::int64_t micros) {
    return micros >= 0 ? micros / SituationQueries::kHour : (micros + 1) / SituationQueries::kHour - 1;
}

} // namespace lagebild::store

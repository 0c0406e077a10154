#pragma once

#include "models/analysis/threat_level.h"
#include "models/core/message.h"
#include "models/core/result.h"
#include "models/store/situation_queries.h"
#include "models/store/snapshot_repository.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace lagebild::analysis {

/// A time window as the user names it: "24h", "7d", "30d", "all" or "FROM..TO" (RFC 3339 times or
/// dates YYYY-MM-DD, UTC; TO exclusive). `key` keeps the words for display and snapshots.
struct SituationWindow {
    QString key;
    store::TimeWindow range; // range.all for "all" (from/to then span the alerts, for the chart)
};
core::Result<SituationWindow> parseSituationWindow(const QString& text, std::int64_t now);

struct NamedObject {
    QString id;
    QString name;
};

/// Everything the Situation page shows, computed in one go (a job in the window, the command line's
/// `situation`, a snapshot's figures). Each figure is defined where it is computed:
/// store::SituationQueries for alerts, analysis::assessThreat for the level.
struct SituationPicture {
    SituationWindow window;
    std::int64_t computedAt = 0;
    std::int64_t bucket = 0; // length of one bar of `series` (µs)
    std::vector<store::TimeBucket> series;
    store::AlertCounts alerts;
    std::optional<std::int64_t> matchedPrevious; // the previous period of equal length (bounded windows)
    std::vector<store::RankedItem> topIndicators;
    std::vector<store::RankedItem> topTechniques;
    std::vector<store::RankedItem> threats; // active campaigns, intrusion sets, threat actors
    std::vector<NamedObject> openWarnings;  // partner warnings new or marked as applying (id, title)
    std::int64_t warningsOpen() const { return static_cast<std::int64_t>(openWarnings.size()); }
    std::int64_t incidentsOpen = 0;
    std::vector<QString> openIncidentIds;
    ThreatAssessment threat;
};

/// Length of one chart bar for a span: 1 h up to 2 days, then 3, 6, 12 h, 1 day, 1 week, so that a
/// window has at most about 60 bars.
std::int64_t bucketFor(std::int64_t span);

core::Result<SituationPicture> computeSituation(store::Database& db, const SituationWindow& window, std::int64_t now);

/// The command line's `situation --json` document (CONTRACT.md) plus "threat_level.color",
/// "threat_level.reasons", "alerts.matched_previous", "alerts.closed_by_resolution", "series",
/// "threats", "incidents_open_ids". Names translate in the current language.
QJsonObject situationJson(const SituationPicture& picture);

/// What changed between two frozen pictures (or one and now).
struct TypeChange {
    std::int64_t added = 0;
    std::int64_t removed = 0;
    std::int64_t changed = 0; // same id, other `modified`
};
struct CountChange {
    std::int64_t before = 0;
    std::int64_t after = 0;
};
struct SnapshotDiff {
    std::map<QString, TypeChange> objects; // per STIX type, only types with a change (empty: figures only)
    std::map<QString, CountChange> alertsByStatus;
    std::map<QString, CountChange> alertsBySeverity;
    CountChange alertsTotal;
    CountChange alertsMatched;
    int levelBefore = 1;
    int levelAfter = 1;
    std::vector<QString> incidentsOpened; // open now, not open before
    std::vector<QString> incidentsClosed; // open before, not open now
    /// New campaigns, intrusion sets, threat actors and open partner warnings ("warning"), by name.
    std::map<QString, std::vector<NamedObject>> newNamed;
};
/// From the figures alone (levels, alert totals, incidents, named objects): cheap, for the page.
SnapshotDiff diffFigures(const QJsonObject& figuresBefore, const QJsonObject& figuresAfter);
/// diffFigures() plus added/removed/changed objects per STIX type from the two object lists.
SnapshotDiff diffSnapshots(const std::vector<store::ObjectVersion>& before, const QJsonObject& figuresBefore,
                           const std::vector<store::ObjectVersion>& after, const QJsonObject& figuresAfter);
QJsonObject snapshotDiffJson(const SnapshotDiff& diff);

/// The figures a snapshot keeps: situationJson() plus "totals" (alert counts over the whole cache
/// per status and severity) and "named" (id → name of every campaign, intrusion set, threat actor
/// and open partner warning), which diffs compare.
/// `asOf` (the demo's earlier pictures): totals of the alerts before that time only.
core::Result<QJsonObject> snapshotFigures(store::Database& db, const SituationPicture& picture,
                                          std::optional<std::int64_t> asOf = std::nullopt);

/// Diff of snapshot `a` with snapshot `b`, or with the situation now (`b` empty; its figures over
/// the window `a` was frozen with). Both object lists are read: a job.
core::Result<SnapshotDiff> diffWithSnapshot(store::Database& db, std::int64_t a, std::optional<std::int64_t> b, std::int64_t now);

/// "Key developments" as short sentences built from a diff: the level change, new campaigns,
/// actors and warnings by name, incidents opened and closed, the change in (matched) alerts.
std::vector<core::Message> keyDevelopments(const SnapshotDiff& diff);

} // namespace lagebild::analysis

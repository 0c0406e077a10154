#pragma once

#include "models/core/result.h"
#include "models/store/alert_workflow.h"
#include "models/store/database.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace lagebild::store {

/// An intel object linked to a matched indicator (directly or one relationship further).
struct LinkedIntel {
    QString id;
    QString type; // report, campaign, threat-actor, intrusion-set, attack-pattern, malware, ...
    QString name;
    QString via; // relationship kinds, comma-separated, e.g. "indicates" or "uses,refers-to"
};

struct MatchedIntel {
    QString indicatorId;
    QString indicatorName;
    QString observableType;
    QString value;
    QString tlp;
    std::optional<int> confidence;
    QString source; // the feed or file it came from
    std::vector<LinkedIntel> linked;
};

struct RelatedAlerts {
    QString what; // "src", "dst", "signature"
    QString value;
    std::int64_t count = 0;                               // other alerts with the same value
    std::vector<std::pair<std::int64_t, QString>> latest; // (time, signature) of up to five
};

/// Everything the detail pane shows for one alert. All strings come from sensors and feeds:
/// untrusted, shown as plain text only.
struct AlertDetail {
    std::int64_t rid = 0;
    std::vector<std::pair<QString, QString>> fields; // every column of the alert row, in table order
    QString incidentId;                              // INC-0004 when the alert belongs to one
    QString incidentTitle;
    QString sourceName; // the feed or file it was imported from
    QString rawPretty;  // the raw record, JSON indented when it parses
    std::vector<QString> techniques;
    std::vector<MatchedIntel> intel;
    std::vector<RelatedAlerts> related;
    std::vector<AlertNote> notes;
};

/// Reads one alert's detail: all fields, the raw record, the matched intel with what it links to
/// (reports, campaigns, threat actors, techniques via relationships), related alerts by source,
/// destination and signature (counted on their indexes) and the notes. Bounded work (a few
/// indexed lookups); still run in a job, never on the GUI thread.
class AlertDetailQuery {
public:
    explicit AlertDetailQuery(Database& db) : m_db(db) {}
    core::Result<AlertDetail> load(std::int64_t alertRid);

private:
    Database& m_db;
};

} // namespace lagebild::store

#pragma once

#include "models/core/cancel_token.h"
#include "models/core/progress.h"
#include "models/core/result.h"
#include "models/store/database.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>

namespace lagebild::demo {

struct DemoOptions {
    std::int64_t alerts = 5000; ///< exactly this many alerts
    std::uint64_t seed = 1;
    /// End of the 30-day alert window, microseconds UTC; default: now (whole seconds). Give it to
    /// make two runs byte-identical apart from first_seen/last_seen and the audit time of the load.
    std::optional<std::int64_t> end;
};

/// What a demo load created.
struct DemoSummary {
    std::uint64_t seed = 0;
    std::int64_t start = 0; // alert window, microseconds UTC
    std::int64_t end = 0;
    std::map<QString, std::int64_t> objectsByType;
    std::int64_t alerts = 0;
    std::int64_t matchedAlerts = 0;
    std::int64_t matches = 0;
    std::int64_t incidents = 0;
    std::int64_t warnings = 0;
    std::int64_t sources = 0;
};

/// Fills an EMPTY database with a plausible, deterministic situation: partner sources (a vendor
/// early-warning service, a national CERT, a sector ISAC) with identities and TLP markings,
/// threat actors and campaigns using real ATT&CK techniques, indicators (IPv4 in documentation
/// ranges, domains and URLs below example.net, SHA-256), partner warnings (threat reports and
/// early-warning notes) with courses of action, 30 days of alerts from Suricata, Zeek and Sigma
/// ending at `end` (exactly `alerts` of them, a few percent carrying campaign indicators), and a
/// few incidents with timelines. Everything goes through the real write path: STIX 2.1 JSON
/// through the STIX parser into StixRepository, alerts through AlertRepository, matches by
/// analysis::Correlator, incidents through IncidentRepository, warning states through
/// WarningRepository (both audited) — in ONE transaction, so a failed or cancelled load leaves
/// the database empty.
///
/// Determinism: the same seed and `end` give identical rows in every table, except the local
/// clock's times: stix_object.first_seen/last_seen and the audit time of the "demo.load" entry.
/// Randomness comes from std::mt19937_64 (its output is fixed by the C++ standard) through
/// hand-written distributions (std:: distributions differ between library versions).
/// Writer thread; about 10^5-10^6 alerts a second (bulk cache, rollback journal, ascending keys).
class DemoSituation {
public:
    explicit DemoSituation(store::Database& db) : m_db(db) {}

    /// Error (Usage) when the database already holds intel, alerts or incidents.
    core::Result<DemoSummary> load(const DemoOptions& options, const core::CancelToken& cancel,
                                   core::ProgressReporter* progress = nullptr);

    /// True when there is no intel object, alert or incident yet (what the first start checks).
    static core::Result<bool> isEmpty(store::Database& db);

private:
    store::Database& m_db;
};

} // namespace lagebild::demo

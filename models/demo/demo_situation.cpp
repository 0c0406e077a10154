#include "models/demo/demo_situation.h"

#include "models/analysis/correlator.h"
#include "models/analysis/situation.h"
#include "models/core/json_writer.h"
#include "models/core/timestamp.h"
#include "models/core/tlp.h"
#include "models/demo/demo_alerts.h"
#include "models/demo/demo_catalog.h"
#include "models/demo/demo_random.h"
#include "models/ingest/stix/stix_object_parser.h"
#include "models/store/alert_repository.h"
#include "models/store/alert_workflow.h"
#include "models/store/audit_log.h"
#include "models/store/deferred_indexes.h"
#include "models/store/incident_repository.h"
#include "models/store/sources.h"
#include "models/store/stix_repository.h"
#include "models/store/warning_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace lagebild::demo {

namespace {

using core::JsonWriter;

constexpr std::int64_t kSecond = 1000000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;
constexpr int kDays = 30;
constexpr const char* kActor = "demo";

template <typename T, std::size_t N>
constexpr std::size_t countOf(const T (&)[N]) {
    return N;
}

constexpr int kIntelTlp[5] = {10, 40, 35, 10, 5};

std::string stixTime(std::int64_t micros) { return core::formatStixTimestamp(micros); }

// Writes generated STIX JSON through the parser every reader uses into the repository.
class IntelWriter {
public:
    IntelWriter(store::StixRepository& repo, DemoSummary& summary, std::int64_t now)
        : m_repo(repo), m_summary(summary), m_now(now) {}

    core::Status store(const std::string& json, std::int64_t sourceRid) {
        core::StixRecord record;
        const auto parsed = m_parser.parseCopy(json, record);
        if (parsed.kind != ingest::stix::StixParseResult::Kind::Accepted)
            return core::Error::make(
                core::ErrorCode::Internal,
                QCoreApplication::translate("DemoSituation", "The demo generator wrote an invalid STIX object (%1): %2")
                    .arg(QString::fromStdString(record.id), parsed.message));
        auto outcome = m_repo.upsert(record, sourceRid, m_now);
        if (!outcome)
            return outcome.error();
        ++m_summary.objectsByType[QString::fromStdString(record.type)];
        return {};
    }

private:
    ingest::stix::StixObjectParser m_parser;
    store::StixRepository& m_repo;
    DemoSummary& m_summary;
    std::int64_t m_now;
};

void head(JsonWriter& w, std::string_view type, const std::string& id, std::int64_t created, const std::string& createdBy) {
    w.beginObject().member("type", type).member("spec_version", "2.1").member("id", id);
    if (!createdBy.empty())
        w.member("created_by_ref", createdBy);
    w.member("created", stixTime(created)).member("modified", stixTime(created));
}

void tail(JsonWriter& w, core::Tlp tlp) {
    const auto marking = core::tlpMarkingId(tlp);
    if (!marking.empty())
        w.key("object_marking_refs").beginArray().value(marking).endArray();
    w.endObject();
}

void stringArray(JsonWriter& w, std::string_view key, const std::vector<std::string>& values) {
    w.key(key).beginArray();
    for (const auto& v : values)
        w.value(v);
    w.endArray();
}

class Generator {
public:
    Generator(store::Database& db, const DemoOptions& options, const core::CancelToken& cancel, core::ProgressReporter* progress,
              DemoSummary& summary)
        : m_db(db), m_options(options), m_cancel(cancel), m_progress(progress), m_summary(summary), m_rng(options.seed),
          m_stix(db), m_intel(m_stix, summary, QDateTime::currentMSecsSinceEpoch() * 1000) {}

    core::Status run();

private:
    core::Status writeIntel();
    core::Status writeReports();
    core::Status writeAlerts();
    core::Status workQueue();
    core::Status openIncidents();
    core::Status decideWarnings();
    core::Status freezeWeeks();
    core::Status relationship(std::string_view kind, const std::string& source, const std::string& target, std::int64_t created,
                              const std::string& by, core::Tlp tlp, std::int64_t sourceRid);
    core::Status indicator(CampaignIntel& intel, int campaign, core::ObservableType type, const std::string& value);
    void report(const QString& phase, std::int64_t done = 0, std::int64_t total = 0, bool force = false) {
        if (m_progress)
            m_progress->report({done, total, phase}, force);
    }
    std::string ipv4() { return m_addresses.at(m_nextAddress++); }

    store::Database& m_db;
    const DemoOptions& m_options;
    const core::CancelToken& m_cancel;
    core::ProgressReporter* m_progress;
    DemoSummary& m_summary;
    Random m_rng;
    store::StixRepository m_stix;
    IntelWriter m_intel;

    std::vector<std::int64_t> m_partnerSource;
    std::vector<std::string> m_partnerId;
    std::int64_t m_attackSource = 0;
    std::vector<std::string> m_techniqueId, m_actorId, m_vulnId, m_coaId, m_malwareId;
    std::vector<CampaignIntel> m_campaigns;
    std::vector<std::string> m_addresses;
    std::size_t m_nextAddress = 0;
};

core::Status Generator::run() {
    auto empty = DemoSituation::isEmpty(m_db);
    if (!empty)
        return empty.error();
    if (!empty.value())
        return core::Error::make(
            core::ErrorCode::Usage,
            QCoreApplication::translate("DemoSituation",
                                        "%1 already holds intelligence, alerts or incidents; the demo situation is only "
                                        "loaded into an empty database. Name a new file with --db.")
                .arg(m_db.path()));
    m_summary.seed = m_options.seed;
    m_summary.end = m_options.end.value_or(QDateTime::currentSecsSinceEpoch() * kSecond);
    m_summary.start = m_summary.end - kDays * kDay;
    // RFC 5737 documentation addresses for campaign infrastructure, shuffled per seed.
    for (const char* net : {"192.0.2.", "198.51.100.", "203.0.113."})
        for (int host = 1; host < 255; ++host)
            m_addresses.push_back(net + std::to_string(host));
    for (std::size_t i = m_addresses.size() - 1; i > 0; --i)
        std::swap(m_addresses[i], m_addresses[m_rng.below(i + 1)]);

    if (auto s = m_stix.prepare(); !s)
        return s;
    if (auto s = m_stix.beginBulkLoad(); !s)
        return s;
    report(QCoreApplication::translate("DemoSituation", "Writing intelligence"), 0, 0, true);
    if (auto s = writeIntel(); !s)
        return s;
    if (auto s = writeReports(); !s)
        return s;
    if (auto s = m_stix.finishBulkLoad(); !s)
        return s;
    if (auto s = writeAlerts(); !s)
        return s;
    report(QCoreApplication::translate("DemoSituation", "Matching alerts with intelligence"), 0, 0, true);
    auto matched = analysis::Correlator(m_db).matchNewAlerts(1, m_summary.end);
    if (!matched)
        return matched.error();
    m_summary.matches = matched.value();
    report(QCoreApplication::translate("DemoSituation", "Working the alert queue"), 0, 0, true);
    {
        // Half the alerts change status: the indexes over the changed columns are built once
        // afterwards instead of being maintained alert by alert.
        static constexpr const char* kChangedColumnIndexes[] = {"alert_status_time", "alert_assignee_time"};
        store::DeferredIndexes deferred(m_db);
        if (auto s = deferred.drop(kChangedColumnIndexes); !s)
            return s;
        if (auto s = workQueue(); !s)
            return s;
        if (auto s = deferred.rebuild(); !s)
            return s;
    }
    report(QCoreApplication::translate("DemoSituation", "Opening incidents"), 0, 0, true);
    if (auto s = openIncidents(); !s)
        return s;
    if (auto s = decideWarnings(); !s)
        return s;
    if (auto s = freezeWeeks(); !s)
        return s;
    auto counts = m_db.queryInt("SELECT count(*) FROM alert WHERE matches > 0");
    if (!counts)
        return counts.error();
    m_summary.matchedAlerts = counts.value();
    std::string detail;
    JsonWriter w(detail);
    w.beginObject().key("seed").value(static_cast<std::int64_t>(m_options.seed)).key("alerts").value(m_summary.alerts);
    w.key("end").value(m_summary.end).endObject();
    return store::AuditLog(m_db).append(store::currentActor(), "demo.load", detail, QDateTime::currentMSecsSinceEpoch() * 1000);
}

core::Status Generator::freezeWeeks() {
    // Three weekly situation pictures, frozen as they were 21, 14 and 7 days before the end, so
    // that the Situation page says what changed since the last one and the Snapshots dialog has
    // something to compare. Each counts the alerts up to its time.
    report(QCoreApplication::translate("DemoSituation", "Freezing the weekly situation pictures"), 0, 0, true);
    for (const int daysBack : {21, 14, 7}) {
        const std::int64_t at = m_summary.end - daysBack * kDay;
        auto window = analysis::parseSituationWindow(QStringLiteral("7d"), at);
        if (!window)
            return window.error();
        auto picture = analysis::computeSituation(m_db, window.value(), at);
        if (!picture)
            return picture.error();
        auto figures = analysis::snapshotFigures(m_db, picture.value(), at);
        if (!figures)
            return figures.error();
        auto snap = store::SnapshotRepository(m_db).create(QJsonDocument(figures.value()).toJson(QJsonDocument::Compact),
                                                           static_cast<int>(picture.value().threat.level),
                                                           QStringLiteral("Weekly situation"), QStringLiteral("demo"), at);
        if (!snap)
            return snap.error();
    }
    return {};
}

core::Status Generator::relationship(std::string_view kind, const std::string& source, const std::string& target,
                                     std::int64_t created, const std::string& by, core::Tlp tlp, std::int64_t sourceRid) {
    std::string json;
    JsonWriter w(json);
    head(w, "relationship", "relationship--" + m_rng.uuid(), created, by);
    w.member("relationship_type", kind).member("source_ref", source).member("target_ref", target);
    tail(w, tlp);
    return m_intel.store(json, sourceRid);
}

core::Status Generator::indicator(CampaignIntel& intel, int campaign, core::ObservableType type, const std::string& value) {
    const Campaign& c = kCampaigns[campaign];
    const int partner = m_rng.range(0, static_cast<int>(countOf(kPartners)) - 1);
    const std::int64_t created =
        m_summary.start + c.firstDay * kDay - m_rng.range(1, 20) * kDay + m_rng.range(0, 86399) * kSecond;
    const std::string id = "indicator--" + m_rng.uuid();
    std::string pattern, what;
    switch (type) {
    case core::ObservableType::Ipv4:
        pattern = "[ipv4-addr:value = '" + value + "']";
        what = "C2 address";
        break;
    case core::ObservableType::Domain:
        pattern = "[domain-name:value = '" + value + "']";
        what = "domain";
        break;
    case core::ObservableType::Url:
        pattern = "[url:value = '" + value + "']";
        what = "payload URL";
        break;
    default:
        pattern = "[file:hashes.'SHA-256' = '" + value + "']";
        what = std::string(c.malware) + " sample";
        break;
    }
    if (campaign == 3 && type == core::ObservableType::Ipv4)
        what = "DDoS source";
    std::string json;
    JsonWriter w(json);
    head(w, "indicator", id, created, m_partnerId[static_cast<std::size_t>(partner)]);
    w.member("name", std::string(c.name).substr(10) + " " + what + ": " + value);
    w.key("indicator_types").beginArray().value(type == core::ObservableType::Sha256 ? "malicious-activity" : "attribution");
    w.endArray().member("pattern", pattern).member("pattern_type", "stix").member("valid_from", stixTime(created));
    w.key("confidence").value(m_rng.range(50, 95));
    w.key("labels").beginArray().value(c.slug).endArray();
    tail(w, m_rng.tlp(kIntelTlp));
    if (auto s = m_intel.store(json, m_partnerSource[static_cast<std::size_t>(partner)]); !s)
        return s;
    intel.indicators.push_back({id, type, value});
    const std::string& target = type == core::ObservableType::Sha256 && !m_malwareId[static_cast<std::size_t>(campaign)].empty()
                                    ? m_malwareId[static_cast<std::size_t>(campaign)]
                                    : intel.id;
    return relationship("indicates", id, target, created, m_partnerId[static_cast<std::size_t>(partner)], core::Tlp::Green,
                        m_partnerSource[static_cast<std::size_t>(partner)]);
}

core::Status Generator::writeIntel() {
    const std::int64_t t0 = m_summary.start - 90 * kDay;
    // Partners and their sources.
    for (const auto& p : kPartners) {
        auto rid = store::sourceId(m_db, "demo", p.name);
        if (!rid)
            return rid.error();
        m_partnerSource.push_back(rid.value());
        m_partnerId.push_back("identity--" + m_rng.uuid());
        std::string json;
        JsonWriter w(json);
        head(w, "identity", m_partnerId.back(), t0, {});
        w.member("name", p.name).member("identity_class", p.identityClass).member("description", p.description);
        w.key("sectors").beginArray().value(p.sector).endArray();
        tail(w, core::Tlp::Clear);
        if (auto s = m_intel.store(json, rid.value()); !s)
            return s;
    }
    auto attack = store::sourceId(m_db, "demo", "MITRE ATT&CK (excerpt)");
    if (!attack)
        return attack.error();
    m_attackSource = attack.value();
    const std::string mitre = "identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5"; // MITRE's identity in ATT&CK bundles
    {
        std::string json;
        JsonWriter w(json);
        head(w, "identity", mitre, t0, {});
        w.member("name", "The MITRE Corporation").member("identity_class", "organization");
        tail(w, core::Tlp::Clear);
        if (auto s = m_intel.store(json, m_attackSource); !s)
            return s;
    }
    for (const auto& t : kTechniques) {
        m_techniqueId.push_back("attack-pattern--" + m_rng.uuid());
        std::string id(t.id), url = "https://attack.mitre.org/techniques/" + id;
        if (const auto dot = id.find('.'); dot != std::string::npos)
            url = "https://attack.mitre.org/techniques/" + id.substr(0, dot) + "/" + id.substr(dot + 1);
        std::string json;
        JsonWriter w(json);
        head(w, "attack-pattern", m_techniqueId.back(), t0, mitre);
        w.member("name", t.name);
        w.key("external_references").beginArray().beginObject().member("source_name", "mitre-attack");
        w.member("external_id", t.id).member("url", url).endObject().endArray();
        w.key("kill_chain_phases").beginArray().beginObject().member("kill_chain_name", "mitre-attack");
        w.member("phase_name", t.tactic).endObject().endArray();
        tail(w, core::Tlp::Clear);
        if (auto s = m_intel.store(json, m_attackSource); !s)
            return s;
    }
    for (const auto& v : kVulnerabilities) {
        m_vulnId.push_back("vulnerability--" + m_rng.uuid());
        std::string json;
        JsonWriter w(json);
        head(w, "vulnerability", m_vulnId.back(), t0, m_partnerId[1]);
        w.member("name", v.cve).member("description", v.name);
        w.key("external_references").beginArray().beginObject().member("source_name", "cve");
        w.member("external_id", v.cve).endObject().endArray();
        tail(w, core::Tlp::Clear);
        if (auto s = m_intel.store(json, m_partnerSource[1]); !s)
            return s;
    }
    for (const auto& a : kActors) {
        m_actorId.push_back("threat-actor--" + m_rng.uuid());
        std::string json;
        JsonWriter w(json);
        head(w, "threat-actor", m_actorId.back(), t0 + m_rng.range(0, 60) * kDay, m_partnerId[1]);
        w.member("name", a.name).member("description", a.description);
        w.key("threat_actor_types").beginArray().value(a.type).endArray();
        w.key("aliases").beginArray().value(a.alias).endArray();
        w.member("sophistication", a.sophistication).member("primary_motivation", a.motivation);
        tail(w, core::Tlp::Green);
        if (auto s = m_intel.store(json, m_partnerSource[1]); !s)
            return s;
    }
    for (const auto& c : kCoursesOfAction) {
        m_coaId.push_back("course-of-action--" + m_rng.uuid());
        std::string json;
        JsonWriter w(json);
        head(w, "course-of-action", m_coaId.back(), t0, m_partnerId[0]);
        w.member("name", c.name).member("description", c.description);
        tail(w, core::Tlp::Green);
        if (auto s = m_intel.store(json, m_partnerSource[0]); !s)
            return s;
        if (c.technique >= 0)
            if (auto s = relationship("mitigates", m_coaId.back(), m_techniqueId[static_cast<std::size_t>(c.technique)], t0,
                                      m_partnerId[0], core::Tlp::Green, m_partnerSource[0]);
                !s)
                return s;
    }
    static constexpr const char* kWords[] = {"update", "cdn",    "login",  "mail", "sync",
                                             "files",  "portal", "secure", "api",  "static"};
    static constexpr const char* kPaths[] = {"invoice.php?id=", "gate/", "download/", "owa/auth/", "doc/view?f="};
    for (int ci = 0; ci < static_cast<int>(countOf(kCampaigns)); ++ci) {
        const Campaign& c = kCampaigns[ci];
        const std::size_t partner = ci == 2 ? 2 : 0;
        CampaignIntel intel;
        intel.id = "campaign--" + m_rng.uuid();
        m_malwareId.push_back(c.malware[0] ? "malware--" + m_rng.uuid() : std::string());
        const std::int64_t created = m_summary.start + c.firstDay * kDay + m_rng.range(1, 20) * kHour;
        std::string json;
        JsonWriter w(json);
        head(w, "campaign", intel.id, created, m_partnerId[partner]);
        w.member("name", c.name).member("objective", c.objective);
        w.member("first_seen", stixTime(m_summary.start + c.firstDay * kDay));
        w.key("aliases").beginArray().value(c.slug).endArray();
        tail(w, ci == 2 ? core::Tlp::AmberStrict : core::Tlp::Amber);
        if (auto s = m_intel.store(json, m_partnerSource[partner]); !s)
            return s;
        const std::string& by = m_partnerId[partner];
        const std::int64_t src = m_partnerSource[partner];
        if (auto s = relationship("attributed-to", intel.id, m_actorId[static_cast<std::size_t>(c.actor)], created, by,
                                  core::Tlp::Amber, src);
            !s)
            return s;
        for (int t : c.techniques)
            if (t >= 0)
                if (auto s = relationship("uses", intel.id, m_techniqueId[static_cast<std::size_t>(t)], created, by,
                                          core::Tlp::Green, src);
                    !s)
                    return s;
        if (c.vulnerability >= 0)
            if (auto s = relationship("targets", intel.id, m_vulnId[static_cast<std::size_t>(c.vulnerability)], created, by,
                                      core::Tlp::Green, src);
                !s)
                return s;
        if (!m_malwareId.back().empty()) {
            std::string mj;
            JsonWriter mw(mj);
            head(mw, "malware", m_malwareId.back(), created, by);
            mw.member("name", c.malware).key("is_family").value(true);
            mw.key("malware_types").beginArray().value(c.malwareType).endArray();
            tail(mw, core::Tlp::Green);
            if (auto s = m_intel.store(mj, src); !s)
                return s;
            if (auto s = relationship("uses", intel.id, m_malwareId.back(), created, by, core::Tlp::Green, src); !s)
                return s;
        }
        m_campaigns.push_back(std::move(intel));
        CampaignIntel& ci_ = m_campaigns.back();
        const bool ddos = ci == 3;
        const int ips = ddos ? 24 : m_rng.range(6, 10);
        for (int i = 0; i < ips; ++i)
            if (auto s = indicator(ci_, ci, core::ObservableType::Ipv4, ipv4()); !s)
                return s;
        if (ddos)
            continue;
        std::vector<std::string> domains;
        for (int i = 0, n = m_rng.range(4, 7); i < n; ++i) {
            domains.push_back(std::string(m_rng.pick(kWords)) + std::to_string(i + 1) + "." + c.slug + ".example.net");
            if (auto s = indicator(ci_, ci, core::ObservableType::Domain, domains.back()); !s)
                return s;
        }
        for (int i = 0, n = m_rng.range(3, 5); i < n; ++i) {
            const std::string url = "https://" + domains[m_rng.below(domains.size())] + "/" + m_rng.pick(kPaths) + m_rng.hex(8);
            if (auto s = indicator(ci_, ci, core::ObservableType::Url, url); !s)
                return s;
        }
        for (int i = 0, n = m_rng.range(4, 8); i < n; ++i)
            if (auto s = indicator(ci_, ci, core::ObservableType::Sha256, m_rng.hex(64)); !s)
                return s;
    }
    for (auto& c : m_campaigns)
        for (const auto& ind : c.indicators)
            (ind.type == core::ObservableType::Sha256 ? c.hashes : c.network).push_back(&ind);
    return {};
}

core::Status Generator::writeReports() {
    struct Warning {
        int partner;
        int campaign; // -1: about a vulnerability only
        int vulnerability;
        core::Tlp tlp;
        bool note;
        const char* title;
        const char* text;
    };
    static constexpr Warning kWarnings[] = {
        {0, 0, -1, core::Tlp::Amber, false, "Early warning EW-2026-041: invoice-themed phishing against ministries",
         "GHOST LYNX sends invoice-themed mails with ISO attachments to finance and procurement staff of ministries. The "
         "loader (PostBear) runs encoded PowerShell, persists through a Run key and beacons over HTTPS to the listed "
         "infrastructure. Recipients are asked to search mail and proxy logs for the indicators and apply the "
         "recommendations."},
        {0, 1, 0, core::Tlp::AmberStrict, false,
         "Early warning EW-2026-047: ransomware affiliates exploit PAN-OS GlobalProtect (CVE-2024-3400)",
         "COPPER HAWK affiliates exploit unpatched GlobalProtect gateways, dump LSASS, move laterally over RDP and "
         "deploy HawkLock after deleting shadow copies. Patch, hunt for the indicators and check backups."},
        {1, -1, 1, core::Tlp::Clear, false, "CERT advisory: NetScaler session tokens still valid after patching",
         "Session tokens stolen through CVE-2023-4966 (Citrix Bleed) stay valid after the update. Kill all sessions "
         "after patching."},
        {1, 2, 1, core::Tlp::Red, false, "CERT warning (named recipients): QUIET GRID access to energy operators",
         "NIGHT HERON holds access to at least two operators through remote services and valid accounts; tunnelling "
         "over DNS was observed. For the named recipients only."},
        {2, 2, -1, core::Tlp::Amber, true, "ISAC early warning: password spraying against webmail of energy members",
         "Members report password spraying against webmail and VPN portals from the listed addresses, followed by "
         "logins from new devices. Enforce MFA and review sign-in logs for the past 30 days."},
        {2, 3, -1, core::Tlp::Green, true, "ISAC early warning: DDoS wave announced against public portals",
         "SAND VIPER announced a denial-of-service wave against public-sector portals. Confirm upstream mitigation."},
    };
    int number = 0;
    for (const auto& wn : kWarnings) {
        const auto partner = static_cast<std::size_t>(wn.partner);
        const int day = wn.campaign >= 0 ? kCampaigns[wn.campaign].firstDay + 1 : 12;
        const std::int64_t published = m_summary.start + day * kDay + m_rng.range(7, 17) * kHour;
        std::vector<std::string> refs;
        std::vector<int> coas = {0};
        if (wn.campaign >= 0) {
            const Campaign& c = kCampaigns[wn.campaign];
            const CampaignIntel& intel = m_campaigns[static_cast<std::size_t>(wn.campaign)];
            refs.push_back(intel.id);
            refs.push_back(m_actorId[static_cast<std::size_t>(c.actor)]);
            for (const auto& ind : intel.indicators)
                refs.push_back(ind.id);
            for (int t : c.techniques)
                if (t >= 0) {
                    refs.push_back(m_techniqueId[static_cast<std::size_t>(t)]);
                    for (int k = 0; k < static_cast<int>(countOf(kCoursesOfAction)); ++k)
                        if (kCoursesOfAction[k].technique == t)
                            coas.push_back(k);
                }
        } else {
            coas.clear();
        }
        if (wn.vulnerability >= 0) {
            refs.push_back(m_vulnId[static_cast<std::size_t>(wn.vulnerability)]);
            coas.push_back(wn.vulnerability == 0 ? 3 : 4);
        }
        for (int k : coas)
            refs.push_back(m_coaId[static_cast<std::size_t>(k)]);
        std::string json;
        JsonWriter w(json);
        head(w, wn.note ? "note" : "report", std::string(wn.note ? "note--" : "report--") + m_rng.uuid(), published,
             m_partnerId[partner]);
        if (wn.note) {
            w.member("abstract", wn.title).member("content", wn.text);
            w.key("labels").beginArray().value("early-warning").endArray();
        } else {
            w.member("name", wn.title).member("description", wn.text).member("published", stixTime(published));
            w.key("report_types").beginArray().value("threat-report").endArray();
        }
        stringArray(w, "object_refs", refs);
        tail(w, wn.tlp);
        if (auto s = m_intel.store(json, m_partnerSource[partner]); !s)
            return s;
        ++number;
    }
    m_summary.warnings = number;
    // Background reading that is not a warning: actor profiles and a monthly picture.
    for (std::size_t a = 0; a < countOf(kActors); ++a) {
        const std::int64_t published = m_summary.start - m_rng.range(10, 80) * kDay;
        std::string json;
        JsonWriter w(json);
        head(w, "report", "report--" + m_rng.uuid(), published, m_partnerId[1]);
        w.member("name", std::string("Actor profile: ") + kActors[a].name).member("description", kActors[a].description);
        w.member("published", stixTime(published));
        w.key("report_types").beginArray().value("threat-actor").endArray();
        stringArray(w, "object_refs", {m_actorId[a]});
        tail(w, core::Tlp::Green);
        if (auto s = m_intel.store(json, m_partnerSource[1]); !s)
            return s;
    }
    std::vector<std::string> all;
    for (const auto& c : m_campaigns)
        all.push_back(c.id);
    std::string json;
    JsonWriter w(json);
    const std::int64_t published = m_summary.start + 15 * kDay;
    head(w, "report", "report--" + m_rng.uuid(), published, m_partnerId[1]);
    w.member("name", "Monthly situation report of the national CERT")
        .member("description", "Campaigns seen by the national CERT and its partners in the last month.");
    w.member("published", stixTime(published));
    w.key("report_types").beginArray().value("campaign").value("threat-actor").endArray();
    stringArray(w, "object_refs", all);
    tail(w, core::Tlp::Green);
    return m_intel.store(json, m_partnerSource[1]);
}

core::Status Generator::writeAlerts() {
    const std::int64_t n = m_options.alerts;
    // Alerts per day follow the campaign waves (days counted from the window's start), and within
    // a day office hours are busier than nights (by the clock). Which alert is what depends only on
    // its day, so the counts (stats, matches, statuses) are the same whatever the end time; only
    // the times move with it. Times are drawn in ascending order through the cumulative weights,
    // so the alert table and its time indexes are appended to, never reshuffled (fast at 10^7).
    std::vector<double> cumulative(kDays);
    std::vector<int> active(kDays, -1);
    double total = 0;
    for (int day = 0; day < kDays; ++day) {
        int campaigns = 0;
        for (int c = 0; c < static_cast<int>(countOf(kCampaigns)); ++c)
            if (day >= kCampaigns[c].firstDay && day <= kCampaigns[c].lastDay && ((day * 7 + c * 3) % 5 < 2)) {
                ++campaigns;
                if (active[static_cast<std::size_t>(day)] < 0 || m_rng.chance(0.5))
                    active[static_cast<std::size_t>(day)] = c;
            }
        total += 1.0 + 0.5 * campaigns;
        cumulative[static_cast<std::size_t>(day)] = total;
    }
    std::array<double, 24> hourCumulative{};
    double hourTotal = 0;
    for (int h = 0; h < 24; ++h) {
        const int hourOfDay = static_cast<int>(((m_summary.start + h * kHour) / kHour) % 24);
        hourTotal += (hourOfDay >= 6 && hourOfDay <= 17) ? 3.0 : 1.0; // 07-18 h Central European time
        hourCumulative[static_cast<std::size_t>(h)] = hourTotal;
    }
    const auto within = [&](double f) { // fraction of a day -> microseconds into it
        const double v = f * hourTotal;
        std::size_t h = 0;
        while (h + 1 < hourCumulative.size() && hourCumulative[h] <= v)
            ++h;
        const double lo = h == 0 ? 0.0 : hourCumulative[h - 1];
        return static_cast<std::int64_t>(h) * kHour +
               std::min(kHour - 1, static_cast<std::int64_t>((v - lo) / (hourCumulative[h] - lo) * static_cast<double>(kHour)));
    };
    auto sensorSource = store::sourceId(m_db, "demo", "Sensors: Suricata, Zeek, Sigma (demo)");
    if (!sensorSource)
        return sensorSource.error();
    // The alert table is empty (load() checked): indexes whose keys arrive in random order are
    // built once after the load instead of row by row.
    static constexpr const char* kRandomOrderIndexes[] = {"alert_status_time",    "alert_severity_time",
                                                          "alert_priority_time",  "alert_observable_key",
                                                          "alert_observable_num", "alert_technique_technique"};
    store::DeferredIndexes deferred(m_db);
    if (auto s = deferred.drop(kRandomOrderIndexes); !s)
        return s;
    store::AlertRepository repo(m_db);
    if (auto s = repo.prepare(); !s)
        return s;
    AlertFactory factory(m_rng, m_options.seed);
    std::size_t day = 0;
    report(QCoreApplication::translate("DemoSituation", "Writing alerts"), 0, n, true);
    for (std::int64_t i = 0; i < n; ++i) {
        if ((i & 4095) == 0) {
            if (m_cancel.isCancelled())
                return core::Error::make(
                    core::ErrorCode::Cancelled,
                    QCoreApplication::translate("DemoSituation", "Loading the demo situation was cancelled."));
            report(QCoreApplication::translate("DemoSituation", "Writing alerts"), i, n);
        }
        const double u = (static_cast<double>(i) + m_rng.unit()) / static_cast<double>(n) * total;
        while (day + 1 < cumulative.size() && cumulative[day] <= u)
            ++day;
        const double below = day == 0 ? 0.0 : cumulative[day - 1];
        const double frac = std::clamp((u - below) / (cumulative[day] - below), 0.0, 1.0);
        const std::int64_t time = m_summary.start + static_cast<std::int64_t>(day) * kDay + within(frac);
        const int campaign = active[day];
        const bool matched = m_rng.chance(campaign >= 0 ? 0.05 : 0.005);
        int pickCampaign = campaign >= 0 ? campaign : static_cast<int>(m_rng.below(countOf(kCampaigns)));
        const CampaignIntel* intel = matched ? &m_campaigns[static_cast<std::size_t>(pickCampaign)] : nullptr;
        core::AlertRecord& record = factory.make(i, time, intel, pickCampaign);
        auto added = repo.insert(record, sensorSource.value());
        if (!added)
            return added.error();
        if (intel && pickCampaign < 3 && m_campaigns[static_cast<std::size_t>(pickCampaign)].alertKeys.size() < 12)
            m_campaigns[static_cast<std::size_t>(pickCampaign)].alertKeys.push_back(record.dedupKey);
    }
    m_summary.alerts = n;
    if (auto s = repo.recordZones(); !s)
        return s;
    report(QCoreApplication::translate("DemoSituation", "Indexing alerts"), n, n, true);
    return deferred.rebuild();
}

// A worked queue: most older unmatched alerts were closed, some as false positives; a few recent
// ones are being looked at. Decided per alert from its number, so it is deterministic. The changes
// go through AlertWorkflow like the triage page's, every alert audited with who, when, before and
// after (issue 6), by the analysts of kAnalysts.
core::Status Generator::workQueue() {
    struct Step {
        const char* analyst;
        const char* status;
        const char* resolution;
        bool assign;
        const char* where; // ?3: the time bound
        std::int64_t bound;
        std::int64_t at;
        const char* what;
    };
    const std::int64_t older = m_summary.end - 7 * kDay, recent = m_summary.end - 2 * kDay;
    // `+` keeps SQLite off the column indexes: the workflow walks the table in rid ranges.
    const Step steps[] = {
        {kAnalysts[0], "closed", "benign", false, "+a.matches = 0 AND +a.time < ?3 AND (a.rid * 2654435761) % 100 < 55", older,
         older + 8 * kHour, "older unmatched alerts closed as benign"},
        {kAnalysts[1], "closed", "false-positive", false,
         "+a.matches = 0 AND +a.time < ?3 AND (a.rid * 2654435761) % 100 BETWEEN 55 AND 74", older, older + 9 * kHour,
         "older unmatched alerts closed as false positives"},
        {kAnalysts[2], "in-progress", nullptr, true, "+a.time >= ?3 AND (a.rid * 40503) % 100 < 8 AND a.rid % 2 = 0", recent,
         m_summary.end, "recent alerts being looked at"},
        {kAnalysts[3], "in-progress", nullptr, true, "+a.time >= ?3 AND (a.rid * 40503) % 100 < 8 AND a.rid % 2 = 1", recent,
         m_summary.end, "recent alerts being looked at"},
    };
    for (const Step& step : steps) {
        store::AlertWorkflow workflow(m_db, QString::fromLatin1(step.analyst));
        workflow.setAuditEveryAlert(true);
        store::AlertChange change;
        change.status = QString::fromLatin1(step.status);
        if (step.resolution)
            change.resolution = QString::fromLatin1(step.resolution);
        if (step.assign)
            change.assignee = QString::fromLatin1(step.analyst);
        std::string target;
        JsonWriter(target).beginObject().member("demo", step.what).endObject();
        auto done = workflow.applyWhere(change,
                                        store::SqlFilter{std::string("WHERE a.rid > ?1 AND a.rid <= ?2 AND ") + step.where,
                                                         {std::int64_t{0}, std::int64_t{0}, step.bound}},
                                        target, step.at, m_cancel);
        if (!done)
            return done.error();
    }
    return {};
}

core::Status Generator::openIncidents() {
    struct Plan {
        int campaign;
        const char* title;
        const char* summary;
        const char* status;
        int severity;
        const char* tlp;
        const char* note;
        const char* action;
    };
    static constexpr Plan kPlans[] = {
        {0, "Phishing wave against finance staff (WINTER POST)",
         "Invoice-themed ISO attachments opened on finance clients; loader beaconing to partner-listed C2.", "contained", 2,
         "amber", "Triage: three clients ran the PostBear loader; beacons match EW-2026-041.",
         "Clients isolated, C2 addresses and domains blocked at proxy and DNS."},
        {1, "Exploitation attempts on the GlobalProtect gateway (CVE-2024-3400)",
         "Inbound exploit attempts from EDGE BREAKER infrastructure; one gateway unpatched at the time.", "open", 1,
         "amber+strict", "Gateway GP-02 was one release behind; forensic image taken.",
         "Emergency patch of GP-02 scheduled; sessions reset."},
        {2, "Suspicious remote-service logins (QUIET GRID)",
         "Logins over VPN from addresses in the CERT warning; DNS tunnelling suspected.", "closed", 3, "red",
         "Logins traced to a contractor account with a reused password.", "Account disabled, MFA enforced for contractors."},
    };
    store::IncidentRepository incidents(m_db, QString::fromLatin1(kActor));
    auto find = m_db.prepare("SELECT rid, time FROM alert WHERE dedup_key = ?1");
    if (!find)
        return find.error();
    for (const auto& p : kPlans) {
        const CampaignIntel& intel = m_campaigns[static_cast<std::size_t>(p.campaign)];
        std::vector<std::int64_t> rids;
        std::int64_t last = 0;
        std::int64_t first = m_summary.start + kCampaigns[p.campaign].firstDay * kDay + 9 * kHour;
        for (const auto& key : intel.alertKeys) {
            find.value().bind(1, key);
            auto row = find.value().step();
            if (!row)
                return row.error();
            if (row.value()) {
                rids.push_back(find.value().columnInt64(0));
                if (rids.size() == 1)
                    first = find.value().columnInt64(1);
                last = std::max(last, find.value().columnInt64(1));
            }
            find.value().reset();
        }
        store::Incident inc;
        inc.title = QString::fromUtf8(p.title);
        inc.summary = QString::fromUtf8(p.summary);
        inc.severity = p.severity;
        inc.tlp = QString::fromLatin1(p.tlp);
        const std::int64_t opened = first + 40 * kMinute;
        auto created = incidents.create(inc, opened);
        if (!created)
            return created.error();
        const std::int64_t rid = created.value().rid;
        if (auto s = incidents.addAlerts(rid, rids, opened + 5 * kMinute); !s)
            return s;
        const store::TimelineEntry entries[] = {
            {0, opened + 30 * kMinute, QStringLiteral("note"), QString::fromUtf8(p.note), {}, QStringLiteral("analyst")},
            {0, opened + 2 * kHour, QStringLiteral("action"), QString::fromUtf8(p.action), {}, QStringLiteral("analyst")},
            {0, opened + 3 * kHour, QStringLiteral("intel"), QStringLiteral("Matches the partner warning on this campaign."),
             QString::fromStdString(intel.id), QStringLiteral("analyst")},
        };
        for (const auto& e : entries)
            if (auto s = incidents.addEntry(rid, e, opened + 3 * kHour); !s)
                return s;
        if (std::string_view(p.status) != "open")
            if (auto s = incidents.setStatus(rid, QString::fromLatin1(p.status), opened + 6 * kHour); !s)
                return s;
        if (!rids.empty()) {
            store::AlertWorkflow workflow(m_db, QString::fromLatin1(kAnalysts[p.campaign % std::size(kAnalysts)]));
            store::AlertChange escalate;
            escalate.status = QStringLiteral("escalated");
            // Escalated once the incident was open and its last alert had arrived.
            const std::int64_t at = std::min(m_summary.end, std::max(opened, last) + 5 * kMinute);
            if (auto s = workflow.apply(escalate, rids, at); !s)
                return s.error();
        }
        ++m_summary.incidents;
    }
    return {};
}

// The inbox is not untouched: the oldest warnings were already handled by the shift.
core::Status Generator::decideWarnings() {
    store::WarningRepository warnings(m_db, QString::fromLatin1(kActor));
    auto list = warnings.list();
    if (!list)
        return list.error();
    auto all = list.value();
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return a.published < b.published || (a.published == b.published && a.id < b.id);
    });
    const std::int64_t now = m_summary.end - kDay;
    if (all.size() >= 3) {
        const QString& done = all[0].id;
        if (auto s = warnings.setOwner(done, QStringLiteral("SOC shift A"), now); !s)
            return s;
        auto detail = warnings.get(done);
        if (!detail)
            return detail.error();
        for (const auto& r : detail.value().recommendations)
            if (auto s = warnings.setChecked(done, r.id, true, now); !s)
                return s;
        if (auto s = warnings.setState(done, store::WarningState::Mitigated, now); !s)
            return s;
        if (auto s = warnings.setState(all[1].id, store::WarningState::NotApplicable, now); !s)
            return s;
        const QString& open = all[2].id;
        if (auto s = warnings.setState(open, store::WarningState::Applies, now); !s)
            return s;
        if (auto s = warnings.setOwner(open, QStringLiteral("SOC shift B"), now); !s)
            return s;
        if (auto s = warnings.setDue(open, m_summary.end + 3 * kDay, now); !s)
            return s;
    }
    m_summary.warnings = static_cast<std::int64_t>(all.size());
    return {};
}

} // namespace

core::Result<bool> DemoSituation::isEmpty(store::Database& db) {
    auto any = db.queryInt("SELECT EXISTS (SELECT 1 FROM stix_object) OR EXISTS (SELECT 1 FROM alert) "
                           "OR EXISTS (SELECT 1 FROM incident)");
    if (!any)
        return any.error();
    return any.value() == 0;
}

core::Result<DemoSummary> DemoSituation::load(const DemoOptions& options, const core::CancelToken& cancel,
                                              core::ProgressReporter* progress) {
    if (options.alerts < 0)
        return core::Error::make(core::ErrorCode::Usage,
                                 QCoreApplication::translate("DemoSituation", "The number of demo alerts cannot be negative."));
    m_db.setBulkCache(true);
    // An empty file is written once through a rollback journal instead of WAL plus checkpoint (as
    // the first import does); it fails harmlessly when another connection is open.
    const bool journal = m_db.setJournalWal(false);
    DemoSummary summary;
    core::Status result;
    {
        store::Transaction tx(m_db);
        result = tx.beginStatus();
        if (result)
            result = Generator(m_db, options, cancel, progress, summary).run();
        if (result)
            result = tx.commit();
        else
            tx.rollback();
    }
    if (journal)
        m_db.setJournalWal(true);
    m_db.setBulkCache(false);
    if (!result)
        return result.error();
    auto sources = m_db.queryInt("SELECT count(*) FROM source WHERE kind = 'demo'");
    summary.sources = sources.valueOr(0);
    return summary;
}

} // namespace lagebild::demo

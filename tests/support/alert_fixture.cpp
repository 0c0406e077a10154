#include "tests/support/alert_fixture.h"

#include <doctest/doctest.h>

#include <random>

namespace lagebild::test {

namespace {

// Index 3 is closed as false positive; index 4 closed with another or no resolution (kClosedAs).
const char* const kStatuses[] = {"new", "in-progress", "escalated", "closed", "closed"};
const char* const kClosedAs[] = {"", "benign", "true-positive"};
const char* const kSensors[] = {"suricata-dmz", "zeek-core", "sigma-dc", "suricata-lan"};
const char* const kSignatures[] = {"ET SCAN Nmap", "ET TROJAN Emotet beacon", "Suspicious PowerShell", "DNS tunnel",
                                   "ET POLICY curl"};
const char* const kAssignees[] = {"", "", "alice", "bob"};

} // namespace

// Few distinct values and times per column: many ties, so (key, time, rid) ordering matters.
void fillAlerts(store::Database& db, int n, unsigned seed) {
    std::mt19937 rng(seed);
    auto pick = [&rng](int k) { return static_cast<int>(rng() % static_cast<unsigned>(k)); };
    REQUIRE(db.exec("BEGIN"));
    auto st = db.prepare("INSERT INTO alert (dedup_key, time, sensor, signature, severity, priority, matches, status, "
                         "src, dst, assignee, resolution, raw) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, '{}')");
    REQUIRE(st);
    auto fts = db.prepare("INSERT INTO alert_fts (rowid, signature, category, observables) VALUES (?1, ?2, '', ?3)");
    REQUIRE(fts);
    auto tech = db.prepare("INSERT INTO alert_technique (alert_rid, technique) VALUES (?1, ?2)");
    REQUIRE(tech);
    for (int i = 0; i < n; ++i) {
        const std::string sig = kSignatures[pick(5)];
        const std::string src = "10.0.0." + std::to_string(pick(7));
        const std::string dst = "192.0.2." + std::to_string(pick(5));
        st.value().bind(1, "k" + std::to_string(i)).bind(2, std::int64_t{1'700'000'000'000'000} + pick(50) * 1'000'000);
        st.value().bind(3, std::string_view(kSensors[pick(4)])).bind(4, sig).bind(5, 1 + pick(4)).bind(6, pick(15));
        const int status = pick(5);
        st.value().bind(7, pick(4) == 0 ? 1 + pick(3) : 0).bind(8, std::string_view(kStatuses[status]));
        st.value().bind(12, std::string_view(status == 3 ? "false-positive" : status == 4 ? kClosedAs[i % 3] : ""));
        st.value().bind(9, src).bind(10, dst).bind(11, std::string_view(kAssignees[pick(4)]));
        REQUIRE(st.value().run());
        const std::int64_t rid = db.lastInsertRowId();
        fts.value().bind(1, rid).bind(2, sig).bind(3, src + " " + dst);
        REQUIRE(fts.value().run());
        if (pick(5) == 0) {
            tech.value().bind(1, rid).bind(2, std::string_view(pick(2) ? "T1059" : "T1071"));
            REQUIRE(tech.value().run());
        }
    }
    REQUIRE(db.exec("COMMIT"));
}

} // namespace lagebild::test

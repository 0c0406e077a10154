// Retro-hunt benchmark (issue 4): 10,000 new indicators re-matched against 1,000,000 stored
// alerts, set-based in SQL. Prints the figure and its ratio to a same-run baseline: the bare
// indexed join that finds the same matching pairs without writing anything (what the lookup
// alone costs). Also times matching 1,000,000 new alerts against the stored indicators.
//
//   retrohunt_bench [--alerts N] [--indicators K] [--db FILE]
#include "models/analysis/correlator.h"
#include "models/store/stix_repository.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace lagebild;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

std::string ip(std::uint32_t v) {
    return std::to_string(v >> 24) + '.' + std::to_string((v >> 16) & 255) + '.' + std::to_string((v >> 8) & 255) + '.' +
           std::to_string(v & 255);
}

bool ok(const core::Status& s, const char* what) {
    if (!s)
        std::fprintf(stderr, "%s failed: %s %s\n", what, qPrintable(s.error().message), qPrintable(s.error().detail));
    return s.ok();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::int64_t alerts = 1000000, indicators = 10000;
    QString dbPath;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--alerts")
            alerts = std::atoll(argv[i + 1]);
        else if (a == "--indicators")
            indicators = std::atoll(argv[i + 1]);
        else if (a == "--db")
            dbPath = QString::fromLocal8Bit(argv[i + 1]);
    }
    QTemporaryDir tmp;
    if (dbPath.isEmpty())
        dbPath = tmp.filePath(QStringLiteral("bench.sqlite"));
    auto opened = store::Database::open(dbPath);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    store::Database& db = *opened.value();
    db.setBulkCache(true);

    // 1. Alerts: generated in SQL (setup, not measured). Destinations spread over 100.64.0.0/10,
    //    two observables per alert like an EVE alert (src and dst address).
    auto t = Clock::now();
    const std::string fill =
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + std::to_string(alerts) +
        ") INSERT INTO alert (rid, dedup_key, time, sensor, signature, severity, priority, src, dst, raw) "
        "SELECT i, 'bench|' || i, 1700000000000000 + i * 1000000, 'suricata', 'ET bench ' || (i % 500), 1 + i % 4, "
        "4 - i % 4, '10.' || (i % 250) || '.' || (i / 250 % 250) || '.1', "
        "'100.' || (64 + i % 64) || '.' || (i / 64 % 256) || '.' || (i / 16384 % 256), '{}' FROM n; "
        "INSERT INTO alert_observable (alert_rid, type, value, num) SELECT rid, 'ipv4-addr', dst, "
        "(CAST(substr(dst, 1, instr(dst, '.') - 1) AS INTEGER) << 24) FROM alert; "
        "INSERT INTO alert_observable (alert_rid, type, value) SELECT rid, 'ipv4-addr', src FROM alert;";
    if (!ok(db.exec("BEGIN"), "begin") || !ok(db.exec(fill), "alert setup") || !ok(db.exec("COMMIT"), "commit"))
        return 1;
    std::printf("setup: %lld alerts in %.2f s\n", static_cast<long long>(alerts), seconds(t));

    // 2. Indicators through the real repository: a tenth hit stored alert addresses.
    std::mt19937 rng(42);
    std::vector<std::int64_t> changed;
    t = Clock::now();
    {
        store::Transaction tx(db);
        store::StixRepository repo(db);
        if (!ok(repo.prepare(), "prepare"))
            return 1;
        for (std::int64_t k = 0; k < indicators; ++k) {
            core::StixRecord r;
            char id[64];
            std::snprintf(id, sizeof id, "indicator--00000000-0000-4000-8000-%012lld", static_cast<long long>(k));
            r.id = id;
            r.type = "indicator";
            r.created = 1;
            r.modified = 2;
            r.patternState = core::PatternState::Matchable;
            const std::int64_t i = 1 + static_cast<std::int64_t>(rng() % static_cast<std::uint32_t>(alerts));
            const std::string value = k % 10 == 0 ? "100." + std::to_string(64 + i % 64) + '.' + std::to_string(i / 64 % 256) +
                                                        '.' + std::to_string(i / 16384 % 256)
                                                  : ip(0xC6336400u + static_cast<std::uint32_t>(k)); // 198.51.100.0+: no alert
            r.name = "bench " + value;
            r.observables.push_back({core::ObservableType::Ipv4, value});
            r.json = "{}";
            if (!repo.upsert(r, 0, 1).ok())
                return 1;
        }
        changed = repo.changedIndicators();
        if (!ok(tx.commit(), "commit"))
            return 1;
    }
    std::printf("setup: %lld indicators in %.2f s\n", static_cast<long long>(indicators), seconds(t));

    // 3. Baseline: the bare indexed join over the same pairs, read only.
    t = Clock::now();
    auto base = db.queryInt("SELECT count(*) FROM observable o JOIN stix_object s ON s.rid = o.object_rid AND s.type = "
                            "'indicator' JOIN alert_observable ao ON ao.type = o.type AND ao.value = o.value");
    const double baseline = seconds(t);
    // 4. The retro-hunt itself, in a transaction as the importer runs it.
    analysis::Correlator correlator(db);
    t = Clock::now();
    std::int64_t matches = 0;
    {
        store::Transaction tx(db);
        auto r = correlator.retroHunt(changed, 1);
        if (!r) {
            std::fprintf(stderr, "retro-hunt failed: %s\n", qPrintable(r.error().detail));
            return 1;
        }
        matches = r.value();
        if (!ok(tx.commit(), "commit"))
            return 1;
    }
    const double hunt = seconds(t);
    // 5. Matching all alerts as if just imported.
    t = Clock::now();
    {
        store::Transaction tx(db);
        if (!ok(db.exec("DELETE FROM alert_match; UPDATE alert SET matches = 0"), "reset"))
            return 1;
        auto r = correlator.matchNewAlerts(1, 1);
        if (!r)
            return 1;
        if (!ok(tx.commit(), "commit"))
            return 1;
    }
    const double fresh = seconds(t);
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("\nretro-hunt: %lld new indicators vs %lld stored alerts\n", static_cast<long long>(indicators),
                static_cast<long long>(alerts));
    std::printf("  retro-hunt s          %.3f   (%lld matches; target <= 2 s: %s)\n", hunt, static_cast<long long>(matches),
                hunt <= 2.0 ? "met" : "NOT met");
    std::printf("  baseline join s       %.3f   (%lld pairs, read only)\n", baseline,
                static_cast<long long>(base ? base.value() : -1));
    std::printf("  ratio hunt/baseline   %.2fx\n", baseline > 0 ? hunt / baseline : 0.0);
    std::printf("  match %lld new alerts %.3f s\n", static_cast<long long>(alerts), fresh);
    std::printf("  peak RSS MB           %ld\n", ru.ru_maxrss / 1024);
    return base && base.value() == matches ? 0 : 2;
}

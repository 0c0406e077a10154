// Situation benchmark (issue 15): compute and render the whole Situation page over N generated
// alerts (tests/support/alert_generator, 30 days from 2026-01-01) and M indicators that the
// matched alerts match. Prints each figure next to a baseline measured in the same run on the same
// file: the same alert figures as plain GROUP BY queries over the alert table (what the page
// would cost without the rollup). Also: peak RSS, and the size of a snapshot of M objects.
// Targets: compute + render <= 200 ms at 1M alerts, <= 500 ms at 10M, RSS <= 300 MB.
//
//   tests/bench/situation_bench [--count N] [--indicators M] [--db FILE] [--runs R]
//
// The database is generated once and reused while FILE exists.

#include "models/analysis/attack_matrix.h"
#include "models/analysis/situation.h"
#include "models/core/memory.h"
#include "models/store/snapshot_repository.h"
#include "tests/support/alert_generator.h"
#include "ui/dashboard/ranked_list.h"
#include "ui/dashboard/situation_charts.h"
#include "ui/dashboard/threat_level_banner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace lagebild;

namespace {

constexpr std::int64_t kHour = store::SituationQueries::kHour;
constexpr std::int64_t kStart = 1'767'225'600'000'000LL; // 2026-01-01T00:00:00Z, the generator's start
constexpr std::int64_t kNow = kStart + 30 * 24 * kHour;  // its end

long peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

double ms(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

core::Status generate(store::Database& db, std::int64_t alerts, std::int64_t indicators) {
    if (auto s = test::generateAlerts(db, alerts, 1); !s)
        return s;
    const std::string m = std::to_string(indicators);
    // M indicators (ids in STIX form), and a match row for every matched alert.
    if (auto s = db.exec("BEGIN"); !s)
        return s;
    if (auto s = db.exec("WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < " + m +
                         ") INSERT INTO stix_object (rid, id, type, name, json, first_seen, last_seen, modified, pattern_state) "
                         "SELECT i, printf('indicator--%08x-0000-4000-8000-%012x', i, i * 2654435761 % 281474976710656), "
                         "'indicator', NULL, '{}', 1, 1, 1767225600000000 + i, 1 FROM g");
        !s)
        return s;
    if (auto s = db.exec("INSERT INTO alert_match (alert_rid, object_rid, observable_type, value) SELECT rid, "
                         "1 + (rid * 7919) % " +
                         m + ", 'ipv4', dst FROM alert WHERE matches > 0");
        !s)
        return s;
    return db.exec("COMMIT");
}

/// The alert figures of the page as plain GROUP BY queries over the alert table.
core::Status baseline(store::Database& db, const store::TimeWindow& w, std::int64_t bucket, std::int64_t* checksum) {
    const std::string range = " WHERE time >= " + std::to_string(w.from) + " AND time < " + std::to_string(w.to);
    for (const std::string& sql : {"SELECT status, count(*) FROM alert" + range + " GROUP BY status",
                                   "SELECT severity, count(*) FROM alert" + range + " GROUP BY severity",
                                   "SELECT sensor, count(*) FROM alert" + range + " GROUP BY sensor",
                                   "SELECT count(*) FROM alert" + range + " AND matches > 0",
                                   "SELECT (time - " + std::to_string(w.from) + ") / " + std::to_string(bucket) +
                                       ", severity, count(*), "
                                       "sum(matches > 0) FROM alert" +
                                       range + " GROUP BY 1, 2"}) {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        if (auto s = st.value().forEachRow([&](const store::Statement& r) { *checksum += r.columnInt64(1); }); !s)
            return s;
    }
    return {};
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::int64_t count = 1'000'000, indicators = 1'000'000;
    int runs = 5;
    QString path;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--count"))
            count = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--indicators"))
            indicators = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    if (path.isEmpty())
        path = QStringLiteral("situation_bench_%1.sqlite").arg(count);
    {
        const bool exists = QFileInfo::exists(path);
        auto db = store::Database::open(path);
        if (!db) {
            std::printf("cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().message));
            return 1;
        }
        if (!exists) {
            QElapsedTimer t;
            t.start();
            if (auto s = generate(*db.value(), count, indicators); !s) {
                std::printf("generation failed: %s\n", qPrintable(s.error().message));
                return 1;
            }
            db.value()->checkpoint();
            std::printf("generated %lld alerts and %lld indicators in %.1f s (%.0f MB)\n", static_cast<long long>(count),
                        static_cast<long long>(indicators), ms(t) / 1000, static_cast<double>(QFileInfo(path).size()) / 1e6);
        }
    }
    core::releaseFreedMemory();
    auto db = store::Database::open(path);
    if (!db)
        return 1;
    // As a window job reads (ui/common/job_runner.h): a 32 MB page cache.
    (void)db.value()->exec("PRAGMA cache_size=-32768");
    // Sorts of the baseline's GROUP BYs to a temp file too (as the page's), so that the peak RSS
    // is not the baseline's heap.
    (void)db.value()->exec("PRAGMA temp_store=FILE");
    std::printf("situation bench: %s, %lld alerts, %lld stix objects, %d runs (median)\n", qPrintable(path),
                static_cast<long long>(db.value()->queryInt("SELECT sum(n) FROM alert_rollup").value()),
                static_cast<long long>(db.value()->queryInt("SELECT count(*) FROM stix_object").value()), runs);
    std::printf("%-10s %12s %12s %12s %14s %8s\n", "window", "compute ms", "render ms", "page ms", "GROUP BY ms", "ratio");

    ui::SituationCharts charts;
    charts.resize(1400, 700);
    ui::ThreatLevelBanner banner;
    ui::RankedList techniques(QStringLiteral("Alerts")), list2(QStringLiteral("Alerts")), list3(QStringLiteral("Alerts"));
    long pageRss = 0;
    struct Row {
        const char* key;
        double compute, render;
        store::TimeWindow bounded;
        std::int64_t bucket;
    };
    std::vector<Row> rows;
    // First every window's page, then the baselines: the peak RSS of the first pass is the page's.
    for (const char* key : {"24h", "7d", "30d", "all"}) {
        const auto window = analysis::parseSituationWindow(QString::fromLatin1(key), kNow).value();
        std::vector<double> compute, render;
        Row row{key, 0, 0, {}, kHour};
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            auto picture = analysis::computeSituation(*db.value(), window, kNow);
            if (!picture) {
                std::printf("compute failed: %s\n", qPrintable(picture.error().message));
                return 1;
            }
            compute.push_back(ms(t));
            t.restart();
            const auto& p = picture.value();
            banner.setAssessment(p.threat);
            charts.setPicture(p);
            std::vector<ui::RankedList::Entry> entries;
            for (const auto& i : p.topTechniques)
                entries.push_back({i.id, QString(), i.count, {}});
            techniques.setEntries(entries, QString());
            list2.setEntries(entries, QString());
            list3.setEntries(entries, QString());
            (void)charts.grab(); // lays out and paints every chart
            (void)banner.grab();
            (void)techniques.grab();
            render.push_back(ms(t));
            row.bounded = p.window.range;
            row.bucket = p.bucket;
        }
        row.compute = median(compute);
        row.render = median(render);
        rows.push_back(row);
    }
    pageRss = peakRssMb();
    for (const auto& row : rows) {
        std::vector<double> base;
        std::int64_t checksum = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            if (auto s = baseline(*db.value(), {row.bounded.from, row.bounded.to, false}, row.bucket, &checksum); !s) {
                std::printf("baseline failed: %s\n", qPrintable(s.error().message));
                return 1;
            }
            base.push_back(ms(t));
        }
        const double b = median(base);
        std::printf("%-10s %12.1f %12.1f %12.1f %14.1f %7.1fx\n", row.key, row.compute, row.render, row.compute + row.render, b,
                    b / row.compute);
    }
    std::printf("peak RSS: %ld MB while computing and rendering the page (before any baseline query), %ld MB in all\n", pageRss,
                peakRssMb());

    // Where the time of the 30-day window goes, part by part.
    {
        const auto window = analysis::parseSituationWindow(QStringLiteral("30d"), kNow).value().range;
        store::SituationQueries q(*db.value());
        auto part = [&](const char* name, const std::function<bool()>& run) {
            QElapsedTimer t;
            t.start();
            const bool ok = run();
            std::printf("  30d %-22s %8.1f ms%s\n", name, ms(t), ok ? "" : " (failed)");
        };
        part("alert counts", [&] { return q.alertCounts(window).ok(); });
        part("series", [&] { return q.alertSeries(window, 12 * kHour).ok(); });
        part("top indicators", [&] { return q.topIndicators(window, 10).ok(); });
        part("top techniques", [&] { return q.topTechniques(window, 10).ok(); });
        part("active threats", [&] { return q.activeThreats(window, 10).ok(); });
        part("partner reports", [&] { return q.partnerHighLevelReports(window).ok(); });
        part("attack matrix", [&] { return analysis::buildAttackMatrix(*db.value(), window).ok(); });
    }

    // A snapshot of the cache: time and bytes stored (ids and versions, compressed).
    QElapsedTimer t;
    t.start();
    auto objects = store::SnapshotRepository(*db.value()).currentObjects();
    if (!objects)
        return 1;
    const QByteArray blob = store::SnapshotRepository::encode(objects.value());
    std::printf("snapshot of %zu objects: %.1f MB stored (%.1f bytes per object), %.0f ms to read and encode\n",
                objects.value().size(), static_cast<double>(blob.size()) / 1e6,
                static_cast<double>(blob.size()) / static_cast<double>(std::max<std::size_t>(objects.value().size(), 1)), ms(t));
    std::printf("peak RSS after the snapshot: %ld MB\n", peakRssMb());
    return 0;
}

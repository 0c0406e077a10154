#include "models/analysis/situation.h"
#include "models/demo/demo_situation.h"
#include "models/store/integrity_check.h"
#include "models/store/snapshot_repository.h"
#include "models/store/threat_overrides.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace lagebild;

namespace {

constexpr std::int64_t kHour = store::SituationQueries::kHour;
constexpr std::int64_t kNow = 1'765'000'000'000'000LL;

QJsonObject figures(int level, std::int64_t total, std::int64_t matched, QStringList open, QJsonObject named = {}) {
    QJsonArray ids;
    for (const auto& id : open)
        ids.append(id);
    return QJsonObject{
        {QStringLiteral("threat_level"), QJsonObject{{QStringLiteral("level"), level}}},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("total"), static_cast<qint64>(total)},
                     {QStringLiteral("matched"), static_cast<qint64>(matched)},
                     {QStringLiteral("by_status"), QJsonObject{{QStringLiteral("new"), static_cast<qint64>(total)}}}}},
        {QStringLiteral("incidents_open_ids"), ids},
        {QStringLiteral("named"), named}};
}

} // namespace

TEST_CASE("windows: 24h, 7d, 30d and all end now, FROM..TO takes times or whole days, others are refused") {
    auto w = analysis::parseSituationWindow(QStringLiteral("24h"), kNow);
    REQUIRE(w);
    CHECK(w.value().range.to == kNow);
    CHECK(w.value().range.from == kNow - 24 * kHour);
    CHECK(analysis::parseSituationWindow(QStringLiteral("7d"), kNow).value().range.from == kNow - 7 * 24 * kHour);
    CHECK(analysis::parseSituationWindow(QStringLiteral("all"), kNow).value().range.all);
    auto days = analysis::parseSituationWindow(QStringLiteral("2026-12-01..2026-12-07"), kNow);
    REQUIRE(days);
    CHECK(days.value().range.from == 1'796'083'200'000'000LL);                // 2026-12-01T00:00Z
    CHECK(days.value().range.to == 1'796'083'200'000'000LL + 7 * 24 * kHour); // the end of the 7th
    auto times = analysis::parseSituationWindow(QStringLiteral("2026-12-01T10:00:00Z..2026-12-01T12:30:00Z"), kNow);
    REQUIRE(times);
    CHECK(times.value().range.to - times.value().range.from == 2 * kHour + kHour / 2);
    for (const char* bad : {"1w", "", "2026-12-07..2026-12-01", "x..y", "2026-12-01"})
        CHECK(analysis::parseSituationWindow(QString::fromLatin1(bad), kNow).error().code == core::ErrorCode::Usage);
}

TEST_CASE("a window has at most about 60 bars of whole hours") {
    CHECK(analysis::bucketFor(24 * kHour) == kHour);
    CHECK(analysis::bucketFor(7 * 24 * kHour) == 3 * kHour);
    CHECK(analysis::bucketFor(30 * 24 * kHour) == 12 * kHour);
    CHECK(analysis::bucketFor(365 * 24 * kHour) == 168 * kHour);
    for (std::int64_t span : {kHour, 50 * kHour, 1000 * kHour, 100000 * kHour}) {
        const std::int64_t b = analysis::bucketFor(span);
        CHECK(b % kHour == 0);
        CHECK(span / b <= 61);
    }
}

TEST_CASE("a snapshot diff counts added, removed and changed objects per type and the changes of the figures") {
    const std::vector<store::ObjectVersion> before = {
        {"campaign--1", 10}, {"indicator--1", 10}, {"indicator--2", 10}, {"malware--1", 5}};
    const std::vector<store::ObjectVersion> after = {{"campaign--1", 10}, {"campaign--2", 3},  {"indicator--1", 11},
                                                     {"indicator--3", 1}, {"indicator--4", 1}, {"malware--1", 5}};
    const auto d = analysis::diffSnapshots(
        before, figures(2, 100, 10, {QStringLiteral("INC-1"), QStringLiteral("INC-2")}), after,
        figures(3, 150, 30, {QStringLiteral("INC-2"), QStringLiteral("INC-3")},
                QJsonObject{{QStringLiteral("campaign"), QJsonObject{{QStringLiteral("campaign--2"), QStringLiteral("Op X")}}}}));
    REQUIRE(d.objects.count(QStringLiteral("indicator")) == 1);
    CHECK(d.objects.at(QStringLiteral("indicator")).added == 2);
    CHECK(d.objects.at(QStringLiteral("indicator")).removed == 1);
    CHECK(d.objects.at(QStringLiteral("indicator")).changed == 1);
    CHECK(d.objects.at(QStringLiteral("campaign")).added == 1);
    CHECK(d.objects.count(QStringLiteral("malware")) == 0);
    CHECK(d.levelBefore == 2);
    CHECK(d.levelAfter == 3);
    CHECK(d.alertsTotal.after - d.alertsTotal.before == 50);
    CHECK(d.alertsByStatus.at(QStringLiteral("new")).after == 150);
    CHECK(d.incidentsOpened == std::vector<QString>{QStringLiteral("INC-3")});
    CHECK(d.incidentsClosed == std::vector<QString>{QStringLiteral("INC-1")});

    QStringList sentences;
    for (const auto& m : analysis::keyDevelopments(d))
        sentences << m.text();
    CHECK(sentences.contains(QStringLiteral("The threat level changed from Yellow – increased watch to Orange – "
                                            "business-critical.")));
    CHECK(sentences.contains(QStringLiteral("1 new campaign: Op X")));
    CHECK(sentences.contains(QStringLiteral("1 incident opened: INC-3")));
    CHECK(sentences.contains(QStringLiteral("1 incident closed: INC-1")));
    CHECK(sentences.contains(QStringLiteral("Alerts matching intelligence: 30 (+20).")));

    const auto json = analysis::snapshotDiffJson(d);
    CHECK(json.value(QStringLiteral("objects"))
              .toObject()
              .value(QStringLiteral("indicator"))
              .toObject()
              .value(QStringLiteral("added")) == 2);
    CHECK(json.value(QStringLiteral("threat_level")).toObject().value(QStringLiteral("changed")).toBool());
}

TEST_CASE("the same snapshot twice is no change at all") {
    const std::vector<store::ObjectVersion> objects = {{"indicator--1", 10}, {"report--1", -1}};
    const auto f = figures(1, 5, 0, {});
    const auto d = analysis::diffSnapshots(objects, f, objects, f);
    CHECK(d.objects.empty());
    CHECK(analysis::keyDevelopments(d).empty());
}

TEST_CASE("the object list of a snapshot is stored compressed and read back exactly") {
    std::vector<store::ObjectVersion> objects;
    for (int i = 0; i < 5000; ++i)
        objects.push_back({"indicator--" + std::to_string(100000 + i), i % 3 == 0 ? -1 : 1'700'000'000'000'000LL + i});
    const QByteArray blob = store::SnapshotRepository::encode(objects);
    CHECK(store::SnapshotRepository::decode(blob) == objects);
    CHECK(blob.size() < static_cast<qsizetype>(objects.size() * 12));
}

TEST_CASE("on the demo: the picture's counts of 'all' equal the cache's, snapshots diff, overrides are audited") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("d.sqlite")));
    REQUIRE(db);
    demo::DemoOptions options;
    options.alerts = 3000;
    options.end = kNow;
    REQUIRE(demo::DemoSituation(*db.value()).load(options, core::CancelToken()).ok());

    auto all = analysis::computeSituation(*db.value(), analysis::parseSituationWindow(QStringLiteral("all"), kNow).value(), kNow);
    REQUIRE(all);
    CHECK(all.value().alerts.total == 3000);
    CHECK(all.value().alerts.total == db.value()->queryInt("SELECT count(*) FROM alert").value());
    CHECK(all.value().alerts.matched == db.value()->queryInt("SELECT count(*) FROM alert WHERE matches > 0").value());
    auto week = analysis::computeSituation(*db.value(), analysis::parseSituationWindow(QStringLiteral("7d"), kNow).value(), kNow);
    REQUIRE(week);
    CHECK(week.value().alerts.total ==
          db.value()
              ->queryInt("SELECT count(*) FROM alert WHERE time >= " + std::to_string(kNow - 7 * 24 * kHour) + " AND time < " +
                         std::to_string(kNow))
              .value());
    CHECK(week.value().matchedPrevious.has_value());
    // The demo has an open critical incident: orange by rule, with the rule's sentence.
    CHECK(week.value().threat.computed == analysis::ThreatLevel::Orange);
    CHECK_FALSE(week.value().topTechniques.empty());
    CHECK_FALSE(week.value().threats.empty());
    const QJsonObject json = analysis::situationJson(week.value());
    for (const char* key :
         {"window", "threat_level", "alerts", "top_techniques", "top_indicators", "campaigns", "warnings_open", "incidents_open"})
        CHECK(json.contains(QString::fromLatin1(key)));

    // Freeze, then change: a new campaign, a closed incident, an override.
    auto f1 = analysis::snapshotFigures(*db.value(), week.value());
    REQUIRE(f1);
    auto s1 = store::SnapshotRepository(*db.value())
                  .create(QJsonDocument(f1.value()).toJson(QJsonDocument::Compact), 3, QStringLiteral("morning"),
                          QStringLiteral("tester"), kNow);
    REQUIRE(s1);
    CHECK(s1.value().objectCount == db.value()->queryInt("SELECT count(*) FROM stix_object").value());
    REQUIRE(
        db.value()->exec("INSERT INTO stix_object (id, type, name, json, first_seen, last_seen, modified) VALUES "
                         "('campaign--00000000-0000-4000-8000-00000000abcd', 'campaign', 'Operation NEW MOON', '{}', 1, 1, 1)"));
    REQUIRE(db.value()->exec(
        "UPDATE incident SET status = 'closed' WHERE rid = (SELECT min(rid) FROM incident WHERE status <> 'closed')"));
    {
        store::Transaction tx(*db.value());
        REQUIRE(
            store::ThreatOverrides(*db.value()).set(4, QStringLiteral("Exercise"), kNow + kHour, QStringLiteral("tester"), kNow));
        REQUIRE(tx.commit());
    }
    auto diff = analysis::diffWithSnapshot(*db.value(), s1.value().rid, std::nullopt, kNow + 1);
    REQUIRE(diff);
    CHECK(diff.value().objects.at(QStringLiteral("campaign")).added == 1);
    CHECK(diff.value().levelAfter == 4);
    CHECK(diff.value().incidentsClosed.size() == 1);
    QStringList sentences;
    for (const auto& m : analysis::keyDevelopments(diff.value()))
        sentences << m.text();
    CHECK(sentences.contains(QStringLiteral("1 new campaign: Operation NEW MOON")));
    CHECK(db.value()
              ->queryInt("SELECT count(*) FROM audit_log WHERE action IN ('threat-level.override', 'snapshot.create')")
              .value() == 5); // the demo's three weekly pictures, this snapshot and the override
    // After its expiry the override is gone; cleared early it is gone too.
    CHECK_FALSE(store::ThreatOverrides(*db.value()).active(kNow + 2 * kHour).value());
    CHECK(store::ThreatOverrides(*db.value()).active(kNow + 1).value());
    REQUIRE(store::ThreatOverrides(*db.value()).clear(QStringLiteral("tester"), kNow + 2).value());
    CHECK_FALSE(store::ThreatOverrides(*db.value()).active(kNow + 3).value());
    // Refused: no reason, a past expiry, a level outside 1-4.
    store::ThreatOverrides overrides(*db.value());
    CHECK(overrides.set(3, QStringLiteral("  "), kNow + kHour, QStringLiteral("t"), kNow).error().code == core::ErrorCode::Usage);
    CHECK(overrides.set(3, QStringLiteral("x"), kNow - 1, QStringLiteral("t"), kNow).error().code == core::ErrorCode::Usage);
    CHECK(overrides.set(5, QStringLiteral("x"), kNow + 1, QStringLiteral("t"), kNow).error().code == core::ErrorCode::Usage);
}

#include "models/core/version.h"
#include "models/store/alert_detail_query.h"
#include "models/store/alert_repository.h"
#include "models/store/alert_table_queries.h"
#include "models/store/alert_workflow.h"
#include "models/store/database.h"
#include "models/store/migrations_gen.h"
#include "models/store/saved_views.h"
#include "tests/support/alert_fixture.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <random>
#include <tuple>

using namespace lagebild;
using store::AlertColumn;
using store::AlertTableRow;

namespace {

std::vector<AlertTableRow> allRows(store::Database& db) {
    store::AlertTableQueries q(db);
    auto rows = q.pageAfter({}, {AlertColumn::Time, false}, nullptr, 0, 1'000'000);
    REQUIRE(rows);
    return rows.value();
}

std::vector<std::int64_t> techniqueRids(store::Database& db, const char* technique) {
    std::vector<std::int64_t> out;
    auto st = db.prepare("SELECT alert_rid FROM alert_technique WHERE technique = ?1");
    REQUIRE(st);
    st.value().bind(1, std::string_view(technique));
    while (st.value().step().valueOr(false))
        out.push_back(st.value().columnInt64(0));
    std::sort(out.begin(), out.end());
    return out;
}

// The status facet's key of a row: its status, or "closed:" and the resolution.
QString statusKey(const AlertTableRow& r) {
    return r.status == QLatin1String("closed") ? QStringLiteral("closed:") + r.resolution : r.status;
}

bool statusMatches(const QStringList& keys, const AlertTableRow& r) {
    return keys.contains(r.status) || keys.contains(statusKey(r));
}

// The brute-force reference: filter in C++, sort by (key, time, rid).
std::vector<AlertTableRow> reference(std::vector<AlertTableRow> rows, const store::AlertTableFilter& f,
                                     const store::AlertSort& sort, const std::vector<std::int64_t>& techniqueHits) {
    std::erase_if(rows, [&](const AlertTableRow& r) {
        if (!f.statuses.isEmpty() && !statusMatches(f.statuses, r))
            return true;
        if (!f.severities.isEmpty() && !f.severities.contains(r.severity))
            return true;
        if (!f.sensors.isEmpty() && !f.sensors.contains(r.sensor))
            return true;
        if (!f.assignees.isEmpty() && !f.assignees.contains(r.assignee))
            return true;
        if (f.matchedOnly && r.matches == 0)
            return true;
        if (f.from && r.time < *f.from)
            return true;
        if (f.to && r.time >= *f.to)
            return true;
        if (!f.technique.isEmpty() && !std::binary_search(techniqueHits.begin(), techniqueHits.end(), r.rid))
            return true;
        if (!f.text.isEmpty() && !r.signature.contains(f.text, Qt::CaseInsensitive))
            return true;
        return false;
    });
    auto key = [&](const AlertTableRow& r) -> std::tuple<std::int64_t, QString> {
        switch (sort.column) {
        case AlertColumn::Time: return {0, {}};
        case AlertColumn::Priority: return {r.priority, {}};
        case AlertColumn::Severity: return {r.severity, {}};
        case AlertColumn::Matched: return {r.matches, {}};
        case AlertColumn::Status: return {0, r.status};
        case AlertColumn::Sensor: return {0, r.sensor};
        case AlertColumn::Signature: return {0, r.signature};
        case AlertColumn::Source: return {0, r.src};
        case AlertColumn::Destination: return {0, r.dst};
        case AlertColumn::Assignee: return {0, r.assignee};
        }
        return {0, {}};
    };
    // SQLite compares TEXT with memcmp on UTF-8 (BINARY collation); the test data is ASCII, where
    // QString's default comparison agrees.
    std::sort(rows.begin(), rows.end(), [&](const AlertTableRow& a, const AlertTableRow& b) {
        const auto ka = std::tuple_cat(key(a), std::make_tuple(a.time, a.rid));
        const auto kb = std::tuple_cat(key(b), std::make_tuple(b.time, b.rid));
        return sort.descending ? kb < ka : ka < kb;
    });
    return rows;
}

std::vector<std::int64_t> rids(const std::vector<AlertTableRow>& rows) {
    std::vector<std::int64_t> out;
    for (const auto& r : rows)
        out.push_back(r.rid);
    return out;
}

std::vector<store::AlertTableFilter> sampleFilters() {
    std::vector<store::AlertTableFilter> out(1);
    store::AlertTableFilter f;
    f.statuses = {QStringLiteral("new"), QStringLiteral("escalated")};
    out.push_back(f);
    f.statuses = {QStringLiteral("escalated"), QStringLiteral("closed:false-positive"), QStringLiteral("closed:")};
    out.push_back(f);
    f.statuses = {QStringLiteral("closed:true-positive")};
    f.text = QStringLiteral("emotet");
    out.push_back(f);
    f = {};
    f.statuses = {QStringLiteral("closed")};
    out.push_back(f);
    f = {};
    f.severities = {1, 2};
    f.matchedOnly = true;
    out.push_back(f);
    f = {};
    f.assignees = {QString()};
    f.sensors = {QStringLiteral("zeek-core")};
    out.push_back(f);
    f = {};
    f.from = std::int64_t{1'700'000'000'000'000} + 10 * 1'000'000;
    f.to = std::int64_t{1'700'000'000'000'000} + 30 * 1'000'000;
    out.push_back(f);
    f = {};
    f.technique = QStringLiteral("T1059");
    out.push_back(f);
    f = {};
    f.text = QStringLiteral("emotet");
    out.push_back(f);
    return out;
}

} // namespace

TEST_CASE("keyset pages in every sort order and filter equal a brute-force reference, forward and backward") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    test::fillAlerts(*db.value(), 2000, 42);
    const auto all = allRows(*db.value());
    REQUIRE(all.size() == 2000);
    const auto t1059 = techniqueRids(*db.value(), "T1059");
    store::AlertTableQueries q(*db.value());
    for (const auto& filter : sampleFilters()) {
        // Free text runs under both plans: the hits driving, and the sort index walked.
        for (const std::int64_t driveLimit : {store::AlertTableQueries::kDriveLimit, std::int64_t{0}}) {
            if (driveLimit == 0 && filter.text.isEmpty())
                continue;
            q.setDriveLimit(driveLimit);
            for (int c = 0; c < store::kAlertColumnCount; ++c) {
                for (bool desc : {false, true}) {
                    const store::AlertSort sort{static_cast<AlertColumn>(c), desc};
                    CAPTURE(c);
                    CAPTURE(desc);
                    CAPTURE(driveLimit);
                    CAPTURE(filter.toJson());
                    const auto ref = rids(reference(all, filter, sort, t1059));
                    auto count = q.count(filter);
                    REQUIRE(count);
                    CHECK(count.value() == static_cast<std::int64_t>(ref.size()));
                    // Forward, page by page from the last key.
                    std::vector<AlertTableRow> walked;
                    for (;;) {
                        auto page = q.pageAfter(filter, sort, walked.empty() ? nullptr : &walked.back(), 0, 191);
                        REQUIRE(page);
                        walked.insert(walked.end(), page.value().begin(), page.value().end());
                        if (page.value().size() < 191)
                            break;
                    }
                    CHECK(rids(walked) == ref);
                    // Backward from the end.
                    std::vector<AlertTableRow> back;
                    for (;;) {
                        auto page = q.pageBefore(filter, sort, back.empty() ? nullptr : &back.front(), 0, 173);
                        REQUIRE(page);
                        back.insert(back.begin(), page.value().begin(), page.value().end());
                        if (page.value().size() < 173)
                            break;
                    }
                    CHECK(rids(back) == ref);
                    // A hop: skip rows after an anchor, and before one.
                    if (walked.size() > 60) {
                        auto hop = q.pageAfter(filter, sort, &walked[10], 20, 5);
                        REQUIRE(hop);
                        CHECK(rids(hop.value()) == std::vector<std::int64_t>(ref.begin() + 31, ref.begin() + 36));
                        auto hopBack = q.pageBefore(filter, sort, &walked[50], 7, 5);
                        REQUIRE(hopBack);
                        CHECK(rids(hopBack.value()) == std::vector<std::int64_t>(ref.begin() + 38, ref.begin() + 43));
                    }
                }
            }
        }
    }
}

TEST_CASE("free text in time order through the zone map equals the brute-force reference on nearly ordered data") {
    // Alerts arriving in time order with jitter (times cross between neighbouring rids), the
    // text in most of them: several hit batches, and the zone map's bound stops early.
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    REQUIRE(db.value()->exec("BEGIN"));
    auto st = db.value()->prepare(
        "INSERT INTO alert (dedup_key, time, sensor, signature, status, raw) VALUES (?1, ?2, ?3, ?4, ?5, '{}')");
    auto fts = db.value()->prepare("INSERT INTO alert_fts (rowid, signature, category, observables) VALUES (?1, ?2, '', '')");
    REQUIRE(st);
    REQUIRE(fts);
    std::mt19937 rng(11);
    for (int i = 0; i < 9000; ++i) {
        const std::string sig = rng() % 10 < 7 ? "ET TROJAN Emotet beacon" : "ET SCAN probe";
        st.value()
            .bind(1, "z" + std::to_string(i))
            .bind(2, std::int64_t{1'700'000'000'000'000} + static_cast<std::int64_t>(i + rng() % 40) * 1'000'000);
        st.value().bind(3, std::string_view(rng() % 2 ? "zeek-core" : "sigma-dc")).bind(4, sig);
        st.value().bind(5, std::string_view(rng() % 3 ? "new" : "closed"));
        REQUIRE(st.value().run());
        fts.value().bind(1, db.value()->lastInsertRowId()).bind(2, sig);
        REQUIRE(fts.value().run());
    }
    REQUIRE(db.value()->exec("COMMIT"));
    const auto all = allRows(*db.value());
    store::AlertTableQueries q(*db.value());
    std::vector<store::AlertTableFilter> filters(2);
    filters[0].text = QStringLiteral("emotet");
    filters[1].text = QStringLiteral("beacon");
    filters[1].statuses = {QStringLiteral("closed")};
    // First with every alert above the zone map's mark (read to bound them), then recorded.
    for (const bool recorded : {false, true}) {
        if (recorded)
            REQUIRE(store::recordAlertZones(*db.value()));
        CAPTURE(recorded);
        for (const auto& filter : filters) {
            for (bool desc : {true, false}) {
                const store::AlertSort sort{AlertColumn::Time, desc};
                CAPTURE(desc);
                CAPTURE(filter.toJson());
                const auto ref = rids(reference(all, filter, sort, {}));
                REQUIRE(ref.size() > 2000);
                auto first = q.pageAfter(filter, sort, nullptr, 0, 256);
                REQUIRE(first);
                CHECK(rids(first.value()) == std::vector<std::int64_t>(ref.begin(), ref.begin() + 256));
                auto hop = q.pageAfter(filter, sort, &first.value()[100], 1000, 300);
                REQUIRE(hop);
                CHECK(rids(hop.value()) == std::vector<std::int64_t>(ref.begin() + 1101, ref.begin() + 1401));
                auto last = q.pageBefore(filter, sort, nullptr, 0, 256);
                REQUIRE(last);
                CHECK(rids(last.value()) == std::vector<std::int64_t>(ref.end() - 256, ref.end()));
                auto beforeLast = q.pageBefore(filter, sort, &last.value().front(), 3, 200);
                REQUIRE(beforeLast);
                CHECK(rids(beforeLast.value()) == std::vector<std::int64_t>(ref.end() - 459, ref.end() - 259));
            }
        }
    }
    CHECK(db.value()->queryInt("SELECT count(*) FROM alert_zone").value() == 3); // 9000 rids, blocks of 4096
}

TEST_CASE("every sort column is served by an index, without a temporary sort") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    test::fillAlerts(*db.value(), 200, 1);
    store::AlertTableQueries q(*db.value());
    for (int c = 0; c < store::kAlertColumnCount; ++c) {
        for (bool desc : {false, true}) {
            auto plan = q.explainPage({}, {static_cast<AlertColumn>(c), desc});
            REQUIRE(plan);
            CAPTURE(plan.value().toStdString());
            CHECK(plan.value().contains(QStringLiteral("USING INDEX")));
            CHECK_FALSE(plan.value().contains(QStringLiteral("TEMP B-TREE")));
        }
    }
    // Free text: few hits are looked up by rid and sorted; many are tested on a walk of the
    // sort index, which must not sort.
    store::AlertTableFilter text;
    text.text = QStringLiteral("emotet");
    REQUIRE(q.textHits(text.text, 0).value() > 0);
    const auto drive = q.explainPage(text, {AlertColumn::Signature, false});
    REQUIRE(drive);
    CAPTURE(drive.value().toStdString());
    CHECK(drive.value().contains(QStringLiteral("INTEGER PRIMARY KEY")));
    q.setDriveLimit(0);
    const auto walk = q.explainPage(text, {AlertColumn::Signature, false});
    REQUIRE(walk);
    CAPTURE(walk.value().toStdString());
    CHECK(walk.value().contains(QStringLiteral("alert_signature_time")));
    CHECK_FALSE(walk.value().contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("facet counts match a brute-force count under the other facets' filters") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    test::fillAlerts(*db.value(), 1500, 7);
    const auto all = allRows(*db.value());
    store::AlertTableFilter f;
    f.statuses = {QStringLiteral("new")};
    f.sensors = {QStringLiteral("zeek-core"), QStringLiteral("sigma-dc")};
    auto facets = store::AlertTableQueries(*db.value()).facets(f);
    REQUIRE(facets);
    std::map<QString, std::int64_t> status, sensor;
    for (const auto& r : all) {
        if (f.sensors.contains(r.sensor))
            ++status[statusKey(r)];
        if (r.status == QLatin1String("new"))
            ++sensor[r.sensor];
    }
    REQUIRE(facets.value().status.size() == status.size());
    for (const auto& fc : facets.value().status)
        CHECK(fc.count == status[fc.value]);
    REQUIRE(facets.value().sensor.size() == sensor.size());
    for (const auto& fc : facets.value().sensor)
        CHECK(fc.count == sensor[fc.value]);
    std::int64_t sum = 0;
    for (const auto& fc : facets.value().severity)
        sum += fc.count;
    CHECK(sum == store::AlertTableQueries(*db.value()).count(f).value());

    // Under free text the facets without a filter of their own share one pass over the hits.
    store::AlertTableFilter text;
    text.text = QStringLiteral("emotet");
    text.statuses = {QStringLiteral("new")};
    auto shared = store::AlertTableQueries(*db.value()).facets(text);
    REQUIRE(shared);
    std::map<QString, std::int64_t> byStatus, bySeverity, bySensor, byAssignee;
    for (const auto& r : all) {
        if (!r.signature.contains(text.text, Qt::CaseInsensitive))
            continue;
        ++byStatus[statusKey(r)];
        if (r.status != QLatin1String("new"))
            continue;
        ++bySeverity[QString::number(r.severity)];
        ++bySensor[r.sensor];
        ++byAssignee[r.assignee];
    }
    auto same = [](const std::vector<store::FacetCount>& got, std::map<QString, std::int64_t> want) {
        REQUIRE(got.size() == want.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            CHECK(got[i].count == want[got[i].value]);
            if (i > 0)
                CHECK(got[i - 1].count >= got[i].count);
        }
    };
    REQUIRE_FALSE(bySensor.empty());
    same(shared.value().status, byStatus);
    same(shared.value().severity, bySeverity);
    same(shared.value().sensor, bySensor);
    same(shared.value().assignee, byAssignee);
}

TEST_CASE("a filter survives its JSON form and the free text cannot inject FTS5 syntax") {
    store::AlertTableFilter f;
    f.statuses = {QStringLiteral("new")};
    f.severities = {1, 3};
    f.assignees = {QString(), QStringLiteral("bob")};
    f.matchedOnly = true;
    f.from = 1'700'000'000'000'123;
    f.incidentRid = 4;
    f.technique = QStringLiteral("T1059");
    f.text = QStringLiteral("emotet \"beacon");
    CHECK(store::AlertTableFilter::fromJson(QByteArray::fromStdString(f.toJson())) == f);
    CHECK(store::AlertTableQueries::ftsQuery(QStringLiteral("a\" OR b* NEAR(")) == R"("a""" "OR" "b"* "NEAR(")");
    CHECK(store::AlertTableQueries::ftsQuery(QStringLiteral("emot** * \"*")) == R"("emot"* "*" """"*)");
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    store::AlertTableFilter hostile;
    hostile.text = QStringLiteral("\") OR 1=1 --");
    CHECK(store::AlertTableQueries(*db.value()).count(hostile));
}

TEST_CASE("a bulk change of everything matching a filter is audited once, undone and redone exactly") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    test::fillAlerts(*db.value(), 6000, 3);
    const auto before = allRows(*db.value());
    store::AlertTableFilter f;
    f.statuses = {QStringLiteral("new")}; // the change moves alerts out of the filter
    const auto matching = reference(before, f, {}, {});
    REQUIRE(matching.size() > store::AlertWorkflow::kPerRowAuditLimit);
    store::AlertWorkflow wf(*db.value(), QStringLiteral("alice"));
    store::AlertChange change;
    change.status = QStringLiteral("closed");
    change.resolution = QStringLiteral("benign");
    int reports = 0;
    core::ProgressReporter progress([&reports](const core::ProgressUpdate&) { ++reports; }, std::chrono::milliseconds(0));
    auto done = wf.applyToFilter(change, f, 99, {}, &progress);
    REQUIRE(done);
    CHECK(done.value().count == static_cast<std::int64_t>(matching.size()));
    CHECK(reports > 0);
    store::AlertTableQueries q(*db.value());
    CHECK(q.count(f).value() == 0);
    store::AlertTableFilter closedBenign;
    closedBenign.statuses = {QStringLiteral("closed:benign")};
    const auto benignBefore = reference(before, closedBenign, {}, {});
    CHECK(q.count(closedBenign).value() == static_cast<std::int64_t>(benignBefore.size() + matching.size()));
    CHECK(db.value()
              ->queryInt("SELECT count(*) FROM audit_log WHERE action = 'alert.bulk-update' AND actor = 'alice' "
                         "AND detail LIKE '%\"count\":" +
                         std::to_string(matching.size()) + "%'")
              .value() == 1);

    REQUIRE(wf.undo(done.value().changeRid, 100));
    const auto restored = allRows(*db.value());
    REQUIRE(restored.size() == before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        CHECK(restored[i].status == before[i].status);
        CHECK(restored[i].resolution == before[i].resolution);
    }
    CHECK_FALSE(wf.undo(done.value().changeRid, 101)); // already undone
    REQUIRE(wf.redo(done.value().changeRid, 102));
    CHECK(q.count(f).value() == 0);
    CHECK(q.count(closedBenign).value() == static_cast<std::int64_t>(benignBefore.size() + matching.size()));
}

TEST_CASE("a bulk change over free text and a technique changes exactly the matching alerts") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    test::fillAlerts(*db.value(), 3000, 8);
    const auto before = allRows(*db.value());
    const auto t1059 = techniqueRids(*db.value(), "T1059");
    for (const bool withTechnique : {false, true}) {
        store::AlertTableFilter f;
        f.text = QStringLiteral("emotet");
        if (withTechnique)
            f.technique = QStringLiteral("T1059");
        const auto matching = rids(reference(before, f, {AlertColumn::Time, false}, t1059));
        REQUIRE_FALSE(matching.empty());
        store::AlertWorkflow wf(*db.value(), QStringLiteral("bob"));
        store::AlertChange change;
        change.assignee = withTechnique ? QStringLiteral("carol") : QStringLiteral("dave");
        auto done = wf.applyToFilter(change, f, 50, {}, nullptr);
        REQUIRE(done);
        CHECK(done.value().count == static_cast<std::int64_t>(matching.size()));
        store::AlertTableFilter assigned;
        assigned.assignees = {change.assignee.value()};
        CHECK(rids(store::AlertTableQueries(*db.value())
                       .pageAfter(assigned, {AlertColumn::Time, false}, nullptr, 0, 100000)
                       .value()) == matching);
    }
}

TEST_CASE("a cancelled bulk change leaves every alert as it was") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    test::fillAlerts(*db.value(), 500, 5);
    store::AlertWorkflow wf(*db.value(), QStringLiteral("alice"));
    core::CancelToken cancel;
    cancel.cancel();
    store::AlertChange change;
    change.assignee = QStringLiteral("carol");
    auto done = wf.applyToFilter(change, {}, 1, cancel);
    REQUIRE_FALSE(done);
    CHECK(done.error().isCancelled());
    store::AlertTableFilter carol;
    carol.assignees = {QStringLiteral("carol")};
    CHECK(store::AlertTableQueries(*db.value()).count(carol).value() == 0);
    CHECK(db.value()->queryInt("SELECT count(*) FROM alert_change").value() == 0);
}

TEST_CASE("a change on a small selection is audited per alert with before and after, and notes are kept") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    test::fillAlerts(*db.value(), 20, 9);
    store::AlertWorkflow wf(*db.value(), QStringLiteral("bob"));
    store::AlertChange change;
    change.status = QStringLiteral("in-progress");
    change.assignee = QStringLiteral("bob");
    change.priority = 42;
    const std::int64_t sel[] = {3, 5, 999}; // 999 does not exist
    auto done = wf.apply(change, sel, 7);
    REQUIRE(done);
    CHECK(done.value().count == 2);
    store::AlertTableQueries q(*db.value());
    const auto r3 = q.row(3).value();
    CHECK(r3.status == QStringLiteral("in-progress"));
    CHECK(r3.assignee == QStringLiteral("bob"));
    CHECK(r3.priority == 42);
    CHECK(r3.resolution.isEmpty());
    CHECK(db.value()
              ->queryInt("SELECT count(*) FROM audit_log WHERE action = 'alert.update' AND detail LIKE "
                         "'%\"target\":\"alert:3\"%\"before\":{\"status\"%\"after\":{\"status\":\"in-progress\"%'")
              .value() == 1);
    REQUIRE(wf.addNote(sel, QStringLiteral("looked at <b>this</b>"), 8));
    auto notes = wf.notes(5);
    REQUIRE(notes);
    REQUIRE(notes.value().size() == 1);
    CHECK(notes.value()[0].text == QStringLiteral("looked at <b>this</b>"));
    CHECK(notes.value()[0].author == QStringLiteral("bob"));
    CHECK(db.value()->queryInt("SELECT count(*) FROM alert_note").value() == 2);
}

TEST_CASE("migration 4 upgrades a schema-1 database with alerts and keeps every row and link") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK);
        const std::string setup = std::string(store::kMigrations[0].sql) +
                                  "; PRAGMA application_id=" + std::to_string(core::kApplicationId) +
                                  "; PRAGMA user_version=1;"
                                  "INSERT INTO alert (dedup_key, time, sensor, signature, status, raw) VALUES "
                                  "('a', 1, 's', 'x', 'false-positive', '{}'), ('b', 2, 's', 'y', 'escalated', '{}');"
                                  "INSERT INTO alert_observable (alert_rid, type, value) VALUES (1, 'ipv4-addr', '10.0.0.1');"
                                  "INSERT INTO alert_technique VALUES (2, 'T1059');";
        CHECK(store::kMigrations[0].version == 1);
        REQUIRE(sqlite3_exec(raw, setup.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    auto db = store::Database::open(path);
    REQUIRE(db);
    CHECK(db.value()->schemaVersion() == store::Database::latestSchemaVersion());
    store::AlertTableQueries q(*db.value());
    const auto fp = q.row(1).value();
    CHECK(fp.status == QStringLiteral("closed")); // migration 10
    CHECK(fp.resolution == QStringLiteral("false-positive"));
    CHECK(fp.assignee.isEmpty());
    CHECK(q.row(2).value().resolution.isEmpty());
    CHECK(db.value()->queryInt("SELECT count(*) FROM alert_observable").value() == 1);
    CHECK(db.value()->queryInt("SELECT count(*) FROM alert_technique").value() == 1);
    // The CHECK of schema 1 stays (no table rebuild); resolutions are checked.
    CHECK(db.value()->exec("UPDATE alert SET status = 'false-positive' WHERE rid = 2"));
    CHECK_FALSE(db.value()->exec("UPDATE alert SET resolution = 'maybe' WHERE rid = 2"));
    CHECK(db.value()->queryInt("SELECT count(*) FROM saved_view").value() == 0);
}

TEST_CASE("migration 10 brings schema 1's false-positive status into the one status model, undo images too") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v9.sqlite"));
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        test::fillAlerts(*db.value(), 300, 3);
        // As the demo and older versions wrote it: status 'false-positive'; and a stray resolution.
        // Back to schema 9: undo migration 10's index and what later migrations added.
        REQUIRE(db.value()->exec("DROP TRIGGER alert_rollup_delete; DROP TRIGGER alert_rollup_update;"
                                 "DROP TRIGGER alert_rollup_lists_delete; DROP TRIGGER alert_rollup_lists_move;"
                                 "DROP TRIGGER alert_match_rollup_insert; DROP TRIGGER alert_match_rollup_delete;"
                                 "DROP TABLE alert_technique_rollup; DROP TABLE alert_match_rollup;"
                                 "DROP TABLE alert_rollup; DROP TABLE alert_rollup_mark;"
                                 "DROP TABLE threat_level_override; DROP TABLE snapshot;"
                                 "DROP INDEX alert_status_resolution;"
                                 "ALTER TABLE feed_run DROP COLUMN error_message;"
                                 "UPDATE alert SET status = 'false-positive', resolution = '' WHERE rid % 10 = 0;"
                                 "UPDATE alert SET resolution = 'benign' WHERE rid = 7;"
                                 "UPDATE alert SET status = 'new' WHERE rid = 7;"
                                 "INSERT INTO alert_change (time, actor, change, target) VALUES (1, 'a', '{}', '{}');"
                                 "INSERT INTO alert_change_row VALUES (1, 10, 'false-positive', '', '', 0);"
                                 "PRAGMA user_version = 9;"));
    }
    auto db = store::Database::open(path);
    REQUIRE(db);
    const auto q = [&db](const std::string& sql) { return db.value()->queryInt(sql).value(); };
    CHECK(q("SELECT count(*) FROM alert WHERE status = 'false-positive'") == 0);
    CHECK(q("SELECT count(*) FROM alert WHERE rid % 10 = 0 AND NOT (status = 'closed' AND resolution = "
            "'false-positive')") == 0);
    CHECK(q("SELECT count(*) FROM alert WHERE status <> 'closed' AND resolution <> ''") == 0);
    CHECK(q("SELECT count(*) FROM alert_change_row WHERE status = 'closed' AND resolution = 'false-positive'") == 1);
    CHECK(q("SELECT count(*) FROM alert") == 300);

    // The F key's change and the migrated rows are one facet value; each resolution has its own.
    store::AlertWorkflow workflow(*db.value(), QStringLiteral("analyst"));
    store::AlertChange f;
    f.status = QStringLiteral("closed");
    f.resolution = QStringLiteral("false-positive");
    const std::int64_t newRid = q("SELECT min(rid) FROM alert WHERE status = 'new'");
    REQUIRE(workflow.apply(f, std::vector<std::int64_t>{newRid}, 2));
    // A legacy change (a redo record, a script) lands in the model too.
    store::AlertChange legacy;
    legacy.status = QStringLiteral("false-positive");
    const std::int64_t escalatedRid = q("SELECT min(rid) FROM alert WHERE status = 'escalated'");
    REQUIRE(workflow.apply(legacy, std::vector<std::int64_t>{escalatedRid}, 3));
    const std::int64_t falsePositives = q("SELECT count(*) FROM alert WHERE status = 'closed' AND resolution = "
                                          "'false-positive'");
    CHECK(falsePositives == q("SELECT count(*) FROM alert WHERE rid % 10 = 0 OR resolution = 'false-positive'"));
    auto facets = store::AlertTableQueries(*db.value()).facets({});
    REQUIRE(facets);
    std::map<QString, std::int64_t> byKey;
    for (const auto& fc : facets.value().status)
        byKey[fc.value] = fc.count;
    CHECK(byKey[QStringLiteral("closed:false-positive")] == falsePositives);
    CHECK(byKey.count(QStringLiteral("false-positive")) == 0);
    for (const char* resolution : {"true-positive", "benign", ""}) {
        CAPTURE(resolution);
        const std::int64_t n =
            q(std::string("SELECT count(*) FROM alert WHERE status = 'closed' AND resolution = '") + resolution + "'");
        CHECK(n > 0);
        CHECK(byKey[QStringLiteral("closed:") + QLatin1String(resolution)] == n);
        store::AlertTableFilter only;
        only.statuses = {QStringLiteral("closed:") + QLatin1String(resolution)};
        CHECK(store::AlertTableQueries(*db.value()).count(only).value() == n);
    }
    store::AlertTableFilter closed;
    closed.statuses = {QStringLiteral("closed")};
    CHECK(store::AlertTableQueries(*db.value()).count(closed).value() == q("SELECT count(*) FROM alert WHERE status = 'closed'"));
}

TEST_CASE("an intel filter finds the alerts matched by the indicators an actor links to within two relationships") {
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(opened);
    store::Database& db = *opened.value();
    test::fillAlerts(db, 600, 21);
    // APT-X <-attributed-to- campaign <-indicates- indicator 1 (two hops); indicator 2 indicates
    // APT-X (one hop); indicator 3 belongs to another actor.
    REQUIRE(db.exec("INSERT INTO stix_object (id, type, name, json, first_seen, last_seen) VALUES "
                    "('threat-actor--x', 'threat-actor', 'APT-X', '{}', 0, 0), ('campaign--x', 'campaign', 'Wave', '{}', 0, 0),"
                    "('indicator--1', 'indicator', 'i1', '{}', 0, 0), ('indicator--2', 'indicator', 'i2', '{}', 0, 0),"
                    "('indicator--3', 'indicator', 'i3', '{}', 0, 0), ('threat-actor--y', 'threat-actor', 'APT-Y', '{}', 0, 0);"
                    "INSERT INTO stix_edge (object_rid, kind, source_ref, target_ref) VALUES "
                    "(2, 'attributed-to', 'campaign--x', 'threat-actor--x'), (3, 'indicates', 'indicator--1', 'campaign--x'),"
                    "(4, 'indicates', 'indicator--2', 'threat-actor--x'), (5, 'indicates', 'indicator--3', 'threat-actor--y');"
                    "INSERT INTO alert_match (alert_rid, object_rid, observable_type, value) SELECT rid, 3, 'ipv4-addr', src "
                    "FROM alert WHERE rid % 7 = 0;"
                    "INSERT INTO alert_match (alert_rid, object_rid, observable_type, value) SELECT rid, 4, 'ipv4-addr', dst "
                    "FROM alert WHERE rid % 11 = 0;"
                    "INSERT INTO alert_match (alert_rid, object_rid, observable_type, value) SELECT rid, 5, 'ipv4-addr', dst "
                    "FROM alert WHERE rid % 13 = 0;"));
    const auto q = [&db](const std::string& sql) { return db.queryInt(sql).value(); };
    store::AlertTableQueries queries(db);
    store::AlertTableFilter f;
    f.intel = QStringLiteral("threat-actor--x");
    const std::int64_t expected = q("SELECT count(*) FROM alert WHERE rid % 7 = 0 OR rid % 11 = 0");
    CHECK(queries.count(f).value() == expected);
    auto rows = queries.pageAfter(f, {}, nullptr, 0, 100000).value();
    CHECK(static_cast<std::int64_t>(rows.size()) == expected);
    for (const auto& r : rows)
        CHECK((r.rid % 7 == 0 || r.rid % 11 == 0));
    // With other filters, in every plan, and in a bulk change (rid ranges).
    f.statuses = {QStringLiteral("new")};
    CHECK(queries.count(f).value() == q("SELECT count(*) FROM alert WHERE (rid % 7 = 0 OR rid % 11 = 0) AND status = 'new'"));
    store::AlertWorkflow wf(db, QStringLiteral("t"));
    store::AlertChange change;
    change.assignee = QStringLiteral("hunt");
    auto done = wf.applyToFilter(change, f, 5, {}, nullptr);
    REQUIRE(done);
    CHECK(done.value().count == q("SELECT count(*) FROM alert WHERE (rid % 7 = 0 OR rid % 11 = 0) AND status = 'new'"));
    CHECK(q("SELECT count(*) FROM alert WHERE assignee = 'hunt'") == done.value().count);
    f.statuses.clear();
    f.intel = QStringLiteral("threat-actor--y");
    CHECK(queries.count(f).value() == q("SELECT count(*) FROM alert WHERE rid % 13 = 0"));
    f.intel = QStringLiteral("threat-actor--none");
    CHECK(queries.count(f).value() == 0);
    // Saved views keep it.
    store::AlertTableFilter back = store::AlertTableFilter::fromJson(QByteArray::fromStdString(f.toJson()));
    CHECK(back.intel == f.intel);
}

TEST_CASE("the alert detail lists every field, the raw record indented, intel via relationships and related alerts") {
    test::TempDir dir;
    auto opened = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(opened);
    store::Database& db = *opened.value();
    REQUIRE(
        db.exec("INSERT INTO source (kind, name) VALUES ('feed', 'CERT partner');"
                "INSERT INTO stix_object (id, type, name, tlp, confidence, json, source_rid, first_seen, last_seen) VALUES "
                "('indicator--1', 'indicator', 'C2 address', 'amber', 80, '{}', 1, 0, 0),"
                "('malware--1', 'malware', 'Emotet', '', NULL, '{}', 1, 0, 0),"
                "('campaign--1', 'campaign', 'Spring wave', '', NULL, '{}', 1, 0, 0),"
                "('attack-pattern--1', 'attack-pattern', 'Command and Scripting Interpreter', '', NULL, '{}', 1, 0, 0),"
                "('report--1', 'report', 'Partner warning 7', '', NULL, '{}', 1, 0, 0);"
                "INSERT INTO stix_edge (object_rid, kind, source_ref, target_ref) VALUES "
                "(1, 'indicates', 'indicator--1', 'malware--1'), (1, 'uses', 'campaign--1', 'malware--1'),"
                "(1, 'uses', 'malware--1', 'attack-pattern--1'), (5, 'refers-to', 'report--1', 'indicator--1');"
                "INSERT INTO alert (dedup_key, time, sensor, signature, src, dst, matches, raw) VALUES "
                "('a', 1, 'suricata', 'ET TROJAN x', '10.0.0.1', '203.0.113.9', 1, '{\"alert\":{\"signature\":\"<b>x</b>\"}}'),"
                "('b', 2, 'suricata', 'ET TROJAN x', '10.0.0.2', '203.0.113.9', 0, '{}'),"
                "('c', 3, 'zeek', 'other', '10.0.0.1', '198.51.100.1', 0, 'not json');"
                "INSERT INTO alert_match VALUES (1, 1, 'ipv4-addr', '203.0.113.9');"
                "INSERT INTO alert_technique VALUES (1, 'T1059');"));
    auto d = store::AlertDetailQuery(db).load(1);
    REQUIRE(d);
    CHECK(d.value().fields.size() >= 20);
    CHECK(d.value().rawPretty.contains(QStringLiteral("\n    \"alert\"")));
    CHECK(d.value().techniques == std::vector<QString>{QStringLiteral("T1059")});
    REQUIRE(d.value().intel.size() == 1);
    const auto& m = d.value().intel[0];
    CHECK(m.tlp == QStringLiteral("amber"));
    CHECK(m.confidence == 80);
    CHECK(m.source == QStringLiteral("CERT partner"));
    QStringList linked;
    for (const auto& l : m.linked)
        linked << l.type + QLatin1Char(':') + l.name;
    linked.sort();
    CHECK(linked == QStringList{QStringLiteral("attack-pattern:Command and Scripting Interpreter"),
                                QStringLiteral("campaign:Spring wave"), QStringLiteral("malware:Emotet"),
                                QStringLiteral("report:Partner warning 7")});
    std::map<QString, std::int64_t> related;
    for (const auto& r : d.value().related)
        related[r.what] = r.count;
    CHECK(related[QStringLiteral("src")] == 1);
    CHECK(related[QStringLiteral("dst")] == 1);
    CHECK(related[QStringLiteral("signature")] == 1);
    auto plain = store::AlertDetailQuery(db).load(3);
    REQUIRE(plain);
    CHECK(plain.value().rawPretty == QStringLiteral("not json"));
    CHECK_FALSE(store::AlertDetailQuery(db).load(99));
}

TEST_CASE("saved views are listed by name and replaced when saved again") {
    test::TempDir dir;
    auto db = store::Database::open(dir.path(QStringLiteral("t.sqlite")));
    REQUIRE(db);
    store::SavedViews views(*db.value());
    REQUIRE(views.save({QStringLiteral("my queue"), QByteArray(R"({"filter":{"assignee":["alice"]}})")}, 1));
    REQUIRE(views.save({QStringLiteral("escalated"), QByteArray(R"({"filter":{"status":["escalated"]}})")}, 2));
    REQUIRE(views.save({QStringLiteral("my queue"), QByteArray(R"({"filter":{"assignee":["bob"]}})")}, 3));
    auto list = views.list();
    REQUIRE(list);
    REQUIRE(list.value().size() == 2);
    CHECK(list.value()[0].name == QStringLiteral("escalated"));
    CHECK(list.value()[1].spec.contains("bob"));
    REQUIRE(views.remove(QStringLiteral("escalated")));
    CHECK(views.list().value().size() == 1);
}

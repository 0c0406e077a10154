#include "models/items/alert_table_model.h"
#include "models/store/alert_workflow.h"
#include "tests/support/alert_fixture.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace lagebild;
using items::AlertTableModel;
using store::AlertColumn;

namespace {

struct Fixture {
    explicit Fixture(int n) : path(dir.path(QStringLiteral("m.sqlite"))) {
        auto opened = store::Database::open(path);
        REQUIRE(opened);
        db = std::move(opened.value());
        test::fillAlerts(*db, n, 11);
    }
    std::vector<std::int64_t> expected(const store::AlertTableFilter& f, const store::AlertSort& s) {
        auto rows = store::AlertTableQueries(*db).pageAfter(f, s, nullptr, 0, 1'000'000);
        REQUIRE(rows);
        std::vector<std::int64_t> out;
        for (const auto& r : rows.value())
            out.push_back(r.rid);
        return out;
    }
    test::TempDir dir;
    QString path;
    std::unique_ptr<store::Database> db;
};

bool loaded(const AlertTableModel& m, int row) { return m.data(m.index(row, 0), AlertTableModel::LoadedRole).toBool(); }

qint64 ridAt(const AlertTableModel& m, int row) { return m.data(m.index(row, 0), AlertTableModel::RidRole).toLongLong(); }

// Asks for a row and waits (event loop turning) until it is loaded.
qint64 waitRid(AlertTableModel& m, int row) {
    (void)m.data(m.index(row, 0));
    REQUIRE(QTest::qWaitFor([&] { return loaded(m, row); }, 10000));
    return ridAt(m, row);
}

} // namespace

TEST_CASE("the alert model counts in the background, shows placeholders, then the rows in SQL order") {
    Fixture fx(3000);
    AlertTableModel model(fx.path);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QSignalSpy counted(&model, &AlertTableModel::countFinished);
    REQUIRE(counted.wait(10000));
    CHECK(counted.first().first().toLongLong() == 3000);
    CHECK(model.rowCount() == 3000);
    CHECK(model.columnCount() == store::kAlertColumnCount);
    const auto ref = fx.expected({}, {});
    // A row far from anything loaded: a placeholder first, never a disk read in data().
    const int far = 2000;
    CHECK_FALSE(loaded(model, far));
    CHECK(model.data(model.index(far, 0)).toString() == QStringLiteral("…"));
    CHECK_FALSE(model.data(model.index(far, 0), AlertTableModel::RidRole).isValid());
    CHECK(waitRid(model, far) == ref[far]);
    // The last row (seeked from the back), the first, and neighbours of loaded pages.
    CHECK(waitRid(model, 2999) == ref[2999]);
    CHECK(waitRid(model, 0) == ref[0]);
    CHECK(waitRid(model, 257) == ref[257]);
    CHECK(waitRid(model, 1500) == ref[1500]);
    CHECK(waitRid(model, 2700) == ref[2700]);
    for (int row : {1, 255, 256, 511, 1999, 2001, 2998})
        CHECK(waitRid(model, row) == ref[static_cast<std::size_t>(row)]);
}

TEST_CASE("sorting and filtering the alert model follow SQL, and the cache stays bounded") {
    Fixture fx(14000);
    AlertTableModel model(fx.path);
    QSignalSpy counted(&model, &AlertTableModel::countFinished);
    REQUIRE(counted.wait(10000));
    model.sort(static_cast<int>(AlertColumn::Signature), Qt::DescendingOrder);
    REQUIRE(counted.wait(10000));
    const auto bySignature = fx.expected({}, {AlertColumn::Signature, true});
    for (int row : {0, 13999, 10000, 7777, 300})
        CHECK(waitRid(model, row) == bySignature[static_cast<std::size_t>(row)]);
    store::AlertTableFilter f;
    f.sensors = {QStringLiteral("zeek-core")};
    f.matchedOnly = true;
    model.setFilter(f);
    CHECK(model.rowCount() == 0); // reset: nothing from the old filter remains
    REQUIRE(counted.wait(10000));
    const auto filtered = fx.expected(f, {AlertColumn::Signature, true});
    REQUIRE(model.rowCount() == static_cast<int>(filtered.size()));
    CHECK(waitRid(model, model.rowCount() - 1) == filtered.back());
    CHECK(waitRid(model, 0) == filtered.front());

    model.setFilter({});
    REQUIRE(counted.wait(10000));
    for (int row = 0; row < model.rowCount(); row += AlertTableModel::kPageSize)
        (void)waitRid(model, row);
    CHECK(model.pagesCached() <= AlertTableModel::kMaxPages);
    CHECK(model.pagesCached() > 0);
}

TEST_CASE("replies of an older generation are dropped: only the newest filter answers") {
    Fixture fx(5000);
    AlertTableModel model(fx.path);
    QSignalSpy counted(&model, &AlertTableModel::countFinished);
    QSignalSpy facets(&model, &AlertTableModel::facetsReady);
    store::AlertTableFilter a, b;
    a.statuses = {QStringLiteral("new")};
    b.statuses = {QStringLiteral("closed")};
    const quint64 before = model.generation();
    model.setFilter(a);
    model.setFilter(b); // before any reply of `a` (or of the initial load) could arrive
    CHECK(model.generation() == before + 2);
    REQUIRE(QTest::qWaitFor([&] { return facets.count() > 0; }, 10000));
    QTest::qWait(50); // let any late stale reply arrive (and be dropped)
    REQUIRE(counted.count() == 1);
    const auto ref = fx.expected(b, {});
    CHECK(counted.first().first().toLongLong() == static_cast<qint64>(ref.size()));
    for (int row = 0; row < model.rowCount(); row += 97) {
        (void)waitRid(model, row);
        CHECK(model.data(model.index(row, 0), AlertTableModel::StatusRole).toString() == QStringLiteral("closed"));
    }
    // Facets answer for the newest filter: the status facet ignores its own filter.
    const auto f = facets.last().first().value<store::AlertFacets>();
    std::int64_t total = 0;
    for (const auto& c : f.status)
        total += c.count;
    CHECK(total == 5000);
}

TEST_CASE("a refresh keeps the rows on screen and replaces them with the changed data") {
    Fixture fx(1000);
    AlertTableModel model(fx.path);
    QSignalSpy counted(&model, &AlertTableModel::countFinished);
    REQUIRE(counted.wait(10000));
    const qint64 rid = waitRid(model, 5);
    store::AlertWorkflow wf(*fx.db, QStringLiteral("alice"));
    store::AlertChange change;
    change.assignee = QStringLiteral("zed");
    const std::int64_t rids[] = {rid};
    REQUIRE(wf.apply(change, rids, 1));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.refresh();
    CHECK(resets.count() == 0);
    CHECK(model.rowCount() == 1000);
    CHECK(model.rowAt(5) != nullptr); // the old row still paints while the new page loads
    REQUIRE(QTest::qWaitFor(
        [&] { return model.data(model.index(5, static_cast<int>(AlertColumn::Assignee))).toString() == QStringLiteral("zed"); },
        10000));
}

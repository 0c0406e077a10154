#include "models/items/alert_table_model.h"
#include "models/store/alert_workflow.h"
#include "tests/support/alert_fixture.h"
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <utility>

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

namespace {

// Runs a step (a newer filter, order or refresh) just before the model handles the next reply
// of its reader threads: that reply then belongs to an older generation, delivered after the
// newer request, whatever the threads' timing. The readers answer with queued calls, which
// arrive as QEvent::MetaCall.
class StaleReplyModel : public AlertTableModel {
public:
    using AlertTableModel::AlertTableModel;
    std::function<void()> beforeNextReply;

protected:
    bool event(QEvent* e) override {
        if (e->type() == QEvent::MetaCall) {
            if (auto step = std::exchange(beforeNextReply, {}))
                step();
        }
        return AlertTableModel::event(e);
    }
};

// Waits until the model's generation answered its count, first page and facets: no reply is
// in flight afterwards.
void settle(StaleReplyModel& model) {
    QSignalSpy counted(&model, &AlertTableModel::countFinished);
    QSignalSpy facets(&model, &AlertTableModel::facetsReady);
    REQUIRE(QTest::qWaitFor([&] { return counted.count() > 0 && facets.count() > 0; }, 10000));
}

std::int64_t facetTotal(const std::vector<store::FacetCount>& facet) {
    std::int64_t total = 0;
    for (const auto& c : facet)
        total += c.count;
    return total;
}

} // namespace

TEST_CASE("a count of an older generation that arrives after a newer filter is dropped") {
    Fixture fx(5000);
    StaleReplyModel model(fx.path);
    settle(model);
    store::AlertTableFilter a, b;
    a.statuses = {QStringLiteral("new")};
    b.statuses = {QStringLiteral("closed")};
    model.setFilter(a);
    settle(model);
    QSignalSpy counted(&model, &AlertTableModel::countFinished);
    // A refresh asks only for the count: the next reply is that count, for `a`.
    model.beforeNextReply = [&] { model.setFilter(b); };
    model.refresh();
    REQUIRE(QTest::qWaitFor([&] { return counted.count() > 0; }, 10000));
    REQUIRE_FALSE(model.beforeNextReply);
    const auto ref = fx.expected(b, {});
    REQUIRE(ref.size() != fx.expected(a, {}).size());
    CHECK(counted.first().first().toLongLong() == static_cast<qint64>(ref.size()));
    CHECK(model.rowCount() == static_cast<int>(ref.size()));
    for (int row = 0; row < model.rowCount(); row += 97) {
        (void)waitRid(model, row);
        CHECK(model.data(model.index(row, 0), AlertTableModel::StatusRole).toString() == QStringLiteral("closed"));
    }
}

TEST_CASE("a page of an older generation that arrives after a newer order is dropped") {
    Fixture fx(5000);
    StaleReplyModel model(fx.path);
    settle(model);
    // A row far from page 0 asks for pages 6, 7 and 8 only: the next reply is one of them, in
    // the old order.
    const store::AlertSort newer{AlertColumn::Time, false};
    REQUIRE_FALSE(newer == model.sortOrder());
    QSignalSpy counted(&model, &AlertTableModel::countFinished);
    model.beforeNextReply = [&] { model.setSort(newer); };
    const int far = 7 * AlertTableModel::kPageSize + 10;
    CHECK_FALSE(loaded(model, far));
    REQUIRE(QTest::qWaitFor([&] { return counted.count() > 0; }, 10000));
    REQUIRE_FALSE(model.beforeNextReply);
    const auto ref = fx.expected({}, newer);
    for (int row = 6 * AlertTableModel::kPageSize; row < 9 * AlertTableModel::kPageSize; row += 17)
        CHECK(waitRid(model, row) == ref[static_cast<std::size_t>(row)]);
}

TEST_CASE("facets of an older generation that arrive after a newer filter are dropped") {
    Fixture fx(5000);
    StaleReplyModel model(fx.path);
    settle(model);
    store::AlertTableFilter a, b;
    a.statuses = {QStringLiteral("new")};
    b.statuses = {QStringLiteral("closed")};
    // The facets are asked for when the first page arrives and answered after the count: once
    // both are in, the next reply is the facets of `a`. Armed from the signals themselves, so
    // no reply can slip past in between.
    bool countSeen = false, pageSeen = false, armed = false;
    const auto arm = [&] {
        if (countSeen && pageSeen && !armed) {
            armed = true;
            model.beforeNextReply = [&] { model.setFilter(b); };
        }
    };
    QObject::connect(&model, &AlertTableModel::countFinished, [&] {
        countSeen = true;
        arm();
    });
    QObject::connect(&model, &AlertTableModel::pageLoaded, [&] {
        pageSeen = true;
        arm();
    });
    QSignalSpy facets(&model, &AlertTableModel::facetsReady);
    model.setFilter(a);
    REQUIRE(QTest::qWaitFor([&] { return facets.count() > 0; }, 10000));
    REQUIRE(armed);
    REQUIRE_FALSE(model.beforeNextReply);
    const auto ref = fx.expected(b, {});
    REQUIRE(ref.size() != fx.expected(a, {}).size());
    // The sensor facet counts the rows of the filter; the status facet ignores its own filter.
    const auto f = facets.first().first().value<store::AlertFacets>();
    CHECK(facetTotal(f.sensor) == static_cast<std::int64_t>(ref.size()));
    CHECK(facetTotal(f.status) == 5000);
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

// Triage benchmark (issue 6): the real TriagePage (AlertTableModel + QTableView) offscreen over
// N generated alerts (default 10,000,000). Prints each figure next to a baseline measured in the
// same run on the same file: QSqlTableModel + QTableView (what a generic SQLite browser does) or
// the plain LIMIT/OFFSET query. Targets: first paint <= 0.5 s; sort, filter, search, jump
// <= 100 ms; RSS <= 300 MB; the window keeps turning during a 1M-row bulk change.
//
//   tests/bench/triage_bench [--count N] [--seed S] [--db FILE] [--no-import-cost] [--generate-only]
//
// The database is generated once (tests/support/alert_generator) and reused when FILE exists.

#include "models/core/memory.h"
#include "models/core/timestamp.h"
#include "models/items/alert_table_model.h"
#include "models/store/alert_repository.h"
#include "models/store/alert_table_queries.h"
#include "tests/support/alert_generator.h"
#include "ui/common/job_runner.h"
#include "ui/triage/triage_filter_bar.h"
#include "ui/triage/triage_page.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlTableModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <random>

using namespace lagebild;
using store::AlertColumn;

namespace {

// Turns the event loop until `done` holds (polled every millisecond) or the time limit passes.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 600000) {
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

double ms(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

long peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Resident set now (MB), from /proc/self/statm: where the peak comes from, stage by stage.
long rssNowMb() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * 4096 / (1024 * 1024) : -1;
}

// With TRIAGE_BENCH_SMAPS set, also the mappings holding more than 8 MB (what the RSS is made of).
void stage(const char* what) {
    std::fprintf(stderr, "  [rss] %-28s now %5ld MB, peak %5ld MB\n", what, rssNowMb(), peakRssMb());
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!qEnvironmentVariableIsSet("TRIAGE_BENCH_SMAPS") || !smaps.open(QIODevice::ReadOnly))
        return;
    QByteArray mapping;
    for (const QByteArray& line : smaps.readAll().split('\n')) {
        if (line.startsWith("Rss:")) {
            const long kb = line.mid(4).trimmed().split(' ').value(0).toLong();
            if (kb > 8192)
                std::fprintf(stderr, "      %6ld MB  %s\n", kb / 1024, mapping.simplified().constData());
        } else if (!line.isEmpty() && !line.contains(':')) {
            mapping = line;
        } else if (!line.isEmpty() && line.split(' ').value(0).contains('-')) {
            mapping = line;
        }
    }
}

void report(const char* what, double ours, double baseline, const char* baselineName, double target) {
    std::printf("%-34s %10.1f ms   baseline %10.1f ms (%s)   ratio %6.1fx   target %s\n", what, ours, baseline, baselineName,
                ours > 0 ? baseline / ours : 0.0, target <= 0 ? "-" : (ours <= target ? "met" : "MISSED"));
    std::fflush(stdout);
}

// Time until the first visible row of the page's table is loaded and painted.
double untilPainted(ui::TriagePage& page, const std::function<void()>& change, int row = 0) {
    QElapsedTimer t;
    t.start();
    change();
    waitUntil([&] {
        auto* m = page.model();
        const int r = row < 0 ? m->rowCount() - 1 : row;
        return m->rowCount() > 0 && r >= 0 && m->rowAt(r) != nullptr;
    });
    page.view()->viewport()->repaint();
    return ms(t);
}

// QSqlTableModel + QTableView: select() and the first paint.
double sqlTableModelPaint(QTableView& view, QSqlTableModel& model, const QString& filter, int sortColumn, Qt::SortOrder order) {
    QElapsedTimer t;
    t.start();
    model.setFilter(filter);
    model.setSort(sortColumn, order);
    model.select();
    view.viewport()->repaint();
    return ms(t);
}

double plainQuery(QSqlDatabase& db, const QString& sql) {
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        std::printf("baseline query failed: %s\n", qPrintable(q.lastError().text()));
    while (q.next()) {
    }
    return ms(t);
}

// The import path's write cost with and without migration 004's sort indexes: AlertRepository
// inserts (as ImportService does) of `n` random alerts into a fresh file, one transaction.
double importMs(const QString& path, int n, bool triageIndexes) {
    QFile::remove(path);
    auto db = store::Database::open(path);
    if (!db)
        return -1;
    if (!triageIndexes)
        for (const char* index : {"alert_sensor_time", "alert_signature_time", "alert_src_time", "alert_dst_time",
                                  "alert_matches_time", "alert_assignee_time", "alert_incident"})
            (void)db.value()->exec(std::string("DROP INDEX ") + index);
    std::mt19937 rng(3);
    store::AlertRepository repo(*db.value());
    (void)repo.prepare();
    QElapsedTimer t;
    t.start();
    (void)db.value()->exec("BEGIN");
    const std::string raw = R"({"event_type":"alert"})";
    for (int i = 0; i < n; ++i) {
        core::AlertRecord r;
        r.dedupKey = "k" + std::to_string(rng());
        r.time = 1767225600000000LL + static_cast<std::int64_t>(rng() % 2592000) * 1000000;
        r.sensor = "sensor-" + std::to_string(rng() % 8);
        r.signature = "ET RULE " + std::to_string(rng() % 3000);
        r.category = "cat";
        r.severity = 1 + static_cast<int>(rng() % 4);
        r.src = "10.0." + std::to_string(rng() % 256) + "." + std::to_string(rng() % 256);
        r.dst = "203.0." + std::to_string(rng() % 256) + "." + std::to_string(rng() % 256);
        r.raw = raw;
        (void)repo.insert(r, 0);
    }
    (void)db.value()->exec("COMMIT");
    const double elapsed = ms(t);
    db.value().reset();
    QFile::remove(path);
    return elapsed;
}

QAction* actionNamed(const ui::TriagePage& page, const QString& text) {
    for (QAction* a : page.triageActions())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

int main(int argc, char** argv) {
    core::limitMallocArenas(); // as the application's main() does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::int64_t count = 10'000'000;
    std::uint32_t seed = 1;
    QString path;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--count"))
            count = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toUInt();
        else if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
    }
    if (path.isEmpty())
        path = QDir::current().filePath(QStringLiteral("triage_bench_%1_%2.sqlite").arg(count).arg(seed));

    {
        auto db = store::Database::open(path);
        if (!db) {
            std::printf("cannot open %s: %s\n", qPrintable(path), qPrintable(db.error().message));
            return 1;
        }
        const std::int64_t have = db.value()->queryInt("SELECT count(*) FROM alert").valueOr(-1);
        if (have != count) {
            if (have != 0) {
                std::printf("%s holds %lld alerts, not %lld: remove it first\n", qPrintable(path), static_cast<long long>(have),
                            static_cast<long long>(count));
                return 1;
            }
            QElapsedTimer t;
            t.start();
            if (auto s = test::generateAlerts(*db.value(), count, seed); !s) {
                std::printf("generation failed: %s\n", qPrintable(s.error().message));
                return 1;
            }
            db.value()->checkpoint();
            std::printf("generated %lld alerts in %.1f s (%s, %.0f MB)\n", static_cast<long long>(count), ms(t) / 1000,
                        qPrintable(path), QFileInfo(path).size() / 1e6);
        }
    }
    if (args.contains(QStringLiteral("--generate-only")))
        return 0;
    std::printf("Triage benchmark: %lld alerts, seed %u, %s\n", static_cast<long long>(count), seed, qPrintable(path));
    stage("start");
    // --- ours: the real page ---
    ui::JobRunner jobs(path);
    QStatusBar bar;
    ui::TriagePage page(jobs, &bar, nullptr);
    page.resize(1400, 900);
    QElapsedTimer open;
    open.start();
    page.show();
    waitUntil([&] { return page.model() && page.model()->rowAt(0) != nullptr; });
    page.view()->viewport()->repaint();
    const double firstPaint = ms(open);
    stage("first paint");
    waitUntil([&] { return !page.model()->isCounting(); });
    const double firstCount = ms(open);
    stage("first count");
    const int visible = page.view()->viewport()->height() / page.view()->verticalHeader()->defaultSectionSize();

    const double sortMs =
        untilPainted(page, [&] { page.view()->sortByColumn(static_cast<int>(AlertColumn::Signature), Qt::AscendingOrder); });
    waitUntil([&] { return !page.model()->isCounting(); });
    const double sortSeverity =
        untilPainted(page, [&] { page.view()->sortByColumn(static_cast<int>(AlertColumn::Severity), Qt::DescendingOrder); });
    waitUntil([&] { return !page.model()->isCounting(); });
    page.view()->sortByColumn(static_cast<int>(AlertColumn::Time), Qt::DescendingOrder);
    waitUntil([&] { return !page.model()->isCounting(); });

    store::AlertTableFilter facet;
    facet.sensors = {QStringLiteral("zeek-core")};
    QElapsedTimer facetClock;
    facetClock.start();
    const double filterMs = untilPainted(page, [&] { page.filterBar()->setFilter(facet); });
    waitUntil([&] { return !page.model()->isCounting(); });
    const double filterCount = ms(facetClock);
    stage("facet filter + count");

    store::AlertTableFilter text;
    text.text = QStringLiteral("emotet");
    QElapsedTimer textClock;
    textClock.start();
    const double searchMs = untilPainted(page, [&] { page.filterBar()->setFilter(text); });
    waitUntil([&] { return !page.model()->isCounting(); });
    const double searchCount = ms(textClock);
    const int searchRows = page.model()->rowCount();
    stage("text search + count");

    page.filterBar()->setFilter({});
    waitUntil([&] { return !page.model()->isCounting() && page.model()->rowAt(0) != nullptr; });
    const double jumpMs = untilPainted(
        page, [&] { page.view()->scrollToBottom(); }, -1);
    stage("jump to last");
    const double jumpMiddle = untilPainted(
        page, [&] { page.view()->scrollTo(page.model()->index(page.model()->rowCount() / 2, 0)); }, page.model()->rowCount() / 2);
    // Scrolling on from the middle: the next screens seek from the cached neighbour.
    const double scrollMs = untilPainted(
        page,
        [&] {
            page.view()->scrollTo(page.model()->index(page.model()->rowCount() / 2 + 3 * visible, 0),
                                  QAbstractItemView::PositionAtTop);
        },
        page.model()->rowCount() / 2 + 3 * visible);

    // Bulk: everything in the first three days (~10 % of the rows), closed as benign.
    store::AlertTableFilter days;
    days.from = 1767225600000000LL;
    days.to = days.from.value() + 3LL * 86400 * 1000000;
    page.filterBar()->setFilter(days);
    // The filter bar's time box knows relative ranges only; the model takes the exact one.
    page.model()->setFilter(days);
    waitUntil([&] { return !page.model()->isCounting() && page.model()->rowAt(0) != nullptr; });
    const int bulkRows = page.model()->rowCount();
    page.view()->setFocus();
    page.view()->selectAll();
    QElapsedTimer gapClock;
    gapClock.start();
    qint64 lastTick = 0, maxGap = 0, ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = gapClock.elapsed();
        maxGap = std::max(maxGap, now - lastTick);
        lastTick = now;
        ++ticks;
    });
    // Meanwhile the analyst scrolls: a page every 100 ms.
    QTimer scroller;
    scroller.setInterval(100);
    int scrollStep = 0;
    QObject::connect(&scroller, &QTimer::timeout, [&] {
        page.view()->scrollTo(page.model()->index((++scrollStep * 7919 * visible) % std::max(1, bulkRows), 0));
    });
    bool finished = false;
    qint64 changed = 0;
    QObject::connect(&page, &ui::TriagePage::changeFinished, [&](qint64 n) {
        finished = true;
        changed = std::max(changed, n); // the undo reports 0
    });
    QObject::connect(&page, &ui::TriagePage::changeFailed, [&](const QString& m) {
        finished = true;
        std::printf("bulk change failed: %s\n", qPrintable(m));
    });
    ticker.start();
    scroller.start();
    QElapsedTimer bulkClock;
    bulkClock.start();
    actionNamed(page, QStringLiteral("Close as benign"))->trigger();
    waitUntil([&] { return finished; }, 3'600'000);
    const double bulkMs = ms(bulkClock);
    stage("bulk change");
    const qint64 bulkGap = maxGap;
    const qint64 bulkTicks = ticks;
    scroller.stop();
    finished = false;
    maxGap = 0;
    lastTick = gapClock.elapsed();
    QElapsedTimer undoClock;
    undoClock.start();
    page.undoStack()->undo();
    waitUntil([&] { return finished; }, 3'600'000);
    const double undoMs = ms(undoClock);
    stage("undo");
    const qint64 undoGap = maxGap;
    ticker.stop();
    const long rss = peakRssMb();
    const int total = static_cast<int>(count);
    jobs.waitForIdle();

    // --- baselines on the same file ---
    auto sqlDb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
    sqlDb.setDatabaseName(path);
    sqlDb.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    sqlDb.open();
    QSqlTableModel sqlModel(nullptr, sqlDb);
    sqlModel.setTable(QStringLiteral("alert"));
    QTableView sqlView;
    sqlView.resize(1400, 900);
    sqlView.setModel(&sqlModel);
    sqlView.show();
    const int timeCol = sqlModel.fieldIndex(QStringLiteral("time"));
    const double bFirst = sqlTableModelPaint(sqlView, sqlModel, QString(), timeCol, Qt::DescendingOrder);
    const double bSort =
        sqlTableModelPaint(sqlView, sqlModel, QString(), sqlModel.fieldIndex(QStringLiteral("signature")), Qt::AscendingOrder);
    const double bSortSeverity =
        sqlTableModelPaint(sqlView, sqlModel, QString(), sqlModel.fieldIndex(QStringLiteral("severity")), Qt::DescendingOrder);
    const double bFilter =
        sqlTableModelPaint(sqlView, sqlModel, QStringLiteral("sensor = 'zeek-core'"), timeCol, Qt::DescendingOrder);
    const double bSearch =
        sqlTableModelPaint(sqlView, sqlModel, QStringLiteral("signature LIKE '%emotet%'"), timeCol, Qt::DescendingOrder);
    const QString cols = QStringLiteral("rid, time, priority, severity, matches, status, sensor, signature, src, dst, assignee");
    const double bCount = plainQuery(sqlDb, QStringLiteral("SELECT count(*) FROM alert"));
    const double bJump = plainQuery(
        sqlDb, QStringLiteral("SELECT %1 FROM alert ORDER BY time DESC LIMIT 256 OFFSET %2").arg(cols).arg(total - 256));
    const double bMiddle =
        plainQuery(sqlDb, QStringLiteral("SELECT %1 FROM alert ORDER BY time DESC LIMIT 256 OFFSET %2").arg(cols).arg(total / 2));
    sqlView.hide();
    auto writer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline-writer"));
    writer.setDatabaseName(path);
    writer.open();
    QSqlQuery tx(writer);
    tx.exec(QStringLiteral("BEGIN"));
    QElapsedTimer bBulkClock;
    bBulkClock.start();
    QSqlQuery upd(writer);
    upd.exec(QStringLiteral("UPDATE alert SET status = 'closed', resolution = 'benign' WHERE time >= %1 AND time < %2")
                 .arg(*days.from)
                 .arg(*days.to));
    const double bBulk = ms(bBulkClock);
    tx.exec(QStringLiteral("ROLLBACK"));

    std::printf("\n%-34s %10s\n", "figure", "ours");
    report("first painted rows after opening", firstPaint, bFirst, "QSqlTableModel select+paint", 500);
    report("  full count (background)", firstCount, bCount, "SELECT count(*)", 0);
    report("sort change: signature", sortMs, bSort, "QSqlTableModel sort+paint", 100);
    report("sort change: severity", sortSeverity, bSortSeverity, "QSqlTableModel sort+paint", 100);
    report("facet filter: sensor", filterMs, bFilter, "QSqlTableModel filter+paint", 100);
    std::printf("  ...its count and facets (background): %.1f ms\n", filterCount);
    report("text search: emotet", searchMs, bSearch, "QSqlTableModel LIKE+paint", 100);
    std::printf("  ...%d rows; count and facets (background): %.1f ms\n", searchRows, searchCount);
    report("jump to the last row", jumpMs, bJump, "LIMIT 256 OFFSET n-256", 100);
    report("jump to the middle row", jumpMiddle, bMiddle, "LIMIT 256 OFFSET n/2", 0);
    report("scroll 3 screens from there", scrollMs, bMiddle, "LIMIT 256 OFFSET n/2", 100);
    report("bulk close as benign (job)", bulkMs, bBulk, "one plain UPDATE, no audit/undo", 0);
    std::printf("  ...%lld of %d alerts changed; event loop max gap %lld ms over %lld ticks while scrolling\n",
                static_cast<long long>(changed), bulkRows, static_cast<long long>(bulkGap), static_cast<long long>(bulkTicks));
    std::printf("undo of the bulk change (job)       %10.1f ms   event loop max gap %lld ms\n", undoMs,
                static_cast<long long>(undoGap));
    std::printf("peak RSS after our figures          %10ld MB   target 300 MB: %s\n", rss, rss <= 300 ? "met" : "MISSED");
    std::printf("peak RSS after the baselines        %10ld MB\n", peakRssMb());
    // Last: its scratch database must not count in the peak RSS above.
    if (!args.contains(QStringLiteral("--no-import-cost"))) {
        const QString scratch = path + QStringLiteral(".import-cost");
        const int n = 200000;
        const double without = importMs(scratch, n, false);
        const double with = importMs(scratch, n, true);
        std::printf("import write cost, %d alerts via AlertRepository: %.0f ms with the triage sort indexes, %.0f ms "
                    "without (%.2fx)\n",
                    n, with, without, without > 0 ? with / without : 0.0);
    }

    return 0;
}

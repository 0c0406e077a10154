#include "models/items/alert_table_model.h"
#include "models/store/alert_table_queries.h"
#include "models/store/case_actions.h"
#include "models/store/incident_repository.h"
#include "tests/support/alert_fixture.h"
#include "tests/support/alert_generator.h"
#include "tests/support/temp_dir.h"
#include "ui/common/command_palette.h"
#include "ui/common/job_runner.h"
#include "ui/triage/alert_detail_pane.h"
#include "ui/triage/facet_button.h"
#include "ui/triage/incident_picker_dialog.h"
#include "ui/triage/triage_filter_bar.h"
#include "ui/triage/triage_page.h"

#include <doctest/doctest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace lagebild;

namespace {

std::int64_t countWhere(const QString& path, const std::string& where) {
    auto db = store::Database::open(path);
    REQUIRE(db);
    return db.value()->queryInt("SELECT count(*) FROM alert WHERE " + where).value();
}

void waitForCount(ui::TriagePage& page) {
    REQUIRE(QTest::qWaitFor([&] { return page.model() && !page.model()->isCounting(); }, 60000));
}

// Shows the page at a laptop size and waits for its first count.
void showAndCount(ui::TriagePage& page) {
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    waitForCount(page);
}

QAction* actionNamed(const ui::TriagePage& page, const QString& text) {
    for (QAction* a : page.triageActions())
        if (a->text() == text)
            return a;
    FAIL("no action " << text.toStdString());
    return nullptr;
}

// Moves the facet list's current row with the Down key until its text starts with `prefix`.
void moveTo(QListWidget* list, const QString& prefix) {
    list->setCurrentRow(0);
    for (int i = 0; i < list->count() && !list->currentItem()->text().startsWith(prefix); ++i)
        QTest::keyClick(list, Qt::Key_Down);
    REQUIRE_MESSAGE(list->currentItem()->text().startsWith(prefix), prefix.toStdString());
}

// From the keyboard: the first row, then Shift+Down twice (three rows selected).
void selectFirstThree(ui::TriagePage& page) {
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowAt(2) != nullptr; }, 10000));
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(page.view(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(page.view(), Qt::Key_Down, Qt::ShiftModifier);
}

std::int64_t auditCount(const QString& path, const std::string& where) {
    auto db = store::Database::open(path);
    REQUIRE(db);
    return db.value()->queryInt("SELECT count(*) FROM audit_log WHERE " + where).value();
}

} // namespace

TEST_CASE("the window keeps turning while a million alerts change status, and the change undoes") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("big.sqlite"));
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        REQUIRE(test::generateAlerts(*db.value(), 1'000'000, 7));
    }
    const std::int64_t closedBefore = countWhere(path, "status = 'closed'");
    ui::JobRunner jobs(path);
    QStatusBar bar;
    ui::TriagePage page(jobs, &bar, nullptr);
    showAndCount(page);
    REQUIRE(page.model()->rowCount() == 1'000'000);
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_A, Qt::ControlModifier); // everything matching the filter

    // A timer on the GUI thread: it only advances while the event loop turns.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start();
    QSignalSpy finished(&page, &ui::TriagePage::changeFinished);
    QSignalSpy failed(&page, &ui::TriagePage::changeFailed);
    QTest::keyClick(page.view(), Qt::Key_B); // close as benign
    CHECK(page.isBusy());
    const int ticksAtStart = ticks;
    // While the job runs the table still answers: scrolling to the end loads the last rows.
    page.view()->scrollToBottom();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowAt(999'999) != nullptr || !finished.isEmpty(); }, 60000));
    REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 600000));
    REQUIRE(failed.isEmpty());
    CHECK(finished.first().first().toLongLong() == 1'000'000);
    CHECK(ticks - ticksAtStart > 20); // the loop kept turning throughout the job
    CHECK(countWhere(path, "status = 'closed' AND resolution = 'benign'") == 1'000'000);
    CHECK(countWhere(path, "1") == 1'000'000);
    CHECK(page.undoStack()->count() == 1);

    finished.clear();
    QTest::keyClick(page.view(), Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 600000));
    REQUIRE(failed.isEmpty());
    CHECK(countWhere(path, "status = 'closed'") == closedBefore);
    CHECK(countWhere(path, "resolution = 'benign'") == 0);
    jobs.waitForIdle();
}

TEST_CASE("the triage page works from the keyboard: j/k, status keys, undo, search, palette") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("k.sqlite"));
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        test::fillAlerts(*db.value(), 300, 5);
        REQUIRE(db.value()->exec("UPDATE alert SET signature = '<b>bold</b> <img src=x>' WHERE rid = 2"));
    }
    ui::JobRunner jobs(path);
    QStatusBar bar;
    ui::TriagePage page(jobs, &bar, nullptr);
    showAndCount(page);
    page.model()->setSort({store::AlertColumn::Time, false});
    waitForCount(page);
    // Rows sorted by time ascending then rid: find row of rid 2 via the model once loaded.
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowAt(0) != nullptr; }, 10000));
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(page.view(), Qt::Key_J);
    CHECK(page.view()->currentIndex().row() == 1);
    QTest::keyClick(page.view(), Qt::Key_J);
    QTest::keyClick(page.view(), Qt::Key_K);
    CHECK(page.view()->currentIndex().row() == 1);
    const qint64 rid = page.model()->rowAt(1)->rid;

    QSignalSpy finished(&page, &ui::TriagePage::changeFinished);
    QTest::keyClick(page.view(), Qt::Key_E); // escalate the current alert
    REQUIRE(finished.wait(10000));
    CHECK(countWhere(path, "rid = " + std::to_string(rid) + " AND status = 'escalated'") == 1);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return page.model()->data(page.model()->index(1, 0), items::AlertTableModel::StatusRole) ==
                   QStringLiteral("escalated");
        },
        10000));
    QTest::keyClick(page.view(), Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(finished.wait(10000));
    CHECK(countWhere(path, "rid = " + std::to_string(rid) + " AND status = 'escalated'") == 0);
    QTest::keyClick(page.view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(finished.wait(10000));
    CHECK(countWhere(path, "rid = " + std::to_string(rid) + " AND status = 'escalated'") == 1);

    // Audited with before and after.
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        CHECK(db.value()
                  ->queryInt("SELECT count(*) FROM audit_log WHERE action = 'alert.update' AND detail LIKE '%alert:" +
                             std::to_string(rid) + "%'")
                  .value() == 2);
        CHECK(db.value()->queryInt("SELECT count(*) FROM audit_log WHERE action = 'alert.undo'").value() == 1);
    }

    // '/' focuses the search field; typing filters (FTS), Escape-free: Tab order leads back.
    QTest::keyClick(page.view(), Qt::Key_Slash);
    CHECK(page.filterBar()->searchField()->hasFocus());
    QSignalSpy filtered(page.filterBar(), &ui::TriageFilterBar::filterChanged);
    QTest::keyClicks(page.filterBar()->searchField(), QStringLiteral("emotet"));
    REQUIRE(filtered.wait(5000));
    waitForCount(page);
    CHECK(page.model()->rowCount() == countWhere(path, "signature LIKE '%Emotet%'"));

    // Enter leaves the search for the first result, highlighted: the next j goes to the second row,
    // never into the search field.
    REQUIRE(page.model()->rowCount() > 3);
    QTest::keyClick(page.filterBar()->searchField(), Qt::Key_Return);
    CHECK(page.view()->hasFocus());
    REQUIRE(QTest::qWaitFor([&] { return page.view()->currentIndex().row() == 0; }, 5000));
    CHECK(page.view()->selectionModel()->isRowSelected(0, {}));
    QTest::keyClick(page.view(), Qt::Key_J);
    CHECK(page.view()->currentIndex().row() == 1);
    CHECK(page.filterBar()->searchField()->text() == QStringLiteral("emotet"));
    // A new search typed and left with Down: the first row of the new result is current.
    QTest::keyClick(page.view(), Qt::Key_Slash);
    page.filterBar()->searchField()->selectAll();
    QTest::keyClicks(page.filterBar()->searchField(), QStringLiteral("nmap"));
    QTest::keyClick(page.filterBar()->searchField(), Qt::Key_Down);
    CHECK(page.view()->hasFocus());
    waitForCount(page);
    CHECK(page.model()->rowCount() == countWhere(path, "signature LIKE '%Nmap%'"));
    REQUIRE(QTest::qWaitFor([&] { return page.view()->currentIndex().row() == 0; }, 5000));
    // Esc returns to the table and keeps the current row.
    QTest::keyClick(page.view(), Qt::Key_J);
    QTest::keyClick(page.view(), Qt::Key_Slash);
    CHECK(page.filterBar()->searchField()->hasFocus());
    QTest::keyClick(page.filterBar()->searchField(), Qt::Key_Escape);
    CHECK(page.view()->hasFocus());
    CHECK(page.view()->currentIndex().row() == 1);
    // F6 into a table without a highlighted row highlights the current one first.
    page.view()->selectionModel()->clearSelection();
    QTest::keyClick(page.view(), Qt::Key_Slash);
    QTest::keyClick(page.filterBar()->searchField(), Qt::Key_F6);
    CHECK(page.view()->hasFocus());
    CHECK(page.view()->selectionModel()->isRowSelected(page.view()->currentIndex().row(), {}));

    // The palette lists every enabled action and filters by name.
    ui::CommandPalette palette(page.triageActions());
    palette.queryField()->setText(QStringLiteral("benign"));
    REQUIRE(palette.currentAction() != nullptr);
    CHECK(palette.currentAction() == actionNamed(page, QStringLiteral("Close as benign")));
    // Every action has a name, and every status action a single key.
    for (const char* name : {"Mark as new", "Mark as in progress", "Escalate", "Close as true positive",
                             "Close as false positive", "Close as benign"})
        CHECK(actionNamed(page, QString::fromLatin1(name))->shortcut().count() == 1);
    jobs.waitForIdle();
}

TEST_CASE("the detail pane shows hostile sensor strings as plain text, and saved views restore filter and sort") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("d.sqlite"));
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        REQUIRE(db.value()->exec("INSERT INTO alert (dedup_key, time, sensor, signature, src, dst, raw) VALUES ('x', 5, "
                                 "'<i>sensor</i>', '<b>bold</b><img src=\"http://evil/x.png\">', '10.0.0.1', '10.0.0.2', "
                                 "'{\"payload\":\"<script>alert(1)</script>\"}')"));
    }
    ui::JobRunner jobs(path);
    QStatusBar bar;
    ui::TriagePage page(jobs, &bar, nullptr);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    waitForCount(page);
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowAt(0) != nullptr; }, 10000));
    QSignalSpy shown(&page, &ui::TriagePage::detailShown);
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    REQUIRE(shown.wait(10000));
    const QString text = page.detailPane()->text();
    CHECK(text.contains(QStringLiteral("<b>bold</b><img src=\"http://evil/x.png\">")));
    CHECK(text.contains(QStringLiteral("<script>alert(1)</script>")));
    CHECK(text.contains(QStringLiteral("\"payload\"")));
    CHECK(page.model()->data(page.model()->index(0, static_cast<int>(store::AlertColumn::Sensor))).toString() ==
          QStringLiteral("<i>sensor</i>"));

    // A filter that matches nothing: the pane no longer shows the alert that left the table.
    store::AlertTableFilter none;
    none.sensors = {QStringLiteral("no such sensor")};
    page.filterBar()->setFilter(none);
    REQUIRE(QTest::qWaitFor([&] { return !page.model()->isCounting() && page.model()->rowCount() == 0; }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return !page.detailPane()->text().contains(QStringLiteral("<b>bold</b>")); }, 5000));
    CHECK(page.detailPane()->text() == QStringLiteral("No alert matches the filter or search."));
    CHECK(page.findChild<QLabel*>(QStringLiteral("alertCount"))->text() ==
          QStringLiteral("No alert matches the filter or search."));

    store::AlertTableFilter f;
    f.sensors = {QStringLiteral("<i>sensor</i>")};
    page.filterBar()->setFilter(f);
    page.model()->setSort({store::AlertColumn::Signature, false});
    page.saveView(QStringLiteral("odd sensor"));
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<QComboBox*>(QStringLiteral("savedViews"))->count() == 2; }, 10000));
    page.filterBar()->clear();
    page.model()->setSort({store::AlertColumn::Time, true});
    CHECK(page.model()->filter().isEmpty());
    store::SavedView view;
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        auto views = store::SavedViews(*db.value()).list();
        REQUIRE(views);
        REQUIRE(views.value().size() == 1);
        view = views.value()[0];
    }
    page.applyView(view);
    CHECK(page.model()->filter().sensors == QStringList{QStringLiteral("<i>sensor</i>")});
    CHECK(page.model()->sortOrder() == store::AlertSort{store::AlertColumn::Signature, false});
    // Chosen from the box, the view stays named until the filter changes: clearing the filters
    // clears the box.
    auto* views = page.findChild<QComboBox*>(QStringLiteral("savedViews"));
    views->setCurrentIndex(1);
    page.filterBar()->setFilter(page.filterBar()->filter()); // the same filter again: still the view
    CHECK(views->currentIndex() == 1);
    page.filterBar()->clear();
    CHECK(views->currentIndex() == 0);
    jobs.waitForIdle();
}

TEST_CASE("facets take several values from the keyboard with live counts, and saved views keep them") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("f.sqlite"));
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        test::fillAlerts(*db.value(), 400, 11);
    }
    ui::JobRunner jobs(path);
    QStatusBar bar;
    ui::TriagePage page(jobs, &bar, nullptr);
    showAndCount(page);
    ui::FacetButton* status = page.filterBar()->statusFacet();
    ui::FacetButton* sensor = page.filterBar()->sensorFacet();
    const QString allSensors = QStringLiteral("All sensors (%1)");
    // "All" + new, in progress, escalated and closed per resolution (true/false positive, benign, none).
    REQUIRE(QTest::qWaitFor([&] { return status->list()->count() == 8; }, 10000));
    CHECK(sensor->list()->item(0)->text() == allSensors.arg(400));

    // Keyboard only: Tab reaches the facet, Space opens it, Down and Space pick two values, Enter applies.
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Space);
    REQUIRE(status->isPopupVisible());
    QListWidget* list = status->list();
    REQUIRE(list->hasFocus());
    // The counts are live: each entry says how many alerts it has.
    moveTo(list, QStringLiteral("Closed: false positive ("));
    CHECK(list->currentItem()->text() == QStringLiteral("Closed: false positive (%1)")
                                             .arg(countWhere(path, "status = 'closed' AND resolution = 'false-positive'")));
    moveTo(list, QStringLiteral("New ("));
    CHECK(list->currentItem()->text() == QStringLiteral("New (%1)").arg(countWhere(path, "status = 'new'")));
    QTest::keyClick(list, Qt::Key_Space);
    moveTo(list, QStringLiteral("Escalated ("));
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(list->item(0)->checkState() == Qt::Unchecked); // "All statuses" no longer
    QSignalSpy filtered(page.filterBar(), &ui::TriageFilterBar::filterChanged);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK_FALSE(status->isPopupVisible());
    REQUIRE(filtered.count() == 1);
    waitForCount(page);
    QStringList statuses = page.model()->filter().statuses;
    statuses.sort();
    CHECK(statuses == QStringList{QStringLiteral("escalated"), QStringLiteral("new")});
    const std::int64_t both = countWhere(path, "status IN ('new', 'escalated')");
    CHECK(page.model()->rowCount() == both);
    CHECK(status->text().startsWith(QStringLiteral("Status: ")));
    CHECK(status->text().contains(QStringLiteral("New")));
    CHECK(status->text().contains(QStringLiteral("Escalated")));
    // The other facets are counted under the new status choice.
    REQUIRE(QTest::qWaitFor([&] { return sensor->list()->item(0)->text() == allSensors.arg(both); }, 10000));

    // A second facet with two values: sensors, picked the same way; both filters apply together.
    sensor->setFocus();
    QTest::keyClick(sensor, Qt::Key_Down, Qt::AltModifier);
    REQUIRE(sensor->isPopupVisible());
    moveTo(sensor->list(), QStringLiteral("zeek-core ("));
    QTest::keyClick(sensor->list(), Qt::Key_Space);
    moveTo(sensor->list(), QStringLiteral("sigma-dc ("));
    QTest::keyClick(sensor->list(), Qt::Key_Space);
    QTest::keyClick(sensor->list(), Qt::Key_Escape);
    waitForCount(page);
    CHECK(page.model()->rowCount() == countWhere(path, "status IN ('new', 'escalated') AND sensor IN ('zeek-core', 'sigma-dc')"));

    // Choosing "All statuses" clears that facet again (Space on the first entry).
    status->showPopup();
    status->list()->setCurrentRow(0);
    QTest::keyClick(status->list(), Qt::Key_Space);
    QTest::keyClick(status->list(), Qt::Key_Return);
    waitForCount(page);
    CHECK(page.model()->filter().statuses.isEmpty());
    CHECK(page.model()->rowCount() == countWhere(path, "sensor IN ('zeek-core', 'sigma-dc')"));

    // Saved views keep several values per facet, severities included.
    store::AlertTableFilter f;
    f.statuses = {QStringLiteral("new"), QStringLiteral("in-progress")};
    f.severities = {1, 2};
    f.sensors = {QStringLiteral("zeek-core"), QStringLiteral("suricata-lan")};
    f.assignees = {QString(), QStringLiteral("alice")};
    page.filterBar()->setFilter(f);
    CHECK(page.filterBar()->filter().severities == QList<int>{1, 2});
    page.saveView(QStringLiteral("two of each"));
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<QComboBox*>(QStringLiteral("savedViews"))->count() == 2; }, 10000));
    page.filterBar()->clear();
    CHECK(page.filterBar()->statusFacet()->chosen().isEmpty());
    store::SavedView view;
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        view = store::SavedViews(*db.value()).list().value().at(0);
    }
    page.applyView(view);
    waitForCount(page);
    CHECK(page.model()->filter().statuses == f.statuses);
    CHECK(page.model()->filter().severities == f.severities);
    CHECK(page.model()->filter().sensors == f.sensors);
    CHECK(page.model()->filter().assignees == f.assignees);
    CHECK(page.filterBar()->assigneeFacet()->chosen() == f.assignees);
    CHECK(page.model()->rowCount() == countWhere(path, "status IN ('new', 'in-progress') AND severity IN (1, 2) AND sensor "
                                                       "IN ('zeek-core', 'suricata-lan') AND assignee IN ('', 'alice')"));
    jobs.waitForIdle();
}

TEST_CASE("add to incident picks an existing incident by typing, or creates one, and the change is audited") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("i.sqlite"));
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        test::fillAlerts(*db.value(), 50, 3);
        store::IncidentRepository incidents(*db.value(), QStringLiteral("setup"));
        for (const char* title : {"Phishing wave", "Ransomware on <b>FS-01</b>", "VPN brute force"}) {
            store::Incident inc;
            inc.title = QString::fromUtf8(title);
            REQUIRE(incidents.create(inc, 1));
        }
    }
    ui::JobRunner jobs(path);
    QStatusBar bar;
    ui::TriagePage page(jobs, &bar, nullptr);
    showAndCount(page);
    selectFirstThree(page);
    const std::vector<qint64> rids = {page.model()->rowAt(0)->rid, page.model()->rowAt(1)->rid, page.model()->rowAt(2)->rid};

    // The picker opens modal: type part of a title, the list narrows to it, Enter chooses.
    QSignalSpy changed(&page, &ui::TriagePage::incidentChanged);
    bool typed = false;
    // (No REQUIRE in here: it would throw through the dialog's event loop; a failure rejects it.)
    QTimer::singleShot(0, [&] {
        auto* picker = qobject_cast<ui::IncidentPickerDialog*>(QApplication::activeModalWidget());
        CHECK(picker);
        if (!picker)
            return;
        CHECK(QTest::qWaitFor([&] { return picker->isLoaded(); }, 10000));
        CHECK(picker->list()->topLevelItemCount() == 4); // three incidents and "New incident…"
        QTest::keyClicks(picker->queryField(), QStringLiteral("ransom"));
        CHECK(picker->list()->topLevelItemCount() == 2);
        if (picker->list()->topLevelItemCount() != 2) {
            picker->reject();
            return;
        }
        CHECK(picker->list()->currentItem()->text(0) == QStringLiteral("INC-0002"));
        CHECK(picker->list()->currentItem()->text(1) == QStringLiteral("Ransomware on <b>FS-01</b>"));
        CHECK(picker->list()->currentItem()->text(2) == QStringLiteral("Open"));
        typed = true;
        QTest::keyClick(picker->queryField(), Qt::Key_Return);
    });
    QTest::keyClick(page.view(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(typed);
    REQUIRE(changed.wait(10000));
    CHECK(changed.first().first().toLongLong() == 2);
    std::string in;
    for (qint64 rid : rids)
        in += (in.empty() ? "" : ", ") + std::to_string(rid);
    CHECK(countWhere(path, "incident_rid = 2 AND rid IN (" + in + ")") == 3);
    CHECK(countWhere(path, "incident_rid IS NOT NULL") == 3);
    CHECK(auditCount(path, "action = 'alert.incident' AND json_extract(detail, '$.after') = '2'") == 3);
    CHECK(auditCount(path, "action = 'alert.incident' AND actor = '" + store::currentActor().toStdString() + "'") == 3);

    // A title that matches nothing becomes a new incident from the same dialog; Down moves in the list.
    changed.clear();
    REQUIRE(QTest::qWaitFor([&] { return page.model()->rowAt(2) != nullptr; }, 10000));
    page.activateWindow(); // back from the dialog
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(page.view(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(page.view(), Qt::Key_Down, Qt::ShiftModifier);
    QTimer::singleShot(0, [&] {
        auto* picker = qobject_cast<ui::IncidentPickerDialog*>(QApplication::activeModalWidget());
        CHECK_MESSAGE(picker, bar.currentMessage().toStdString());
        if (!picker)
            return;
        CHECK(QTest::qWaitFor([&] { return picker->isLoaded(); }, 10000));
        QTest::keyClick(picker->queryField(), Qt::Key_Down);
        CHECK(picker->list()->currentItem()->text(0) == QStringLiteral("INC-0002"));
        QTest::keyClicks(picker->queryField(), QStringLiteral("Beaconing from WS-IT-022"));
        CHECK(picker->list()->topLevelItemCount() == 1);
        CHECK(picker->list()->currentItem()->text(0).contains(QStringLiteral("Beaconing from WS-IT-022")));
        QTest::keyClick(picker->queryField(), Qt::Key_Return);
    });
    QTest::keyClick(page.view(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(changed.wait(10000));
    CHECK(changed.first().first().toLongLong() == 4);
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        auto created = store::IncidentRepository(*db.value(), QStringLiteral("t")).get(QStringLiteral("INC-0004"));
        REQUIRE(created);
        CHECK(created.value().title == QStringLiteral("Beaconing from WS-IT-022"));
        CHECK(created.value().alertCount == 3);
    }
    CHECK(auditCount(path, "action = 'incident.create'") == 4);
    CHECK(auditCount(path, "action = 'alert.incident' AND json_extract(detail, '$.after') = '4'") == 3);
    jobs.waitForIdle();
}

TEST_CASE("a new incident from the keyboard: the dialog counts the alerts, the title is prefilled, the pane names it") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("n.sqlite"));
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        test::fillAlerts(*db.value(), 40, 5);
        REQUIRE(db.value()->exec("UPDATE alert SET severity = 4; UPDATE alert SET severity = 1 WHERE rid IN (SELECT rid FROM "
                                 "alert ORDER BY time DESC, rid DESC LIMIT 1 OFFSET 1)"));
    }
    ui::JobRunner jobs(path);
    QStatusBar bar;
    ui::TriagePage page(jobs, &bar, nullptr);
    showAndCount(page);
    selectFirstThree(page);
    std::vector<store::AlertTableRow> rows;
    for (int r = 0; r < 3; ++r)
        rows.push_back(*page.model()->rowAt(r));
    const QString expectedTitle = store::suggestedIncidentTitle(rows);
    // A multi-selection says how many are selected, above the current alert's detail too.
    CHECK(page.findChild<QLabel*>(QStringLiteral("alertCount"))->text() == QStringLiteral("40 alerts · 3 selected"));
    CHECK(page.detailPane()->selectionNote().startsWith(QStringLiteral("3 selected: ")));
    REQUIRE_FALSE(expectedTitle.isEmpty());
    QSignalSpy shown(&page, &ui::TriagePage::detailShown);
    REQUIRE(shown.wait(10000)); // the pane shows the current alert, not yet in an incident
    CHECK(page.detailPane()->text().contains(QRegularExpression(QStringLiteral("\\nIncident +none\\n"))));

    QString label, title;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        CHECK(dialog->objectName() == QStringLiteral("newIncidentDialog"));
        label = dialog->labelText();
        title = dialog->textValue();
        dialog->accept();
    });
    QSignalSpy changed(&page, &ui::TriagePage::incidentChanged);
    shown.clear();
    QTest::keyClick(page.view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(label == QStringLiteral("Title of the new incident from 3 selected alerts:"));
    CHECK(title == expectedTitle);
    REQUIRE(changed.wait(10000));
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        auto created = store::IncidentRepository(*db.value(), QStringLiteral("t")).get(QStringLiteral("INC-0001"));
        REQUIRE(created);
        CHECK(created.value().title == expectedTitle);
        CHECK(created.value().severity == 1); // the highest among its alerts
        CHECK(created.value().alertCount == 3);
    }
    // Without selecting the row again, the pane names the incident: no internal keys.
    REQUIRE(QTest::qWaitFor([&] { return page.detailPane()->text().contains(QStringLiteral("INC-0001")); }, 10000));
    const QString text = page.detailPane()->text();
    CHECK(text.contains(QStringLiteral("INC-0001 ") + expectedTitle));
    for (const char* internal : {"incident_rid", "dedup_key", "source_rid", "\nrid "})
        CHECK_FALSE(text.contains(QString::fromLatin1(internal)));
    jobs.waitForIdle();
}

TEST_CASE("suggested incident titles name the main signature, how many others, and the shared host") {
    store::AlertTableRow a;
    a.signature = QStringLiteral("ET TROJAN Emotet beacon");
    a.src = QStringLiteral("10.0.0.5");
    a.dst = QStringLiteral("192.0.2.1");
    store::AlertTableRow b = a;
    b.dst = QStringLiteral("192.0.2.9");
    store::AlertTableRow c = b;
    c.signature = QStringLiteral("DNS tunnel");
    CHECK(store::suggestedIncidentTitle(std::vector{a}) == QStringLiteral("ET TROJAN Emotet beacon – 192.0.2.1"));
    CHECK(store::suggestedIncidentTitle(std::vector{c, a, b}) ==
          QStringLiteral("ET TROJAN Emotet beacon (+1 more signature) from 10.0.0.5"));
    c.src = QStringLiteral("10.0.0.6");
    CHECK(store::suggestedIncidentTitle(std::vector{c, a, b}) == QStringLiteral("ET TROJAN Emotet beacon (+1 more signature)"));
    CHECK(store::suggestedIncidentTitle(std::vector<store::AlertTableRow>{}).isEmpty());
}

TEST_CASE("searching an actor's name offers its alerts as a filter, the chip shows and clears it") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("s.sqlite"));
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        test::fillAlerts(*db.value(), 200, 8);
        REQUIRE(db.value()->exec(
            "INSERT INTO stix_object (id, type, name, json, first_seen, last_seen) VALUES "
            "('threat-actor--s', 'threat-actor', 'Sandworm Team', '{}', 0, 0), ('indicator--1', 'indicator', 'c2', '{}', 0, 0);"
            "INSERT INTO intel_fts (rowid, name, description, labels, value) VALUES (1, 'Sandworm Team', '', '', '');"
            "INSERT INTO stix_edge (object_rid, kind, source_ref, target_ref) VALUES "
            "(2, 'indicates', 'indicator--1', 'threat-actor--s');"
            "INSERT INTO alert_match (alert_rid, object_rid, observable_type, value) SELECT rid, 2, 'ipv4-addr', dst "
            "FROM alert WHERE rid % 9 = 0;"));
    }
    const std::int64_t expected = countWhere(path, "rid % 9 = 0");
    ui::JobRunner jobs(path);
    QStatusBar bar;
    ui::TriagePage page(jobs, &bar, nullptr);
    showAndCount(page);
    // The alert fields do not name the actor: the search alone finds nothing …
    QTest::keyClicks(page.filterBar()->searchField(), QStringLiteral("sandworm"));
    QTest::keyClick(page.filterBar()->searchField(), Qt::Key_Return);
    waitForCount(page);
    CHECK(page.model()->rowCount() == 0);
    // … but the actor is offered, with the number of its alerts.
    QWidget* row = page.filterBar()->suggestionRow();
    REQUIRE(QTest::qWaitFor([&] { return row->isVisible(); }, 10000));
    auto buttons = row->findChildren<QPushButton*>();
    REQUIRE(buttons.size() == 1);
    CHECK(buttons[0]->text() == QStringLiteral("Threat actor Sandworm Team – %1 alerts").arg(expected));
    buttons[0]->click();
    waitForCount(page);
    CHECK(page.model()->filter().intel == QStringLiteral("threat-actor--s"));
    CHECK(page.model()->filter().text.isEmpty());
    CHECK(page.model()->rowCount() == expected);
    auto* chip = page.findChild<QPushButton*>(QStringLiteral("intelFilter"));
    REQUIRE(chip);
    CHECK(chip->isVisible());
    CHECK(chip->text().contains(QStringLiteral("Sandworm Team")));
    CHECK_FALSE(row->isVisible());
    chip->click();
    waitForCount(page);
    CHECK(page.model()->filter().intel.isEmpty());
    CHECK(page.model()->rowCount() == 200);
    CHECK_FALSE(chip->isVisible());
    jobs.waitForIdle();
}

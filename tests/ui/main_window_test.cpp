#include "models/imports/line_excerpt.h"
#include "models/items/alert_table_model.h"
#include "models/store/database.h"
#include "tests/support/temp_dir.h"
#include "ui/about/about_dialog.h"
#include "ui/common/job_runner.h"
#include "ui/intel/import_controller.h"
#include "ui/intel/import_options_dialog.h"
#include "ui/intel/import_summary_dialog.h"
#include "ui/intel/intel_page.h"
#include "ui/main_window/main_window.h"
#include "ui/triage/triage_page.h"

#include <doctest/doctest.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace lagebild;

TEST_CASE("the main window builds with its seven pages and switches between them") {
    test::TempDir dir;
    ui::JobRunner jobs(dir.path(QStringLiteral("c.sqlite")));
    ui::MainWindow window(jobs);
    window.show();
    CHECK(window.windowTitle() == QStringLiteral("Lagebild"));
    const QStringList expected{QStringLiteral("Situation"), QStringLiteral("Triage"), QStringLiteral("Incidents"),
                               QStringLiteral("Intel"),     QStringLiteral("Feeds"),  QStringLiteral("Briefings"),
                               QStringLiteral("Warnings")};
    CHECK(window.pageNames() == expected);
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    CHECK(stack->count() == 7);
    for (int i = 0; i < ui::MainWindow::PageCount; ++i) {
        window.showPage(i);
        CHECK(window.currentPage() == i);
        CHECK(stack->currentIndex() == i);
    }
    QStringList menus;
    for (QAction* a : window.menuBar()->actions())
        menus << a->text().remove(QLatin1Char('&'));
    CHECK(menus == QStringList{QStringLiteral("File"), QStringLiteral("View"), QStringLiteral("Help")});
    CHECK(window.statusBar() != nullptr);
    jobs.waitForIdle();
}

TEST_CASE("keyboard shortcuts Ctrl+1 to Ctrl+6 switch pages") {
    test::TempDir dir;
    ui::JobRunner jobs(dir.path(QStringLiteral("c.sqlite")));
    ui::MainWindow window(jobs);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    CHECK(window.currentPage() == ui::MainWindow::IntelPageIndex);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.currentPage() == ui::MainWindow::SituationPageIndex);
    jobs.waitForIdle();
}

TEST_CASE("every empty page says what will be there in plain text") {
    test::TempDir dir;
    ui::JobRunner jobs(dir.path(QStringLiteral("c.sqlite")));
    ui::MainWindow window(jobs);
    const auto labels = window.findChildren<QLabel*>();
    int plain = 0;
    for (QLabel* l : labels)
        if (l->textFormat() == Qt::PlainText && l->text().size() > 40)
            ++plain;
    CHECK(plain >= 6);
    jobs.waitForIdle();
}

TEST_CASE("the about dialog shows the version and the third-party licences") {
    ui::AboutDialog about;
    const auto browsers = about.findChildren<QTextBrowser*>();
    REQUIRE(browsers.size() == 2);
    bool hasQt = false, hasEupl = false;
    for (auto* b : browsers) {
        hasQt = hasQt || b->toPlainText().contains(QStringLiteral("SQLite"));
        hasEupl = hasEupl || b->toPlainText().contains(QStringLiteral("EUROPEAN UNION PUBLIC LICENCE"));
    }
    CHECK(hasQt);
    CHECK(hasEupl);
}

TEST_CASE("importing a folder runs in the background, shows the summary and fills the Intel page") {
    test::TempDir dir;
    ui::JobRunner jobs(dir.path(QStringLiteral("c.sqlite")));
    ui::MainWindow window(jobs);
    window.show();
    auto* import = window.findChild<ui::ImportController*>();
    REQUIRE(import);
    QSignalSpy finished(import, &ui::ImportController::importFinished);
    import->importPaths({test::testData(QStringLiteral("stix/oasis-examples"))});
    CHECK(import->isRunning());
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().first().toInt() == 7);
    CHECK_FALSE(import->isRunning());
    auto* summary = window.findChild<ui::ImportSummaryDialog*>();
    REQUIRE(summary);
    CHECK(summary->isVisible());
    auto* tree = summary->findChild<QTreeWidget*>();
    REQUIRE(tree);
    CHECK(tree->topLevelItemCount() == 7);
    // The refresh after the import reaches the Intel page's model.
    auto* intel = window.findChild<ui::IntelPage*>();
    REQUIRE(intel);
    QAbstractItemModel* model = nullptr;
    for (auto* view : intel->findChildren<QTableView*>())
        model = view->model();
    REQUIRE(model);
    // The page may show a refresh from the middle of the import first; wait for the last one.
    for (int i = 0; i < 200 && model->rowCount() <= 3; ++i)
        QTest::qWait(50);
    CHECK(model->rowCount() > 3);
    jobs.waitForIdle();
}

TEST_CASE("a cancelled import stores nothing of the unfinished file") {
    test::TempDir dir;
    const QString db = dir.path(QStringLiteral("c.sqlite"));
    ui::JobRunner jobs(db);
    ui::MainWindow window(jobs);
    auto* import = window.findChild<ui::ImportController*>();
    REQUIRE(import);
    QSignalSpy finished(import, &ui::ImportController::importFinished);
    import->importPaths({test::testData(QStringLiteral("attack/ics-attack-18.1.json.gz"))});
    import->cancel();
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().first().toInt() == 0);
    // The summary says cancelled and rolled back, not "1 file(s) rejected".
    auto* summary = window.findChild<ui::ImportSummaryDialog*>();
    REQUIRE(summary);
    CHECK(summary->headline().contains(QStringLiteral("Cancelled: the unfinished file was rolled back.")));
    CHECK_FALSE(summary->headline().contains(QStringLiteral("rejected")));
    CHECK_FALSE(summary->headline().contains(QStringLiteral("(s)")));
    jobs.waitForIdle();
    auto opened = store::Database::open(db);
    REQUIRE(opened.ok());
    CHECK(opened.value()->queryInt("SELECT count(*) FROM stix_object").value() == 0);
}

TEST_CASE("the import options dialog asks only what applies to the files: alerts get the time zone, not TLP") {
    const ui::ImportKinds eve = ui::ImportKinds::of({test::testData(QStringLiteral("alerts/suricata/surevego-eve.json"))});
    CHECK(eve.alerts);
    CHECK_FALSE(eve.intel);
    CHECK(eve.files > 0);
    ui::ImportOptionsDialog alerts(eve);
    CHECK(alerts.findChild<QComboBox*>(QStringLiteral("defaultTlp")) == nullptr);
    CHECK(alerts.findChild<QComboBox*>(QStringLiteral("listType")) == nullptr);
    auto* zone = alerts.findChild<QComboBox*>(QStringLiteral("assumedZone"));
    REQUIRE(zone);
    zone->setCurrentIndex(zone->findText(QStringLiteral("UTC-05:00")));
    CHECK(alerts.options().assumedOffsetMinutes == -300);
    CHECK(alerts.findChild<QLabel*>(QStringLiteral("importKinds"))->text().contains(QStringLiteral("with sensor alerts.")));

    const ui::ImportKinds stix = ui::ImportKinds::of({test::testData(QStringLiteral("stix/oasis-examples"))});
    CHECK(stix.intel);
    CHECK_FALSE(stix.alerts);
    CHECK_FALSE(stix.lists);
    ui::ImportOptionsDialog intel(stix);
    CHECK(intel.findChild<QComboBox*>(QStringLiteral("defaultTlp")) != nullptr);
    CHECK(intel.findChild<QComboBox*>(QStringLiteral("assumedZone")) == nullptr);
    CHECK(intel.findChild<QComboBox*>(QStringLiteral("listType")) == nullptr);
}

TEST_CASE("File menu imports files or a folder, both reach the import with the folder's files") {
    test::TempDir dir;
    ui::JobRunner jobs(dir.path(QStringLiteral("c.sqlite")));
    ui::MainWindow window(jobs);
    QAction* folder = nullptr;
    for (QAction* a : window.menuBar()->actions().first()->menu()->actions())
        if (a->text() == QStringLiteral("Import f&older…"))
            folder = a;
    REQUIRE(folder);
    CHECK(folder->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+I")));
    // A folder given to the import (as the folder dialog or a drop does) imports every file in it.
    auto* import = window.findChild<ui::ImportController*>();
    QSignalSpy finished(import, &ui::ImportController::importFinished);
    QTimer::singleShot(0, [] {
        auto* options = qobject_cast<ui::ImportOptionsDialog*>(QApplication::activeModalWidget());
        CHECK(options);
        if (options)
            options->accept();
    });
    import->askAndImport({test::testData(QStringLiteral("stix/oasis-examples"))});
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().first().toInt() == 7);
    jobs.waitForIdle();
}

TEST_CASE("the import options dialog turns the analyst's choices into import options") {
    ui::ImportOptionsDialog dialog;
    auto defaults = dialog.options();
    CHECK_FALSE(defaults.defaultTlp.has_value());
    CHECK(defaults.sourceName.isEmpty());
    CHECK_FALSE(defaults.listType.has_value());
    auto combos = dialog.findChildren<QComboBox*>();
    REQUIRE(combos.size() == 3); // TLP, list type, time zone of sensor timestamps
    combos[0]->setCurrentIndex(combos[0]->findData(QStringLiteral("amber+strict")));
    combos[1]->setCurrentIndex(combos[1]->findData(QStringLiteral("domain-name")));
    dialog.findChild<QLineEdit*>()->setText(QStringLiteral("  CERT-Bund "));
    auto chosen = dialog.options();
    CHECK(chosen.defaultTlp == core::Tlp::AmberStrict);
    CHECK(chosen.sourceName == QStringLiteral("CERT-Bund"));
    REQUIRE(chosen.listType.has_value());
    CHECK(*chosen.listType == core::ObservableType::Domain);
}

TEST_CASE("the import summary counts alerts and intel apart and shows a whole issue with its lines of the file") {
    test::TempDir dir;
    const QString eve = dir.path(QStringLiteral("eve.json"));
    {
        QFile f(eve);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"event_type\":\"alert\"}\n{\"event_type\":\"dns\"}\n{\"timestamp\":\"yesterday\"}\n{}\n");
    }
    const QString longMessage = QStringLiteral("Timestamps in /media/usb/sensors/suricata-dmz/eve.json are not RFC 3339; "
                                               "the alert was skipped because its time cannot be placed on the timeline");
    imports::FileReport alerts;
    alerts.path = eve;
    alerts.format = QStringLiteral("eve");
    alerts.alerts = true;
    alerts.added = 303;
    alerts.issues.push_back({core::IssueSeverity::Warning, longMessage, QStringLiteral("line 3, byte 52"), QString()});
    imports::FileReport intel;
    intel.path = dir.path(QStringLiteral("bundle.json"));
    intel.format = QStringLiteral("stix");
    intel.added = 1;
    imports::FileReport unfinished;
    unfinished.path = dir.path(QStringLiteral("big.json"));
    unfinished.format = QStringLiteral("stix");
    unfinished.error = core::Error::make(core::ErrorCode::Cancelled, QStringLiteral("The import was cancelled."));

    ui::ImportSummaryDialog dialog({alerts, intel, unfinished}, QString(), true);
    CHECK(dialog.headline() == QStringLiteral("3 files read: 1 intel object added, 0 updated; 303 alerts added. Cancelled: "
                                              "the unfinished file was rolled back."));
    // The first issue is selected and shown whole, with the lines of the file around it.
    const QString detail = dialog.detailText();
    CHECK(detail.contains(longMessage));
    CHECK(detail.contains(QStringLiteral("File: ") + eve));
    CHECK(detail.contains(QStringLiteral(">      3  {\"timestamp\":\"yesterday\"}")));
    CHECK(detail.contains(QStringLiteral("       2  {\"event_type\":\"dns\"}")));
    CHECK(dialog.list()->currentItem()->toolTip(0).contains(QStringLiteral("cannot be placed on the timeline")));
    CHECK(dialog.reportText().contains(longMessage));
    CHECK(dialog.reportText().contains(QStringLiteral("line 3, byte 52")));
    // The message column takes the room left; the others fit their content.
    dialog.resize(900, 500);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.list()->columnWidth(0) > dialog.list()->columnWidth(1) * 3);

    CHECK(imports::issueLine(QStringLiteral("line 12, byte 345")) == 12);
    CHECK(imports::issueLine(QStringLiteral("Zeile 12, Byte 345")) == 12);
    CHECK(imports::issueLine(QStringLiteral("Event.Attribute[3]")) == 0);
}

TEST_CASE("Ctrl+K offers every action of the window on every page, says when nothing matches, and is a dialog") {
    test::TempDir dir;
    ui::JobRunner jobs(dir.path(QStringLiteral("c.sqlite")));
    ui::MainWindow window(jobs);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(ui::MainWindow::SituationPageIndex);
    QStringList warn, import, none;
    Qt::WindowFlags flags;
    bool opened = false;
    QTimer::singleShot(0, [&] {
        auto* palette = qobject_cast<ui::CommandPalette*>(QApplication::activeModalWidget());
        CHECK(palette);
        if (!palette)
            return;
        opened = true;
        flags = palette->windowFlags();
        palette->queryField()->setText(QStringLiteral("warn"));
        warn = palette->shownTexts();
        palette->queryField()->setText(QStringLiteral("import"));
        import = palette->shownTexts();
        palette->queryField()->setText(QStringLiteral("zzzz"));
        none = palette->shownTexts();
        QTest::keyClick(palette->queryField(), Qt::Key_Return); // nothing to run: stays open
        CHECK(palette->isVisible());
        // A triage action run from another page shows the triage page.
        palette->queryField()->setText(QStringLiteral("go to the alert table"));
        QTest::keyClick(palette->queryField(), Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    REQUIRE(opened);
    CHECK(warn.join(QLatin1Char('\n')).contains(QStringLiteral("View › Warnings")));
    CHECK(import.join(QLatin1Char('\n')).contains(QStringLiteral("File › Import files")));
    CHECK(import.join(QLatin1Char('\n')).contains(QStringLiteral("File › Import folder")));
    CHECK(none == QStringList{QStringLiteral("No action matches “zzzz”.")});
    CHECK_FALSE(flags.testFlag(Qt::WindowMinimizeButtonHint));
    CHECK_FALSE(flags.testFlag(Qt::WindowMaximizeButtonHint));
    REQUIRE(QTest::qWaitFor([&] { return window.currentPage() == ui::MainWindow::TriagePageIndex; }, 5000));
    jobs.waitForIdle();
}

TEST_CASE("a Situation card opens what it counts, and the counts follow a change made on the triage page") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("c.sqlite"));
    {
        auto db = store::Database::open(path);
        REQUIRE(db);
        // An hour ago: inside the page's default window (the last 7 days).
        const std::string t = std::to_string((QDateTime::currentMSecsSinceEpoch() - 3600 * 1000) * 1000);
        REQUIRE(db.value()->exec("INSERT INTO alert (dedup_key, time, sensor, signature, raw, matches) VALUES "
                                 "('a', " +
                                 t + ", 's', 'x', '{}', 1), ('b', " + t + ", 's', 'y', '{}', 0)"));
    }
    ui::JobRunner jobs(path);
    ui::MainWindow window(jobs);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.refresh();
    jobs.waitForIdle();
    auto* matched = window.findChild<QPushButton*>(QStringLiteral("situationCard5"));
    REQUIRE(matched);
    // The counts arrive through the event loop after the refresh job.
    auto* alerts = window.findChild<QPushButton*>(QStringLiteral("situationCard4"));
    REQUIRE(QTest::qWaitFor([&] { return alerts->findChildren<QLabel*>().last()->text() == QStringLiteral("2"); }, 10000));
    window.showPage(ui::MainWindow::SituationPageIndex);
    matched->setFocus();
    QTest::keyClick(matched, Qt::Key_Space);
    CHECK(window.currentPage() == ui::MainWindow::TriagePageIndex);
    auto* triage = window.findChild<ui::TriagePage*>();
    REQUIRE(triage);
    CHECK(triage->model()->filter().matchedOnly);

    // A new incident made on the triage page shows in the Incidents card without F5.
    auto* incidents = window.findChild<QPushButton*>(QStringLiteral("situationCard6"));
    // The counts arrive through the event loop after the refresh job: wait for them.
    REQUIRE(QTest::qWaitFor([&] { return incidents->findChildren<QLabel*>().last()->text() == QStringLiteral("0"); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return !triage->model()->isCounting() && triage->model()->rowAt(0); }, 10000));
    triage->view()->setCurrentIndex(triage->model()->index(0, 0));
    QTimer::singleShot(0, [] {
        if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget()))
            dialog->accept();
    });
    QTest::keyClick(triage->view(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(QTest::qWaitFor([&] { return incidents->findChildren<QLabel*>().last()->text() == QStringLiteral("1"); }, 10000));
    jobs.waitForIdle();
}

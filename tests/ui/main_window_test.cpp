#include "models/store/database.h"
#include "tests/support/temp_dir.h"
#include "ui/about/about_dialog.h"
#include "ui/common/job_runner.h"
#include "ui/intel/import_controller.h"
#include "ui/intel/import_options_dialog.h"
#include "ui/intel/import_summary_dialog.h"
#include "ui/intel/intel_page.h"
#include "ui/main_window/main_window.h"

#include <doctest/doctest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
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
    jobs.waitForIdle();
    auto opened = store::Database::open(db);
    REQUIRE(opened.ok());
    CHECK(opened.value()->queryInt("SELECT count(*) FROM stix_object").value() == 0);
}

TEST_CASE("the import options dialog turns the analyst's choices into import options") {
    ui::ImportOptionsDialog dialog;
    auto defaults = dialog.options();
    CHECK_FALSE(defaults.defaultTlp.has_value());
    CHECK(defaults.sourceName.isEmpty());
    CHECK_FALSE(defaults.listType.has_value());
    auto combos = dialog.findChildren<QComboBox*>();
    REQUIRE(combos.size() == 2);
    combos[0]->setCurrentIndex(combos[0]->findData(QStringLiteral("amber+strict")));
    combos[1]->setCurrentIndex(combos[1]->findData(QStringLiteral("domain-name")));
    dialog.findChild<QLineEdit*>()->setText(QStringLiteral("  CERT-Bund "));
    auto chosen = dialog.options();
    CHECK(chosen.defaultTlp == core::Tlp::AmberStrict);
    CHECK(chosen.sourceName == QStringLiteral("CERT-Bund"));
    REQUIRE(chosen.listType.has_value());
    CHECK(*chosen.listType == core::ObservableType::Domain);
}

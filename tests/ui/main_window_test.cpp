#include "tests/support/temp_dir.h"
#include "ui/about/about_dialog.h"
#include "ui/common/job_runner.h"
#include "ui/main_window/main_window.h"

#include <doctest/doctest.h>

#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>

using namespace lagebild;

TEST_CASE("the main window builds with its six pages and switches between them") {
    test::TempDir dir;
    ui::JobRunner jobs(dir.path(QStringLiteral("c.sqlite")));
    ui::MainWindow window(jobs);
    window.show();
    CHECK(window.windowTitle() == QStringLiteral("Lagebild"));
    const QStringList expected{QStringLiteral("Situation"), QStringLiteral("Triage"), QStringLiteral("Incidents"),
                               QStringLiteral("Intel"),     QStringLiteral("Feeds"),  QStringLiteral("Briefings")};
    CHECK(window.pageNames() == expected);
    auto* stack = window.findChild<QStackedWidget*>();
    REQUIRE(stack);
    CHECK(stack->count() == 6);
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

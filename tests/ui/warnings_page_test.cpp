#include "models/demo/demo_situation.h"
#include "models/items/warning_model.h"
#include "models/store/database.h"
#include "models/store/warning_repository.h"
#include "tests/support/temp_dir.h"
#include "ui/common/empty_state.h"
#include "ui/common/job_runner.h"
#include "ui/dashboard/demo_controller.h"
#include "ui/main_window/main_window.h"
#include "ui/warnings/warnings_page.h"

#include <doctest/doctest.h>

#include <QCalendarWidget>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace lagebild;

namespace {

void loadDemo(const QString& path, std::int64_t alerts) {
    auto db = store::Database::open(path);
    REQUIRE(db.ok());
    demo::DemoOptions options;
    options.alerts = alerts;
    REQUIRE(demo::DemoSituation(*db.value()).load(options, core::CancelToken()).ok());
}

std::int64_t queryInt(const QString& path, const std::string& sql) {
    auto db = store::Database::open(path);
    REQUIRE(db.ok());
    return db.value()->queryInt(sql).value();
}

} // namespace

TEST_CASE("the inbox lists the partner warnings and shows one as plain text and saves state and checklist") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.sqlite"));
    loadDemo(path, 200);
    ui::JobRunner jobs(path);
    ui::WarningsPage page(jobs, nullptr);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QSignalSpy unread(&page, &ui::WarningsPage::unreadCountChanged);
    page.reload();
    REQUIRE(QTest::qWaitFor([&] { return !page.currentId().isEmpty() && page.findChild<QListWidget*>()->count() > 0; }, 20000));
    const int warnings = page.model()->rowCount();
    CHECK(warnings == queryInt(path, "SELECT count(*) FROM warning_state") + page.model()->unreadCount());
    REQUIRE(unread.count() >= 1);
    const int unreadBefore = unread.last().first().toInt();
    CHECK(unreadBefore == page.model()->unreadCount());
    CHECK(unreadBefore > 0);

    // Pick an unread warning; its description is plain text, its recommendations a checklist.
    QString id;
    for (int r = 0; r < warnings && id.isEmpty(); ++r)
        if (page.model()->warningAt(r)->state == store::WarningState::New)
            id = page.model()->warningAt(r)->id;
    REQUIRE_FALSE(id.isEmpty());
    page.select(id);
    REQUIRE(QTest::qWaitFor([&] { return page.currentId() == id && page.findChild<QWidget*>()->isEnabled(); }, 20000));
    REQUIRE(QTest::qWaitFor(
        [&] {
            auto* list = page.findChild<QListWidget*>();
            return list->count() > 0 && !list->item(0)->data(Qt::UserRole).toString().isEmpty();
        },
        20000));
    auto* description = page.findChild<QPlainTextEdit*>();
    REQUIRE(description);
    CHECK_FALSE(description->toPlainText().isEmpty());
    for (auto* label : page.findChildren<QLabel*>())
        if (!label->buddy()) // form labels carry our own mnemonics; every other label is plain text
            CHECK(label->textFormat() == Qt::PlainText);

    // Keyboard: 'A' with the list focused marks the warning as applying to us (audited).
    auto* table = page.findChild<QTableView*>();
    REQUIRE(table);
    table->setFocus();
    QSignalSpy updated(&page, &ui::WarningsPage::updated);
    QTest::keyClick(table, Qt::Key_A);
    REQUIRE(QTest::qWaitFor(
        [&] { return page.model()->warningAt(page.model()->rowOf(id))->state == store::WarningState::Applies; }, 20000));
    CHECK(unread.last().first().toInt() == unreadBefore - 1);
    const std::string where = "stix_id = '" + id.toStdString() + "'";
    CHECK(queryInt(path, "SELECT count(*) FROM warning_state WHERE state = 'applies' AND " + where) == 1);
    CHECK(queryInt(path, "SELECT count(*) FROM audit_log WHERE action = 'warning.state' AND json_extract(detail, "
                         "'$.target') = '" +
                             id.toStdString() + "'") == 1);

    // Ticking a recommendation is saved at once.
    auto* list = page.findChild<QListWidget*>();
    const QString item = list->item(0)->data(Qt::UserRole).toString();
    list->item(0)->setCheckState(Qt::Checked);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return queryInt(path, "SELECT count(*) FROM warning_checklist WHERE done = 1 AND " + where + " AND item_id = '" +
                                      item.toStdString() + "'") == 1;
        },
        20000));
    REQUIRE(QTest::qWaitFor([&] { return page.findChild<QListWidget*>()->item(0)->checkState() == Qt::Checked; }, 20000));

    // The mitigated button, by mouse.
    QPushButton* mitigated = nullptr;
    for (auto* b : page.findChildren<QPushButton*>())
        if (b->property("warningState").toString() == QStringLiteral("mitigated"))
            mitigated = b;
    REQUIRE(mitigated);
    QTest::mouseClick(mitigated, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor(
        [&] { return queryInt(path, "SELECT count(*) FROM warning_state WHERE state = 'mitigated' AND " + where) == 1; }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return mitigated->isChecked(); }, 20000));
    jobs.waitForIdle();
}

TEST_CASE("an empty database offers the demo situation and import on first start and loading fills the pages") {
    test::TempDir dir;
    ui::JobRunner jobs(dir.path(QStringLiteral("first.sqlite")));
    ui::MainWindow window(jobs);
    window.showPage(ui::MainWindow::SituationPageIndex);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* offer = window.findChild<ui::EmptyState*>(QStringLiteral("firstStart"));
    REQUIRE(offer);
    QPushButton* demo = nullptr;
    QPushButton* import = nullptr;
    for (auto* b : offer->findChildren<QPushButton*>()) {
        if (b->text().contains(QStringLiteral("Demo")))
            demo = b;
        if (b->text().contains(QStringLiteral("Import")))
            import = b;
    }
    REQUIRE(demo);
    REQUIRE(import);
    const bool tabFocus = (demo->focusPolicy() & Qt::TabFocus) != 0;
    CHECK(tabFocus);
    // Enabled once the refresh found the database empty.
    REQUIRE(QTest::qWaitFor([&] { return demo->isEnabled() && offer->isVisible(); }, 20000));
    auto* controller = window.demoController();
    QSignalSpy loaded(controller, &ui::DemoController::demoLoaded);
    demo->setFocus();
    QTest::keyClick(demo, Qt::Key_Space);
    CHECK(controller->isRunning());
    CHECK_FALSE(demo->isEnabled());
    REQUIRE(loaded.wait(60000));
    CHECK(loaded.first().first().toBool());
    CHECK_FALSE(controller->isRunning());
    // The refresh after the load replaces the offer with the situation and counts unread warnings.
    REQUIRE(QTest::qWaitFor([&] { return !offer->isVisible(); }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return window.pageNames().last().startsWith(QStringLiteral("Warnings (")); }, 20000));
    CHECK_FALSE(controller->action()->isEnabled()); // no second demo into a filled database
    jobs.waitForIdle();
    auto db = store::Database::open(jobs.databasePath());
    REQUIRE(db.ok());
    CHECK(db.value()->queryInt("SELECT count(*) FROM alert").value() == 5000);
}

TEST_CASE("a cancelled demo load leaves the database empty and the offer in place") {
    test::TempDir dir;
    ui::JobRunner jobs(dir.path(QStringLiteral("c.sqlite")));
    ui::MainWindow window(jobs);
    auto* controller = window.demoController();
    QSignalSpy loaded(controller, &ui::DemoController::demoLoaded);
    controller->load(200000);
    controller->cancel();
    REQUIRE(loaded.wait(60000));
    CHECK_FALSE(loaded.first().first().toBool());
    jobs.waitForIdle();
    auto db = store::Database::open(jobs.databasePath());
    REQUIRE(db.ok());
    CHECK(demo::DemoSituation::isEmpty(*db.value()).value());
}

TEST_CASE("the due-date calendar of a warning without a due date opens at today, not in January 2000") {
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("w.sqlite"));
    loadDemo(path, 50);
    ui::JobRunner jobs(path);
    ui::WarningsPage page(jobs, nullptr);
    page.resize(1100, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.reload();
    REQUIRE(QTest::qWaitFor([&] { return !page.currentId().isEmpty(); }, 20000));
    QString id;
    for (int r = 0; r < page.model()->rowCount() && id.isEmpty(); ++r)
        if (!page.model()->warningAt(r)->due)
            id = page.model()->warningAt(r)->id;
    REQUIRE_FALSE(id.isEmpty());
    page.select(id);
    auto* due = page.findChild<QDateEdit*>();
    REQUIRE(due);
    REQUIRE(
        QTest::qWaitFor([&] { return page.currentId() == id && due->isEnabled() && due->date() == due->minimumDate(); }, 20000));
    QCalendarWidget* calendar = due->calendarWidget();
    QTest::mouseClick(due, Qt::LeftButton, {}, QPoint(due->width() - 6, due->height() / 2)); // the arrow
    REQUIRE(QTest::qWaitFor([&] { return calendar->isVisible(); }, 5000));
    CHECK(calendar->yearShown() == QDate::currentDate().year());
    CHECK(calendar->monthShown() == QDate::currentDate().month());
    CHECK(due->date() == due->minimumDate()); // opening it set no date
    calendar->window()->hide();
    jobs.waitForIdle();
}

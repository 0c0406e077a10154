#include "models/demo/demo_situation.h"
#include "models/items/alert_table_model.h"
#include "models/store/database.h"
#include "models/store/snapshot_repository.h"
#include "tests/support/temp_dir.h"
#include "ui/common/job_runner.h"
#include "ui/common/theme.h"
#include "ui/dashboard/attack_heatmap.h"
#include "ui/dashboard/ranked_list.h"
#include "ui/dashboard/situation_charts.h"
#include "ui/dashboard/situation_page.h"
#include "ui/dashboard/snapshot_dialog.h"
#include "ui/dashboard/threat_level_banner.h"
#include "ui/main_window/main_window.h"
#include "ui/triage/triage_filter_bar.h"
#include "ui/triage/triage_page.h"

#include <doctest/doctest.h>

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QDateTime>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace lagebild;

namespace {

struct DemoWindow {
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("s.sqlite"));
    std::unique_ptr<ui::JobRunner> jobs;
    std::unique_ptr<ui::MainWindow> window;
    ui::SituationPage* page = nullptr;
    ui::TriagePage* triage = nullptr;

    DemoWindow() {
        {
            auto db = store::Database::open(path);
            REQUIRE(db);
            demo::DemoOptions options;
            options.alerts = 3000;
            options.end = QDateTime::currentSecsSinceEpoch() * 1'000'000LL;
            REQUIRE(demo::DemoSituation(*db.value()).load(options, core::CancelToken()).ok());
        }
        jobs = std::make_unique<ui::JobRunner>(path);
        window = std::make_unique<ui::MainWindow>(*jobs);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        page = window->findChild<ui::SituationPage*>();
        triage = window->findChild<ui::TriagePage*>();
        REQUIRE(page);
        REQUIRE(triage);
        REQUIRE(QTest::qWaitFor([&] { return page->view().has_value(); }, 20000));
    }
    ~DemoWindow() { jobs->waitForIdle(); }

    /// Opens an entry and waits until Triage has counted what it shows.
    std::int64_t triageCountAfter(const std::function<void()>& open) {
        open();
        REQUIRE(window->currentPage() == ui::MainWindow::TriagePageIndex);
        QTest::qWait(50);
        REQUIRE(QTest::qWaitFor([&] { return !triage->model()->isCounting(); }, 20000));
        return triage->model()->rowCount();
    }
    void back() {
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        REQUIRE(window->currentPage() == ui::MainWindow::SituationPageIndex);
    }
};

} // namespace

TEST_CASE("every chart bar and list entry of the Situation page opens exactly as many alerts as it shows, and Back returns") {
    DemoWindow w;
    const auto& view = *w.page->view();
    CHECK(view.picture.alerts.total > 0);
    CHECK(w.page->banner()->levelText().startsWith(QStringLiteral("3 · Orange")));
    CHECK(w.page->banner()->ruleText().contains(QStringLiteral("An open incident of severity 1")));

    auto* timeline = w.page->charts()->timeline();
    REQUIRE(timeline->entries().size() > 4);
    for (int k : {0, static_cast<int>(timeline->entries().size()) / 2, static_cast<int>(timeline->entries().size()) - 1}) {
        const std::int64_t shown = timeline->entries()[static_cast<std::size_t>(k)].count;
        CHECK(w.triageCountAfter([&] { timeline->activate(k); }) == shown);
        CHECK(w.triage->model()->filter().severities.size() == 1);
        w.back();
    }
    // Keyboard: focus the status chart, Right to the second bar (in progress), Enter.
    auto* status = w.page->charts()->byStatus();
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Home);
    QTest::keyClick(status, Qt::Key_Right);
    REQUIRE(status->currentEntry() == 1);
    const std::int64_t inProgress = status->entries()[1].count;
    CHECK(inProgress == view.picture.alerts.byStatus.at(QStringLiteral("in-progress")));
    CHECK(w.triageCountAfter([&] { QTest::keyClick(status, Qt::Key_Return); }) == inProgress);
    CHECK(w.triage->model()->filter().statuses == QStringList{QStringLiteral("in-progress")});
    w.back();

    auto* sensors = w.page->charts()->bySensor();
    REQUIRE_FALSE(sensors->entries().empty());
    CHECK(w.triageCountAfter([&] { sensors->activate(0); }) == sensors->entries()[0].count);
    w.back();
    auto* matched = w.page->charts()->matched();
    REQUIRE_FALSE(matched->entries().empty());
    CHECK(w.triageCountAfter([&] { matched->activate(0); }) == matched->entries()[0].count);
    CHECK(w.triage->model()->filter().matchedOnly);
    w.back();

    // The heatmap: a scored cell opens the alerts that carry the technique or a sub-technique.
    auto* heatmap = w.page->heatmap();
    const auto& matrix = heatmap->matrix();
    REQUIRE_FALSE(matrix.empty());
    CHECK(matrix.domain == QStringLiteral("enterprise-attack"));
    bool opened = false;
    for (int c = 0; c < static_cast<int>(matrix.columns.size()) && !opened; ++c)
        if (!matrix.columns[static_cast<std::size_t>(c)].empty() &&
            matrix.columns[static_cast<std::size_t>(c)][0].score.alerts > 0) {
            const std::int64_t shown = matrix.columns[static_cast<std::size_t>(c)][0].score.alerts;
            heatmap->setFocus();
            heatmap->setCurrentCell(0, c);
            CHECK(w.triageCountAfter([&] { QTest::keyClick(heatmap, Qt::Key_Return); }) == shown);
            CHECK(heatmap->item(0, c)->text().contains(QStringLiteral("%1 alert").arg(shown)));
            w.back();
            opened = true;
        }
    CHECK(opened);

    for (ui::RankedList* list : {w.page->techniques(), w.page->indicators(), w.page->threats()}) {
        REQUIRE_FALSE(list->entries().empty());
        const std::int64_t shown = list->entries()[0].count;
        CHECK(shown > 0);
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        CHECK(w.triageCountAfter([&] { QTest::keyClick(list, Qt::Key_Return); }) == shown);
        w.back();
    }
}

TEST_CASE("freezing the picture makes a snapshot, the page then says what changed since, and the dialog compares") {
    DemoWindow w;
    // The demo froze its three weekly pictures: the page says what changed since the last one.
    CHECK(w.page->findChild<QLabel*>(QStringLiteral("keyDevelopments"))->text().startsWith(QStringLiteral("Since ")));
    CHECK(w.page->findChild<QLabel*>(QStringLiteral("keyDevelopments"))->text().contains(QStringLiteral("Alerts: 3,000 (+")));
    QSignalSpy shown(w.page, &ui::SituationPage::viewShown);
    w.page->freezeAction()->trigger();
    REQUIRE(QTest::qWaitFor(
        [&] {
            return w.page->findChild<QLabel*>(QStringLiteral("keyDevelopments"))
                ->text()
                .contains(QStringLiteral("Nothing of note changed."));
        },
        20000));
    {
        auto db = store::Database::open(w.path);
        REQUIRE(db);
        CHECK(store::SnapshotRepository(*db.value()).list().value().size() == 4);
        REQUIRE(db.value()->exec("INSERT INTO stix_object (id, type, name, json, first_seen, last_seen) VALUES "
                                 "('campaign--00000000-0000-4000-8000-0000000000ff', 'campaign', 'Operation TEST', '{}', 1, 1)"));
    }
    w.page->refresh();
    REQUIRE(QTest::qWaitFor(
        [&] {
            return w.page->findChild<QLabel*>(QStringLiteral("keyDevelopments"))
                ->text()
                .contains(QStringLiteral("1 new campaign: Operation TEST"));
        },
        20000));

    ui::SnapshotDialog dialog(*w.jobs);
    REQUIRE(QTest::qWaitFor([&] { return dialog.snapshots()->topLevelItemCount() == 4; }, 20000));
    QSignalSpy diffShown(&dialog, &ui::SnapshotDialog::diffShown);
    dialog.snapshots()->setCurrentItem(dialog.snapshots()->topLevelItem(0));
    dialog.snapshots()->topLevelItem(0)->setSelected(true);
    emit dialog.snapshots()->itemActivated(dialog.snapshots()->topLevelItem(0), 0);
    REQUIRE(diffShown.wait(20000));
    const auto found = dialog.diff()->findItems(QStringLiteral("campaign"), Qt::MatchExactly | Qt::MatchRecursive, 0);
    REQUIRE(found.size() == 1);
    CHECK(found.first()->text(1) == QStringLiteral("+1"));
}

TEST_CASE("the dark theme darkens the window and the charts follow it, and 'system' brings the platform's palette back") {
    DemoWindow w;
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    ui::applyTheme(ui::Theme::Dark);
    QCoreApplication::processEvents();
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    // The page draws its charts again in the new palette (a chart's axis labels take its text colour).
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto axes = w.page->charts()->timeline()->chart()->axes();
            return !axes.isEmpty() && axes.first()->labelsColor() == text;
        },
        5000));
    ui::applyTheme(ui::Theme::System);
    QCoreApplication::processEvents();
    CHECK(QApplication::palette().color(QPalette::Window) == systemWindow);
    CHECK(ui::themeFromName(QStringLiteral("dark")) == ui::Theme::Dark);
    CHECK(ui::themeFromName(QStringLiteral("bogus")) == ui::Theme::System);
    CHECK(ui::themeName(ui::Theme::Light) == QStringLiteral("light"));
}

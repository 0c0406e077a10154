#include "models/items/warning_model.h"

#include <doctest/doctest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace lagebild;

namespace {

store::WarningSummary warning(const char* id, store::WarningState state, const char* title) {
    store::WarningSummary w;
    w.id = QString::fromLatin1(id);
    w.type = QStringLiteral("report");
    w.title = QString::fromUtf8(title);
    w.source = QStringLiteral("National CERT");
    w.tlp = QStringLiteral("amber+strict");
    w.state = state;
    w.published = 1767323045LL * 1000000;
    return w;
}

} // namespace

TEST_CASE("the warning model shows the inbox and counts unread rows and passes the model tester") {
    items::WarningModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(model.rowCount() == 0);
    model.setWarnings({warning("report--a", store::WarningState::New, "<b>Phishing</b> wave"),
                       warning("report--b", store::WarningState::Mitigated, "Patch now"),
                       warning("note--c", store::WarningState::New, "ISAC note")});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == items::WarningModel::ColumnCount);
    CHECK(model.unreadCount() == 2);
    const auto title = model.index(0, items::WarningModel::TitleColumn);
    CHECK(model.data(title).toString() == QStringLiteral("<b>Phishing</b> wave")); // verbatim, shown as plain text
    CHECK(model.data(title, items::WarningModel::IdRole).toString() == QStringLiteral("report--a"));
    CHECK(model.data(title, items::WarningModel::UnreadRole).toBool());
    CHECK(model.data(model.index(0, items::WarningModel::StateColumn)).toString() == QStringLiteral("New"));
    CHECK(model.data(model.index(0, items::WarningModel::TlpColumn)).toString() == QStringLiteral("TLP:AMBER+STRICT"));
    CHECK(model.data(model.index(1, items::WarningModel::StateColumn), items::WarningModel::StateRole).toString() ==
          QStringLiteral("mitigated"));
    CHECK(model.data(model.index(0, items::WarningModel::DueColumn)).toString().isEmpty());
    CHECK(model.data(model.index(0, items::WarningModel::PublishedColumn), items::WarningModel::SortRole).toLongLong() ==
          1767323045LL * 1000000);
    CHECK(model.headerData(items::WarningModel::OwnerColumn, Qt::Horizontal).toString() == QStringLiteral("Owner"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto updated = warning("report--a", store::WarningState::Applies, "<b>Phishing</b> wave");
    updated.owner = QStringLiteral("Shift B");
    updated.due = 1767323045LL * 1000000;
    CHECK(model.updateWarning(updated));
    CHECK(changed.count() == 1);
    CHECK(model.unreadCount() == 1);
    CHECK(model.data(model.index(0, items::WarningModel::OwnerColumn)).toString() == QStringLiteral("Shift B"));
    CHECK_FALSE(model.data(model.index(0, items::WarningModel::DueColumn)).toString().isEmpty());
    CHECK_FALSE(model.updateWarning(warning("report--zzz", store::WarningState::New, "x")));
    CHECK(model.rowOf(QStringLiteral("note--c")) == 2);
    CHECK(model.warningAt(7) == nullptr);
    CHECK_FALSE(model.data(model.index(9, 0)).isValid());
    model.setWarnings({});
    CHECK(model.rowCount() == 0);
}

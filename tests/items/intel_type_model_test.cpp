#include "models/items/intel_type_model.h"

#include <doctest/doctest.h>

#include <QAbstractItemModelTester>

using namespace lagebild;

TEST_CASE("the intel type model lists types by count and passes the model tester") {
    items::IntelTypeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(model.rowCount() == 0);
    store::CacheStats stats;
    stats.objectsByType[QStringLiteral("indicator")] = 25;
    stats.objectsByType[QStringLiteral("malware")] = 3;
    stats.objectsByType[QStringLiteral("relationship")] = 90;
    model.setStats(stats);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == 2);
    CHECK(model.data(model.index(0, 0)).toString() == QStringLiteral("relationship"));
    CHECK(model.data(model.index(0, 1), items::IntelTypeModel::SortRole).toLongLong() == 90);
    CHECK(model.totalObjects() == 118);
    CHECK_FALSE(model.data(model.index(5, 0)).isValid());
}

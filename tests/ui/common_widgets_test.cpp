#include "models/items/alert_table_model.h"
#include "models/items/chip.h"
#include "ui/common/chip_delegate.h"
#include "ui/common/column_fitter.h"

#include <doctest/doctest.h>

#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace lagebild;

TEST_CASE("a narrow table hides its least important columns first and shows them again when it widens") {
    QStandardItemModel model(3, 5);
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->hide();
    for (int c = 0; c < 5; ++c)
        view.setColumnWidth(c, 100);
    // Column 1 is the main text; 4 goes first, then 0; 2 and 3 always stay.
    ui::ColumnFitter fitter(&view, 1, {4, 0}, 200);
    view.resize(800, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    CHECK(fitter.autoHidden().isEmpty());
    CHECK(view.columnWidth(1) >= 200);

    view.resize(560, 300); // 4 × 100 others + 200 main do not fit: 4 goes
    QTest::qWait(10);
    CHECK(fitter.autoHidden() == QList<int>{4});
    CHECK(view.isColumnHidden(4));
    CHECK(view.columnWidth(1) >= 200);
    view.resize(430, 300); // then 0
    QTest::qWait(10);
    CHECK(fitter.autoHidden() == QList<int>{4, 0});
    CHECK_FALSE(view.isColumnHidden(2));

    // A column the user hid stays hidden when there is room again; the fitter's come back.
    view.setColumnHidden(3, true);
    view.resize(900, 300);
    QTest::qWait(10);
    CHECK(fitter.autoHidden().isEmpty());
    CHECK_FALSE(view.isColumnHidden(0));
    CHECK_FALSE(view.isColumnHidden(4));
    CHECK(view.isColumnHidden(3));
}

TEST_CASE("TLP and severity chips use FIRST TLP 2.0 colours on black and a colour-blind-safe scale, with their text") {
    CHECK(ui::chipColors(items::tlpChip(QStringLiteral("red"))).text == QColor(0xFF, 0x2B, 0x2B));
    CHECK(ui::chipColors(items::tlpChip(QStringLiteral("amber"))).text == QColor(0xFF, 0xC0, 0x00));
    CHECK(ui::chipColors(items::tlpChip(QStringLiteral("amber+strict"))).text == QColor(0xFF, 0xC0, 0x00));
    CHECK(ui::chipColors(items::tlpChip(QStringLiteral("green"))).text == QColor(0x33, 0xFF, 0x00));
    CHECK(ui::chipColors(items::tlpChip(QStringLiteral("clear"))).text == QColor(0xFF, 0xFF, 0xFF));
    for (const char* tlp : {"red", "amber", "green", "clear"})
        CHECK(ui::chipColors(items::tlpChip(QString::fromLatin1(tlp))).background == QColor(0, 0, 0));
    CHECK_FALSE(ui::chipColors(items::tlpChip(QString())).valid()); // unmarked: no chip
    // Severities are told apart by colour and keep a readable text colour.
    QSet<QRgb> backgrounds;
    for (int s = 1; s <= 4; ++s) {
        const auto c = ui::chipColors(items::severityChip(s));
        REQUIRE(c.valid());
        backgrounds.insert(c.background.rgb());
        const double contrast = std::abs(c.background.lightnessF() - c.text.lightnessF());
        CHECK(contrast > 0.35);
    }
    CHECK(backgrounds.size() == 4);

    // The delegate paints the chip's colour under the text, in the severity column only.
    QStandardItemModel model(1, 2);
    model.setData(model.index(0, 0), items::AlertTableModel::severityText(1));
    model.setData(model.index(0, 0), items::severityChip(1), items::kChipRole);
    model.setData(model.index(0, 1), QStringLiteral("plain"));
    QTableView view;
    view.setModel(&model);
    view.setItemDelegate(new ui::ChipDelegate(&view));
    view.resize(400, 120);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const QImage shot = view.viewport()->grab().toImage();
    const QRect cell = view.visualRect(model.index(0, 0));
    const QColor high = ui::chipColors(items::severityChip(1)).background;
    int chipPixels = 0;
    for (int x = cell.left(); x < cell.right(); ++x)
        chipPixels += shot.pixelColor(x, cell.center().y()) == high ? 1 : 0;
    CHECK(chipPixels > 10);
    const QRect other = view.visualRect(model.index(0, 1));
    int otherPixels = 0;
    for (int x = other.left(); x < other.right(); ++x)
        otherPixels += shot.pixelColor(x, other.center().y()) == high ? 1 : 0;
    CHECK(otherPixels == 0);
}

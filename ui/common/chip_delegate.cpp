#include "ui/common/chip_delegate.h"

#include "models/items/chip.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace lagebild::ui {

namespace {

constexpr int kPadX = 6;
constexpr int kMarginY = 2;

} // namespace

ChipColors chipColors(const QString& kind) {
    const QColor black(0, 0, 0);
    if (kind == QLatin1String("tlp:red"))
        return {black, QColor(0xFF, 0x2B, 0x2B)};
    if (kind == QLatin1String("tlp:amber") || kind == QLatin1String("tlp:amber+strict"))
        return {black, QColor(0xFF, 0xC0, 0x00)};
    if (kind == QLatin1String("tlp:green"))
        return {black, QColor(0x33, 0xFF, 0x00)};
    if (kind == QLatin1String("tlp:clear") || kind == QLatin1String("tlp:white"))
        return {black, QColor(0xFF, 0xFF, 0xFF)};
    if (kind.startsWith(QLatin1String("tlp:")))
        return {QColor(0x60, 0x60, 0x60), QColor(0xFF, 0xFF, 0xFF)}; // unknown marking
    if (kind == QLatin1String("severity:1"))
        return {QColor(0xD5, 0x5E, 0x00), QColor(0xFF, 0xFF, 0xFF)};
    if (kind == QLatin1String("severity:2"))
        return {QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x00, 0x00)};
    if (kind == QLatin1String("severity:3"))
        return {QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x00, 0x00)};
    if (kind == QLatin1String("severity:4"))
        return {QColor(0xBB, 0xBB, 0xBB), QColor(0x00, 0x00, 0x00)};
    return {};
}

void showChip(QLabel* label, const QString& kind, const QString& text) {
    const ChipColors colors = chipColors(kind);
    label->setVisible(colors.valid() && !text.isEmpty());
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 1px 8px; }")
                             .arg(colors.background.name(), colors.text.name()));
}

void ChipDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const ChipColors colors = chipColors(index.data(items::kChipRole).toString());
    if (!colors.valid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    // The row background (selection, alternate colour) first, without the text.
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QFontMetrics fm(opt.font);
    const int textWidth = fm.horizontalAdvance(text) + 2; // slack: eliding at the exact advance cut "2 medium"
    const int width = std::min(textWidth + 2 * kPadX, opt.rect.width() - 4);
    const int height = std::min(fm.height() + 2, opt.rect.height() - 2 * kMarginY);
    QRect chip(opt.rect.left() + 3, opt.rect.center().y() - height / 2, width, height);
    if (opt.displayAlignment & Qt::AlignRight)
        chip.moveRight(opt.rect.right() - 3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(chip, height / 2.0, height / 2.0);
    painter->fillPath(path, colors.background);
    painter->setFont(opt.font);
    painter->setPen(colors.text);
    const QString shown =
        chip.width() - 2 * kPadX >= textWidth ? text : fm.elidedText(text, Qt::ElideRight, chip.width() - 2 * kPadX);
    painter->drawText(chip.adjusted(kPadX - 1, 0, -kPadX + 1, 0), Qt::AlignCenter, shown);
    painter->restore();
}

QSize ChipDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (chipColors(index.data(items::kChipRole).toString()).valid())
        size.rwidth() += 2 * kPadX + 10;
    return size;
}

} // namespace lagebild::ui

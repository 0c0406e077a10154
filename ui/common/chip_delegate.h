#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QLabel;

namespace lagebild::ui {

struct ChipColors {
    QColor background;
    QColor text;
    bool valid() const { return background.isValid(); }
};

/// The one palette for TLP and severity, used on every page (issue 14). TLP: FIRST TLP 2.0
/// colours on black (RED #FF2B2B, AMBER #FFC000, GREEN #33FF00, CLEAR #FFFFFF). Severity: a scale
/// from the Okabe–Ito colour-blind-safe set (high vermillion, medium orange, low sky blue, info
/// grey), each with a text colour of sufficient contrast. Invalid colours for an unknown kind.
ChipColors chipColors(const QString& kind);

/// Shows `text` on `label` as a chip of `kind` (hidden when the kind has no colours or no text).
void showChip(QLabel* label, const QString& kind, const QString& text);

/// Paints cells whose model answers items::kChipRole as a rounded chip with the cell's text;
/// other cells as usual. Subclasses may adjust the style option (bold for unread, …).
class ChipDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace lagebild::ui

#pragma once

#include <QString>

namespace lagebild::items {

/// A model cell that is drawn as a coloured chip with its text (TLP, severity). Models answer
/// kChipRole with the chip's kind; ui::ChipDelegate paints it with ui::chipColors(). The text
/// stays the DisplayRole text: colour is never the only sign.
inline constexpr int kChipRole = 0x0100 + 500; // Qt::UserRole + 500

/// "tlp:red", "tlp:amber+strict", … from a TLP name ("red"); empty for no marking.
inline QString tlpChip(const QString& tlpName) { return tlpName.isEmpty() ? QString() : QStringLiteral("tlp:") + tlpName; }
/// "severity:1" (high) … "severity:4" (info).
inline QString severityChip(int severity) { return QStringLiteral("severity:") + QString::number(severity); }

} // namespace lagebild::items

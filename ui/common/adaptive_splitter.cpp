#include "ui/common/adaptive_splitter.h"

namespace lagebild::ui {

AdaptiveSplitter::AdaptiveSplitter(int sideBySideWidth, QList<int> wide, QList<int> narrow, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent), m_sideBySide(sideBySideWidth), m_wide(std::move(wide)), m_narrow(std::move(narrow)) {
    setChildrenCollapsible(false);
}

void AdaptiveSplitter::resizeEvent(QResizeEvent* event) {
    QSplitter::resizeEvent(event);
    place();
}

void AdaptiveSplitter::showEvent(QShowEvent* event) {
    QSplitter::showEvent(event);
    place();
}

void AdaptiveSplitter::place() {
    const Qt::Orientation wanted = width() >= m_sideBySide ? Qt::Horizontal : Qt::Vertical;
    if (m_placed && wanted == orientation())
        return;
    m_placed = true;
    setOrientation(wanted);
    // Sizes are shares of the space the splitter gets: large numbers in the wanted proportion.
    QList<int> shares;
    for (int s : wanted == Qt::Horizontal ? m_wide : m_narrow)
        shares << s * 10000;
    setSizes(shares);
}

} // namespace lagebild::ui

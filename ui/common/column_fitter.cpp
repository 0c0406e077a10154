#include "ui/common/column_fitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace lagebild::ui {

ColumnFitter::ColumnFitter(QTableView* view, int mainColumn, QList<int> hideOrder, int minMainWidth)
    : QObject(view), m_view(view), m_main(mainColumn), m_order(std::move(hideOrder)), m_minMain(minMainWidth) {
    m_view->horizontalHeader()->setSectionResizeMode(m_main, QHeaderView::Stretch);
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
    // A column widened by hand may leave the main column too little room.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != m_main && !m_fitting)
            QTimer::singleShot(0, this, &ColumnFitter::fit);
    });
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    // During the view's destruction its viewport may still resize: the view is no table then.
    if (watched == m_viewport && event->type() == QEvent::Resize && qobject_cast<QTableView*>(parent()))
        fit();
    return QObject::eventFilter(watched, event);
}

int ColumnFitter::othersWidth() const {
    int width = 0;
    const QHeaderView* header = m_view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        if (c != m_main && !header->isSectionHidden(c))
            width += header->sectionSize(c);
    return width;
}

void ColumnFitter::fit() {
    if (m_fitting || !m_view->model())
        return;
    m_fitting = true;
    QHeaderView* header = m_view->horizontalHeader();
    // A column the fitter hid but the user showed again is the user's now.
    for (int i = static_cast<int>(m_hidden.size()) - 1; i >= 0; --i)
        if (!header->isSectionHidden(m_hidden[i]))
            m_hidden.removeAt(i);
    const int room = m_view->viewport()->width();
    // Show again what fits, the last hidden first.
    while (!m_hidden.isEmpty()) {
        const int column = m_hidden.last();
        if (room - othersWidth() - header->sectionSize(column) < m_minMain)
            break;
        m_hidden.removeLast();
        header->showSection(column);
    }
    // Hide the least important visible columns while the main one lacks room.
    for (int column : m_order) {
        if (room - othersWidth() >= m_minMain)
            break;
        if (header->isSectionHidden(column) || column == m_main)
            continue;
        header->hideSection(column);
        m_hidden.append(column);
    }
    m_fitting = false;
}

} // namespace lagebild::ui

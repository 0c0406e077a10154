#pragma once

#include <QWidget>

class QStackedLayout;
class QTableView;
class QLabel;
class QAction;

namespace lagebild::items {
class IntelTypeModel;
}

namespace lagebild::store {
struct CacheStats;
}

namespace lagebild::ui {

class EmptyState;

/// Intel page: objects per STIX type with counts; an empty state with Import… until data exists.
class IntelPage : public QWidget {
    Q_OBJECT
public:
    IntelPage(QAction* importAction, QWidget* parent = nullptr);
    void setStats(const store::CacheStats& stats);

private:
    items::IntelTypeModel* m_model;
    QStackedLayout* m_stack;
    EmptyState* m_empty;
    QWidget* m_content;
    QLabel* m_summary;
};

} // namespace lagebild::ui

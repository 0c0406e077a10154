#pragma once

#include <QWidget>

class QLabel;
class QStackedLayout;
class QAction;

namespace lagebild::store {
struct CacheStats;
}

namespace lagebild::ui {

class EmptyState;

/// Situation page: the headline figures of the picture (intel, observables, alerts, incidents,
/// threat level). Charts arrive with the dashboard issue; until then these figures are real.
class SituationPage : public QWidget {
    Q_OBJECT
public:
    SituationPage(QAction* importAction, QWidget* parent = nullptr);
    void setStats(const store::CacheStats& stats);
    /// Adds a button to the first-start offer shown while the database is empty.
    void addStartAction(QAction* action);

private:
    QStackedLayout* m_stack;
    EmptyState* m_empty;
    QWidget* m_content;
    QList<QLabel*> m_values;
};

} // namespace lagebild::ui

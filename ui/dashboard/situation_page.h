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
/// threat level), each card a button to what it counts; refreshed after imports, syncs and every
/// workflow change. Charts arrive with the dashboard issue; until then these figures are real.
class SituationPage : public QWidget {
    Q_OBJECT
public:
    /// What a card opens.
    enum class Card { ThreatLevel, Intel, Alerts, Matched, Incidents, Feeds };
    Q_ENUM(Card)

    SituationPage(QAction* importAction, QWidget* parent = nullptr);
    void setStats(const store::CacheStats& stats);
    /// Adds a button to the first-start offer shown while the database is empty.
    void addStartAction(QAction* action);

signals:
    /// A card was clicked or pressed: the window opens the page (and filter) behind it.
    void cardActivated(lagebild::ui::SituationPage::Card card);

private:
    QStackedLayout* m_stack;
    EmptyState* m_empty;
    QWidget* m_content;
    QList<QLabel*> m_values;
};

} // namespace lagebild::ui

#pragma once

#include "models/analysis/attack_matrix.h"
#include "models/analysis/situation.h"
#include "models/store/alert_table_queries.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedLayout;

namespace lagebild::store {
struct CacheStats;
}

namespace lagebild::ui {

class AttackHeatmap;
class EmptyState;
class JobRunner;
class RankedList;
class SituationCharts;
class ThreatLevelBanner;

/// What the Situation page shows after one refresh: the picture of its window and the key
/// developments since the newest snapshot (none without a snapshot).
struct SituationView {
    analysis::SituationPicture picture;
    std::optional<std::int64_t> snapshotTime; // when the newest snapshot was frozen
    std::vector<core::Message> developments;
    analysis::AttackMatrix matrix; // the ATT&CK heatmap (empty without ATT&CK data)
};

/// The Situation page (home): threat level on the BSI scale with its rule and override, figure
/// cards, key developments since the last snapshot, alert charts and top lists (techniques,
/// indicators, campaigns and actors) over a time window (24 h, 7 d, 30 d, all, custom). Computed as
/// a job (never on the GUI thread), refreshed after imports, syncs and workflow changes; every
/// chart and list entry drills down to exactly the alerts it counts (drillDown).
class SituationPage : public QWidget {
    Q_OBJECT
public:
    /// What a card opens.
    enum class Card { Intel, Alerts, Matched, Incidents, Feeds, Warnings };
    Q_ENUM(Card)

    SituationPage(JobRunner& jobs, QAction* importAction, QWidget* parent = nullptr);
    /// Whole-cache counts (intel, observables, feeds) and the choice between picture and first start.
    void setStats(const store::CacheStats& stats);
    /// Recomputes the picture (a job; the newest request wins).
    void refresh();
    /// Adds a button to the first-start offer shown while the database is empty.
    void addStartAction(QAction* action);
    /// "24h", "7d", "30d", "all" or "FROM..TO".
    QString windowKey() const { return m_windowKey; }
    void setWindowKey(const QString& key);
    const std::optional<SituationView>& view() const { return m_view; }
    ThreatLevelBanner* banner() const { return m_banner; }
    SituationCharts* charts() const { return m_charts; }
    RankedList* techniques() const { return m_techniques; }
    RankedList* indicators() const { return m_indicators; }
    RankedList* threats() const { return m_threats; }
    AttackHeatmap* heatmap() const { return m_heatmap; }
    /// Lays a Navigator layer over the heatmap (File dialog; errors name the file and position).
    void loadLayer(const QString& path);
    QAction* freezeAction() const { return m_freeze; }
    QAction* snapshotsAction() const { return m_snapshots; }

signals:
    /// A card was clicked or pressed: the window opens the page behind it (alerts: in the window).
    void cardActivated(lagebild::ui::SituationPage::Card card, const lagebild::store::AlertTableFilter& filter);
    /// A chart entry or list entry: open Triage with exactly this filter.
    void drillDown(const lagebild::store::AlertTableFilter& filter);
    /// A refresh has been shown (tests wait for it).
    void viewShown();
    void statusMessage(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void show(const SituationView& view);
    void chooseWindow(int index);
    void freeze();
    void setOverride();
    void clearOverride();
    store::AlertTableFilter windowFilter() const;

    JobRunner& m_jobs;
    QStackedLayout* m_stack;
    EmptyState* m_empty;
    QWidget* m_content;
    ThreatLevelBanner* m_banner;
    QComboBox* m_window;
    QLabel* m_windowText;
    QList<QLabel*> m_values;
    QLabel* m_developments;
    SituationCharts* m_charts;
    RankedList* m_techniques;
    RankedList* m_indicators;
    RankedList* m_threats;
    AttackHeatmap* m_heatmap;
    QLabel* m_heatmapNote;
    QAction* m_freeze;
    QAction* m_snapshots;
    QString m_windowKey = QStringLiteral("7d");
    std::optional<SituationView> m_view;
    quint64 m_generation = 0;
};

} // namespace lagebild::ui

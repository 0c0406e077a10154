#pragma once

#include "models/store/alert_table_queries.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace lagebild::ui {

/// The triage page's filter bar: free text (debounced), facets with live counts (status,
/// severity, sensor, assignee), matched only, time range, incident and technique. Emits
/// filterChanged with the complete filter; setFacets() refreshes the counts without changing the
/// choice. Facet values come from sensors: shown as plain text (combo boxes do not render HTML).
/// GUI thread.
class TriageFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit TriageFilterBar(QWidget* parent = nullptr);

    store::AlertTableFilter filter() const;
    /// Shows a saved or programmatic filter (emits filterChanged once).
    void setFilter(const store::AlertTableFilter& filter);
    void setFacets(const store::AlertFacets& facets);
    QLineEdit* searchField() const { return m_search; }
    /// Clears every filter (emits filterChanged once).
    void clear();

signals:
    void filterChanged(const store::AlertTableFilter& filter);

private:
    void emitChanged();
    static void fillFacet(QComboBox* box, const QString& allText, const std::vector<store::FacetCount>& counts,
                          const std::function<QString(const QString&)>& label, bool numeric = false);

    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_severity;
    QComboBox* m_sensor;
    QComboBox* m_assignee;
    QCheckBox* m_matched;
    QComboBox* m_time;
    QSpinBox* m_incident;
    QLineEdit* m_technique;
    QTimer* m_debounce;
    bool m_applying = false;
};

} // namespace lagebild::ui

#pragma once

#include "models/store/alert_table_queries.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace lagebild::ui {

class FacetButton;

/// The triage page's filter bar: free text (debounced), multi-value facets with live counts
/// (status, severity, sensor, assignee; see FacetButton), matched only, time range, incident and
/// technique. Emits filterChanged with the complete filter; setFacets() refreshes the counts
/// without changing the choice. Facet values come from sensors: shown as plain text. GUI thread.
class TriageFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit TriageFilterBar(QWidget* parent = nullptr);

    store::AlertTableFilter filter() const;
    /// Shows a saved or programmatic filter (emits filterChanged once).
    void setFilter(const store::AlertTableFilter& filter);
    void setFacets(const store::AlertFacets& facets);
    QLineEdit* searchField() const { return m_search; }
    FacetButton* statusFacet() const { return m_status; }
    FacetButton* severityFacet() const { return m_severity; }
    FacetButton* sensorFacet() const { return m_sensor; }
    FacetButton* assigneeFacet() const { return m_assignee; }
    /// Clears every filter (emits filterChanged once).
    void clear();

signals:
    void filterChanged(const store::AlertTableFilter& filter);
    /// The keyboard leaves the search for the table: Enter or Down (`toFirstResult`: the first row
    /// of the new result), Esc (the current row). Enter applies the search at once.
    void searchLeft(bool toFirstResult);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void emitChanged();

    QLineEdit* m_search;
    FacetButton* m_status;
    FacetButton* m_severity;
    FacetButton* m_sensor;
    FacetButton* m_assignee;
    QCheckBox* m_matched;
    QComboBox* m_time;
    QSpinBox* m_incident;
    QLineEdit* m_technique;
    QTimer* m_debounce;
    bool m_applying = false;
};

} // namespace lagebild::ui

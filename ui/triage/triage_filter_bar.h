#pragma once

#include "models/store/alert_table_queries.h"

#include <QWidget>

#include <optional>

#include <cstdint>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
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

    /// Intel whose name matches the search, offered under it as filters (the search itself covers
    /// alert fields only): "threat actor APT28 – 12 alerts".
    struct IntelSuggestion {
        QString id;
        QString type;
        QString name;
        std::int64_t alerts = 0;
    };
    void setIntelSuggestions(const QString& forText, const std::vector<IntelSuggestion>& suggestions);
    /// Filters by one intel object (store::AlertTableFilter::intel), named `name` on its chip.
    void setIntel(const QString& id, const QString& name);
    QWidget* suggestionRow() const { return m_suggestions; }

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
    QWidget* m_suggestions;
    QPushButton* m_intelChip;
    /// An exact time range set by a drill-down (a chart bar): shown as a chip, cleared by a click
    /// on it or by choosing a time preset.
    QPushButton* m_rangeChip;
    std::optional<std::int64_t> m_rangeFrom;
    std::optional<std::int64_t> m_rangeTo;
    QString m_intel;
    QString m_intelName;
    QTimer* m_debounce;
    bool m_applying = false;
};

} // namespace lagebild::ui

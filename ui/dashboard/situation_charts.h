#pragma once

#include "models/analysis/situation.h"
#include "models/store/alert_table_queries.h"

#include <QChartView>
#include <QWidget>

class QLabel;

namespace lagebild::ui {

/// A chart view that can be read and driven from the keyboard: Left/Right (or Up/Down) move a
/// marker over the chart's entries (the status bar line under the chart names the entry and its
/// number), Enter opens it. The mouse does the same by a click on a bar, slice or area.
class DrillChartView : public QChartView {
    Q_OBJECT
public:
    struct Entry {
        QString text;                   // "Severity 1 · 07.12. 14:00–15:00: 12 alerts"
        store::AlertTableFilter filter; // what opens
        std::int64_t count = 0;
    };
    explicit DrillChartView(QWidget* parent = nullptr);
    void setEntries(std::vector<Entry> entries);
    const std::vector<Entry>& entries() const { return m_entries; }
    int currentEntry() const { return m_current; }
    void setCurrentEntry(int index);
    void activate(int index);

signals:
    void drillDown(const lagebild::store::AlertTableFilter& filter);
    void currentTextChanged(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    std::vector<Entry> m_entries;
    int m_current = -1;
};

/// The alert charts of the Situation page, built from a SituationPicture: alerts over time by
/// severity (stacked), matched alerts over time, alerts by status and by sensor. Every bar, area
/// and point drills down to exactly the alerts it counts (drillDown with a triage filter whose
/// count is the number shown).
class SituationCharts : public QWidget {
    Q_OBJECT
public:
    explicit SituationCharts(QWidget* parent = nullptr);
    void setPicture(const analysis::SituationPicture& picture);
    DrillChartView* timeline() const { return m_timeline; }
    DrillChartView* matched() const { return m_matched; }
    DrillChartView* byStatus() const { return m_status; }
    DrillChartView* bySensor() const { return m_sensor; }

signals:
    void drillDown(const lagebild::store::AlertTableFilter& filter);

private:
    QWidget* framed(const QString& title, DrillChartView* view);
    void buildTimeline(const analysis::SituationPicture& p);
    void buildMatched(const analysis::SituationPicture& p);
    void buildBars(DrillChartView* view, const std::vector<DrillChartView::Entry>& entries, const QColor& color);
    QString bucketText(const store::TimeBucket& b, std::int64_t bucket) const;

    DrillChartView* m_timeline;
    DrillChartView* m_matched;
    DrillChartView* m_status;
    DrillChartView* m_sensor;
};

/// Chart colours that follow the window's palette (light or dark).
void styleChart(QChart* chart, const QPalette& palette);

} // namespace lagebild::ui

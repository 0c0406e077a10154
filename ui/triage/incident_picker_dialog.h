#pragma once

#include "models/store/incident_repository.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lagebild::ui {

class JobRunner;

/// "Add to incident": the existing incidents (number, title, status, severity, alert count) in a
/// list filtered as you type, with "New incident" as the last entry — typed text that matches no
/// incident becomes the new incident's title. Keyboard-first like the command palette: the query
/// keeps the focus, Up/Down move, Enter chooses. The incidents load in a job (IncidentRepository
/// on the job's connection); the dialog itself never touches the database. GUI thread.
class IncidentPickerDialog : public QDialog {
    Q_OBJECT
public:
    IncidentPickerDialog(JobRunner& jobs, int alertCount, QWidget* parent = nullptr);

    /// After accept(): the chosen incident, or nothing when a new one is to be created.
    std::optional<std::int64_t> chosenIncident() const { return m_chosen; }
    /// After accept() without a chosen incident: the new incident's title.
    QString newIncidentTitle() const { return m_newTitle; }
    QLineEdit* queryField() const { return m_query; }
    QTreeWidget* list() const { return m_list; }
    bool isLoaded() const { return m_loaded; }

signals:
    void incidentsLoaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setIncidents(std::vector<store::Incident> incidents);
    void filter();
    void chooseCurrent();
    void chooseNew();
    void moveCurrent(int delta);

    std::vector<store::Incident> m_incidents;
    QLineEdit* m_query;
    QTreeWidget* m_list;
    QTreeWidgetItem* m_newItem = nullptr;
    QLabel* m_hint;
    QPushButton* m_addButton;
    std::optional<std::int64_t> m_chosen;
    QString m_newTitle;
    bool m_loaded = false;
};

} // namespace lagebild::ui

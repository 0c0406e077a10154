#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;
class QLabel;

namespace lagebild::ui {

class JobRunner;

/// The snapshots of the situation picture: the list (newest first) and the diff of one with now or
/// of two with each other — new, removed and changed objects per type, alert counts per status and
/// severity, the level change and the key developments. Reads run as jobs.
class SnapshotDialog : public QDialog {
    Q_OBJECT
public:
    SnapshotDialog(JobRunner& jobs, QWidget* parent = nullptr);
    QTreeWidget* snapshots() const { return m_list; }
    QTreeWidget* diff() const { return m_diff; }

signals:
    void diffShown(); // a diff has landed (tests wait for it)

private:
    void reload();
    void compare();
    void updateButtons();

    JobRunner& m_jobs;
    QTreeWidget* m_list;
    QTreeWidget* m_diff;
    QLabel* m_heading;
    QPushButton* m_compare;
};

} // namespace lagebild::ui

#pragma once

#include "models/core/result.h"
#include "models/store/warning_repository.h"

#include <QWidget>

#include <functional>

class QAction;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace lagebild::items {
class WarningModel;
}

namespace lagebild::ui {

class EmptyState;
class JobRunner;

/// The early-warning inbox: partner warnings with state, owner, due date, source and TLP; the
/// selected warning's description (plain text) and its recommendations as a checklist that is
/// saved as it is ticked. State buttons with single-key shortcuts while the page has focus:
/// A applies to us, N not applicable, M mitigated, U back to new (unread). Every change is a
/// write job (audited by the repository); reads are jobs too, newest request wins. GUI thread.
class WarningsPage : public QWidget {
    Q_OBJECT
public:
    WarningsPage(JobRunner& jobs, QAction* importAction, QWidget* parent = nullptr);

    /// Re-reads the inbox (after imports, demo loads, a database switch).
    void reload();
    items::WarningModel* model() const { return m_model; }
    /// The warning shown in the detail pane ("" when none).
    QString currentId() const { return m_currentId; }
    void select(const QString& id);
    void setState(store::WarningState state);

signals:
    void unreadCountChanged(int unread);
    /// A list or detail read, or a write, finished (tests wait on it).
    void updated();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showDetail(const QString& id);
    void fillDetail(const store::WarningDetail& detail);
    void write(std::function<core::Status(store::WarningRepository&, const QString&)> change);
    void updateChecklistLabel();
    void checklistChanged(QListWidgetItem* item);
    void ownerEdited();
    void dueEdited();

    JobRunner& m_jobs;
    items::WarningModel* m_model;
    QStackedLayout* m_stack;
    EmptyState* m_empty;
    QWidget* m_content;
    QTableView* m_table;
    QWidget* m_detail;
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_tlpChip;
    QLabel* m_checklistLabel;
    QPlainTextEdit* m_description;
    QListWidget* m_checklist;
    QLineEdit* m_owner;
    QDateEdit* m_due;
    QList<QPushButton*> m_stateButtons;
    QString m_currentId;
    quint64 m_listGeneration = 0;
    quint64 m_detailGeneration = 0;
    bool m_filling = false;
};

} // namespace lagebild::ui

#pragma once

#include "models/store/alert_detail_query.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lagebild::ui {

/// The triage detail pane: every field of the current alert under a translated label (internal
/// keys by what they point at: INC-0004, the source's name), the raw record pretty-printed,
/// matched intel with what it links to, related alerts and notes — all in a read-only
/// QPlainTextEdit, so sensor and feed strings are plain text by construction (ARCHITECTURE §8). Below
/// it, a field to add a note to the selected alerts. GUI thread.
class AlertDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit AlertDetailPane(QWidget* parent = nullptr);

    void setDetail(const store::AlertDetail& detail);
    void showMessage(const QString& text);
    /// A line above the detail ("3 selected: …"); empty hides it.
    void setSelectionNote(const QString& text);
    QString selectionNote() const;
    QString text() const;
    QLineEdit* noteField() const { return m_note; }

signals:
    void noteRequested(const QString& text);

private:
    QLabel* m_selectionNote;
    QPlainTextEdit* m_text;
    QLineEdit* m_note;
    QPushButton* m_addNote;
};

} // namespace lagebild::ui

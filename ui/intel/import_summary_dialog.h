#pragma once

#include "models/imports/import_service.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace lagebild::ui {

/// The account of an import: a headline that counts intel objects and alerts apart, one row per
/// file (added, updated, unchanged, older, rejected) with its issues below it, and under the list
/// the whole of the selected issue: message, file, position, object and the lines of the file
/// around it. Copy puts every issue on the clipboard as text. All text plain (file content is
/// untrusted).
class ImportSummaryDialog : public QDialog {
    Q_OBJECT
public:
    ImportSummaryDialog(const std::vector<imports::FileReport>& reports, const QString& failure, bool cancelled,
                        QWidget* parent = nullptr);

    /// The headline ("2 files read: 303 alerts added. …").
    QString headline() const;
    QTreeWidget* list() const { return m_tree; }
    /// The whole of the selected row: what the pane below the list shows.
    QString detailText() const;
    /// Every file and issue as tab-separated text (what Copy puts on the clipboard).
    QString reportText() const;

private:
    void showDetail(QTreeWidgetItem* item);

    std::vector<imports::FileReport> m_reports;
    QLabel* m_headline;
    QTreeWidget* m_tree;
    QPlainTextEdit* m_detail;
};

} // namespace lagebild::ui

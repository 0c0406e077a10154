#include "ui/intel/import_summary_dialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lagebild::ui {

ImportSummaryDialog::ImportSummaryDialog(const std::vector<imports::FileReport>& reports, const QString& failure, bool cancelled,
                                         QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Import summary"));
    auto* layout = new QVBoxLayout(this);
    qint64 added = 0, updated = 0, rejectedFiles = 0;
    for (const auto& r : reports) {
        added += r.added;
        updated += r.updated;
        rejectedFiles += r.error ? 1 : 0;
    }
    QString headline =
        tr("%n file(s) read: %1 objects added, %2 updated.", nullptr, static_cast<int>(reports.size())).arg(added).arg(updated);
    if (rejectedFiles > 0)
        headline +=
            QLatin1Char(' ') + tr("%n file(s) rejected; nothing of them was stored.", nullptr, static_cast<int>(rejectedFiles));
    if (cancelled)
        headline += QLatin1Char(' ') + tr("Cancelled: the unfinished file was rolled back.");
    if (!failure.isEmpty())
        headline += QLatin1Char(' ') + failure;
    auto* label = new QLabel(headline, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    auto* tree = new QTreeWidget(this);
    tree->setHeaderLabels({tr("File / issue"), tr("Added"), tr("Updated"), tr("Unchanged"), tr("Older"), tr("Rejected"),
                           tr("Position"), tr("Object")});
    tree->setRootIsDecorated(true);
    tree->setUniformRowHeights(true);
    for (const auto& r : reports) {
        auto* item = new QTreeWidgetItem(tree);
        item->setText(0, QFileInfo(r.path).fileName());
        item->setToolTip(0, r.path.toHtmlEscaped());
        const qint64 counts[] = {r.added, r.updated, r.unchanged, r.older, r.rejected};
        for (int c = 0; c < 5; ++c) {
            item->setText(c + 1, QString::number(counts[c]));
            item->setTextAlignment(c + 1, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (r.error) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, tr("Rejected: %1").arg(r.error->message));
            child->setText(6, r.error->detail);
            item->setExpanded(true);
        }
        for (const auto& issue : r.issues) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, issue.message);
            child->setText(6, issue.position);
            child->setText(7, issue.object);
        }
        if (r.issuesDropped > 0) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, tr("%n more issue(s) not listed.", nullptr, static_cast<int>(r.issuesDropped)));
        }
    }
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace lagebild::ui

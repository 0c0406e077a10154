#include "ui/intel/import_summary_dialog.h"

#include "models/imports/line_excerpt.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

// Where a tree row points: its file's report and, for an issue row, the issue (-1: the file's
// rejection, -2: the file row itself).
constexpr int kReportRole = Qt::UserRole;
constexpr int kIssueRole = Qt::UserRole + 1;
constexpr int kFileRow = -2;
constexpr int kRejection = -1;

QString headlineOf(const std::vector<imports::FileReport>& reports, const QString& failure, bool cancelled) {
    std::int64_t objectsAdded = 0, objectsUpdated = 0, alertsAdded = 0, alertsKnown = 0, rejectedFiles = 0;
    bool anyIntel = false, anyAlerts = false;
    for (const auto& r : reports) {
        if (r.alerts) {
            anyAlerts = true;
            alertsAdded += r.added;
            alertsKnown += r.updated + r.unchanged;
        } else if (r.format != QLatin1String("unknown") && r.format != QLatin1String("minisig")) {
            anyIntel = true;
            objectsAdded += r.added;
            objectsUpdated += r.updated;
        }
        // A cancelled file was rolled back, not rejected.
        rejectedFiles += r.error && !r.error->isCancelled() ? 1 : 0;
    }
    QStringList parts;
    if (anyIntel)
        parts << ImportSummaryDialog::tr("%n intel object(s) added", nullptr, static_cast<int>(objectsAdded)) +
                     ImportSummaryDialog::tr(", %L1 updated").arg(objectsUpdated);
    if (anyAlerts)
        parts << ImportSummaryDialog::tr("%n alert(s) added", nullptr, static_cast<int>(alertsAdded)) +
                     (alertsKnown > 0 ? ImportSummaryDialog::tr(", %L1 already stored").arg(alertsKnown) : QString());
    QString text = ImportSummaryDialog::tr("%n file(s) read", nullptr, static_cast<int>(reports.size()));
    text += parts.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (rejectedFiles > 0)
        text += QLatin1Char(' ') + ImportSummaryDialog::tr("%n file(s) rejected; nothing of them was stored.", nullptr,
                                                           static_cast<int>(rejectedFiles));
    if (cancelled)
        text += QLatin1Char(' ') + ImportSummaryDialog::tr("Cancelled: the unfinished file was rolled back.");
    if (!failure.isEmpty())
        text += QLatin1Char(' ') + failure;
    return text;
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const std::vector<imports::FileReport>& reports, const QString& failure, bool cancelled,
                                         QWidget* parent)
    : QDialog(parent), m_reports(reports) {
    setWindowTitle(tr("Import summary"));
    setWindowFlags(windowFlags() & ~Qt::WindowContextHelpButtonHint);
    auto* layout = new QVBoxLayout(this);
    m_headline = new QLabel(headlineOf(reports, failure, cancelled), this);
    m_headline->setObjectName(QStringLiteral("importHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("importReport"));
    m_tree->setHeaderLabels({tr("File / issue"), tr("Added"), tr("Updated"), tr("Unchanged"), tr("Older"), tr("Rejected"),
                             tr("Position"), tr("Object")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    for (int i = 0; i < static_cast<int>(reports.size()); ++i) {
        const auto& r = reports[static_cast<std::size_t>(i)];
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, QFileInfo(r.path).fileName());
        item->setToolTip(0, r.path.toHtmlEscaped());
        item->setData(0, kReportRole, i);
        item->setData(0, kIssueRole, kFileRow);
        const qint64 counts[] = {r.added, r.updated, r.unchanged, r.older, r.rejected};
        for (int c = 0; c < 5; ++c) {
            item->setText(c + 1, QLocale().toString(counts[c]));
            item->setTextAlignment(c + 1, Qt::AlignRight | Qt::AlignVCenter);
        }
        auto addIssue = [&](const QString& message, const QString& position, const QString& object, int index) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, message);
            child->setToolTip(0, message.toHtmlEscaped()); // the whole text on hover, too
            child->setText(6, position);
            child->setText(7, object);
            child->setData(0, kReportRole, i);
            child->setData(0, kIssueRole, index);
        };
        if (r.error) {
            addIssue(r.error->isCancelled() ? tr("Cancelled: %1").arg(r.error->message)
                                            : tr("Rejected: %1").arg(r.error->message),
                     r.error->detail, QString(), kRejection);
            item->setExpanded(true);
        }
        for (int k = 0; k < static_cast<int>(r.issues.size()); ++k) {
            const auto& issue = r.issues[static_cast<std::size_t>(k)];
            addIssue(issue.message, issue.position, issue.object, k);
        }
        // Open, so the columns fit the issues' positions and objects too (a few files at a time).
        if (!r.issues.empty() && reports.size() <= 20)
            item->setExpanded(true);
        if (r.issuesDropped > 0) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(0, tr("%n more issue(s) not listed.", nullptr, static_cast<int>(r.issuesDropped)));
            child->setData(0, kReportRole, i);
            child->setData(0, kIssueRole, kFileRow);
        }
    }
    // The message column takes the room; the others size to their content; every column can be
    // widened by hand.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    for (int c = 1; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("issueDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detail->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_detail->setPlaceholderText(tr("Select a file or an issue to see all of it here."));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy report"), QDialogButtonBox::ActionRole);
    auto* open = buttons->addButton(tr("&Open file"), QDialogButtonBox::ActionRole);
    open->setEnabled(false);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(reportText()); });
    connect(open, &QPushButton::clicked, this, [this] {
        if (const auto* item = m_tree->currentItem())
            QDesktopServices::openUrl(
                QUrl::fromLocalFile(m_reports[static_cast<std::size_t>(item->data(0, kReportRole).toInt())].path));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this, open](QTreeWidgetItem* item) {
        open->setEnabled(item != nullptr);
        showDetail(item);
    });
    layout->addWidget(m_headline);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    // The first issue is shown at once: usually the one the user opened the summary for.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->childCount() > 0) {
            m_tree->setCurrentItem(m_tree->topLevelItem(i)->child(0));
            break;
        }
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    resize(960, 600);
}

QString ImportSummaryDialog::headline() const { return m_headline->text(); }

QString ImportSummaryDialog::detailText() const { return m_detail->toPlainText(); }

void ImportSummaryDialog::showDetail(QTreeWidgetItem* item) {
    if (!item) {
        m_detail->clear();
        return;
    }
    const auto& r = m_reports[static_cast<std::size_t>(item->data(0, kReportRole).toInt())];
    const int issue = item->data(0, kIssueRole).toInt();
    QString text = tr("File: %1").arg(r.path) + QLatin1Char('\n') + tr("Format: %1").arg(r.format) + QLatin1Char('\n');
    QString position;
    if (issue == kRejection && r.error) {
        text += QLatin1Char('\n') + item->text(0) + QLatin1Char('\n');
        position = r.error->detail;
    } else if (issue >= 0) {
        const auto& i = r.issues[static_cast<std::size_t>(issue)];
        text += QLatin1Char('\n') + i.message + QLatin1Char('\n');
        position = i.position;
        if (!i.object.isEmpty())
            text += tr("Object: %1").arg(i.object) + QLatin1Char('\n');
    } else {
        text += (r.alerts ? tr("Alerts: %L1 added, %L2 updated, %L3 unchanged, %L4 rejected.")
                          : tr("Intel objects: %L1 added, %L2 updated, %L3 unchanged, %L4 rejected."))
                    .arg(r.added)
                    .arg(r.updated)
                    .arg(r.unchanged)
                    .arg(r.rejected) +
                QLatin1Char('\n');
        text += tr("%n issue(s).", nullptr, static_cast<int>(r.issues.size() + r.issuesDropped)) + QLatin1Char('\n');
    }
    if (!position.isEmpty())
        text += tr("Position: %1").arg(position) + QLatin1Char('\n');
    // The lines of the file around the issue, as they are in the file.
    if (const int line = imports::issueLine(position); line > 0) {
        auto excerpt = imports::lineExcerpt(r.path, line, 1);
        if (excerpt && !excerpt.value().empty()) {
            text += QLatin1Char('\n') + tr("In the file:") + QLatin1Char('\n');
            for (const auto& l : excerpt.value())
                text += (l.number == line ? QStringLiteral("> ") : QStringLiteral("  ")) +
                        QString::number(l.number).rightJustified(6) + QStringLiteral("  ") + l.text + QLatin1Char('\n');
        }
    }
    m_detail->setPlainText(text);
}

QString ImportSummaryDialog::reportText() const {
    QString out = m_headline->text() + QLatin1Char('\n');
    for (const auto& r : m_reports) {
        out += QStringLiteral("\n%1\t%2\t+%3\t~%4\t=%5\t<%6\t!%7\n")
                   .arg(r.path, r.format)
                   .arg(r.added)
                   .arg(r.updated)
                   .arg(r.unchanged)
                   .arg(r.older)
                   .arg(r.rejected);
        if (r.error)
            out += QStringLiteral("\t%1\t%2\n").arg(r.error->message, r.error->detail);
        for (const auto& i : r.issues)
            out += QStringLiteral("\t%1\t%2\t%3\n").arg(i.message, i.position, i.object);
    }
    return out;
}

} // namespace lagebild::ui

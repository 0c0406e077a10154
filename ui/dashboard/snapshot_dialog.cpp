#include "ui/dashboard/snapshot_dialog.h"

#include "models/analysis/situation.h"
#include "models/core/timestamp.h"
#include "models/items/alert_table_model.h"
#include "ui/common/error_presenter.h"
#include "ui/common/job_runner.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

QString signedNumber(std::int64_t n) {
    const QString text = QLocale().toString(static_cast<qlonglong>(n));
    return n > 0 ? QStringLiteral("+") + text : text;
}

} // namespace

SnapshotDialog::SnapshotDialog(JobRunner& jobs, QWidget* parent) : QDialog(parent), m_jobs(jobs) {
    setWindowTitle(tr("Snapshots of the situation picture"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("snapshotList"));
    m_list->setHeaderLabels({tr("Frozen"), tr("Threat level"), tr("Objects"), tr("Label"), tr("By")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diff = new QTreeWidget(this);
    m_diff->setObjectName(QStringLiteral("snapshotDiff"));
    m_diff->setHeaderLabels({tr("What"), tr("Before"), tr("After"), tr("Change")});
    m_diff->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_diff->header()->setStretchLastSection(false);
    m_heading = new QLabel(tr("Select one snapshot to compare it with now, or two to compare them."), this);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_compare = box->addButton(tr("&Compare"), QDialogButtonBox::ActionRole);
    m_compare->setObjectName(QStringLiteral("compareSnapshots"));
    connect(m_compare, &QPushButton::clicked, this, &SnapshotDialog::compare);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SnapshotDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &SnapshotDialog::compare);
    auto* v = new QVBoxLayout(this);
    v->addWidget(m_list, 2);
    v->addWidget(m_heading);
    v->addWidget(m_diff, 3);
    v->addWidget(box);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36);
    updateButtons();
    reload();
}

void SnapshotDialog::updateButtons() {
    const int n = static_cast<int>(m_list->selectedItems().size());
    m_compare->setEnabled(n == 1 || n == 2);
    m_compare->setText(n == 2 ? tr("&Compare the two") : tr("&Compare with now"));
}

void SnapshotDialog::reload() {
    m_jobs.run<std::vector<store::Snapshot>>(
        this, [](store::Database& db) { return store::SnapshotRepository(db).list(); },
        [this](const core::Result<std::vector<store::Snapshot>>& list) {
            m_list->clear();
            if (!list) {
                m_heading->setText(errorText(list.error()));
                return;
            }
            const QLocale l;
            for (const auto& s : list.value()) {
                auto* item = new QTreeWidgetItem(m_list);
                item->setData(0, Qt::UserRole, static_cast<qlonglong>(s.rid));
                item->setText(0, l.toString(QDateTime::fromMSecsSinceEpoch(s.created / 1000), QLocale::ShortFormat));
                item->setText(1, QStringLiteral("%1 · %2").arg(s.level).arg(analysis::threatLevelName(
                                     analysis::threatLevelFromInt(s.level).value_or(analysis::ThreatLevel::Grey))));
                item->setText(2, l.toString(static_cast<qlonglong>(s.objectCount)));
                item->setText(3, s.label);
                item->setText(4, s.createdBy);
            }
            if (list.value().empty())
                m_heading->setText(tr("No snapshots yet. \"Freeze situation picture\" on the Situation page makes one."));
            else
                m_list->setCurrentItem(m_list->topLevelItem(0));
            updateButtons();
        });
}

void SnapshotDialog::compare() {
    auto selected = m_list->selectedItems();
    if (selected.isEmpty() || selected.size() > 2)
        return;
    // The older one first: "before" is the earlier snapshot.
    std::sort(selected.begin(), selected.end(), [this](QTreeWidgetItem* a, QTreeWidgetItem* b) {
        return m_list->indexOfTopLevelItem(a) > m_list->indexOfTopLevelItem(b);
    });
    const std::int64_t a = selected.front()->data(0, Qt::UserRole).toLongLong();
    const std::optional<std::int64_t> b =
        selected.size() == 2 ? std::optional<std::int64_t>(selected.back()->data(0, Qt::UserRole).toLongLong()) : std::nullopt;
    m_heading->setText(b ? tr("Comparing %1 with %2…").arg(selected.front()->text(0), selected.back()->text(0))
                         : tr("Comparing %1 with now…").arg(selected.front()->text(0)));
    const QString heading = b ? tr("From %1 to %2").arg(selected.front()->text(0), selected.back()->text(0))
                              : tr("From %1 to now").arg(selected.front()->text(0));
    m_jobs.run<analysis::SnapshotDiff>(
        this, [a, b](store::Database& db) { return analysis::diffWithSnapshot(db, a, b, core::nowMicros()); },
        [this, heading](const core::Result<analysis::SnapshotDiff>& diff) {
            m_diff->clear();
            if (!diff) {
                m_heading->setText(errorText(diff.error()));
                return;
            }
            m_heading->setText(heading);
            const auto& d = diff.value();
            const QLocale l;
            auto row = [&](QTreeWidgetItem* parent, const QString& what, std::int64_t before, std::int64_t after) {
                auto* item = new QTreeWidgetItem(parent);
                item->setText(0, what);
                item->setText(1, l.toString(static_cast<qlonglong>(before)));
                item->setText(2, l.toString(static_cast<qlonglong>(after)));
                item->setText(3, signedNumber(after - before));
                for (int c = 1; c < 4; ++c)
                    item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            };
            auto group = [&](const QString& title) {
                auto* g = new QTreeWidgetItem(m_diff);
                g->setText(0, title);
                g->setFirstColumnSpanned(true);
                g->setExpanded(true);
                return g;
            };
            auto* developments = group(tr("Key developments"));
            const auto sentences = analysis::keyDevelopments(d);
            for (const auto& m : sentences) {
                auto* item = new QTreeWidgetItem(developments);
                item->setText(0, m.text());
                item->setFirstColumnSpanned(true);
            }
            if (sentences.empty()) {
                auto* item = new QTreeWidgetItem(developments);
                item->setText(0, tr("Nothing of note changed."));
                item->setFirstColumnSpanned(true);
            }
            auto* level = group(tr("Threat level"));
            row(level, tr("Level (1–4)"), d.levelBefore, d.levelAfter);
            auto* alerts = group(tr("Alerts"));
            row(alerts, tr("All alerts"), d.alertsTotal.before, d.alertsTotal.after);
            row(alerts, tr("Matching intelligence"), d.alertsMatched.before, d.alertsMatched.after);
            for (const auto& [status, c] : d.alertsByStatus)
                row(alerts, items::AlertTableModel::statusText(status, QString()), c.before, c.after);
            for (const auto& [severity, c] : d.alertsBySeverity)
                row(alerts, items::AlertTableModel::severityText(severity.toInt()), c.before, c.after);
            auto* objects = group(tr("Intelligence objects: added / removed / changed"));
            for (const auto& [type, c] : d.objects) {
                auto* item = new QTreeWidgetItem(objects);
                item->setText(0, type);
                item->setText(1, QStringLiteral("+%1").arg(l.toString(static_cast<qlonglong>(c.added))));
                item->setText(2, QStringLiteral("−%1").arg(l.toString(static_cast<qlonglong>(c.removed))));
                item->setText(3, QStringLiteral("~%1").arg(l.toString(static_cast<qlonglong>(c.changed))));
                for (int col = 1; col < 4; ++col)
                    item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
            }
            if (d.objects.empty()) {
                auto* item = new QTreeWidgetItem(objects);
                item->setText(0, tr("No object added, removed or changed."));
                item->setFirstColumnSpanned(true);
            }
            m_diff->expandAll();
            emit diffShown();
        });
}

} // namespace lagebild::ui

#include "ui/triage/incident_picker_dialog.h"

#include "models/items/alert_table_model.h"
#include "models/items/chip.h"
#include "models/store/audit_log.h"
#include "ui/common/chip_delegate.h"
#include "ui/common/command_palette.h"
#include "ui/common/error_presenter.h"
#include "ui/common/job_runner.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

enum Column { IdColumn, TitleColumn, StatusColumn, SeverityColumn, AlertsColumn, ColumnCount };
constexpr int kRidRole = Qt::UserRole + 1;

QString statusText(const QString& status) {
    if (status == QLatin1String("open"))
        return IncidentPickerDialog::tr("Open");
    if (status == QLatin1String("contained"))
        return IncidentPickerDialog::tr("Contained");
    if (status == QLatin1String("closed"))
        return IncidentPickerDialog::tr("Closed");
    return status;
}

} // namespace

IncidentPickerDialog::IncidentPickerDialog(JobRunner& jobs, int alertCount, QWidget* parent) : QDialog(parent) {
    makeDialogWindow(this);
    setWindowTitle(tr("Add %Ln alert(s) to an incident", nullptr, alertCount));
    auto* layout = new QVBoxLayout(this);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("incidentQuery"));
    m_query->setPlaceholderText(tr("Type to find an incident, or the title of a new one"));
    m_query->setClearButtonEnabled(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("incidentList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setItemDelegate(new ChipDelegate(m_list));
    m_list->setHeaderLabels({tr("Incident"), tr("Title"), tr("Status"), tr("Severity"), tr("Alerts")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int c : {IdColumn, StatusColumn, SeverityColumn, AlertsColumn})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_hint = new QLabel(tr("Loading incidents…"), this);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_addButton = buttons->addButton(tr("&Add to incident"), QDialogButtonBox::AcceptRole);
    QPushButton* newButton = buttons->addButton(tr("&New incident…"), QDialogButtonBox::ActionRole);
    // Enter belongs to the query and the list (chooseCurrent), not to a default button.
    for (QPushButton* b : {m_addButton, newButton, buttons->addButton(QDialogButtonBox::Cancel)})
        b->setAutoDefault(false);
    layout->addWidget(m_query);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    setTabOrder(m_query, m_list);

    m_query->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &IncidentPickerDialog::filter);
    connect(m_query, &QLineEdit::returnPressed, this, &IncidentPickerDialog::chooseCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &IncidentPickerDialog::chooseCurrent);
    connect(m_addButton, &QPushButton::clicked, this, &IncidentPickerDialog::chooseCurrent);
    connect(newButton, &QPushButton::clicked, this, &IncidentPickerDialog::chooseNew);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 420);
    filter();

    jobs.run<std::vector<store::Incident>>(
        this, [](store::Database& db) { return store::IncidentRepository(db, store::currentActor()).list(); },
        [this](const core::Result<std::vector<store::Incident>>& result) {
            if (!result) {
                showError(m_hint, result.error());
                return;
            }
            setIncidents(result.value());
        });
}

void IncidentPickerDialog::setIncidents(std::vector<store::Incident> incidents) {
    m_incidents = std::move(incidents);
    m_loaded = true;
    filter();
    emit incidentsLoaded();
}

void IncidentPickerDialog::filter() {
    const QString query = m_query->text().trimmed();
    m_list->clear();
    m_newItem = nullptr;
    for (const auto& inc : m_incidents) {
        if (!query.isEmpty() && !inc.id.contains(query, Qt::CaseInsensitive) && !inc.title.contains(query, Qt::CaseInsensitive) &&
            QString::number(inc.rid) != query)
            continue;
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(IdColumn, inc.id);
        item->setText(TitleColumn, inc.title);
        item->setText(StatusColumn, statusText(inc.status));
        item->setText(SeverityColumn, items::AlertTableModel::severityText(inc.severity));
        item->setData(SeverityColumn, items::kChipRole, items::severityChip(inc.severity));
        item->setText(AlertsColumn, QLocale().toString(inc.alertCount));
        item->setTextAlignment(AlertsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(IdColumn, kRidRole, QVariant::fromValue<qint64>(inc.rid));
    }
    const int matches = m_list->topLevelItemCount();
    m_newItem = new QTreeWidgetItem(m_list);
    m_newItem->setText(IdColumn, query.isEmpty() ? tr("New incident…") : tr("New incident: %1").arg(query));
    m_newItem->setFirstColumnSpanned(true);
    QFont italic = m_newItem->font(IdColumn);
    italic.setItalic(true);
    m_newItem->setFont(IdColumn, italic);
    m_list->setCurrentItem(matches > 0 ? m_list->topLevelItem(0) : m_newItem);
    if (m_loaded)
        m_hint->setText(matches == 0 && !query.isEmpty()
                            ? tr("No incident matches. Enter creates a new incident with this title.")
                            : tr("%L1 of %Ln incident(s). Enter adds the alerts to the highlighted one.", nullptr,
                                 static_cast<int>(m_incidents.size()))
                                  .arg(matches));
}

void IncidentPickerDialog::chooseCurrent() {
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    if (item == m_newItem) {
        chooseNew();
        return;
    }
    m_chosen = item->data(IdColumn, kRidRole).toLongLong();
    m_newTitle.clear();
    accept();
}

void IncidentPickerDialog::chooseNew() {
    const QString title = m_query->text().trimmed();
    if (title.isEmpty()) {
        m_hint->setText(tr("Type the title of the new incident first, then press Enter on \"New incident\"."));
        m_query->setFocus();
        return;
    }
    m_chosen.reset();
    m_newTitle = title;
    accept();
}

void IncidentPickerDialog::moveCurrent(int delta) {
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem()) + delta;
    if (row >= 0 && row < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
}

// Up, Down, Page Up and Page Down move in the list while the query keeps the focus.
bool IncidentPickerDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Down: moveCurrent(1); return true;
        case Qt::Key_Up: moveCurrent(-1); return true;
        case Qt::Key_PageDown: moveCurrent(10); return true;
        case Qt::Key_PageUp: moveCurrent(-10); return true;
        default: break;
        }
    }
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            chooseCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace lagebild::ui

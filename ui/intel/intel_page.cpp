#include "ui/intel/intel_page.h"

#include "models/items/intel_type_model.h"
#include "ui/common/empty_state.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace lagebild::ui {

IntelPage::IntelPage(QAction* importAction, QWidget* parent) : QWidget(parent), m_model(new items::IntelTypeModel(this)) {
    m_stack = new QStackedLayout(this);
    m_empty = new EmptyState(
        tr("No intelligence yet"),
        tr("Threat intelligence from partners will be listed here by STIX type: indicators, "
           "malware, threat actors, attack patterns, reports and their relationships.\n\n"
           "Import STIX 2.1, MISP events and feeds or indicator lists with File → Import files… or Import folder… or drop "
           "files and folders onto this window."),
        this);
    m_empty->addAction(importAction);
    m_content = new QWidget(this);
    auto* layout = new QVBoxLayout(m_content);
    m_summary = new QLabel(m_content);
    m_summary->setTextFormat(Qt::PlainText);
    auto* view = new QTableView(m_content);
    // A short list (tens of types): sorting it in a proxy is fine, unlike the alert table.
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(items::IntelTypeModel::SortRole);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(items::IntelTypeModel::CountColumn, Qt::DescendingOrder);
    view->horizontalHeader()->setSectionResizeMode(items::IntelTypeModel::TypeColumn, QHeaderView::Stretch);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    layout->addWidget(m_summary);
    layout->addWidget(view, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
}

void IntelPage::setStats(const store::CacheStats& stats) {
    m_model->setStats(stats);
    m_summary->setText(tr("%Ln intel object(s)", nullptr, static_cast<int>(m_model->totalObjects())) +
                       tr(" in %n type(s), ", nullptr, m_model->rowCount()) +
                       tr("%L1 revoked, %Ln observable(s) indexed for matching.", nullptr, static_cast<int>(stats.observables))
                           .arg(stats.revoked));
    m_stack->setCurrentWidget(m_model->totalObjects() > 0 ? m_content : static_cast<QWidget*>(m_empty));
}

} // namespace lagebild::ui

#include "ui/triage/triage_filter_bar.h"

#include "models/core/timestamp.h"
#include "models/items/alert_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

constexpr std::int64_t kHour = 3'600'000'000LL;

// The value of a facet entry; an invalid QVariant is "all".
QVariant current(const QComboBox* box) { return box->currentData(); }

void select(QComboBox* box, const QVariant& value) {
    const int i = value.isValid() ? box->findData(value) : 0;
    if (i >= 0) {
        box->setCurrentIndex(i);
    } else {
        // A saved view may name a value without alerts now: keep it selectable.
        box->addItem(value.toString(), value);
        box->setCurrentIndex(box->count() - 1);
    }
}

} // namespace

TriageFilterBar::TriageFilterBar(QWidget* parent) : QWidget(parent) {
    // Two rows: the search over the whole width, the facets below it (one row of both did not fit
    // a 1200-pixel window: the search field and the facet counts were cut off).
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("triageSearch"));
    m_search->setPlaceholderText(tr("Search signatures, categories, addresses… ( / )"));
    m_search->setToolTip(tr("Whole words, all of which must occur. End a word with * to match its beginning (emot*)."));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_severity = new QComboBox(this);
    m_sensor = new QComboBox(this);
    m_assignee = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFacet"));
    m_sensor->setObjectName(QStringLiteral("sensorFacet"));
    for (QComboBox* box : {m_status, m_severity, m_sensor, m_assignee})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->addItem(tr("All statuses"));
    m_severity->addItem(tr("All severities"));
    m_sensor->addItem(tr("All sensors"));
    m_assignee->addItem(tr("Anyone"));
    m_matched = new QCheckBox(tr("&Matched intel only"), this);
    m_time = new QComboBox(this);
    m_time->addItem(tr("Any time"), 0);
    m_time->addItem(tr("Last hour"), 1);
    m_time->addItem(tr("Last 24 hours"), 24);
    m_time->addItem(tr("Last 7 days"), 24 * 7);
    m_time->addItem(tr("Last 30 days"), 24 * 30);
    m_incident = new QSpinBox(this);
    m_incident->setRange(0, 999999);
    m_incident->setPrefix(tr("Incident "));
    m_incident->setSpecialValueText(tr("Any incident"));
    m_technique = new QLineEdit(this);
    m_technique->setPlaceholderText(tr("Technique (T1059)"));
    m_technique->setMaximumWidth(140);
    rows->addWidget(m_search);
    rows->addLayout(layout);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_status, m_severity, m_sensor, m_assignee, m_matched, m_time, m_incident, m_technique})
        layout->addWidget(w);
    layout->addStretch(1);
    // Tab order follows the reading order.
    QWidget* order[] = {m_search, m_status, m_severity, m_sensor, m_assignee, m_matched, m_time, m_incident, m_technique};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &TriageFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_technique, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TriageFilterBar::emitChanged);
    for (QComboBox* box : {m_status, m_severity, m_sensor, m_assignee, m_time})
        connect(box, &QComboBox::activated, this, &TriageFilterBar::emitChanged);
    connect(m_matched, &QCheckBox::toggled, this, &TriageFilterBar::emitChanged);
    connect(m_incident, &QSpinBox::valueChanged, this, &TriageFilterBar::emitChanged);
}

void TriageFilterBar::emitChanged() {
    m_debounce->stop();
    if (!m_applying)
        emit filterChanged(filter());
}

store::AlertTableFilter TriageFilterBar::filter() const {
    store::AlertTableFilter f;
    f.text = m_search->text().trimmed();
    if (const QVariant v = current(m_status); v.isValid())
        f.statuses << v.toString();
    if (const QVariant v = current(m_severity); v.isValid())
        f.severities << v.toInt();
    if (const QVariant v = current(m_sensor); v.isValid())
        f.sensors << v.toString();
    if (const QVariant v = current(m_assignee); v.isValid())
        f.assignees << v.toString();
    f.matchedOnly = m_matched->isChecked();
    if (const int hours = m_time->currentData().toInt(); hours > 0)
        f.from = core::nowMicros() - hours * kHour;
    if (m_incident->value() > 0)
        f.incidentRid = m_incident->value();
    f.technique = m_technique->text().trimmed().toUpper();
    return f;
}

void TriageFilterBar::setFilter(const store::AlertTableFilter& f) {
    m_applying = true;
    m_search->setText(f.text);
    select(m_status, f.statuses.isEmpty() ? QVariant() : QVariant(f.statuses.first()));
    select(m_severity, f.severities.isEmpty() ? QVariant() : QVariant(f.severities.first()));
    select(m_sensor, f.sensors.isEmpty() ? QVariant() : QVariant(f.sensors.first()));
    select(m_assignee, f.assignees.isEmpty() ? QVariant() : QVariant(f.assignees.first()));
    m_matched->setChecked(f.matchedOnly);
    m_time->setCurrentIndex(0);
    m_incident->setValue(f.incidentRid ? static_cast<int>(*f.incidentRid) : 0);
    m_technique->setText(f.technique);
    m_applying = false;
    emitChanged();
}

void TriageFilterBar::clear() { setFilter({}); }

void TriageFilterBar::fillFacet(QComboBox* box, const QString& allText, const std::vector<store::FacetCount>& counts,
                                const std::function<QString(const QString&)>& label, bool numeric) {
    const QVariant chosen = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    std::int64_t total = 0;
    for (const auto& c : counts)
        total += c.count;
    box->addItem(tr("%1 (%L2)").arg(allText).arg(total));
    for (const auto& c : counts)
        box->addItem(tr("%1 (%L2)").arg(label(c.value)).arg(c.count), numeric ? QVariant(c.value.toInt()) : QVariant(c.value));
    select(box, chosen);
}

void TriageFilterBar::setFacets(const store::AlertFacets& facets) {
    fillFacet(m_status, tr("All statuses"), facets.status,
              [](const QString& v) { return items::AlertTableModel::statusText(v, QString()); });
    fillFacet(
        m_severity, tr("All severities"), facets.severity,
        [](const QString& v) { return items::AlertTableModel::severityText(v.toInt()); }, true);
    fillFacet(m_sensor, tr("All sensors"), facets.sensor, [](const QString& v) { return v; });
    fillFacet(m_assignee, tr("Anyone"), facets.assignee, [](const QString& v) { return v.isEmpty() ? tr("Unassigned") : v; });
}

} // namespace lagebild::ui

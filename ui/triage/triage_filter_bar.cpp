#include "ui/triage/triage_filter_bar.h"

#include "models/core/timestamp.h"
#include "models/items/alert_table_model.h"
#include "ui/triage/facet_button.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

constexpr std::int64_t kHour = 3'600'000'000LL;

} // namespace

TriageFilterBar::TriageFilterBar(QWidget* parent) : QWidget(parent) {
    // Two rows: the search with the narrow fixed-size filters (time, incident, technique), then the
    // facets, whose buttons grow with the choice. (All in one row did not fit a 1200-pixel window;
    // search alone above all the others overflowed a 1024-pixel one once facets named values.)
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* first = new QHBoxLayout;
    auto* layout = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("triageSearch"));
    m_search->setPlaceholderText(tr("Search signatures, categories, addresses… ( / )"));
    m_search->setToolTip(tr("Searches the alerts' own fields: whole words, all of which must occur. End a word with * to "
                            "match its beginning (emot*). Threat actors, campaigns and malware whose name matches are "
                            "offered below the search as filters."));
    m_search->setClearButtonEnabled(true);
    m_status = new FacetButton(
        tr("Status"), tr("All statuses"), [](const QString& v) { return items::AlertTableModel::statusKeyText(v); }, this);
    m_severity = new FacetButton(
        tr("Severity"), tr("All severities"), [](const QString& v) { return items::AlertTableModel::severityText(v.toInt()); },
        this);
    m_sensor = new FacetButton(
        tr("Sensor"), tr("All sensors"), [](const QString& v) { return v; }, this);
    m_assignee = new FacetButton(
        tr("Assignee"), tr("Anyone"), [](const QString& v) { return v.isEmpty() ? tr("Unassigned") : v; }, this);
    m_status->setObjectName(QStringLiteral("statusFacet"));
    m_severity->setObjectName(QStringLiteral("severityFacet"));
    m_sensor->setObjectName(QStringLiteral("sensorFacet"));
    m_assignee->setObjectName(QStringLiteral("assigneeFacet"));
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
    // Wide enough for its placeholder (a fixed 140 pixels cut it to "Technique (T105…").
    m_technique->setMinimumWidth(m_technique->fontMetrics().horizontalAdvance(m_technique->placeholderText()) + 24);
    m_technique->setMaximumWidth(m_technique->minimumWidth() + 40);
    first->addWidget(m_search, 1);
    for (QWidget* w : std::initializer_list<QWidget*>{m_time, m_incident, m_technique})
        first->addWidget(w);
    for (QWidget* w : std::initializer_list<QWidget*>{m_status, m_severity, m_sensor, m_assignee, m_matched})
        layout->addWidget(w);
    layout->addStretch(1);
    // The active intel filter as a chip (click or Space clears it), and the intel the search names.
    m_intelChip = new QPushButton(this);
    m_intelChip->setObjectName(QStringLiteral("intelFilter"));
    m_intelChip->hide();
    connect(m_intelChip, &QPushButton::clicked, this, [this] { setIntel(QString(), QString()); });
    layout->insertWidget(layout->count() - 1, m_intelChip);
    m_rangeChip = new QPushButton(this);
    m_rangeChip->setObjectName(QStringLiteral("timeRangeFilter"));
    m_rangeChip->hide();
    connect(m_rangeChip, &QPushButton::clicked, this, [this] {
        store::AlertTableFilter f = filter();
        f.from.reset();
        f.to.reset();
        setFilter(f);
    });
    layout->insertWidget(layout->count() - 1, m_rangeChip);
    m_suggestions = new QWidget(this);
    m_suggestions->setObjectName(QStringLiteral("intelSuggestions"));
    auto* suggestions = new QHBoxLayout(m_suggestions);
    suggestions->setContentsMargins(0, 0, 0, 0);
    m_suggestions->hide();
    // Alt+I takes the first intel the search names, from the keyboard.
    auto* takeIntel = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_I), this);
    connect(takeIntel, &QShortcut::activated, this, [this] {
        if (auto* first = m_suggestions->findChild<QPushButton*>(); first && m_suggestions->isVisible())
            first->click();
    });
    rows->addLayout(first);
    rows->addWidget(m_suggestions);
    rows->addLayout(layout);
    // Tab order follows the reading order.
    QWidget* order[] = {m_search, m_time, m_incident, m_technique, m_status, m_severity, m_sensor, m_assignee, m_matched};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &TriageFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_technique, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    m_search->installEventFilter(this);
    for (FacetButton* facet : {m_status, m_severity, m_sensor, m_assignee})
        connect(facet, &FacetButton::choiceChanged, this, &TriageFilterBar::emitChanged);
    connect(m_time, &QComboBox::activated, this, [this] {
        // A preset replaces the exact range of a drill-down.
        m_rangeFrom.reset();
        m_rangeTo.reset();
        m_rangeChip->hide();
        emitChanged();
    });
    connect(m_matched, &QCheckBox::toggled, this, &TriageFilterBar::emitChanged);
    connect(m_incident, &QSpinBox::valueChanged, this, &TriageFilterBar::emitChanged);
}

bool TriageFilterBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            // A search still waiting for its debounce runs now; an unchanged one keeps its rows.
            const bool pending = m_debounce->isActive();
            if (pending || key != Qt::Key_Down)
                emitChanged();
            emit searchLeft(true);
            return true;
        }
        if (key == Qt::Key_Escape) {
            if (m_debounce->isActive())
                emitChanged();
            emit searchLeft(false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TriageFilterBar::emitChanged() {
    m_debounce->stop();
    if (!m_applying)
        emit filterChanged(filter());
}

store::AlertTableFilter TriageFilterBar::filter() const {
    store::AlertTableFilter f;
    f.text = m_search->text().trimmed();
    f.statuses = m_status->chosen();
    for (const QString& v : m_severity->chosen())
        f.severities << v.toInt();
    f.sensors = m_sensor->chosen();
    f.assignees = m_assignee->chosen();
    f.matchedOnly = m_matched->isChecked();
    if (m_rangeFrom || m_rangeTo) {
        f.from = m_rangeFrom;
        f.to = m_rangeTo;
    } else if (const int hours = m_time->currentData().toInt(); hours > 0)
        f.from = core::nowMicros() - hours * kHour;
    if (m_incident->value() > 0)
        f.incidentRid = m_incident->value();
    f.technique = m_technique->text().trimmed().toUpper();
    f.intel = m_intel;
    return f;
}

void TriageFilterBar::setFilter(const store::AlertTableFilter& f) {
    m_applying = true;
    m_search->setText(f.text);
    m_status->setChosen(f.statuses);
    QStringList severities;
    for (int s : f.severities)
        severities << QString::number(s);
    m_severity->setChosen(severities);
    m_sensor->setChosen(f.sensors);
    m_assignee->setChosen(f.assignees);
    m_matched->setChecked(f.matchedOnly);
    m_time->setCurrentIndex(0);
    m_rangeFrom = f.from;
    m_rangeTo = f.to;
    const QLocale l;
    auto time = [&l](std::optional<std::int64_t> t) {
        return t ? l.toString(QDateTime::fromMSecsSinceEpoch(*t / 1000), QLocale::ShortFormat) : QStringLiteral("…");
    };
    m_rangeChip->setText(tr("Time: %1 – %2  ✕").arg(time(f.from), time(f.to)));
    m_rangeChip->setToolTip(tr("Only alerts of this time range (click to show all times)"));
    m_rangeChip->setVisible(f.from || f.to);
    m_incident->setValue(f.incidentRid ? static_cast<int>(*f.incidentRid) : 0);
    m_technique->setText(f.technique);
    if (f.intel != m_intel)
        m_intelName.clear(); // a saved view names the object by its id
    m_intel = f.intel;
    m_intelChip->setText(tr("Intel: %1  ✕").arg(m_intelName.isEmpty() ? m_intel : m_intelName));
    m_intelChip->setVisible(!m_intel.isEmpty());
    m_applying = false;
    emitChanged();
}

void TriageFilterBar::clear() { setFilter({}); }

void TriageFilterBar::setIntel(const QString& id, const QString& name) {
    store::AlertTableFilter f = filter();
    f.intel = id;
    if (!id.isEmpty())
        f.text.clear(); // the search found the intel; the filter replaces it
    m_intelName = name;
    m_intel = id;
    setFilter(f);
    setIntelSuggestions(QString(), {});
}

void TriageFilterBar::setIntelSuggestions(const QString& forText, const std::vector<IntelSuggestion>& suggestions) {
    if (forText != m_search->text().trimmed())
        return; // an older search's answer
    auto* layout = static_cast<QHBoxLayout*>(m_suggestions->layout());
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (suggestions.empty()) {
        m_suggestions->hide();
        return;
    }
    auto* label = new QLabel(tr("Intel with this name (Alt+I):"), m_suggestions);
    layout->addWidget(label);
    for (const auto& s : suggestions) {
        auto* button = new QPushButton(tr("%1 %2 – %Ln alert(s)", nullptr, static_cast<int>(s.alerts))
                                           .arg(items::AlertTableModel::objectTypeText(s.type), s.name),
                                       m_suggestions);
        button->setToolTip(tr("Show the alerts matched by the indicators of %1 (and of what it is linked to)").arg(s.name));
        connect(button, &QPushButton::clicked, this, [this, id = s.id, name = s.name] { setIntel(id, name); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_suggestions->show();
}

void TriageFilterBar::setFacets(const store::AlertFacets& facets) {
    m_status->setCounts(facets.status);
    m_severity->setCounts(facets.severity);
    m_sensor->setCounts(facets.sensor);
    m_assignee->setCounts(facets.assignee);
}

} // namespace lagebild::ui

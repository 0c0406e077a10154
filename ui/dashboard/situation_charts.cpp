#include "ui/dashboard/situation_charts.h"

#include "models/items/alert_table_model.h"
#include "ui/common/chip_delegate.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QValueAxis>

#include <array>

namespace lagebild::ui {

namespace {

constexpr std::int64_t kHour = store::SituationQueries::kHour;

qreal msOf(std::int64_t micros) { return static_cast<qreal>(micros / 1000); }

QDateTime localTime(std::int64_t micros) { return QDateTime::fromMSecsSinceEpoch(micros / 1000).toLocalTime(); }

/// The locale's short date without the year ("12/7", "07.12.", "07/12"): axis labels.
QString dayFormat() {
    QString f = QLocale().dateFormat(QLocale::ShortFormat);
    static const QRegularExpression yearAtEnd(QStringLiteral("[^A-Za-z.]*y+$")), yearAtStart(QStringLiteral("^y+[^A-Za-z]*"));
    f.remove(yearAtEnd);
    f.remove(yearAtStart);
    f.remove(QLatin1Char('y'));
    return f;
}

/// Labels of a time axis: hours for a bar of an hour, days otherwise.
QString axisFormat(std::int64_t bucket) { return bucket < 3 * kHour ? QLocale().timeFormat(QLocale::ShortFormat) : dayFormat(); }

} // namespace

void styleChart(QChart* chart, const QPalette& palette) {
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::WindowText));
        axis->setGridLineColor(palette.color(QPalette::Mid));
        axis->setLinePenColor(palette.color(QPalette::Mid));
    }
}

DrillChartView::DrillChartView(QWidget* parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(fontMetrics().height() * 13);
}

void DrillChartView::setEntries(std::vector<Entry> entries) {
    m_entries = std::move(entries);
    m_current = -1;
    emit currentTextChanged(QString());
}

void DrillChartView::setCurrentEntry(int index) {
    if (m_entries.empty())
        return;
    m_current = std::clamp(index, 0, static_cast<int>(m_entries.size()) - 1);
    emit currentTextChanged(m_entries[static_cast<std::size_t>(m_current)].text);
}

void DrillChartView::activate(int index) {
    if (index < 0 || index >= static_cast<int>(m_entries.size()))
        return;
    setCurrentEntry(index);
    emit drillDown(m_entries[static_cast<std::size_t>(index)].filter);
}

void DrillChartView::focusInEvent(QFocusEvent* event) {
    QChartView::focusInEvent(event);
    if (m_current < 0 && !m_entries.empty())
        setCurrentEntry(0);
}

void DrillChartView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up: setCurrentEntry(m_current - 1); return;
    case Qt::Key_Right:
    case Qt::Key_Down: setCurrentEntry(m_current + 1); return;
    case Qt::Key_Home: setCurrentEntry(0); return;
    case Qt::Key_End: setCurrentEntry(static_cast<int>(m_entries.size()) - 1); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: activate(m_current); return;
    default: QChartView::keyPressEvent(event);
    }
}

SituationCharts::SituationCharts(QWidget* parent) : QWidget(parent) {
    m_timeline = new DrillChartView(this);
    m_timeline->setObjectName(QStringLiteral("chartTimeline"));
    m_matched = new DrillChartView(this);
    m_matched->setObjectName(QStringLiteral("chartMatched"));
    m_status = new DrillChartView(this);
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_sensor = new DrillChartView(this);
    m_sensor->setObjectName(QStringLiteral("chartSensor"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(framed(tr("Alerts over time, by severity"), m_timeline), 0, 0);
    grid->addWidget(framed(tr("Alerts matching intelligence over time"), m_matched), 0, 1);
    grid->addWidget(framed(tr("Alerts by status"), m_status), 1, 0);
    grid->addWidget(framed(tr("Alerts by sensor"), m_sensor), 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    for (auto* v : {m_timeline, m_matched, m_status, m_sensor})
        connect(v, &DrillChartView::drillDown, this, &SituationCharts::drillDown);
}

QWidget* SituationCharts::framed(const QString& title, DrillChartView* view) {
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto* heading = new QLabel(title, box);
    heading->setTextFormat(Qt::PlainText);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    heading->setBuddy(view);
    view->setAccessibleName(title);
    auto* current = new QLabel(box);
    current->setTextFormat(Qt::PlainText);
    current->setText(tr("Click or press Enter to open in Triage."));
    current->setWordWrap(true);
    connect(view, &DrillChartView::currentTextChanged, current, [current](const QString& text) {
        current->setText(text.isEmpty() ? SituationCharts::tr("Click or press Enter to open in Triage.") : text);
    });
    v->addWidget(heading);
    v->addWidget(view, 1);
    v->addWidget(current);
    return box;
}

QString SituationCharts::bucketText(const store::TimeBucket& b, std::int64_t bucket) const {
    const QLocale l;
    const QDateTime from = localTime(b.start), to = localTime(b.end);
    if (bucket >= 24 * kHour)
        return bucket == 24 * kHour ? l.toString(from.date(), QLocale::ShortFormat)
                                    : tr("%1 – %2").arg(l.toString(from.date(), QLocale::ShortFormat),
                                                        l.toString(to.addMSecs(-1).date(), QLocale::ShortFormat));
    return tr("%1 – %2").arg(l.toString(from, QLocale::ShortFormat), l.toString(to.time(), QLocale::ShortFormat));
}

void SituationCharts::setPicture(const analysis::SituationPicture& p) {
    buildTimeline(p);
    buildMatched(p);
    std::vector<DrillChartView::Entry> status;
    for (const char* key : {"new", "in-progress", "escalated", "closed"}) {
        DrillChartView::Entry e;
        const QString k = QString::fromLatin1(key);
        e.count = p.alerts.byStatus.count(k) ? p.alerts.byStatus.at(k) : 0;
        e.filter.statuses = {k};
        if (!p.window.range.all) {
            e.filter.from = p.window.range.from;
            e.filter.to = p.window.range.to;
        }
        e.text = items::AlertTableModel::statusText(k, QString());
        status.push_back(std::move(e));
    }
    buildBars(m_status, status, palette().color(QPalette::Highlight));
    std::vector<std::pair<QString, std::int64_t>> sensors(p.alerts.bySensor.begin(), p.alerts.bySensor.end());
    std::sort(sensors.begin(), sensors.end(),
              [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    if (sensors.size() > 8)
        sensors.resize(8);
    std::vector<DrillChartView::Entry> sensorEntries;
    for (const auto& [name, n] : sensors) {
        DrillChartView::Entry e;
        e.count = n;
        e.filter.sensors = {name};
        if (!p.window.range.all) {
            e.filter.from = p.window.range.from;
            e.filter.to = p.window.range.to;
        }
        e.text = name;
        sensorEntries.push_back(std::move(e));
    }
    buildBars(m_sensor, sensorEntries, QColor(0x00, 0x72, 0xB2));
}

void SituationCharts::buildTimeline(const analysis::SituationPicture& p) {
    auto* chart = new QChart();
    auto* axisX = new QDateTimeAxis(chart);
    axisX->setFormat(axisFormat(p.bucket));
    axisX->setTickCount(8);
    auto* axisY = new QValueAxis(chart);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    std::vector<qreal> base(p.series.size(), 0.0);
    qreal maximum = 1;
    std::vector<DrillChartView::Entry> entries;
    std::array<QAreaSeries*, 4> areas{};
    for (int sev = 4; sev >= 1; --sev) { // stacked from the least severe up, so the severe ones sit on top
        auto* upper = new QLineSeries(chart);
        auto* low = new QLineSeries(chart);
        for (std::size_t i = 0; i < p.series.size(); ++i) {
            const auto& b = p.series[i];
            const qreal top = base[i] + static_cast<qreal>(b.bySeverity[static_cast<std::size_t>(sev - 1)]);
            low->append(msOf(b.start), base[i]);
            low->append(msOf(b.end), base[i]);
            upper->append(msOf(b.start), top);
            upper->append(msOf(b.end), top);
            base[i] = top;
            maximum = std::max(maximum, top);
        }
        auto* area = new QAreaSeries(upper, low);
        area->setName(items::AlertTableModel::severityText(sev));
        const ChipColors c = chipColors(QStringLiteral("severity:%1").arg(sev));
        area->setBrush(c.background);
        area->setPen(QPen(c.background.darker(130), 1));
        areas[static_cast<std::size_t>(sev - 1)] = area;
        connect(area, &QAreaSeries::clicked, this, [this, sev](const QPointF& point) {
            const auto ms = static_cast<std::int64_t>(point.x());
            const auto& entries = m_timeline->entries();
            for (std::size_t k = 0; k < entries.size(); ++k)
                if (*entries[k].filter.from / 1000 <= ms && ms < *entries[k].filter.to / 1000 &&
                    entries[k].filter.severities == QList<int>{sev})
                    m_timeline->activate(static_cast<int>(k));
        });
    }
    for (QAreaSeries* area : areas) { // the legend reads from the most severe
        chart->addSeries(area);
        area->attachAxis(axisX);
        area->attachAxis(axisY);
    }
    for (const auto& b : p.series)
        for (int sev = 1; sev <= 4; ++sev) {
            const std::int64_t n = b.bySeverity[static_cast<std::size_t>(sev - 1)];
            if (n == 0)
                continue;
            DrillChartView::Entry e;
            e.count = n;
            e.filter.from = b.start;
            e.filter.to = b.end;
            e.filter.severities = {sev};
            e.text = tr("%1 · %2: %Ln alert(s)", nullptr, static_cast<int>(n))
                         .arg(bucketText(b, p.bucket), items::AlertTableModel::severityText(sev));
            entries.push_back(std::move(e));
        }
    if (!p.series.empty())
        axisX->setRange(localTime(p.series.front().start), localTime(p.series.back().end));
    axisY->setRange(0, maximum * 1.05);
    axisY->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignTop);
    styleChart(chart, palette());
    QChart* old = m_timeline->chart();
    m_timeline->setChart(chart);
    delete old;
    m_timeline->setEntries(std::move(entries));
}

void SituationCharts::buildMatched(const analysis::SituationPicture& p) {
    auto* chart = new QChart();
    auto* axisX = new QDateTimeAxis(chart);
    axisX->setFormat(axisFormat(p.bucket));
    axisX->setTickCount(5);
    auto* axisY = new QValueAxis(chart);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    auto* upper = new QLineSeries(chart);
    auto* low = new QLineSeries(chart);
    qreal maximum = 1;
    std::vector<DrillChartView::Entry> entries;
    for (const auto& b : p.series) {
        upper->append(msOf(b.start), static_cast<qreal>(b.matched));
        upper->append(msOf(b.end), static_cast<qreal>(b.matched));
        low->append(msOf(b.start), 0);
        low->append(msOf(b.end), 0);
        maximum = std::max(maximum, static_cast<qreal>(b.matched));
        if (b.matched == 0)
            continue;
        DrillChartView::Entry e;
        e.count = b.matched;
        e.filter.from = b.start;
        e.filter.to = b.end;
        e.filter.matchedOnly = true;
        e.text = tr("%1: %Ln alert(s) match intelligence", nullptr, static_cast<int>(b.matched)).arg(bucketText(b, p.bucket));
        entries.push_back(std::move(e));
    }
    auto* area = new QAreaSeries(upper, low);
    area->setName(tr("Matched alerts"));
    area->setBrush(QColor(0xCC, 0x79, 0xA7));
    area->setPen(QPen(QColor(0xCC, 0x79, 0xA7).darker(130), 1));
    chart->addSeries(area);
    area->attachAxis(axisX);
    area->attachAxis(axisY);
    connect(area, &QAreaSeries::clicked, this, [this](const QPointF& point) {
        const auto ms = static_cast<std::int64_t>(point.x());
        const auto& entries = m_matched->entries();
        for (std::size_t k = 0; k < entries.size(); ++k)
            if (*entries[k].filter.from / 1000 <= ms && ms < *entries[k].filter.to / 1000)
                m_matched->activate(static_cast<int>(k));
    });
    if (!p.series.empty())
        axisX->setRange(localTime(p.series.front().start), localTime(p.series.back().end));
    axisY->setRange(0, maximum * 1.05);
    axisY->applyNiceNumbers();
    chart->legend()->hide();
    styleChart(chart, palette());
    QChart* old = m_matched->chart();
    m_matched->setChart(chart);
    delete old;
    m_matched->setEntries(std::move(entries));
}

void SituationCharts::buildBars(DrillChartView* view, const std::vector<DrillChartView::Entry>& entries, const QColor& color) {
    auto* chart = new QChart();
    auto* series = new QHorizontalBarSeries(chart);
    auto* set = new QBarSet(QString(), series);
    set->setColor(color);
    set->setLabelColor(palette().color(QPalette::WindowText));
    QStringList categories;
    qreal maximum = 1;
    std::vector<DrillChartView::Entry> withText;
    // Categories run bottom-up in a horizontal bar chart: append in reverse so the first is on top.
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        set->append(static_cast<qreal>(it->count));
        categories << it->text;
        maximum = std::max(maximum, static_cast<qreal>(it->count));
    }
    for (const auto& e : entries) {
        DrillChartView::Entry t = e;
        t.text = tr("%1: %Ln alert(s)", nullptr, static_cast<int>(e.count)).arg(e.text);
        withText.push_back(std::move(t));
    }
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis(chart);
    axisY->append(categories);
    auto* axisX = new QValueAxis(chart);
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setRange(0, maximum * 1.1);
    axisX->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->hide();
    const int n = static_cast<int>(entries.size());
    connect(set, &QBarSet::clicked, view, [view, n](int index) { view->activate(n - 1 - index); });
    styleChart(chart, palette());
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    view->setEntries(std::move(withText));
}

} // namespace lagebild::ui

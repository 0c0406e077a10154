#include "ui/dashboard/situation_page.h"

#include "models/analysis/threat_level.h"
#include "models/store/intel_queries.h"
#include "ui/common/empty_state.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedLayout>

namespace lagebild::ui {

namespace {

QString threatText(analysis::ThreatLevel level) {
    switch (level) {
    case analysis::ThreatLevel::Quiet: return SituationPage::tr("Quiet");
    case analysis::ThreatLevel::Guarded: return SituationPage::tr("Guarded");
    case analysis::ThreatLevel::Elevated: return SituationPage::tr("Elevated");
    case analysis::ThreatLevel::High: return SituationPage::tr("High");
    case analysis::ThreatLevel::Critical: return SituationPage::tr("Critical");
    }
    return {};
}

} // namespace

SituationPage::SituationPage(QAction* importAction, QWidget* parent) : QWidget(parent) {
    m_stack = new QStackedLayout(this);
    m_empty = new EmptyState(tr("No situation picture yet"),
                             tr("The situation picture brings partner intelligence and your own sensors' alerts "
                                "together: threat level, matched alerts, the most active threats.\n\nThe database is "
                                "empty. Load the demo situation to explore Lagebild with made-up partner "
                                "intelligence, alerts and incidents, or import your own data (STIX 2.1, MISP, "
                                "indicator lists, Suricata, Zeek, Sigma)."),
                             this);
    m_empty->addAction(importAction);
    m_empty->setObjectName(QStringLiteral("firstStart"));
    m_content = new QWidget(this);
    auto* grid = new QGridLayout(m_content);
    const QStringList titles = {tr("Threat level"), tr("Intel objects"),         tr("Indicators"), tr("Observables"),
                                tr("Alerts"),       tr("Alerts matching intel"), tr("Incidents"),  tr("Feeds")};
    // Each card opens what it counts (Tab to it, Space or Enter, or a click).
    const Card targets[] = {Card::ThreatLevel, Card::Intel,   Card::Intel,     Card::Intel,
                            Card::Alerts,      Card::Matched, Card::Incidents, Card::Feeds};
    const QStringList tips = {tr("Open matched alerts in Triage"), tr("Open the Intel page"),
                              tr("Open the Intel page"),           tr("Open the Intel page"),
                              tr("Open all alerts in Triage"),     tr("Open the alerts that match intelligence in Triage"),
                              tr("Open the Incidents page"),       tr("Open the Feeds page")};
    for (int i = 0; i < titles.size(); ++i) {
        auto* card = new QPushButton(m_content);
        card->setObjectName(QStringLiteral("situationCard%1").arg(i));
        card->setToolTip(tips.at(i));
        card->setCursor(Qt::PointingHandCursor);
        card->setMinimumHeight(fontMetrics().height() * 5);
        card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        connect(card, &QPushButton::clicked, this, [this, target = targets[i]] { emit cardActivated(target); });
        auto* v = new QVBoxLayout(card);
        auto* t = new QLabel(titles.at(i), card);
        t->setTextFormat(Qt::PlainText);
        t->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto* value = new QLabel(QStringLiteral("–"), card);
        value->setTextFormat(Qt::PlainText);
        value->setAttribute(Qt::WA_TransparentForMouseEvents);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 2.0);
        f.setBold(true);
        value->setFont(f);
        v->addWidget(t);
        v->addWidget(value);
        grid->addWidget(card, i / 4, i % 4);
        m_values << value;
    }
    grid->setRowStretch(2, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
}

void SituationPage::addStartAction(QAction* action) { m_empty->addAction(action, 0); }

void SituationPage::setStats(const store::CacheStats& s) {
    std::int64_t objects = 0;
    for (const auto& [type, n] : s.objectsByType)
        objects += n;
    const auto indicators =
        s.objectsByType.count(QStringLiteral("indicator")) ? s.objectsByType.at(QStringLiteral("indicator")) : 0;
    const QLocale l;
    const std::int64_t values[] = {0, objects, indicators, s.observables, s.alertsTotal, s.alertsMatched, s.incidents, s.feeds};
    m_values[0]->setText(threatText(analysis::threatLevel(s, 0)));
    for (int i = 1; i < m_values.size(); ++i)
        m_values[i]->setText(l.toString(static_cast<qlonglong>(values[i])));
    m_stack->setCurrentWidget(objects + s.alertsTotal > 0 ? m_content : static_cast<QWidget*>(m_empty));
}

} // namespace lagebild::ui

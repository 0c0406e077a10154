#include "ui/dashboard/threat_level_banner.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace lagebild::ui {

LevelColors threatLevelColors(analysis::ThreatLevel level) {
    switch (level) {
    case analysis::ThreatLevel::Grey: return {QColor(0x9E, 0x9E, 0x9E), Qt::black};
    case analysis::ThreatLevel::Yellow: return {QColor(0xFF, 0xD5, 0x00), Qt::black};
    case analysis::ThreatLevel::Orange: return {QColor(0xFF, 0x8C, 0x00), Qt::black};
    case analysis::ThreatLevel::Red: return {QColor(0xD0, 0x00, 0x0F), Qt::white};
    }
    return {Qt::gray, Qt::black};
}

ThreatLevelBanner::ThreatLevelBanner(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("threatLevelBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_level = new QLabel(this);
    m_level->setObjectName(QStringLiteral("threatLevel"));
    m_level->setTextFormat(Qt::PlainText);
    QFont f = m_level->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_level->setFont(f);
    m_level->setFocusPolicy(Qt::TabFocus); // read by screen readers; the tooltip lists every rule
    m_rule = new QLabel(this);
    m_rule->setTextFormat(Qt::PlainText);
    m_rule->setWordWrap(true);
    m_override = new QLabel(this);
    m_override->setTextFormat(Qt::PlainText);
    m_override->setWordWrap(true);
    m_override->setObjectName(QStringLiteral("threatOverride"));
    m_set = new QPushButton(tr("Set level by hand…"), this);
    m_set->setObjectName(QStringLiteral("setThreatLevel"));
    m_clear = new QPushButton(tr("End override"), this);
    m_clear->setObjectName(QStringLiteral("clearThreatLevel"));
    connect(m_set, &QPushButton::clicked, this, &ThreatLevelBanner::overrideRequested);
    connect(m_clear, &QPushButton::clicked, this, &ThreatLevelBanner::clearOverrideRequested);
    auto* text = new QVBoxLayout;
    auto* title = new QLabel(tr("Threat level (BSI scale)"), this);
    title->setTextFormat(Qt::PlainText);
    text->addWidget(title);
    text->addWidget(m_level);
    text->addWidget(m_rule);
    text->addWidget(m_override);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_set);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto* h = new QHBoxLayout(this);
    h->addLayout(text, 1);
    h->addLayout(buttons);
    m_clear->hide();
}

QString ThreatLevelBanner::levelText() const { return m_level->text(); }
QString ThreatLevelBanner::ruleText() const { return m_rule->text(); }

void ThreatLevelBanner::setAssessment(const analysis::ThreatAssessment& a) {
    const LevelColors c = threatLevelColors(a.level);
    m_level->setText(QStringLiteral("%1 · %2").arg(static_cast<int>(a.level)).arg(analysis::threatLevelName(a.level)));
    m_level->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 6px; padding: 4px 10px; }")
                               .arg(c.background.name(), c.text.name()));
    m_rule->setText(a.override ? tr("The rules say %1 · %2: %3")
                                     .arg(static_cast<int>(a.computed))
                                     .arg(analysis::threatLevelName(a.computed), a.rule.text.text())
                               : tr("Rule: %1").arg(a.rule.text.text()));
    if (a.override) {
        const QLocale l;
        m_override->setText(tr("Set by hand by %1 until %2: %3")
                                .arg(a.override->setBy,
                                     l.toString(QDateTime::fromMSecsSinceEpoch(a.override->expires / 1000), QLocale::ShortFormat),
                                     a.override->reason));
    }
    m_override->setVisible(a.override.has_value());
    m_clear->setVisible(a.override.has_value());
    QStringList tip{analysis::threatLevelDescription(a.level), QString(), tr("Rules that hold (the first sets the level):")};
    for (const auto& r : a.reasons)
        tip << QStringLiteral("%1 · %2").arg(static_cast<int>(r.level)).arg(r.text.text());
    const QString tooltip = tip.join(QLatin1Char('\n'));
    m_level->setToolTip(tooltip);
    m_rule->setToolTip(tooltip);
    m_level->setAccessibleDescription(tooltip);
}

OverrideDialog::OverrideDialog(analysis::ThreatLevel current, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Set the threat level by hand"));
    m_level = new QComboBox(this);
    for (int i = 1; i <= 4; ++i)
        m_level->addItem(QStringLiteral("%1 · %2").arg(i).arg(analysis::threatLevelName(static_cast<analysis::ThreatLevel>(i))),
                         i);
    m_level->setCurrentIndex(static_cast<int>(current) - 1);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why (kept in the audit log and shown on the page)"));
    m_until = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), this);
    m_until->setCalendarPopup(true);
    m_until->setMinimumDateTime(QDateTime::currentDateTime());
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Until:"), m_until);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set level"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(box);
    connect(m_reason, &QLineEdit::textChanged, this, &OverrideDialog::updateOk);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, &OverrideDialog::updateOk);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    updateOk();
}

int OverrideDialog::level() const { return m_level->currentData().toInt(); }
QString OverrideDialog::reason() const { return m_reason->text().trimmed(); }
QDateTime OverrideDialog::until() const { return m_until->dateTime(); }

void OverrideDialog::updateOk() { m_ok->setEnabled(!reason().isEmpty() && until() > QDateTime::currentDateTime()); }

} // namespace lagebild::ui

#include "ui/triage/alert_detail_pane.h"

#include "models/core/timestamp.h"
#include "models/items/alert_table_model.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

QString timeText(std::int64_t micros) {
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AlertDetailPane::AlertDetailPane(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("alertDetail"));
    m_text->setReadOnly(true);
    // Wrapped: related alerts and raw lines were cut at the pane's edge behind a scroll bar.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont mono = m_text->font();
    mono.setStyleHint(QFont::Monospace);
    mono.setFamily(QStringLiteral("monospace"));
    m_text->setFont(mono);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteField"));
    m_note->setPlaceholderText(tr("Add a note to the selected alerts and press Enter"));
    m_addNote = new QPushButton(tr("Add &note"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_note, 1);
    row->addWidget(m_addNote);
    layout->addWidget(m_text, 1);
    layout->addLayout(row);
    auto submit = [this] {
        const QString text = m_note->text().trimmed();
        if (text.isEmpty())
            return;
        m_note->clear();
        emit noteRequested(text);
    };
    connect(m_note, &QLineEdit::returnPressed, this, submit);
    connect(m_addNote, &QPushButton::clicked, this, submit);
    showMessage(tr("Select an alert to see its details."));
}

QString AlertDetailPane::text() const { return m_text->toPlainText(); }

void AlertDetailPane::showMessage(const QString& text) { m_text->setPlainText(text); }

void AlertDetailPane::setDetail(const store::AlertDetail& d) {
    QString out;
    out += tr("Alert %1").arg(d.rid) + QLatin1String("\n\n");
    int width = 0;
    for (const auto& [name, value] : d.fields)
        width = std::max(width, static_cast<int>(name.size()));
    for (const auto& [name, value] : d.fields) {
        QString shown = value;
        if ((name == QLatin1String("time") || name == QLatin1String("updated")) && !value.isEmpty())
            shown = timeText(value.toLongLong()) + QLatin1String(" UTC");
        out += name.leftJustified(width + 2) + shown + QLatin1Char('\n');
    }
    if (!d.techniques.empty()) {
        QStringList t;
        for (const auto& s : d.techniques)
            t << s;
        out += QLatin1Char('\n') + tr("ATT&CK techniques: %1").arg(t.join(QStringLiteral(", "))) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + tr("Matched intelligence") + QLatin1Char('\n');
    if (d.intel.empty())
        out += QLatin1String("  ") + tr("none") + QLatin1Char('\n');
    for (const auto& m : d.intel) {
        out += QLatin1String("  ") +
               tr("%1 %2 = %3 (TLP %4, confidence %5, source %6)")
                   .arg(m.indicatorId, m.observableType, m.value, m.tlp.isEmpty() ? tr("unmarked") : m.tlp.toUpper(),
                        m.confidence ? QString::number(*m.confidence) : tr("unknown"),
                        m.source.isEmpty() ? tr("unknown") : m.source) +
               QLatin1Char('\n');
        if (!m.indicatorName.isEmpty())
            out += QLatin1String("    ") + m.indicatorName + QLatin1Char('\n');
        for (const auto& l : m.linked)
            out += QLatin1String("    ") + tr("%1: %2 (via %3, %4)").arg(l.type, l.name, l.via, l.id) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + tr("Related alerts") + QLatin1Char('\n');
    for (const auto& r : d.related) {
        out += QLatin1String("  ") + tr("same %1 %2: %L3 other alerts").arg(r.what, r.value).arg(r.count) + QLatin1Char('\n');
        for (const auto& [time, signature] : r.latest)
            out += QLatin1String("    ") + timeText(time) + QLatin1String("  ") + signature + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + tr("Notes") + QLatin1Char('\n');
    if (d.notes.empty())
        out += QLatin1String("  ") + tr("none") + QLatin1Char('\n');
    for (const auto& n : d.notes)
        out += QLatin1String("  ") + tr("%1 %2: %3").arg(timeText(n.time), n.author, n.text) + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Raw record") + QLatin1Char('\n') + d.rawPretty;
    m_text->setPlainText(out);
}

} // namespace lagebild::ui

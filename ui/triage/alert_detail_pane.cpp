#include "ui/triage/alert_detail_pane.h"

#include "models/core/timestamp.h"
#include "models/items/alert_table_model.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTimeZone>
#include <QVBoxLayout>

#include <map>

namespace lagebild::ui {

namespace {

QString timeText(std::int64_t micros) {
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

AlertDetailPane::AlertDetailPane(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_selectionNote = new QLabel(this);
    m_selectionNote->setObjectName(QStringLiteral("selectionNote"));
    m_selectionNote->setTextFormat(Qt::PlainText);
    m_selectionNote->setWordWrap(true);
    m_selectionNote->hide();
    layout->addWidget(m_selectionNote);
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
    m_note->setPlaceholderText(tr("Note on the selected alerts (Enter)"));
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

void AlertDetailPane::setSelectionNote(const QString& text) {
    m_selectionNote->setText(text);
    m_selectionNote->setVisible(!text.isEmpty());
}

QString AlertDetailPane::selectionNote() const { return m_selectionNote->text(); }

void AlertDetailPane::showMessage(const QString& text) { m_text->setPlainText(text); }

void AlertDetailPane::setDetail(const store::AlertDetail& d) {
    std::map<QString, QString> f(d.fields.begin(), d.fields.end());
    // Every key a labelled line reads is known; internal keys are shown by what they point at.
    QSet<QString> known{QStringLiteral("rid"), QStringLiteral("dedup_key"), QStringLiteral("source_rid"),
                        QStringLiteral("incident_rid")};
    const auto value = [&f, &known](const char* key) {
        known.insert(QString::fromLatin1(key));
        return f[QString::fromLatin1(key)];
    };
    const auto withPort = [&](const char* host, const char* port) {
        const QString p = value(port);
        return p.isEmpty() ? value(host) : value(host) + QLatin1Char(':') + p;
    };
    QString protocol = value("proto");
    if (!value("app_proto").isEmpty())
        protocol += (protocol.isEmpty() ? QString() : QStringLiteral(" / ")) + value("app_proto");
    const QString time = value("time"), updated = value("updated");
    const std::pair<QString, QString> lines[] = {
        {tr("Time"), time.isEmpty() ? QString() : timeText(time.toLongLong()) + QLatin1String(" UTC")},
        {tr("Signature"), value("signature")},
        {tr("Signature ID"), value("signature_id")},
        {tr("Category"), value("category")},
        {tr("Sensor"), value("sensor")},
        {tr("Severity"), items::AlertTableModel::severityText(value("severity").toInt())},
        {tr("Priority"), value("priority")},
        {tr("Status"), items::AlertTableModel::statusText(value("status"), value("resolution"))},
        {tr("Assignee"), value("assignee").isEmpty() ? tr("unassigned") : value("assignee")},
        {tr("Incident"), d.incidentId.isEmpty() ? tr("none") : tr("%1 %2").arg(d.incidentId, d.incidentTitle)},
        {tr("Source"), withPort("src", "src_port")},
        {tr("Destination"), withPort("dst", "dst_port")},
        {tr("Protocol"), protocol},
        {tr("Flow ID"), value("flow_id")},
        {tr("Intel matches"), value("matches")},
        {tr("Imported from"), d.sourceName},
        {tr("Last change"), updated.isEmpty() ? QString() : timeText(updated.toLongLong()) + QLatin1String(" UTC")},
    };
    // Columns this pane does not know yet (a later schema) still show, under their own name;
    // internal keys never do.
    std::vector<std::pair<QString, QString>> shown;
    for (const auto& line : lines)
        if (!line.second.isEmpty())
            shown.push_back(line);
    for (const auto& [name, v] : d.fields)
        if (!known.contains(name) && !v.isEmpty())
            shown.emplace_back(name, v);
    int width = 0;
    for (const auto& [label, v] : shown)
        width = std::max(width, static_cast<int>(label.size()));

    QString out = tr("Alert %1").arg(d.rid) + QLatin1String("\n\n");
    for (const auto& [label, v] : shown)
        out += label.leftJustified(width + 2) + v + QLatin1Char('\n');
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
               tr("%1 %2 · TLP %3 · confidence %4 · from %5")
                   .arg(m.observableType, m.value, m.tlp.isEmpty() ? tr("unmarked") : m.tlp.toUpper(),
                        m.confidence ? QString::number(*m.confidence) : tr("unknown"),
                        m.source.isEmpty() ? tr("unknown source") : m.source) +
               QLatin1Char('\n');
        out += QLatin1String("    ") + tr("Indicator: %1").arg(m.indicatorName.isEmpty() ? m.indicatorId : m.indicatorName) +
               QLatin1Char('\n');
        for (const auto& l : m.linked)
            out += QLatin1String("    ") +
                   tr("%1: %2").arg(items::AlertTableModel::objectTypeText(l.type), l.name.isEmpty() ? tr("(unnamed)") : l.name) +
                   QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + tr("Related alerts") + QLatin1Char('\n');
    for (const auto& r : d.related) {
        const QString what =
            r.what == QLatin1String("src")   ? tr("Same source %1: %n other alert(s)", nullptr, static_cast<int>(r.count))
            : r.what == QLatin1String("dst") ? tr("Same destination %1: %n other alert(s)", nullptr, static_cast<int>(r.count))
                                             : tr("Same signature %1: %n other alert(s)", nullptr, static_cast<int>(r.count));
        out += QLatin1String("  ") + what.arg(r.value) + QLatin1Char('\n');
        for (const auto& [t, signature] : r.latest)
            out += QLatin1String("    ") + timeText(t) + QLatin1String("  ") + signature + QLatin1Char('\n');
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

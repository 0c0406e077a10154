#include "ui/dashboard/attack_heatmap.h"

#include <QHeaderView>

namespace lagebild::ui {

namespace {

/// White → amber → vermillion (the severity scale's ends), by the share of the highest score.
QColor heat(double share) {
    const QColor low(0xFF, 0xFF, 0xFF), mid(0xFF, 0xB0, 0x00), high(0xD5, 0x5E, 0x00);
    auto mix = [](const QColor& a, const QColor& b, double t) {
        return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                                static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                                static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    share = std::clamp(share, 0.0, 1.0);
    return share < 0.5 ? mix(low, mid, share * 2) : mix(mid, high, (share - 0.5) * 2);
}

} // namespace

AttackHeatmap::AttackHeatmap(QWidget* parent) : QTableWidget(parent) {
    setObjectName(QStringLiteral("attackHeatmap"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 24);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 4);
    setMinimumHeight(fontMetrics().height() * 20);
    connect(this, &QTableWidget::cellActivated, this, [this](int row, int column) {
        const auto f = filterAt(row, column);
        if (!f.technique.isEmpty())
            emit drillDown(f);
    });
    connect(this, &QTableWidget::cellClicked, this, [this](int row, int column) {
        const auto f = filterAt(row, column);
        if (!f.technique.isEmpty() && item(row, column) && item(row, column)->data(Qt::UserRole + 1).toLongLong() > 0)
            emit drillDown(f);
    });
}

void AttackHeatmap::setMatrix(const analysis::AttackMatrix& matrix, const store::AlertTableFilter& window) {
    m_matrix = matrix;
    m_window = window;
    rebuild();
}

void AttackHeatmap::setOverlay(std::map<QString, double> overlay, const QString& name) {
    m_overlay = std::move(overlay);
    m_overlayName = name;
    rebuild();
}

store::AlertTableFilter AttackHeatmap::filterAt(int row, int column) const {
    store::AlertTableFilter f = m_window;
    if (column < 0 || column >= static_cast<int>(m_matrix.columns.size()))
        return {};
    const auto& cells = m_matrix.columns[static_cast<std::size_t>(column)];
    if (row < 0 || row >= static_cast<int>(cells.size()))
        return {};
    f.technique = cells[static_cast<std::size_t>(row)].id;
    return f;
}

void AttackHeatmap::rebuild() {
    clear();
    std::size_t rows = 0;
    for (const auto& c : m_matrix.columns)
        rows = std::max(rows, c.size());
    setColumnCount(static_cast<int>(m_matrix.tactics.size()));
    setRowCount(static_cast<int>(rows));
    QStringList headers;
    for (const auto& t : m_matrix.tactics)
        headers << t.name;
    setHorizontalHeaderLabels(headers);
    for (int c = 0; c < columnCount(); ++c) {
        const auto& cells = m_matrix.columns[static_cast<std::size_t>(c)];
        for (int r = 0; r < static_cast<int>(cells.size()); ++r) {
            const auto& cell = cells[static_cast<std::size_t>(r)];
            QStringList lines{QStringLiteral("%1 %2").arg(cell.id, cell.name)};
            if (cell.subtechniques > 0)
                lines[0] += QLatin1Char(' ') + tr("(+%n sub)", nullptr, cell.subtechniques);
            QStringList parts;
            if (cell.score.alerts > 0)
                parts << tr("%Ln alert(s)", nullptr, static_cast<int>(cell.score.alerts));
            if (cell.score.intel > 0)
                parts << tr("%Ln intel", nullptr, static_cast<int>(cell.score.intel));
            if (cell.score.incidents > 0)
                parts << tr("%Ln incident(s)", nullptr, static_cast<int>(cell.score.incidents));
            if (!parts.isEmpty())
                lines << parts.join(QStringLiteral(" · "));
            const auto overlay = m_overlay.find(cell.id);
            if (overlay != m_overlay.end())
                lines << tr("Layer: %1").arg(overlay->second);
            auto* item = new QTableWidgetItem(lines.join(QLatin1Char('\n')));
            item->setData(Qt::UserRole + 1, static_cast<qlonglong>(cell.score.alerts));
            const double share =
                m_matrix.maxScore > 0 ? static_cast<double>(cell.score.score()) / static_cast<double>(m_matrix.maxScore) : 0.0;
            const QColor bg = cell.score.score() > 0 ? heat(share) : palette().color(QPalette::Base);
            item->setBackground(bg);
            item->setForeground(cell.score.score() > 0 ? (share > 0.75 ? QColor(Qt::white) : QColor(Qt::black))
                                                       : palette().color(QPalette::Text));
            if (overlay != m_overlay.end()) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            item->setToolTip(lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                             (cell.score.alerts > 0 ? tr("Enter or a click opens these alerts in Triage.")
                                                    : tr("No alert in the window carries this technique.")));
            setItem(r, c, item);
        }
    }
    resizeRowsToContents(); // every line of a cell readable, none elided
}

} // namespace lagebild::ui

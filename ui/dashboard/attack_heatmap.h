#pragma once

#include "models/analysis/attack_matrix.h"
#include "models/store/alert_table_queries.h"

#include <QTableWidget>

#include <map>

namespace lagebild::ui {

/// The ATT&CK heatmap of the Situation page: tactics as columns, techniques (sub-techniques folded
/// into their parent, with their count) as cells, coloured by score with the numbers as text
/// (never colour alone). Enter, a double-click or a click on a scored cell opens the alerts that
/// carry the technique or one of its sub-techniques in the window. A Navigator layer can be laid
/// over it (its score shows as a third line and a frame).
class AttackHeatmap : public QTableWidget {
    Q_OBJECT
public:
    explicit AttackHeatmap(QWidget* parent = nullptr);
    void setMatrix(const analysis::AttackMatrix& matrix, const store::AlertTableFilter& window);
    void setOverlay(std::map<QString, double> overlay, const QString& name);
    const analysis::AttackMatrix& matrix() const { return m_matrix; }
    /// The filter a cell opens (empty technique for an empty cell).
    store::AlertTableFilter filterAt(int row, int column) const;

signals:
    void drillDown(const lagebild::store::AlertTableFilter& filter);

private:
    void rebuild();

    analysis::AttackMatrix m_matrix;
    store::AlertTableFilter m_window;
    std::map<QString, double> m_overlay;
    QString m_overlayName;
};

} // namespace lagebild::ui

#pragma once

#include <QList>
#include <QSplitter>

namespace lagebild::ui {

/// A list beside its detail in a wide page, above it in a narrow one: from `sideBySideWidth`
/// pixels on the two sit side by side (shares `wide`), below it the detail goes under the list
/// (shares `narrow`). Seen at 1024×700: side by side, tables showed three columns and cut every
/// title while the detail cut its lines.
class AdaptiveSplitter : public QSplitter {
    Q_OBJECT
public:
    AdaptiveSplitter(int sideBySideWidth, QList<int> wide, QList<int> narrow, QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void place();

    int m_sideBySide;
    QList<int> m_wide;
    QList<int> m_narrow;
    bool m_placed = false;
};

} // namespace lagebild::ui

#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QTableView;
class QWidget;

namespace lagebild::ui {

/// Keeps a table's main text column readable: that column stretches over the room the others
/// leave, and when the view is too narrow for it to get `minMainWidth` pixels, the columns in
/// `hideOrder` are hidden one by one (least important first) and shown again, in reverse order,
/// as soon as there is room. Columns the user hid stay hidden; the fitter only undoes its own.
class ColumnFitter : public QObject {
    Q_OBJECT
public:
    ColumnFitter(QTableView* view, int mainColumn, QList<int> hideOrder, int minMainWidth);

    /// Columns hidden for lack of room, in the order they were hidden.
    QList<int> autoHidden() const { return m_hidden; }
    /// Fits again (after the model or the fonts changed).
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int othersWidth() const;

    QTableView* m_view;
    QWidget* m_viewport;
    int m_main;
    QList<int> m_order;
    int m_minMain;
    QList<int> m_hidden;
    bool m_fitting = false;
};

} // namespace lagebild::ui

#pragma once

#include "models/store/alert_table_queries.h"

#include <QStringList>
#include <QToolButton>

#include <functional>
#include <vector>

class QFrame;
class QListWidget;
class QListWidgetItem;

namespace lagebild::ui {

/// One facet of the triage filter bar (status, severity, sensor, assignee) as a button that names
/// the choice ("Status: new, in progress") and opens a checkable list of the facet's values with
/// their live counts; several values can be chosen and any of them matches. Keyboard: Space,
/// Enter or Alt+Down on the button opens the list, arrows and typing move, Space toggles, Enter or
/// Escape closes it. The choice takes effect when the list closes (choiceChanged), so the counts
/// do not reorder the list under the cursor. Values may come from sensors: every text is shown as
/// plain text (list items, the button text with '&' escaped, the tooltip escaped). GUI thread.
class FacetButton : public QToolButton {
    Q_OBJECT
public:
    /// `title` names the facet on the button ("Status"), `allText` is the entry for no choice
    /// ("All statuses"), `label` turns a stored value into its display text.
    FacetButton(QString title, QString allText, std::function<QString(const QString&)> label, QWidget* parent = nullptr);

    /// New counts (the chosen values stay chosen, and stay listed when they have no count now).
    void setCounts(const std::vector<store::FacetCount>& counts);
    QStringList chosen() const { return m_chosen; }
    /// Sets the choice without emitting choiceChanged.
    void setChosen(const QStringList& values);

    void showPopup();
    bool isPopupVisible() const;
    /// The size for the whole label; the minimum fits the facet's title only: a narrow window
    /// squeezes the button and the label is elided instead of widening the window.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The list in the popup (tests drive it).
    QListWidget* list() const { return m_list; }

signals:
    void choiceChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void toggle(QListWidgetItem* item);
    void readChoice();
    void updateText();
    void showLabel();
    QSize sizeFor(const QString& text) const;

    QString m_title;
    QString m_allText;
    std::function<QString(const QString&)> m_valueText;
    std::vector<store::FacetCount> m_counts;
    QStringList m_chosen;
    QString m_label; // unescaped, unelided

    QStringList m_chosenWhenOpened;
    QFrame* m_popup;
    QListWidget* m_list;
};

} // namespace lagebild::ui

#include "ui/triage/facet_button.h"

#include <QApplication>
#include <QFrame>
#include <QKeyEvent>
#include <QListWidget>
#include <QMouseEvent>
#include <QScreen>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QVBoxLayout>

namespace lagebild::ui {

namespace {

constexpr int kValueRole = Qt::UserRole + 1; // the stored value; unset on the "all" entry
constexpr int kShownOnButton = 2;            // values named on the button before "+N"
constexpr int kNamesWidth = 200;             // pixels at most for them

bool isAllItem(const QListWidgetItem* item) { return !item->data(kValueRole).isValid(); }

} // namespace

FacetButton::FacetButton(QString title, QString allText, std::function<QString(const QString&)> label, QWidget* parent)
    : QToolButton(parent), m_title(std::move(title)), m_allText(std::move(allText)), m_valueText(std::move(label)) {
    setFocusPolicy(Qt::StrongFocus);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(1, 1, 1, 1);
    m_list = new QListWidget(m_popup);
    m_list->setObjectName(QStringLiteral("facetList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_list);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    m_popup->installEventFilter(this);
    connect(this, &QToolButton::clicked, this, &FacetButton::showPopup);
    rebuild();
    updateText();
}

void FacetButton::setCounts(const std::vector<store::FacetCount>& counts) {
    m_counts = counts;
    rebuild();
}

void FacetButton::setChosen(const QStringList& values) {
    m_chosen = values;
    rebuild();
    updateText();
}

void FacetButton::rebuild() {
    const int row = m_list->currentRow();
    const QSignalBlocker block(m_list);
    m_list->clear();
    std::int64_t total = 0;
    for (const auto& c : m_counts)
        total += c.count;
    auto* all = new QListWidgetItem(tr("%1 (%L2)").arg(m_allText).arg(total), m_list);
    all->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    all->setCheckState(m_chosen.isEmpty() ? Qt::Checked : Qt::Unchecked);
    QStringList listed;
    auto add = [this, &listed](const QString& value, std::int64_t count) {
        auto* item = new QListWidgetItem(tr("%1 (%L2)").arg(m_valueText(value)).arg(count), m_list);
        item->setData(kValueRole, value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_chosen.contains(value) ? Qt::Checked : Qt::Unchecked);
        listed << value;
    };
    for (const auto& c : m_counts)
        add(c.value, c.count);
    // A saved view may name a value without alerts now: keep it listed (and removable).
    for (const QString& v : std::as_const(m_chosen))
        if (!listed.contains(v))
            add(v, 0);
    m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1));
}

void FacetButton::toggle(QListWidgetItem* item) {
    if (!item)
        return;
    if (isAllItem(item)) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(isAllItem(m_list->item(i)) ? Qt::Checked : Qt::Unchecked);
    } else {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    }
    readChoice();
}

void FacetButton::readChoice() {
    QStringList chosen;
    for (int i = 1; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            chosen << m_list->item(i)->data(kValueRole).toString();
    m_list->item(0)->setCheckState(chosen.isEmpty() ? Qt::Checked : Qt::Unchecked);
    m_chosen = chosen;
    updateText();
}

void FacetButton::updateText() {
    QString text = m_allText;
    QStringList names;
    for (const QString& v : std::as_const(m_chosen))
        names << m_valueText(v);
    if (!names.isEmpty()) {
        // Long sensor names would widen the facet row past a small window: elide, the tooltip has all.
        const QString shown =
            fontMetrics().elidedText(names.mid(0, kShownOnButton).join(QStringLiteral(", ")), Qt::ElideRight, kNamesWidth);
        text = names.size() > kShownOnButton ? tr("%1: %2 +%3").arg(m_title, shown).arg(names.size() - kShownOnButton)
                                             : tr("%1: %2").arg(m_title, shown);
    }
    m_label = text + QStringLiteral(" ▾");
    updateGeometry();
    showLabel();
    // Tooltips are rich text when they look like HTML: escape, and say it in a paragraph.
    setToolTip(
        QStringLiteral("<p style=\"white-space:pre\">%1</p>")
            .arg((names.isEmpty() ? m_allText : tr("%1: %2").arg(m_title, names.join(QStringLiteral(", ")))).toHtmlEscaped()));
}

QSize FacetButton::sizeFor(const QString& text) const {
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.text = text;
    const QFontMetrics fm = fontMetrics();
    QSize content = fm.size(Qt::TextSingleLine, text);
    content.rwidth() += 2 * fm.horizontalAdvance(QLatin1Char(' '));
    return style()->sizeFromContents(QStyle::CT_ToolButton, &option, content, this);
}

QSize FacetButton::sizeHint() const { return sizeFor(m_label); }

QSize FacetButton::minimumSizeHint() const { return sizeFor(m_title + QStringLiteral("… ▾")).boundedTo(sizeHint()); }

void FacetButton::resizeEvent(QResizeEvent* event) {
    QToolButton::resizeEvent(event);
    showLabel();
}

// The label elided to the button's width; '&' doubled, as it would become a mnemonic (sensor names
// are data, not markup).
void FacetButton::showLabel() {
    const int room = width() - (sizeFor(m_label).width() - fontMetrics().horizontalAdvance(m_label));
    QString shown =
        room >= fontMetrics().horizontalAdvance(m_label) ? m_label : fontMetrics().elidedText(m_label, Qt::ElideMiddle, room);
    setText(shown.replace(QLatin1Char('&'), QLatin1String("&&")));
}

bool FacetButton::isPopupVisible() const { return m_popup->isVisible(); }

void FacetButton::showPopup() {
    m_chosenWhenOpened = m_chosen;
    rebuild();
    const int rows = std::min(m_list->count(), 14);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    const int width = std::max(this->width(), std::min(m_list->sizeHintForColumn(0) + 40, 420));
    m_popup->resize(width, rows * rowHeight + 2 * m_list->frameWidth() + 4);
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* s = screen()) {
        const QRect r = s->availableGeometry();
        at.setX(std::clamp(at.x(), r.left(), std::max(r.left(), r.right() - m_popup->width())));
        if (at.y() + m_popup->height() > r.bottom())
            at.setY(std::max(r.top(), mapToGlobal(QPoint(0, 0)).y() - m_popup->height()));
    }
    m_popup->move(at);
    m_popup->show();
    m_list->setFocus(Qt::PopupFocusReason);
    int first = 0;
    for (int i = 1; i < m_list->count() && first == 0; ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            first = i;
    m_list->setCurrentRow(first);
}

void FacetButton::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Down && (event->modifiers() & Qt::AltModifier)) {
        showPopup();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        showPopup();
        return;
    }
    QToolButton::keyPressEvent(event);
}

bool FacetButton::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_popup && event->type() == QEvent::Hide) {
        if (m_chosen != m_chosenWhenOpened) {
            m_chosenWhenOpened = m_chosen;
            emit choiceChanged();
        }
        return false;
    }
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Space:
        case Qt::Key_Select: toggle(m_list->currentItem()); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            m_popup->hide();
            setFocus(Qt::PopupFocusReason);
            return true;
        default: return false;
        }
    }
    if (watched == m_list->viewport() &&
        (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseButtonDblClick)) {
        // One click anywhere on a row toggles it (the delegate would toggle only on the box).
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (event->type() == QEvent::MouseButtonRelease && mouse->button() == Qt::LeftButton)
            toggle(m_list->itemAt(mouse->position().toPoint()));
        return true;
    }
    return QToolButton::eventFilter(watched, event);
}

} // namespace lagebild::ui

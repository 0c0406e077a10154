#include "ui/common/empty_state.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lagebild::ui {

EmptyState::EmptyState(const QString& title, const QString& text, QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto* heading = new QLabel(title, this);
    heading->setTextFormat(Qt::PlainText);
    heading->setAlignment(Qt::AlignHCenter);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    heading->setFont(f);
    m_text = new QLabel(text, this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignHCenter);
    // Centred by stretches, not by an alignment flag: an aligned item loses height-for-width and
    // a wrapped text would be cut after its first lines.
    m_text->setMaximumWidth(600);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_text, 4);
    row->addStretch(1);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addLayout(row);
    layout->addSpacing(16);
    m_buttons = new QVBoxLayout;
    m_buttons->setAlignment(Qt::AlignHCenter);
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void EmptyState::addAction(QAction* action, int position) {
    auto* button = new QPushButton(action->icon(), action->text().remove(QLatin1Char('&')), this);
    button->setEnabled(action->isEnabled());
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_buttons->insertWidget(position, button);
}

void EmptyState::setText(const QString& text) { m_text->setText(text); }

} // namespace lagebild::ui

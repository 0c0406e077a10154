#pragma once

#include <QWidget>

class QVBoxLayout;
class QLabel;

namespace lagebild::ui {

/// The page shown while a feature has no data: what will be here, and how to get data in.
/// Texts are set by the caller through tr(); shown as plain text (ARCHITECTURE §8).
class EmptyState : public QWidget {
    Q_OBJECT
public:
    EmptyState(const QString& title, const QString& text, QWidget* parent = nullptr);
    /// Adds a button that runs `action`'s trigger (at `position` among the buttons, -1 = last);
    /// the button follows the action's enabled state. Buttons take keyboard focus (Tab).
    void addAction(QAction* action, int position = -1);
    void setText(const QString& text);

private:
    QLabel* m_text;
    QVBoxLayout* m_buttons;
};

} // namespace lagebild::ui

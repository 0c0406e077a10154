#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QListWidget;

namespace lagebild::ui {

/// Ctrl+K: every action of the triage page by name, filtered as you type; Enter runs the chosen
/// one (after the palette closed, so the action acts on the page, not on the palette).
class CommandPalette : public QDialog {
    Q_OBJECT
public:
    CommandPalette(const QList<QAction*>& actions, QWidget* parent = nullptr);
    /// The action Enter would run now (tests).
    QAction* currentAction() const;
    QLineEdit* queryField() const { return m_query; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filter(const QString& text);
    void runCurrent();

    QList<QAction*> m_actions;
    QLineEdit* m_query;
    QListWidget* m_list;
};

/// F1 / "?": the keyboard map of the triage page, generated from the actions themselves so it
/// never disagrees with them.
class ShortcutHelpDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutHelpDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace lagebild::ui

#pragma once

#include <QDialog>
#include <QList>

#include <functional>

class QAction;
class QLineEdit;
class QListWidget;

namespace lagebild::ui {

/// Makes a small window a dialog for the window manager: a title and Close, no minimise or
/// maximise.
void makeDialogWindow(QWidget* dialog);

/// Ctrl+K: every action of the window by name (with the page it belongs to), filtered as you
/// type; says so when nothing matches. Enter runs the chosen one after the palette closed, so it
/// acts on the window, not on the palette; `run` (optional) runs it instead (to show its page first).
class CommandPalette : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QAction* action;
        QString group; // "Triage", "File", …; empty: none
    };
    CommandPalette(const QList<QAction*>& actions, QWidget* parent = nullptr);
    CommandPalette(const QList<Entry>& entries, std::function<void(QAction*)> run, QWidget* parent = nullptr);
    /// The texts the list shows now (tests).
    QStringList shownTexts() const;
    /// The action Enter would run now (tests).
    QAction* currentAction() const;
    QLineEdit* queryField() const { return m_query; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filter(const QString& text);
    void runCurrent();

    QList<Entry> m_entries;
    std::function<void(QAction*)> m_run;
    QLineEdit* m_query;
    QListWidget* m_list;
};

/// F1 / "?": the keyboard map of a page, generated from the actions themselves so it
/// never disagrees with them.
class ShortcutHelpDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutHelpDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace lagebild::ui

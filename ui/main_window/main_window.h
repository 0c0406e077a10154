#pragma once

#include "ui/common/command_palette.h"
#include "ui/dashboard/situation_page.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QTimer;
class QAction;

namespace lagebild::sync {
class SecretStore;
}

namespace lagebild::ui {

class JobRunner;
class ImportController;
class IntelPage;
class FeedsPage;
class SituationPage;
class TriagePage;
class DemoController;
class WarningsPage;

/// The main window: navigation (Situation, Triage, Incidents, Intel, Feeds, Briefings, Warnings), menus,
/// status bar, drag and drop of files. Stays small: features live in their pages and controllers.
/// GUI thread only; all database work goes through the JobRunner. `secrets` (the OS keychain, not
/// owned, may be null) goes to the Feeds page.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        SituationPageIndex,
        TriagePageIndex,
        IncidentsPageIndex,
        IntelPageIndex,
        FeedsPageIndex,
        BriefingsPageIndex,
        WarningsPageIndex,
        PageCount
    };

    explicit MainWindow(JobRunner& jobs, sync::SecretStore* secrets = nullptr, QWidget* parent = nullptr);

    int currentPage() const;
    void showPage(int page);
    /// Names of the navigation entries, in order (translated).
    QStringList pageNames() const;
    /// Re-reads the counts every page shows (in a job).
    void refresh();
    /// Re-reads only the counts (Situation, Intel, Feeds pages), after a change made in the window.
    void refreshCounts();
    DemoController* demoController() const { return m_demo; }
    /// What Ctrl+K offers: every menu action and every action of the triage page, with its group.
    QList<CommandPalette::Entry> paletteEntries() const;
    void showCommandPalette();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    QWidget* emptyPage(const QString& title, const QString& text);
    void openDatabase();
    void openCard(SituationPage::Card card, const store::AlertTableFilter& window);
    /// Opens Triage with `filter` (a drill-down); Back (Alt+Left) returns to where it came from.
    void openAlerts(const store::AlertTableFilter& filter);
    void goBack();

    JobRunner& m_jobs;
    ImportController* m_import;
    QListWidget* m_nav;
    QStackedWidget* m_pages;
    SituationPage* m_situation;
    IntelPage* m_intel;
    TriagePage* m_triage;
    FeedsPage* m_feeds;
    WarningsPage* m_warnings;
    QTimer* m_countsTimer;
    DemoController* m_demo;
    QAction* m_importAction;
    QAction* m_importFolderAction;
    quint64 m_generation = 0;
    QAction* m_back = nullptr;
    int m_backPage = -1;
};

} // namespace lagebild::ui

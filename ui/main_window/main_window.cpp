#include "ui/main_window/main_window.h"

#include "models/store/intel_queries.h"
#include "ui/about/about_dialog.h"
#include "ui/common/app_settings.h"
#include "ui/common/command_palette.h"
#include "ui/common/empty_state.h"
#include "ui/common/error_presenter.h"
#include "ui/common/job_runner.h"
#include "ui/common/theme.h"
#include "ui/dashboard/demo_controller.h"
#include "ui/dashboard/situation_page.h"
#include "ui/feeds/feeds_page.h"
#include "ui/intel/import_controller.h"
#include "ui/intel/intel_page.h"
#include "ui/triage/triage_filter_bar.h"
#include "ui/triage/triage_page.h"
#include "ui/warnings/warnings_page.h"

#include <QAction>
#include <QActionGroup>

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <algorithm>

namespace lagebild::ui {

MainWindow::MainWindow(JobRunner& jobs, sync::SecretStore* secrets, QWidget* parent) : QMainWindow(parent), m_jobs(jobs) {
    setWindowTitle(tr("Lagebild"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lagebild.svg")));
    setAcceptDrops(true);
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_jobs.databasePath())));
    m_import = new ImportController(m_jobs, statusBar(), this);
    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import files…"), this);
    m_importAction->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importAction->setStatusTip(tr("Import intelligence and sensor alerts into the local cache"));
    connect(m_importAction, &QAction::triggered, m_import, &ImportController::chooseAndImport);
    m_importFolderAction = new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Import f&older…"), this);
    m_importFolderAction->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_importFolderAction->setStatusTip(tr("Import every file in a folder and below it (removable media, MISP feeds)"));
    connect(m_importFolderAction, &QAction::triggered, m_import, &ImportController::chooseFolderAndImport);
    connect(m_import, &ImportController::importFinished, this, &MainWindow::refresh);
    m_demo = new DemoController(m_jobs, statusBar(), this);
    connect(m_demo, &DemoController::demoLoaded, this, &MainWindow::refresh);

    m_nav = new QListWidget(this);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_pages = new QStackedWidget(this);
    m_situation = new SituationPage(m_jobs, m_importAction, m_pages);
    m_situation->addStartAction(m_demo->action());
    connect(m_situation, &SituationPage::cardActivated, this, &MainWindow::openCard);
    connect(m_situation, &SituationPage::drillDown, this, &MainWindow::openAlerts);
    connect(m_situation, &SituationPage::statusMessage, this, [this](const QString& text) { statusBar()->showMessage(text); });
    m_intel = new IntelPage(m_importAction, m_pages);
    m_triage = new TriagePage(m_jobs, statusBar(), m_importAction, m_pages);
    m_feeds = new FeedsPage(m_jobs, secrets, m_pages);
    connect(m_feeds, &FeedsPage::syncFinished, this, &MainWindow::refresh);
    // The counts follow every change made in the window, coalesced (a burst of j/E keys is one read).
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(400);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::refreshCounts);
    connect(m_triage, &TriagePage::changeFinished, m_countsTimer, qOverload<>(&QTimer::start));
    connect(m_triage, &TriagePage::incidentChanged, m_countsTimer, qOverload<>(&QTimer::start));
    m_warnings = new WarningsPage(m_jobs, m_importAction, m_pages);
    struct Entry {
        QString name;
        const char* icon;
        QWidget* page;
    };
    const Entry entries[] = {
        {tr("Situation"), "situation", m_situation},
        {tr("Triage"), "triage", m_triage},
        {tr("Incidents"), "incidents",
         emptyPage(tr("The incident list is still to come"),
                   tr("Incidents group related alerts and intelligence into a timeline you can brief from.\n\n"
                      "Open and extend them on the Triage page: select alerts, then \"Create incident from selection…\" "
                      "(Ctrl+Shift+N) or \"Add selection to incident…\" (Ctrl+Shift+E). This page does not list them "
                      "yet; the Situation page counts them."))},
        {tr("Intel"), "intel", m_intel},
        {tr("Feeds"), "feeds", m_feeds},
        {tr("Briefings"), "briefings",
         emptyPage(tr("No briefings"),
                   tr("TLP-marked briefing PDFs for managers (German, English, French) will be made here from the "
                      "situation picture.\n\nLagebild cannot write briefings yet."))},
        {tr("Warnings"), "warnings", m_warnings},
    };
    for (const auto& e : entries) {
        auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(e.icon))), e.name, m_nav);
        item->setSizeHint(QSize(0, 36));
        m_pages->addWidget(e.page);
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_warnings, &WarningsPage::unreadCountChanged, this, [this](int unread) {
        m_nav->item(WarningsPageIndex)->setText(unread > 0 ? tr("Warnings (%1)").arg(unread) : tr("Warnings"));
    });
    // The navigation is as wide as its longest (translated) entry; the page takes the rest.
    int textWidth = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        textWidth = std::max(textWidth, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    textWidth = std::max(textWidth, m_nav->fontMetrics().horizontalAdvance(tr("Warnings (%1)").arg(999)));
    m_nav->setFixedWidth(textWidth + m_nav->iconSize().width() + 48);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    buildMenus();
    m_nav->setCurrentRow(std::clamp(AppSettings::lastPage(), 0, PageCount - 1));

    // First start (no saved geometry): the window opens maximised, the situation picture wants room.
    if (!restoreGeometry(AppSettings::windowGeometry())) {
        resize(1200, 760);
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(AppSettings::windowState());
    refresh();
}

QWidget* MainWindow::emptyPage(const QString& title, const QString& text) { return new EmptyState(title, text, m_pages); }

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_importFolderAction);
    file->addAction(m_demo->action());
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        // Keyboard first: Ctrl+N also puts the focus into the page (its table), not on the navigation,
        // so the next key (j, Down, a status key) acts on the page.
        QAction* a = view->addAction(m_nav->item(i)->text(), this, [this, i] {
            showPage(i);
            m_pages->currentWidget()->setFocus(Qt::ShortcutFocusReason);
        });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    view->addSeparator();
    m_back = view->addAction(tr("&Back"), this, &MainWindow::goBack);
    m_back->setShortcut(QKeySequence::Back);
    m_back->setStatusTip(tr("Return to the page a chart or card opened Triage from"));
    m_back->setEnabled(false);
    view->addAction(m_situation->freezeAction());
    view->addAction(m_situation->snapshotsAction());
    view->addSeparator();
    QMenu* themes = view->addMenu(tr("&Theme"));
    auto* themeGroup = new QActionGroup(this);
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("Follow the &system")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [theme, text] : choices) {
        QAction* a = themes->addAction(text, this, [theme] {
            AppSettings::setTheme(themeName(theme));
            applyTheme(theme);
        });
        a->setCheckable(true);
        a->setChecked(themeFromName(AppSettings::theme()) == theme);
        themeGroup->addAction(a);
    }
    view->addSeparator();
    QAction* reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    // Ctrl+K on every page: every action of the window, the triage page's included.
    QAction* palette = help->addAction(tr("&Command palette…"), this, &MainWindow::showCommandPalette);
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    help->addAction(tr("&About Lagebild"), this, [this] { AboutDialog(this).exec(); });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QList<CommandPalette::Entry> MainWindow::paletteEntries() const {
    QList<CommandPalette::Entry> out;
    for (QAction* top : menuBar()->actions()) {
        if (!top->menu())
            continue;
        const QString group = top->text().remove(QLatin1Char('&'));
        for (QAction* a : top->menu()->actions())
            if (!a->isSeparator() && !a->menu() && !a->text().contains(tr("Command palette")))
                out.push_back({a, group});
    }
    const QString triage = m_nav->item(TriagePageIndex)->text();
    for (QAction* a : m_triage->triageActions())
        out.push_back({a, triage});
    return out;
}

void MainWindow::showCommandPalette() {
    CommandPalette palette(
        paletteEntries(),
        [this](QAction* action) {
            // A triage action acts on the triage page: show it first.
            if (m_triage->triageActions().contains(action))
                showPage(TriagePageIndex);
            action->trigger();
        },
        this);
    palette.setObjectName(QStringLiteral("commandPalette"));
    palette.exec();
}

int MainWindow::currentPage() const { return m_pages->currentIndex(); }

void MainWindow::showPage(int page) { m_nav->setCurrentRow(page); }

QStringList MainWindow::pageNames() const {
    QStringList names;
    for (int i = 0; i < m_nav->count(); ++i)
        names << m_nav->item(i)->text();
    return names;
}

void MainWindow::openCard(SituationPage::Card card, const store::AlertTableFilter& window) {
    switch (card) {
    case SituationPage::Card::Intel: showPage(IntelPageIndex); return;
    case SituationPage::Card::Incidents: showPage(IncidentsPageIndex); return;
    case SituationPage::Card::Feeds: showPage(FeedsPageIndex); return;
    case SituationPage::Card::Warnings: showPage(WarningsPageIndex); return;
    case SituationPage::Card::Alerts:
    case SituationPage::Card::Matched: {
        store::AlertTableFilter filter = window;
        filter.matchedOnly = card == SituationPage::Card::Matched;
        openAlerts(filter);
        return;
    }
    }
}

void MainWindow::openAlerts(const store::AlertTableFilter& filter) {
    m_backPage = currentPage();
    m_back->setEnabled(true);
    showPage(TriagePageIndex);
    m_triage->filterBar()->setFilter(filter);
    m_triage->setFocus(Qt::OtherFocusReason);
    statusBar()->showMessage(tr("Opened from the %1 page; Alt+Left goes back.").arg(m_nav->item(m_backPage)->text()));
}

void MainWindow::goBack() {
    if (m_backPage < 0)
        return;
    showPage(m_backPage);
    m_pages->currentWidget()->setFocus(Qt::OtherFocusReason);
    m_backPage = -1;
    m_back->setEnabled(false);
    statusBar()->clearMessage(); // "Alt+Left goes back" no longer applies
}

void MainWindow::refresh() {
    m_triage->refresh();
    m_warnings->reload();
    refreshCounts();
}

void MainWindow::refreshCounts() {
    const quint64 generation = ++m_generation;
    m_jobs.run<store::CacheStats>(
        this, [](store::Database& db) { return store::IntelQueries(db).stats(); },
        [this, generation](const core::Result<store::CacheStats>& stats) {
            if (generation != m_generation)
                return; // a newer refresh is on its way
            if (!stats) {
                statusBar()->showMessage(errorText(stats.error()));
                return;
            }
            const auto& s = stats.value();
            m_situation->setStats(s);
            m_situation->refresh();
            if (!m_feeds->isSyncing())
                m_feeds->reload();
            m_intel->setStats(s);
            m_demo->setDatabaseEmpty(s.objectsByType.empty() && s.alertsTotal == 0 && s.incidents == 0);
        });
}

void MainWindow::openDatabase() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or create a database"), m_jobs.databasePath(),
                                                      tr("Lagebild database (*.sqlite);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty() || m_import->isRunning() || m_demo->isRunning())
        return;
    m_jobs.setDatabasePath(path);
    m_triage->setDatabasePath(path);
    AppSettings::setLastDatabase(path);
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
    refresh();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    AppSettings::setLastPage(currentPage());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && !m_import->isRunning())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        // Files and folders alike; the questions that apply to them first. Queued: a modal
        // dialog inside the drop handler would block the source application's drag.
        QMetaObject::invokeMethod(
            m_import, [import = m_import, paths] { import->askAndImport(paths); }, Qt::QueuedConnection);
    }
}

} // namespace lagebild::ui

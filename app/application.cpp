#include "app/application.h"

#include "app/cli/dispatcher.h"
#include "models/core/version.h"
#include "models/sync/keychain_secret_store.h"
#include "ui/common/app_settings.h"
#include "ui/common/job_runner.h"
#include "ui/common/theme.h"
#include "ui/main_window/main_window.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace lagebild::app {

void Application::setIdentity() {
    // AppDataLocation becomes ~/.local/share/lagebild (no organisation folder).
    QCoreApplication::setApplicationName(QStringLiteral("lagebild"));
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("lagebild.org"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(core::kVersion));
}

void Application::installTranslator(const QString& lang) {
    const QLocale locale = lang.isEmpty() ? QLocale() : QLocale(lang);
    if (!lang.isEmpty())
        QLocale::setDefault(locale);
    auto* ours = new QTranslator(QCoreApplication::instance());
    // Any language without a translation (and the C locale) reads English, with its plural forms.
    if (ours->load(locale, QStringLiteral("lagebild"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/lagebild_en.qm")))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int Application::run(int argc, char** argv) {
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const cli::Invocation inv = cli::locate(args);
    if (inv.commandIndex >= 0) {
        // Sub-commands never need a display.
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslator(inv.lang);
        return cli::dispatch(args, ui::AppSettings::defaultDatabasePath());
    }
    {
        QCoreApplication probe(argc, argv);
        setIdentity();
        installTranslator(inv.lang);
        const int code = cli::handleGlobalOptions(args);
        if (code >= 0)
            return code;
    }
    return runWindow(argc, argv, inv.dbPath);
}

int Application::runWindow(int argc, char** argv, const QString& dbOverride) {
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.lagebild.Lagebild"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Lagebild"));
    const cli::Invocation inv = cli::locate(QCoreApplication::arguments());
    installTranslator(inv.lang);
    ui::applyTheme(ui::themeFromName(ui::AppSettings::theme()));
    const QString dbPath = dbOverride.isEmpty() ? ui::AppSettings::lastDatabase() : QFileInfo(dbOverride).absoluteFilePath();
    // Create or migrate the database before the window shows, so a bad file is reported once,
    // clearly, instead of by every page.
    if (auto db = store::Database::open(dbPath); !db) {
        QMessageBox box(QMessageBox::Critical, QObject::tr("Lagebild"), db.error().message, QMessageBox::Ok);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 1;
    }
    ui::AppSettings::setLastDatabase(dbPath);
    sync::KeychainSecretStore keychain; // outlives the jobs that use it
    ui::JobRunner jobs(dbPath);
    ui::MainWindow window(jobs, &keychain);
    window.show();
    const int code = app.exec();
    jobs.waitForIdle();
    return code;
}

} // namespace lagebild::app

#include "ui/common/app_settings.h"

#include <QSettings>
#include <QStandardPaths>

namespace lagebild::ui {

namespace {
constexpr auto kLastDatabase = "database/last";
constexpr auto kGeometry = "window/geometry";
constexpr auto kState = "window/state";
constexpr auto kPage = "window/page";
// ~/.config/lagebild/lagebild.conf, independent of the organisation name Qt would add.
QSettings settings() {
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("lagebild"), QStringLiteral("lagebild"));
}

} // namespace

QString AppSettings::defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache.sqlite");
}

QString AppSettings::lastDatabase() { return settings().value(kLastDatabase, defaultDatabasePath()).toString(); }
void AppSettings::setLastDatabase(const QString& path) { settings().setValue(kLastDatabase, path); }
QByteArray AppSettings::windowGeometry() { return settings().value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& g) { settings().setValue(kGeometry, g); }
QByteArray AppSettings::windowState() { return settings().value(kState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& s) { settings().setValue(kState, s); }
int AppSettings::lastPage() { return settings().value(kPage, 0).toInt(); }
void AppSettings::setLastPage(int page) { settings().setValue(kPage, page); }

QString AppSettings::lastImportFolder() { return settings().value(QStringLiteral("import/lastFolder")).toString(); }
void AppSettings::setLastImportFolder(const QString& folder) { settings().setValue(QStringLiteral("import/lastFolder"), folder); }

QString AppSettings::theme() { return settings().value(QStringLiteral("window/theme"), QStringLiteral("system")).toString(); }
void AppSettings::setTheme(const QString& theme) { settings().setValue(QStringLiteral("window/theme"), theme); }

} // namespace lagebild::ui

#include "ui/common/app_settings.h"

#include <QSettings>
#include <QStandardPaths>

namespace lagebild::ui {

namespace {
constexpr auto kLastDatabase = "database/last";
constexpr auto kGeometry = "window/geometry";
constexpr auto kState = "window/state";
} // namespace

QString AppSettings::defaultDatabasePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache.sqlite");
}

QString AppSettings::lastDatabase() { return QSettings().value(kLastDatabase, defaultDatabasePath()).toString(); }
void AppSettings::setLastDatabase(const QString& path) { QSettings().setValue(kLastDatabase, path); }
QByteArray AppSettings::windowGeometry() { return QSettings().value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& g) { QSettings().setValue(kGeometry, g); }
QByteArray AppSettings::windowState() { return QSettings().value(kState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& s) { QSettings().setValue(kState, s); }

} // namespace lagebild::ui

#pragma once

#include <QByteArray>
#include <QString>

namespace lagebild::ui {

/// Typed settings with their defaults in one place (ARCHITECTURE §11). Secrets never go here.
class AppSettings {
public:
    static QString defaultDatabasePath();
    static QString lastDatabase();
    static void setLastDatabase(const QString& path);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& state);
    static int lastPage();
    static void setLastPage(int page);
    /// Where the import dialogs open: the folder of the last import (removable media).
    static QString lastImportFolder();
    static void setLastImportFolder(const QString& folder);
    /// "system" (default), "light" or "dark" (ui/common/theme.h).
    static QString theme();
    static void setTheme(const QString& theme);
};

} // namespace lagebild::ui

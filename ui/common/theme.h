#pragma once

#include <QString>

class QApplication;

namespace lagebild::ui {

/// Light and dark: "system" follows the desktop (the platform's palette and style); "light" and
/// "dark" use the Fusion style with a fixed palette. Chips (TLP, severity) keep their colours in
/// every theme; charts take theirs from the palette (SituationCharts restyles on a palette change).
enum class Theme { System, Light, Dark };

Theme themeFromName(const QString& name); // unknown names: System
QString themeName(Theme theme);           // "system", "light", "dark" (persisted)
/// Applies `theme` to the running application (on startup and when chosen in the View menu).
void applyTheme(Theme theme);

} // namespace lagebild::ui

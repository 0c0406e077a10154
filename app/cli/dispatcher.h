#pragma once

#include <QStringList>

namespace lagebild::app::cli {

/// Where argv points: a sub-command (index into args) or the window.
struct Invocation {
    int commandIndex = -1; // -1: no sub-command
    QString dbPath;        // from --db, may be empty
    QString lang;          // from --lang, may be empty
};

/// Finds the sub-command among the arguments without a display or QApplication, so main() can
/// decide between a headless QCoreApplication and the window.
Invocation locate(const QStringList& args);

/// Runs the command line. `args` includes the program name. Returns the process exit code.
int dispatch(const QStringList& args, const QString& defaultDbPath);

/// Parses the global options when no sub-command is given (window start). Handles --help and
/// --version itself; returns -1 to start the window, otherwise the exit code.
int handleGlobalOptions(const QStringList& args);

} // namespace lagebild::app::cli

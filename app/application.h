#pragma once

#include <QStringList>

namespace lagebild::app {

/// Composition root: sets application identity, loads the translation, then either runs a
/// sub-command headless (QCoreApplication, no display) or builds and wires the window.
class Application {
public:
    static int run(int argc, char** argv);

private:
    static void setIdentity();
    static void installTranslator(const QString& lang);
    static int runWindow(int argc, char** argv, const QString& dbOverride);
};

} // namespace lagebild::app

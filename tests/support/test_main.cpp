// Shared doctest main: a QApplication exists before any test runs, because QtCharts and widget
// tests need one (ARCHITECTURE §10.3); tests run offscreen unless told otherwise.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <QApplication>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qargc = 1;
    QApplication app(qargc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lagebild-tests"));
    doctest::Context context;
    context.applyCommandLine(argc, argv);
    return context.run();
}

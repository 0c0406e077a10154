// Shared doctest main: a QApplication exists before any test runs, because QtCharts and widget
// tests need one (ARCHITECTURE §10.3); tests run offscreen unless told otherwise.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <QApplication>
#include <QTranslator>

#include <cstdio>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qargc = 1;
    QApplication app(qargc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lagebild-tests"));
    // English as the application shows it: "1 alert", "2 alerts" (numerus forms of lagebild_en.ts).
    QTranslator english;
    if (!english.load(QStringLiteral(LAGEBILD_QM_DIR "/lagebild_en.qm")) || !QCoreApplication::installTranslator(&english)) {
        fprintf(stderr, "cannot load %s\n", LAGEBILD_QM_DIR "/lagebild_en.qm");
        return 1;
    }
    doctest::Context context;
    context.applyCommandLine(argc, argv);
    return context.run();
}

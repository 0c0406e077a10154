// Layering gate (GUIDE §3): nothing under models/ may include QtGui, QtWidgets or QtCharts, or
// call processEvents; ingest readers never include the store or Poco.
#include <doctest/doctest.h>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {

QStringList sources(const QString& folder) {
    QStringList files;
    QDirIterator it(QStringLiteral(LAGEBILD_SOURCE_DIR) + QLatin1Char('/') + folder,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QStringList offenders(const QString& folder, const QRegularExpression& forbidden) {
    QStringList found;
    for (const QString& path : sources(folder)) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        int line = 0;
        for (const QByteArray& raw : f.readAll().split('\n')) {
            ++line;
            if (forbidden.match(QString::fromUtf8(raw)).hasMatch())
                found << QStringLiteral("%1:%2").arg(path).arg(line);
        }
    }
    return found;
}

} // namespace

TEST_CASE("models never include the GUI or call processEvents") {
    REQUIRE(sources(QStringLiteral("models")).size() > 10);
    const QRegularExpression gui(QStringLiteral(
        R"(#\s*include\s*[<"](QtGui|QtWidgets|QtCharts|QWidget|QApplication|QGuiApplication|QMessageBox|QPainter|QColor|QIcon|QPixmap|QFont|QImage)\b|processEvents)"));
    const QStringList bad = offenders(QStringLiteral("models"), gui);
    CHECK_MESSAGE(bad.isEmpty(), bad.join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("the architecture check itself detects a forbidden include") {
    const QRegularExpression gui(QStringLiteral(R"(#\s*include\s*[<"](QtWidgets|QWidget)\b)"));
    CHECK(gui.match(QStringLiteral("#include <QWidget>")).hasMatch());
    CHECK(gui.match(QStringLiteral("#  include \"QtWidgets/QLabel\"")).hasMatch());
    CHECK_FALSE(gui.match(QStringLiteral("#include <QString>")).hasMatch());
}

TEST_CASE("readers do not reach into the store or the network") {
    const QRegularExpression bad(QStringLiteral(R"(#\s*include\s*[<"](models/store/|models/sync/|Poco/|sqlite3\.h))"));
    const QStringList found = offenders(QStringLiteral("models/ingest"), bad);
    CHECK_MESSAGE(found.isEmpty(), found.join(QLatin1Char('\n')).toStdString());
    const QRegularExpression core(
        QStringLiteral(R"(#\s*include\s*[<"](models/(store|ingest|sync|analysis|items|report)/|sqlite3\.h|Poco/))"));
    const QStringList coreFound = offenders(QStringLiteral("models/core"), core);
    CHECK_MESSAGE(coreFound.isEmpty(), coreFound.join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("every translated message is looked up under the context lupdate filed it in") {
    // lupdate files Tr::tr() in a free function under the context "Tr", while at run time the
    // helper's Q_DECLARE_TR_FUNCTIONS context is asked: 45 messages stayed English in German
    // and French. Free functions call QCoreApplication::translate("Context", ...) instead.
    const QRegularExpression helper(QStringLiteral(R"(\bTr::tr\(|struct\s+Tr\b)"));
    QStringList found;
    for (const char* folder : {"models", "app", "ui"})
        found << offenders(QString::fromLatin1(folder), helper);
    CHECK_MESSAGE(found.isEmpty(), found.join(QLatin1Char('\n')).toStdString());
    for (const char* ts : {"translations/lagebild_de.ts", "translations/lagebild_fr.ts"}) {
        QFile f(QStringLiteral(LAGEBILD_SOURCE_DIR "/") + QString::fromLatin1(ts));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        CHECK_MESSAGE(!text.contains("<name>Tr</name>"), ts);
        CHECK_MESSAGE(!text.contains("type=\"unfinished\""), ts);
    }
}

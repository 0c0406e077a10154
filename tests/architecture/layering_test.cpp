// Layering gate (docs/ARCHITECTURE.md §3): nothing under models/ may include QtGui, QtWidgets or QtCharts, or
// call processEvents; ingest readers never include the store or Poco; only models/store touches
// SQLite.
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {

// The rules live here once: the checks apply them and the self-check runs the same objects over
// tests/fixtures/layering, so a rule that stops matching fails there rather than passing silently.
const QRegularExpression& guiRule() {
    static const QRegularExpression rule(QStringLiteral(
        R"(#\s*include\s*[<"](QtGui|QtWidgets|QtCharts|QWidget|QApplication|QGuiApplication|QMessageBox|QPainter|QColor|QIcon|QPixmap|QFont|QImage)\b|processEvents)"));
    return rule;
}

const QRegularExpression& readerRule() {
    static const QRegularExpression rule(
        QStringLiteral(R"(#\s*include\s*[<"](models/store/|models/(sync|imports|transfer|demo)/|Poco/|sqlite3\.h))"));
    return rule;
}

const QRegularExpression& coreRule() {
    static const QRegularExpression rule(QStringLiteral(
        R"(#\s*include\s*[<"](models/(store|ingest|sync|imports|transfer|demo|analysis|items|report)/|sqlite3\.h|Poco/))"));
    return rule;
}

const QRegularExpression& sqliteRule() {
    static const QRegularExpression rule(QStringLiteral(R"(#\s*include\s*[<"]sqlite3(ext)?\.h|\bsqlite3_\w+\s*\()"));
    return rule;
}

QStringList sources(const QString& folder) {
    QStringList files;
    QDirIterator it(QStringLiteral(LAGEBILD_SOURCE_DIR) + QLatin1Char('/') + folder,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

// The 1-based numbers of the lines of `text` that `rule` matches.
QList<int> matchingLines(const QByteArray& text, const QRegularExpression& rule) {
    QList<int> lines;
    int line = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++line;
        if (rule.match(QString::fromUtf8(raw)).hasMatch())
            lines << line;
    }
    return lines;
}

// "path:line" of every match under `folder`, except in files below `allowed` (a folder prefix).
QStringList offenders(const QString& folder, const QRegularExpression& rule, const QString& allowed = {}) {
    const QString allowedPrefix = QStringLiteral(LAGEBILD_SOURCE_DIR) + QLatin1Char('/') + allowed;
    QStringList found;
    for (const QString& path : sources(folder)) {
        if (!allowed.isEmpty() && path.startsWith(allowedPrefix))
            continue;
        for (int line : matchingLines(lagebild::test::readFile(path), rule))
            found << QStringLiteral("%1:%2").arg(path).arg(line);
    }
    return found;
}

// The lines of tests/fixtures/layering/<name>/input.txt the rule flags, one per line.
QString flagged(const QString& name, const QRegularExpression& rule) {
    const QString folder = QStringLiteral("layering/") + name;
    const QByteArray input = lagebild::test::readFile(lagebild::test::fixture(folder + QStringLiteral("/input.txt")));
    const QList<QByteArray> lines = input.split('\n');
    QStringList out;
    for (int line : matchingLines(input, rule))
        out << QString::fromUtf8(lines[line - 1]);
    return out.join(QLatin1Char('\n'));
}

QString expected(const QString& name) {
    return QString::fromUtf8(lagebild::test::readFile(
                                 lagebild::test::fixture(QStringLiteral("layering/") + name + QStringLiteral("/expected.txt"))))
        .trimmed();
}

} // namespace

TEST_CASE("models never include the GUI or call processEvents") {
    REQUIRE(sources(QStringLiteral("models")).size() > 10);
    const QStringList bad = offenders(QStringLiteral("models"), guiRule());
    CHECK_MESSAGE(bad.isEmpty(), bad.join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("the architecture check itself detects forbidden includes and calls (the rules the checks apply)") {
    for (const auto& [name, rule] : {std::pair{"gui", &guiRule()}, std::pair{"reader", &readerRule()},
                                     std::pair{"core", &coreRule()}, std::pair{"sqlite", &sqliteRule()}}) {
        const QString fixture = QString::fromLatin1(name);
        CAPTURE(fixture.toStdString());
        CHECK(flagged(fixture, *rule).toStdString() == expected(fixture).toStdString());
    }
    // The SQLite check walks the store too and lets it pass only by its folder.
    CHECK_FALSE(offenders(QStringLiteral("models/store"), sqliteRule()).isEmpty());
    CHECK(offenders(QStringLiteral("models/store"), sqliteRule(), QStringLiteral("models/store/")).isEmpty());
}

TEST_CASE("readers do not reach into the store or the network") {
    const QStringList found = offenders(QStringLiteral("models/ingest"), readerRule());
    CHECK_MESSAGE(found.isEmpty(), found.join(QLatin1Char('\n')).toStdString());
    const QStringList coreFound = offenders(QStringLiteral("models/core"), coreRule());
    CHECK_MESSAGE(coreFound.isEmpty(), coreFound.join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("only the store touches SQLite") {
    // ARCHITECTURE §3: everyone else asks store::Database, so statements, errors and threads have one home.
    QStringList found;
    for (const char* folder : {"models", "app", "ui"})
        found << offenders(QString::fromLatin1(folder), sqliteRule(), QStringLiteral("models/store/"));
    CHECK_MESSAGE(found.isEmpty(), found.join(QLatin1Char('\n')).toStdString());
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

TEST_CASE("English has its plural forms: every %n message of lagebild_en.ts reads '1 alert' and '2 alerts'") {
    QFile f(QStringLiteral(LAGEBILD_SOURCE_DIR "/translations/lagebild_en.ts"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const QRegularExpression message(QStringLiteral(R"(<message numerus="yes">\s*<source>(.*?)</source>(.*?)</message>)"),
                                     QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression form(QStringLiteral("<numerusform>(.*?)</numerusform>"));
    int messages = 0;
    for (auto it = message.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        ++messages;
        QStringList forms;
        for (auto f2 = form.globalMatch(m.captured(2)); f2.hasNext();)
            forms << f2.next().captured(1);
        CAPTURE(m.captured(1).toStdString());
        REQUIRE(forms.size() == 2);
        for (const QString& s : forms) {
            CHECK_FALSE(s.isEmpty());
            CHECK_FALSE(s.contains(QStringLiteral("(s)")));
            CHECK_FALSE(s.contains(QStringLiteral("(es)")));
        }
    }
    CHECK(messages > 40);
}

TEST_CASE("no test case name holds a semicolon (ctest would split it and run nothing under either half)") {
    // doctest_discover_tests turns the list of names into a CMake list: "a; b" became two ctest
    // entries whose filters matched no test case, so the test never ran (seven did not).
    const QRegularExpression name(QStringLiteral(R"re(TEST_CASE\("((?:[^"\\]|\\.)*)"\))re"));
    int cases = 0;
    QDirIterator it(QStringLiteral(LAGEBILD_SOURCE_DIR "/tests"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = name.globalMatch(text); m.hasNext();) {
            const QString n = m.next().captured(1);
            ++cases;
            CAPTURE(path.toStdString());
            CAPTURE(n.toStdString());
            CHECK_FALSE(n.contains(QLatin1Char(';')));
        }
    }
    CHECK(cases > 300);
}

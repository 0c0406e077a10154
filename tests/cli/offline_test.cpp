// A new installation is offline: no network socket is opened until a feed is configured and
// enabled (issue 5). The real binary runs under strace, which records every socket() and
// connect() of every process and thread; a control run with a feed proves the tracing sees them.
#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QProcess>

namespace test = lagebild::test;

namespace {

/// Runs `script` (bash) under strace -f and returns the trace of socket/connect calls.
QString traced(const QString& script, const test::TempDir& dir) {
    const QString log = dir.path(QStringLiteral("trace-%1.log").arg(qHash(script)));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LAGEBILD"), QStringLiteral(LAGEBILD_BINARY));
    env.insert(QStringLiteral("DB"), dir.path(QStringLiteral("cache.sqlite")));
    env.insert(QStringLiteral("TESTDATA"), QStringLiteral(LAGEBILD_TESTDATA_DIR));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("strace"), {QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=socket,connect"),
                                       QStringLiteral("-o"), log, QStringLiteral("bash"), QStringLiteral("-c"), script});
    REQUIRE_MESSAGE(p.waitForStarted(), "strace is needed for this test (packaging/debian-packages.txt installs it)");
    REQUIRE(p.waitForFinished(300000));
    QFile f(log);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("a new installation opens no network socket: window, import, search, sync without feeds") {
    test::TempDir dir;
    const QString trace = traced(QStringLiteral(R"(
        "$LAGEBILD" --db "$DB" & pid=$!
        sleep 5; kill $pid; wait $pid
        "$LAGEBILD" --db "$DB" import "$TESTDATA/stix/oasis-examples" >/dev/null 2>&1
        "$LAGEBILD" --db "$DB" search malware >/dev/null 2>&1
        "$LAGEBILD" --db "$DB" stats --json >/dev/null
        "$LAGEBILD" --db "$DB" sync >/dev/null 2>&1
        "$LAGEBILD" --db "$DB" feeds add off --kind stix-url --url https://127.0.0.1:9/x.json --disabled 2>/dev/null
        "$LAGEBILD" --db "$DB" sync >/dev/null 2>&1
        exit 0)"),
                                 dir);
    // The window and the commands ran (the trace has their process exits), and none of them
    // created an IPv4/IPv6 socket or connected anywhere but local Unix sockets.
    CHECK(trace.count(QStringLiteral("+++ exited")) + trace.count(QStringLiteral("+++ killed")) >= 6);
    CHECK_FALSE(trace.contains(QStringLiteral("AF_INET")));

    // Control: with the feed enabled, sync does connect; the trace would have seen a leak.
    const QString control = traced(QStringLiteral(R"(
        "$LAGEBILD" --db "$DB" feeds add on --kind stix-url --url https://127.0.0.1:9/x.json 2>/dev/null
        "$LAGEBILD" --db "$DB" sync on >/dev/null 2>&1
        exit 0)"),
                                   dir);
    CHECK(control.contains(QStringLiteral("AF_INET")));
    CHECK(control.contains(QStringLiteral("connect(")));
}

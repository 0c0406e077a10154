#include "tests/support/external_tools.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace lagebild::test {

Run runTool(const QString& program, const QStringList& args, const QByteArray& input) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted(30000));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run runLagebild(const QStringList& args, const QByteArray& input) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // sub-commands must not need a display
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LAGEBILD_BINARY), args);
    REQUIRE(p.waitForStarted(30000));
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject jsonOf(const Run& run) {
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(run.out.toUtf8(), &e);
    REQUIRE(e.error == QJsonParseError::NoError);
    return doc.object();
}

MinisignKeys makeMinisignKeys(const TempDir& dir, const QString& name, const QByteArray& password) {
    MinisignKeys keys{dir.path(name + QStringLiteral(".pub")), dir.path(name + QStringLiteral(".key")), password};
    QStringList args{QStringLiteral("-G"), QStringLiteral("-f"), QStringLiteral("-p"),
                     keys.publicKey,       QStringLiteral("-s"), keys.secretKey};
    if (password.isEmpty())
        args << QStringLiteral("-W");
    // minisign reads the password (twice, to confirm) from stdin when it is not a terminal.
    const Run r =
        runTool(QStringLiteral("minisign"), args, password.isEmpty() ? QByteArray() : password + '\n' + password + '\n');
    REQUIRE_MESSAGE(r.code == 0, r.err.toStdString());
    return keys;
}

Run minisignSign(const MinisignKeys& keys, const QString& file, const QString& trustedComment, bool legacy) {
    QStringList args{QStringLiteral("-S"), QStringLiteral("-s"), keys.secretKey, QStringLiteral("-m"), file};
    if (!trustedComment.isEmpty())
        args << QStringLiteral("-t") << trustedComment;
    if (legacy)
        args << QStringLiteral("-l");
    return runTool(QStringLiteral("minisign"), args, keys.password.isEmpty() ? QByteArray() : keys.password + '\n');
}

Run minisignVerify(const QString& publicKey, const QString& file) {
    return runTool(QStringLiteral("minisign"),
                   {QStringLiteral("-V"), QStringLiteral("-p"), publicKey, QStringLiteral("-m"), file});
}

quint64 minisignPrintedKeyId(const QString& publicKeyFile) {
    QFile f(publicKeyFile);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray marker = "minisign public key ";
    const QByteArray first = f.readLine().trimmed();
    const qsizetype at = first.indexOf(marker);
    return at < 0 ? 0 : first.mid(at + marker.size()).toULongLong(nullptr, 16);
}

} // namespace lagebild::test

#include "tests/support/temp_dir.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lagebild::test {

TempDir::TempDir() : m_dir(QDir::tempPath() + QStringLiteral("/lagebild-test-XXXXXX")) {}

QString TempDir::path(const QString& name) const { return m_dir.filePath(name); }

QString TempDir::write(const QString& name, const QByteArray& content) const {
    const QString p = path(name);
    QDir().mkpath(QFileInfo(p).absolutePath());
    QFile f(p);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return p;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    REQUIRE_MESSAGE(f.open(QIODevice::ReadOnly), path.toStdString());
    return f.readAll();
}

QByteArray allFileBytes(const QString& dir) {
    QByteArray all;
    for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files))
        all += readFile(info.filePath());
    return all;
}

QString testData(const QString& relative) {
    return QDir::cleanPath(QStringLiteral(LAGEBILD_TESTDATA_DIR) + QLatin1Char('/') + relative);
}

QString fixture(const QString& relative) {
    return QDir::cleanPath(QStringLiteral(LAGEBILD_SOURCE_DIR "/tests/fixtures/") + relative);
}

} // namespace lagebild::test

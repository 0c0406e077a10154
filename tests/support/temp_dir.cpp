#include "tests/support/temp_dir.h"

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

QString testData(const QString& relative) {
    return QDir::cleanPath(QStringLiteral(LAGEBILD_TESTDATA_DIR) + QLatin1Char('/') + relative);
}

} // namespace lagebild::test

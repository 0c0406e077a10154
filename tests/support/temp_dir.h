#pragma once

#include <QString>
#include <QTemporaryDir>

namespace lagebild::test {

/// A temporary folder removed at scope exit, with helpers for database and fixture paths.
class TempDir {
public:
    TempDir();
    QString path(const QString& name) const;
    /// Writes `content` to a file in the folder and returns its path.
    QString write(const QString& name, const QByteArray& content) const;

private:
    QTemporaryDir m_dir;
};

/// The whole content of a file (fails the test when it cannot be read).
QByteArray readFile(const QString& path);

/// Every byte of every file directly in `dir` (e.g. a database with its WAL and journal), to
/// check that a secret appears in none of them.
QByteArray allFileBytes(const QString& dir);

/// Absolute path below ../shared/testdata.
QString testData(const QString& relative);

/// Absolute path below tests/fixtures (a case's input and expected output side by side).
QString fixture(const QString& relative);

} // namespace lagebild::test

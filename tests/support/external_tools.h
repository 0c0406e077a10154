#pragma once

#include "tests/support/temp_dir.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace lagebild::test {

/// What a finished child process left behind.
struct Run {
    int code = -1;
    QString out;
    QString err;
};

/// Runs `program` with `args` (and `input` on stdin), waiting up to two minutes.
Run runTool(const QString& program, const QStringList& args, const QByteArray& input = {});

/// Runs the built lagebild binary headless (no display), as a user would, with `input` on stdin.
Run runLagebild(const QStringList& args, const QByteArray& input = {});

/// The one JSON document a `--json` run printed on stdout (fails the test when it is not JSON).
QJsonObject jsonOf(const Run& run);

/// A minisign key pair made by Debian's `minisign -G` at test time.
struct MinisignKeys {
    QString publicKey;
    QString secretKey;
    QByteArray password; // empty: made with -W (unencrypted)
};

/// Makes `name.pub` / `name.key` in `dir`; with a password the secret key is scrypt-encrypted.
MinisignKeys makeMinisignKeys(const TempDir& dir, const QString& name, const QByteArray& password = {});

/// `minisign -S` (prehashed, or legacy with -l) with the trusted comment; writes FILE.minisig.
Run minisignSign(const MinisignKeys& keys, const QString& file, const QString& trustedComment, bool legacy = false);

/// `minisign -V -p PUB -m FILE` (signature FILE.minisig).
Run minisignVerify(const QString& publicKey, const QString& file);
/// The key id minisign printed in a public key file's comment ("minisign public key <HEX>", hex
/// without leading zeros), or 0 if there is none.
quint64 minisignPrintedKeyId(const QString& publicKeyFile);

} // namespace lagebild::test

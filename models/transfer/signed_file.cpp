#include "models/transfer/signed_file.h"
#include "models/core/plural.h"

#include "models/store/trust_repository.h"
#include "models/transfer/minisign.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace lagebild::transfer {

namespace {

constexpr qint64 kMaxSignatureFileBytes = 64 * 1024;
constexpr qint64 kMaxLegacyBytes = qint64(1) << 30; // minisign's own limit for unhashed signing

core::Error refused(const QString& path, const QString& why) {
    return core::Error::make(
        core::ErrorCode::Signature,
        QCoreApplication::translate("SignedFile", "%1: signature check failed, nothing imported: %2").arg(path, why));
}

core::Error ioError(const QString& path, const QString& why) {
    return core::Error::make(core::ErrorCode::Io, QCoreApplication::translate("SignedFile", "Cannot read %1: %2").arg(path, why));
}

} // namespace

QString signaturePathFor(const QString& path) { return path + QStringLiteral(".minisig"); }

bool isSignatureFile(const QString& path) { return path.endsWith(QLatin1String(".minisig"), Qt::CaseInsensitive); }

bool hasSignature(const QString& path) {
    const QFileInfo sig(signaturePathFor(path));
    return sig.exists() && !sig.isDir();
}

std::optional<core::Issue> VerifiedFile::gapWarning() const {
    if (!previousSeq || seq <= *previousSeq + 1)
        return std::nullopt;
    const std::int64_t missing = seq - *previousSeq - 1;
    const int count = core::pluralCount(missing);
    return core::Issue{
        core::IssueSeverity::Warning,
        QCoreApplication::translate(
            "SignedFile",
            "Sequence gap: the last bundle accepted from producer \"%1\" was number %2, this one is %3; %n bundle(s) "
            "in between never arrived here. Ask the producer for them.",
            "", count)
            .arg(producer)
            .arg(*previousSeq)
            .arg(seq),
        QStringLiteral("seq=%1").arg(seq), producer};
}

core::Issue VerifiedFile::acceptedNote() const {
    return core::Issue{
        core::IssueSeverity::Info,
        QCoreApplication::translate("SignedFile", "Signature verified: key \"%1\" (%2), producer \"%3\", sequence %4.")
            .arg(keyName, keyId, producer)
            .arg(seq),
        {},
        {}};
}

core::Result<VerifiedFile> verifyBeforeParse(store::Database& db, const QString& path) {
    const QString sigPath = signaturePathFor(path);
    QFile sigFile(sigPath);
    if (!sigFile.open(QIODevice::ReadOnly))
        return ioError(sigPath, sigFile.errorString());
    if (sigFile.size() > kMaxSignatureFileBytes)
        return refused(path,
                       QCoreApplication::translate("SignedFile", "%1 is too large to be a minisign signature.").arg(sigPath));
    auto signature = parseSignature(sigFile.readAll(), sigPath);
    if (!signature)
        return refused(path, signature.error().message);
    const Signature& sig = signature.value();

    store::TrustRepository trust(db);
    const QString keyId = keyIdHex(sig.keyId);
    auto trusted = trust.keyById(keyId);
    if (!trusted)
        return trusted.error();
    if (!trusted.value())
        return refused(path, QCoreApplication::translate(
                                 "SignedFile", "signed with key %1, which is not trusted here. If the producer is known, add its "
                                               "public key with 'lagebild trust add NAME KEYFILE'.")
                                 .arg(keyId));
    const store::TrustedKey& key = *trusted.value();
    auto publicKey =
        parsePublicKey(key.publicKey.toLatin1(), QCoreApplication::translate("SignedFile", "trusted key \"%1\"").arg(key.name));
    if (!publicKey)
        return refused(path, publicKey.error().message);

    // Copy while hashing: the bytes that are verified are the bytes that are parsed.
    VerifiedFile out;
    out.originalPath = path;
    out.copyDir = std::make_shared<QTemporaryDir>();
    if (!out.copyDir->isValid())
        return core::Error::make(
            core::ErrorCode::Io,
            QCoreApplication::translate("SignedFile", "Cannot create a private temporary folder to check %1: %2")
                .arg(path, out.copyDir->errorString()));
    out.dataPath = out.copyDir->filePath(QFileInfo(path).fileName());
    QFile in(path), copy(out.dataPath);
    if (!in.open(QIODevice::ReadOnly))
        return ioError(path, in.errorString());
    if (!copy.open(QIODevice::WriteOnly))
        return ioError(out.dataPath, copy.errorString());
    const bool legacy = sig.algorithm == SignatureAlgorithm::Legacy;
    if (legacy && in.size() > kMaxLegacyBytes)
        return refused(path, QCoreApplication::translate(
                                 "SignedFile", "legacy (unhashed) signatures are limited to 1 GiB; sign with minisign's default "
                                               "(prehashed) mode."));
    FileHasher hasher;
    QByteArray whole;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(chunk.data(), chunk.size());
        if (n < 0)
            return ioError(path, in.errorString());
        if (n == 0)
            break;
        if (legacy) {
            if (whole.size() + n > kMaxLegacyBytes)
                return refused(path, QCoreApplication::translate("SignedFile", "the file grew beyond 1 GiB while it was read."));
            whole.append(chunk.constData(), n);
        } else {
            hasher.update(chunk.constData(), static_cast<std::size_t>(n));
        }
        if (copy.write(chunk.constData(), n) != n)
            return core::Error::make(core::ErrorCode::Io,
                                     QCoreApplication::translate("SignedFile", "Cannot write the private copy of %1: %2")
                                         .arg(path, copy.errorString()));
    }
    if (!copy.flush())
        return core::Error::make(
            core::ErrorCode::Io,
            QCoreApplication::translate("SignedFile", "Cannot write the private copy of %1: %2").arg(path, copy.errorString()));
    copy.close();
    const auto prehash = hasher.finish();
    if (auto ok = verify(publicKey.value(), sig, legacy ? nullptr : &prehash, legacy ? &whole : nullptr, sigPath); !ok)
        return refused(path, ok.error().message);

    const TrustedCommentFields fields = parseTrustedComment(sig.trustedComment);
    if (fields.producer.isEmpty() || !isValidProducerName(fields.producer) || !fields.seq)
        return refused(
            path, QCoreApplication::translate("SignedFile",
                                              "the signed trusted comment carries no \"producer=NAME seq=N\", so a replayed file "
                                              "could not be told apart; trusted comment: \"%1\"")
                      .arg(QString::fromUtf8(sig.trustedComment)));
    // A key speaks only for the producer it was trusted as: otherwise one partner's key could sign
    // as another producer and start a fresh sequence count under that name.
    if (fields.producer != key.name)
        return refused(path,
                       QCoreApplication::translate(
                           "SignedFile", "signed as producer \"%1\", but its key %2 is trusted as producer \"%3\"; a key signs "
                                         "only for the producer it was trusted as. Ask the sender to sign as \"%3\", or, if the "
                                         "key belongs to \"%1\", 'lagebild trust remove %3' and 'lagebild trust add %1 KEYFILE'.")
                           .arg(fields.producer, keyId, key.name));
    auto last = trust.lastSequence(keyId, fields.producer);
    if (!last)
        return last.error();
    if (last.value() && *fields.seq <= *last.value())
        return refused(
            path, QCoreApplication::translate("SignedFile",
                                              "replayed or out-of-date bundle: sequence %1 from producer \"%2\" is not above the "
                                              "last one accepted (%3).")
                      .arg(*fields.seq)
                      .arg(fields.producer)
                      .arg(*last.value()));
    out.keyName = key.name;
    out.keyId = keyId;
    out.producer = fields.producer;
    out.seq = *fields.seq;
    out.previousSeq = last.value();
    out.trustedComment = QString::fromUtf8(sig.trustedComment);
    return out;
}

} // namespace lagebild::transfer

#pragma once

#include "models/core/issue.h"
#include "models/core/result.h"
#include "models/store/database.h"

#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>
#include <optional>

namespace lagebild::transfer {

/// A data file whose signature checked out: who signed it, its sequence number, and a private
/// copy of exactly the bytes that were verified. Parse `dataPath`, never the original: the
/// original may change after the check (on a shared stick or folder), the copy cannot.
struct VerifiedFile {
    QString originalPath;
    QString dataPath;
    QString keyName;
    QString keyId;
    QString producer;
    std::int64_t seq = 0;
    std::optional<std::int64_t> previousSeq;
    QString trustedComment;
    std::shared_ptr<QTemporaryDir> copyDir; // removed with the last copy of this struct

    /// Set when numbers between the last accepted one and this one never arrived.
    std::optional<core::Issue> gapWarning() const;
    /// One info line for the file report ("signed by ..., sequence N").
    core::Issue acceptedNote() const;
};

/// The signature file expected beside `path` ("X" -> "X.minisig").
QString signaturePathFor(const QString& path);
/// Is `path` itself a minisign signature file (never imported as data)?
bool isSignatureFile(const QString& path);
/// Does `path` have a signature file beside it?
bool hasSignature(const QString& path);

/// Checks a signed file before anything parses it (ARCHITECTURE §14): reads X.minisig, finds its
/// key among the trusted keys (store::TrustRepository), copies X into a private temporary
/// folder while hashing it, verifies the signature and the trusted comment's signature over
/// those bytes, then requires `producer=NAME seq=N` in the trusted comment, NAME being the name
/// the key was trusted as, and N above the last number accepted from that key and producer. Reads the database, writes nothing:
/// the caller records the sequence in the transaction that stores the data (TrustRepository:: recordSequence). Any failure is
/// ErrorCode::Signature (Io when a file cannot be read), naming the file and the reason. Cost: one pass over the file (BLAKE2b
/// while copying); legacy "Ed" signatures load the file into memory (at most 1 GiB, as minisign itself).
core::Result<VerifiedFile> verifyBeforeParse(store::Database& db, const QString& path);

} // namespace lagebild::transfer

#pragma once

#include "models/core/cancel_token.h"
#include "models/core/result.h"
#include "models/core/tlp.h"
#include "models/store/database.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace lagebild::transfer {

struct BundleOptions {
    QString outPath;
    QString secretKeyPath;
    QString producer;                        // producer=NAME in the signed trusted comment
    std::optional<QByteArray> password;      // for an encrypted secret key
    std::optional<std::int64_t> sinceMicros; // objects modified or last seen at or after this time
    std::optional<core::Tlp> maxTlp;         // leave out objects above it and unknown markings
};

struct BundleResult {
    QString path;
    QString signaturePath;
    QString producer;
    QString keyId;
    std::int64_t seq = 0;
    std::int64_t objects = 0;
    std::int64_t leftOut = 0; // above --max-tlp or with an unknown marking
    std::map<std::string, std::int64_t> objectsByType;
};

/// Writes the current STIX objects (the stored JSON, verbatim) as one STIX 2.1 bundle and signs
/// it minisign-style: FILE.minisig, prehashed Ed25519 ("ED"), trusted comment "producer=NAME
/// seq=N timestamp=... file=...", which `minisign -V` verifies and verifyBeforeParse() accepts.
/// Order of work: load the key (so a wrong password costs nothing), reserve the next outgoing
/// sequence number (committed: never reused, a failed write leaves a gap the receiver reports),
/// stream the bundle into a temporary file in 1 MiB writes and rename it into place
/// (QSaveFile), hash the file as written on disk, write the signature the same way. Runs on the
/// caller's thread; one read statement over stix_object, memory bounded by the largest object.
core::Result<BundleResult> createBundle(store::Database& db, const BundleOptions& options, const core::CancelToken& cancel);

/// The producer name `bundle create` uses without --producer: this host's name reduced to the
/// characters a producer name allows, or "lagebild".
QString defaultProducerName();

} // namespace lagebild::transfer

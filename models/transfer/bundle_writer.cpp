#include "models/transfer/bundle_writer.h"

#include "models/core/json_writer.h"
#include "models/core/timestamp.h"
#include "models/report/tlp_policy.h"
#include "models/store/trust_repository.h"
#include "models/transfer/minisign.h"
#include "models/transfer/signed_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>

namespace lagebild::transfer {

namespace {

constexpr std::size_t kFlushBytes = 1 << 20;

core::Error writeError(const QString& path, const QString& why) {
    return core::Error::make(core::ErrorCode::Io,
                             QCoreApplication::translate("BundleWriter", "Cannot write %1: %2").arg(path, why));
}

core::Status writeAll(QSaveFile& file, const std::string& bytes) {
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()))
        return writeError(file.fileName(), file.errorString());
    return {};
}

core::Tlp storedTlp(std::string_view word) {
    if (word.empty())
        return core::Tlp::Unmarked;
    return core::tlpFromName(QString::fromUtf8(word.data(), static_cast<qsizetype>(word.size()))).value_or(core::Tlp::Unknown);
}

} // namespace

QString defaultProducerName() {
    QString host = QSysInfo::machineHostName();
    host.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._@-]")), QStringLiteral("-"));
    host.truncate(64);
    return isValidProducerName(host) ? host : QStringLiteral("lagebild");
}

core::Result<BundleResult> createBundle(store::Database& db, const BundleOptions& options, const core::CancelToken& cancel) {
    if (!isValidProducerName(options.producer))
        return core::Error::make(
            core::ErrorCode::Usage,
            QCoreApplication::translate("BundleWriter",
                                        "\"%1\" is not a usable producer name: use 1-64 letters, digits, '.', '_', '-' or '@'.")
                .arg(options.producer));
    auto key = readSecretKeyFile(options.secretKeyPath, options.password);
    if (!key)
        return key.error();

    BundleResult result;
    result.path = options.outPath;
    result.signaturePath = signaturePathFor(options.outPath);
    result.producer = options.producer;
    result.keyId = keyIdHex(key.value().keyId());

    auto query = db.prepare("SELECT type, tlp, json FROM stix_object "
                            "WHERE ?1 IS NULL OR modified >= ?1 OR last_seen >= ?1 ORDER BY rid");
    if (!query)
        return query.error();
    if (options.sinceMicros)
        query.value().bind(1, *options.sinceMicros);
    else
        query.value().bindNull(1);

    auto seq = store::TrustRepository(db).nextOutgoingSequence(options.producer);
    if (!seq)
        return seq.error();
    result.seq = seq.value();

    QSaveFile out(options.outPath);
    if (!out.open(QIODevice::WriteOnly))
        return writeError(options.outPath, out.errorString());
    std::string buffer;
    buffer.reserve(kFlushBytes + (1 << 16));
    core::JsonWriter json(buffer);
    const std::string bundleId = "bundle--" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    json.beginObject().member("type", "bundle").member("id", bundleId).key("objects").beginArray();
    const std::optional<report::TlpPolicy> policy =
        options.maxTlp ? std::optional<report::TlpPolicy>(report::TlpPolicy(*options.maxTlp, *options.maxTlp == core::Tlp::Red))
                       : std::nullopt;
    for (;;) {
        if (cancel.isCancelled())
            return core::Error::make(core::ErrorCode::Cancelled,
                                     QCoreApplication::translate("BundleWriter", "Bundle creation cancelled; %1 was not written.")
                                         .arg(options.outPath));
        auto row = query.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        if (policy && !policy->admits(storedTlp(query.value().columnText(1)))) {
            ++result.leftOut;
            continue;
        }
        json.raw(query.value().columnText(2));
        ++result.objects;
        ++result.objectsByType[std::string(query.value().columnText(0))];
        if (buffer.size() >= kFlushBytes) {
            if (auto s = writeAll(out, buffer); !s)
                return s.error();
            buffer.clear();
        }
    }
    json.endArray().endObject();
    buffer += '\n';
    if (auto s = writeAll(out, buffer); !s)
        return s.error();
    if (!out.commit())
        return writeError(options.outPath, out.errorString());

    // Sign what is on disk, not what we meant to write.
    auto prehash = hashFile(options.outPath);
    if (!prehash)
        return prehash.error();
    QString fileName = QFileInfo(options.outPath).fileName();
    fileName.replace(QRegularExpression(QStringLiteral("\\s")), QStringLiteral("_"));
    const QByteArray trusted = QStringLiteral("producer=%1 seq=%2 timestamp=%3 file=%4")
                                   .arg(options.producer)
                                   .arg(result.seq)
                                   .arg(QString::fromStdString(core::formatStixTimestamp(core::nowMicros())))
                                   .arg(fileName)
                                   .toUtf8();
    const Signature signature =
        signPrehashed(key.value(), prehash.value(), trusted,
                      QStringLiteral("signature from lagebild, producer %1").arg(options.producer).toUtf8());
    QSaveFile sigOut(result.signaturePath);
    if (!sigOut.open(QIODevice::WriteOnly))
        return writeError(result.signaturePath, sigOut.errorString());
    const QByteArray sigText = formatSignature(signature);
    if (sigOut.write(sigText) != sigText.size() || !sigOut.commit())
        return writeError(result.signaturePath, sigOut.errorString());
    return result;
}

} // namespace lagebild::transfer

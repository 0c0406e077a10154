#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/core/cancel_token.h"
#include "models/core/timestamp.h"
#include "models/transfer/bundle_writer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lagebild::app::cli {

namespace {

/// `lagebild bundle create --out FILE [--since TIME] [--max-tlp LEVEL] --sign SECRET_KEY_FILE
/// [--producer NAME]`: a signed STIX 2.1 bundle for an air-gapped partner (README.md, "Command line").
class BundleCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(BundleCommand)
public:
    QString name() const override { return QStringLiteral("bundle"); }
    QString summary() const override {
        return tr("Write a signed STIX 2.1 bundle (FILE and FILE.minisig) for an air-gapped transfer.");
    }

    void configure(QCommandLineParser& p) const override {
        p.addOption({QStringLiteral("json"), tr("Print the result as one JSON document.")});
        p.addOption({QStringLiteral("out"), tr("The bundle file to write; the signature goes to FILE.minisig."), tr("FILE")});
        p.addOption({QStringLiteral("since"),
                     tr("Only objects modified or received at or after TIME (RFC 3339, or a date YYYY-MM-DD in UTC)."),
                     tr("TIME")});
        p.addOption({QStringLiteral("max-tlp"),
                     tr("Leave out objects marked above LEVEL (clear, green, amber, amber+strict, red) and objects with "
                        "a marking Lagebild does not recognise. Without it every object is included."),
                     tr("LEVEL")});
        p.addOption({QStringLiteral("sign"),
                     tr("minisign secret key file to sign with; a password-protected key reads its password from the "
                        "environment variable LAGEBILD_SIGN_PASSWORD."),
                     tr("SECRET_KEY_FILE")});
        p.addOption({QStringLiteral("producer"),
                     tr("Producer name in the signed trusted comment (default: this computer's host name)."), tr("NAME")});
        p.addPositionalArgument(QStringLiteral("ACTION"), tr("create"), QStringLiteral("create"));
    }

    int run(const QCommandLineParser& p, Context& ctx) const override {
        const QStringList args = p.positionalArguments();
        if (args != QStringList{QStringLiteral("create")})
            return fail(ctx, kExitUsage,
                        tr("bundle: use 'bundle create --out FILE --sign SECRET_KEY_FILE [--since TIME] [--max-tlp LEVEL]'."));
        if (p.value(QStringLiteral("out")).isEmpty())
            return fail(ctx, kExitUsage, tr("bundle create: --out FILE is required."));
        if (p.value(QStringLiteral("sign")).isEmpty())
            return fail(ctx, kExitUsage, tr("bundle create: --sign SECRET_KEY_FILE is required; bundles are always signed."));
        transfer::BundleOptions options;
        options.outPath = p.value(QStringLiteral("out"));
        options.secretKeyPath = p.value(QStringLiteral("sign"));
        options.producer =
            p.isSet(QStringLiteral("producer")) ? p.value(QStringLiteral("producer")) : transfer::defaultProducerName();
        if (qEnvironmentVariableIsSet("LAGEBILD_SIGN_PASSWORD"))
            options.password = qgetenv("LAGEBILD_SIGN_PASSWORD");
        if (p.isSet(QStringLiteral("since"))) {
            QString since = p.value(QStringLiteral("since"));
            static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            if (dateOnly.match(since).hasMatch())
                since += QStringLiteral("T00:00:00Z");
            options.sinceMicros = core::parseRfc3339(since.toStdString());
            if (!options.sinceMicros)
                return fail(ctx, kExitUsage,
                            tr("bundle create: --since needs a time such as 2026-03-01 or 2026-03-01T12:00:00Z, not '%1'.")
                                .arg(p.value(QStringLiteral("since"))));
        }
        if (p.isSet(QStringLiteral("max-tlp"))) {
            options.maxTlp = core::tlpFromName(p.value(QStringLiteral("max-tlp")));
            if (!options.maxTlp || *options.maxTlp == core::Tlp::Unknown || *options.maxTlp == core::Tlp::Unmarked)
                return fail(ctx, kExitUsage,
                            tr("bundle create: unknown TLP level '%1'.").arg(p.value(QStringLiteral("max-tlp"))));
        }
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        const core::CancelToken cancel;
        auto result = transfer::createBundle(*db, options, cancel);
        if (!result) {
            const auto code = result.error().code;
            return fail(ctx,
                        code == core::ErrorCode::Signature ? kExitTrust
                        : code == core::ErrorCode::Usage   ? kExitUsage
                                                           : kExitFailure,
                        tr("bundle create: %1").arg(result.error().message));
        }
        const auto& r = result.value();
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject byType;
            for (const auto& [type, n] : r.objectsByType)
                byType.insert(QString::fromStdString(type), static_cast<qint64>(n));
            printJson(ctx, QJsonObject{{QStringLiteral("path"), r.path},
                                       {QStringLiteral("signature"), r.signaturePath},
                                       {QStringLiteral("producer"), r.producer},
                                       {QStringLiteral("seq"), static_cast<qint64>(r.seq)},
                                       {QStringLiteral("key_id"), r.keyId},
                                       {QStringLiteral("objects"), byType},
                                       {QStringLiteral("left_out"), static_cast<qint64>(r.leftOut)}});
            return kExitOk;
        }
        ctx.out << tr("%1: %n object(s), signed by key %2 as producer \"%3\", sequence %4; signature %5.", nullptr,
                      static_cast<int>(r.objects))
                       .arg(r.path, r.keyId, r.producer)
                       .arg(r.seq)
                       .arg(r.signaturePath)
                << '\n';
        if (r.leftOut > 0)
            ctx.out << tr("%n object(s) left out by --max-tlp (above the level or with an unrecognised marking).", nullptr,
                          static_cast<int>(r.leftOut))
                    << '\n';
        ctx.out.flush();
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeBundleCommand() { return std::make_unique<BundleCommand>(); }

} // namespace lagebild::app::cli

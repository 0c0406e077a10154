#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/core/timestamp.h"
#include "models/store/trust_repository.h"
#include "models/transfer/minisign.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lagebild::app::cli {

namespace {

/// `lagebild trust add NAME PUBKEY_FILE | list [--json] | remove NAME`: the producers whose
/// minisign keys signed bundles are checked against (README.md, "Command line").
class TrustCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TrustCommand)
public:
    QString name() const override { return QStringLiteral("trust"); }
    QString summary() const override {
        return tr("Manage the producers' minisign public keys that signed files are verified against.");
    }

    void configure(QCommandLineParser& p) const override {
        p.addOption({QStringLiteral("json"), tr("list: print the trusted keys as one JSON document.")});
        p.addPositionalArgument(QStringLiteral("ACTION"),
                                tr("add NAME PUBKEY_FILE (a minisign public key file), list, or remove NAME."),
                                QStringLiteral("add|list|remove"));
        p.addPositionalArgument(QStringLiteral("ARGS"), tr("The producer name, and for add the public key file."),
                                QStringLiteral("[NAME] [PUBKEY_FILE]"));
    }

    int run(const QCommandLineParser& p, Context& ctx) const override {
        const QStringList args = p.positionalArguments();
        const QString action = args.value(0);
        if (action == QLatin1String("add") && args.size() == 3)
            return add(ctx, args.at(1), args.at(2));
        if (action == QLatin1String("list") && args.size() == 1)
            return list(ctx, p.isSet(QStringLiteral("json")));
        if (action == QLatin1String("remove") && args.size() == 2)
            return remove(ctx, args.at(1));
        return fail(ctx, kExitUsage,
                    tr("trust: use 'trust add NAME PUBKEY_FILE', 'trust list [--json]' or 'trust remove NAME'."));
    }

private:
    static int add(Context& ctx, const QString& name, const QString& file) {
        if (!transfer::isValidProducerName(name))
            return fail(ctx, kExitUsage,
                        tr("trust add: \"%1\" is not a usable name: use 1-64 letters, digits, '.', '_', '-' or '@'.").arg(name));
        auto key = transfer::readPublicKeyFile(file);
        if (!key)
            return fail(ctx, key.error().code == core::ErrorCode::Io ? kExitFailure : kExitTrust,
                        tr("trust add: %1").arg(key.error().message));
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        const store::TrustedKey trusted{name, key.value().keyIdText(), key.value().base64(), key.value().untrustedComment,
                                        core::nowMicros()};
        if (auto s = store::TrustRepository(*db).addKey(trusted); !s)
            return fail(ctx, s.error().code == core::ErrorCode::Usage ? kExitUsage : kExitFailure,
                        tr("trust add: %1").arg(s.error().message));
        ctx.out << tr("Trusted producer \"%1\" with key %2.").arg(name, trusted.keyId) << '\n';
        ctx.out.flush();
        return kExitOk;
    }

    static int list(Context& ctx, bool json) {
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        store::TrustRepository repo(*db);
        auto keys = repo.keys();
        if (!keys)
            return fail(ctx, kExitFailure, tr("trust list: %1").arg(keys.error().message));
        QJsonArray out;
        for (const auto& k : keys.value()) {
            auto seqs = repo.sequences(k.keyId);
            if (!seqs)
                return fail(ctx, kExitFailure, tr("trust list: %1").arg(seqs.error().message));
            QJsonObject producers;
            QStringList text;
            for (const auto& [producer, seq] : seqs.value()) {
                producers.insert(producer, static_cast<qint64>(seq));
                text << QStringLiteral("%1=%2").arg(producer).arg(seq);
            }
            const QString added = QString::fromStdString(core::formatStixTimestamp(k.added));
            if (json) {
                out.append(QJsonObject{{QStringLiteral("name"), k.name},
                                       {QStringLiteral("key_id"), k.keyId},
                                       {QStringLiteral("public_key"), k.publicKey},
                                       {QStringLiteral("comment"), k.comment},
                                       {QStringLiteral("added"), added},
                                       {QStringLiteral("last_seq"), producers}});
            } else {
                ctx.out << QStringLiteral("%1  %2  %3").arg(k.name, k.keyId, added);
                if (!text.isEmpty())
                    ctx.out << "  " << tr("last sequence: %1").arg(text.join(QLatin1Char(' ')));
                ctx.out << '\n';
            }
        }
        if (json)
            printJson(ctx, QJsonObject{{QStringLiteral("keys"), out}});
        else if (keys.value().empty())
            ctx.out << tr("No trusted keys. Add one with 'lagebild trust add NAME PUBKEY_FILE'.") << '\n';
        ctx.out.flush();
        return kExitOk;
    }

    static int remove(Context& ctx, const QString& name) {
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        auto removed = store::TrustRepository(*db).removeKey(name);
        if (!removed)
            return fail(ctx, kExitFailure, tr("trust remove: %1").arg(removed.error().message));
        if (!removed.value())
            return fail(ctx, kExitFailure,
                        tr("trust remove: no trusted producer named \"%1\" ('lagebild trust list').").arg(name));
        ctx.out << tr("Removed the trusted producer \"%1\"; files signed with its key are refused from now on.").arg(name)
                << '\n';
        ctx.out.flush();
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeTrustCommand() { return std::make_unique<TrustCommand>(); }

} // namespace lagebild::app::cli

#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/store/feed_repository.h"
#include "models/sync/feed_sync_service.h"
#include "models/sync/keychain_secret_store.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lagebild::app::cli {

namespace {

class SyncCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override { return tr("Fetch what is new from the configured feeds."); }
    void configure(QCommandLineParser& p) const override {
        p.addPositionalArgument(QStringLiteral("NAME"), tr("Feeds to sync (default: every enabled feed)."),
                                QStringLiteral("[NAME...]"));
        p.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
    }
    int run(const QCommandLineParser& p, Context& ctx) const override {
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        store::FeedRepository repo(*db, store::currentActor());
        std::vector<core::FeedConfig> feeds;
        const QStringList names = p.positionalArguments();
        if (names.isEmpty()) {
            auto all = repo.list();
            if (!all)
                return fail(ctx, kExitFailure, all.error().message);
            for (const auto& f : all.value())
                if (f.config.enabled)
                    feeds.push_back(f.config);
        } else {
            for (const QString& n : names) {
                auto f = repo.get(n);
                if (!f)
                    return fail(ctx, f.error().code == core::ErrorCode::Usage ? kExitUsage : kExitFailure, f.error().message);
                feeds.push_back(f.value().config);
            }
        }
        sync::KeychainSecretStore keychain; // touched only by feeds that keep their secret there
        sync::FeedSyncService service(*db, sync::makeFeedClient, {}, &keychain);
        QJsonArray results;
        bool allOk = true;
        for (const auto& feed : feeds) {
            const sync::FeedSyncReport r = service.run(feed, core::CancelToken{});
            allOk = allOk && r.ok;
            QJsonObject result = feedRunJson(r);
            result.insert(QStringLiteral("feed"), r.feed);
            results.append(result);
            if (!p.isSet(QStringLiteral("json")))
                ctx.out << r.feed << '\t' << (r.ok ? tr("ok") : tr("failed")) << '\t'
                        << tr("%Ln page(s), %1 added, %2 updated, %3 unchanged, %4 rejected", nullptr, static_cast<int>(r.pages))
                               .arg(r.added)
                               .arg(r.updated)
                               .arg(r.unchanged)
                               .arg(r.rejected)
                        << '\n';
            if (!r.ok)
                ctx.err << "lagebild: " << r.error << '\n';
        }
        if (p.isSet(QStringLiteral("json")))
            printJson(ctx, QJsonObject{{QStringLiteral("feeds"), results}});
        if (feeds.empty())
            ctx.err << tr("No enabled feed is configured; 'lagebild feeds add' adds one.") << '\n';
        return allOk ? kExitOk : kExitFailure;
    }
};

} // namespace

std::unique_ptr<Command> makeSyncCommand() { return std::make_unique<SyncCommand>(); }

} // namespace lagebild::app::cli

#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/core/timestamp.h"
#include "models/core/tlp.h"
#include "models/store/feed_repository.h"
#include "models/sync/feed_admin.h"
#include "models/sync/feed_sync_service.h"
#include "models/sync/keychain_secret_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace lagebild::app::cli {

namespace {

struct AuthName {
    core::FeedAuth auth;
    const char* name;
};
constexpr AuthName kAuth[] = {{core::FeedAuth::None, "none"},
                              {core::FeedAuth::Basic, "basic"},
                              {core::FeedAuth::Bearer, "bearer"},
                              {core::FeedAuth::ApiKey, "apikey"},
                              {core::FeedAuth::ClientCert, "cert"}};

QString authName(core::FeedAuth a) {
    for (const auto& n : kAuth)
        if (n.auth == a)
            return QString::fromLatin1(n.name);
    return QStringLiteral("none");
}

/// Where the secret lives, as `feeds show --json` prints it: keychain, env or none.
QString secretStoreName(const core::FeedConfig& c) {
    if (c.secretInKeychain())
        return QStringLiteral("keychain");
    return c.secretEnv.isEmpty() ? QStringLiteral("none") : QStringLiteral("env");
}

/// The secret piped to `feeds add --secret-stdin`, without the line break `echo` adds.
std::string secretFromStdin() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data = in.readAll();
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    return data.toStdString();
}

QJsonValue timeOrNull(const std::optional<std::int64_t>& micros) {
    return micros ? QJsonValue(QString::fromStdString(core::formatStixTimestamp(*micros))) : QJsonValue();
}

QJsonObject feedJson(const store::FeedState& f) {
    const core::FeedConfig& c = f.config;
    QJsonObject o{{QStringLiteral("name"), c.name},
                  {QStringLiteral("kind"), c.kind},
                  {QStringLiteral("url"), c.url},
                  {QStringLiteral("collection"), c.collection},
                  {QStringLiteral("auth"), authName(c.auth)},
                  {QStringLiteral("user"), c.user},
                  {QStringLiteral("secret_env"), c.secretEnv},
                  {QStringLiteral("secret_store"), secretStoreName(c)},
                  {QStringLiteral("ca"), c.caFile},
                  {QStringLiteral("pin"), c.pin},
                  {QStringLiteral("proxy"), c.proxy},
                  {QStringLiteral("tlp"), c.tlp},
                  {QStringLiteral("confidence"), c.confidence >= 0 ? QJsonValue(c.confidence) : QJsonValue()},
                  {QStringLiteral("schedule_minutes"), c.scheduleMinutes},
                  {QStringLiteral("timeout_seconds"), c.effectiveTimeoutSeconds()},
                  {QStringLiteral("enabled"), c.enabled},
                  {QStringLiteral("last_success"), timeOrNull(f.lastSuccess)}};
    if (f.lastRun) {
        QJsonObject run = feedRunJson(*f.lastRun);
        run.insert(QStringLiteral("started"), timeOrNull(f.lastRun->started));
        run.insert(QStringLiteral("finished"), timeOrNull(f.lastRun->finished));
        o.insert(QStringLiteral("last_run"), run);
    } else {
        o.insert(QStringLiteral("last_run"), QJsonValue());
    }
    return o;
}

class FeedsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(FeedsCommand)
public:
    QString name() const override { return QStringLiteral("feeds"); }
    QString summary() const override { return tr("Configure partner feeds: add, list, show, remove."); }
    void configure(QCommandLineParser& p) const override {
        p.addPositionalArgument(QStringLiteral("ACTION"), tr("add, list, show or remove."));
        p.addPositionalArgument(QStringLiteral("NAME"), tr("The feed's name (add, show, remove)."), QStringLiteral("[NAME]"));
        p.addOption({QStringLiteral("json"), tr("Print one JSON document (list, show).")});
        p.addOption({QStringLiteral("kind"), tr("add: one of %1.").arg(sync::feedKindNames()), tr("KIND")});
        p.addOption(
            {QStringLiteral("url"), tr("add: https:// URL (TAXII: discovery or API root; MISP: the instance)."), tr("URL")});
        p.addOption({QStringLiteral("collection"), tr("add: TAXII collection id or title."), tr("ID")});
        p.addOption({QStringLiteral("user"), tr("add: user name for basic authentication."), tr("U")});
        p.addOption({QStringLiteral("secret-env"),
                     tr("add: environment variable holding the password, API key or token (never stored)."), tr("VAR")});
        p.addOption({QStringLiteral("secret-stdin"),
                     tr("add: read the password, API key or token from standard input and keep it in the OS keychain "
                        "(never in the database).")});
        p.addOption({QStringLiteral("auth"), tr("add: none, basic, bearer, apikey or cert (default: from --user/--secret-env)."),
                     tr("AUTH")});
        p.addOption({QStringLiteral("client-cert"), tr("add: client certificate (PEM) for cert authentication."), tr("FILE")});
        p.addOption({QStringLiteral("client-key"), tr("add: key of the client certificate (PEM)."), tr("FILE")});
        p.addOption({QStringLiteral("ca"), tr("add: CA certificates (PEM) trusted for this feed."), tr("FILE")});
        p.addOption({QStringLiteral("pin"), tr("add: pin of the server key, sha256/BASE64."), tr("PIN")});
        p.addOption({QStringLiteral("proxy"), tr("add: HTTP proxy host:port."), tr("HOST:PORT")});
        p.addOption({QStringLiteral("tlp"), tr("add: TLP for data that carries no marking."), tr("LEVEL")});
        p.addOption({QStringLiteral("confidence"), tr("add: confidence 0-100 for indicators that carry none."), tr("N")});
        p.addOption(
            {QStringLiteral("every"), tr("add: sync every N minutes while the window runs (default: manual)."), tr("MINUTES")});
        p.addOption({QStringLiteral("timeout"),
                     tr("add: time limit of one request in seconds, from sending it to the last byte of the answer "
                        "(default: %1; raise it for servers that think long before they answer).")
                         .arg(core::kDefaultFeedTimeoutSeconds),
                     tr("SECONDS")});
        p.addOption({QStringLiteral("disabled"), tr("add: store the feed switched off.")});
    }

    int run(const QCommandLineParser& p, Context& ctx) const override {
        const QStringList args = p.positionalArguments();
        const QString action = args.value(0);
        const QString feedName = args.value(1);
        const bool wantsName =
            action == QLatin1String("add") || action == QLatin1String("show") || action == QLatin1String("remove");
        if (action != QLatin1String("list") && !wantsName)
            return fail(ctx, kExitUsage, tr("feeds: name an action: add, list, show or remove."));
        if (wantsName && feedName.isEmpty())
            return fail(ctx, kExitUsage, tr("feeds %1: name the feed.").arg(action));
        if (args.size() > (wantsName ? 2 : 1))
            return fail(ctx, kExitUsage, tr("feeds %1: unexpected argument '%2'.").arg(action, args.last()));
        if (action != QLatin1String("add"))
            for (const char* opt : {"kind", "url", "collection", "user", "secret-env", "secret-stdin", "auth", "client-cert",
                                    "client-key", "ca", "pin", "proxy", "tlp", "confidence", "every", "timeout", "disabled"})
                if (p.isSet(QLatin1String(opt)))
                    return fail(ctx, kExitUsage, tr("feeds %1: --%2 belongs to 'feeds add'.").arg(action, QLatin1String(opt)));
        core::FeedConfig config;
        std::string secret;
        if (action == QLatin1String("add")) {
            auto parsed = configFrom(p, feedName);
            if (!parsed)
                return fail(ctx, kExitUsage, parsed.error().message);
            config = parsed.value();
            if (config.secretInKeychain()) {
                secret = secretFromStdin();
                if (secret.empty())
                    return fail(ctx, kExitUsage, tr("feeds add: --secret-stdin read no secret from standard input."));
            }
        }
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        store::FeedRepository repo(*db, store::currentActor());
        sync::KeychainSecretStore keychain; // touches the keychain only when a feed keeps its secret there
        sync::FeedAdmin admin(*db, &keychain);
        const bool json = p.isSet(QStringLiteral("json"));
        if (action == QLatin1String("add")) {
            auto rid = admin.add(config, secret);
            if (!rid && rid.error().code == core::ErrorCode::Auth)
                return fail(ctx, kExitUsage,
                            tr("feeds add: %1 Use --secret-env VAR instead (the environment variable that holds the secret).")
                                .arg(rid.error().message));
            if (!rid)
                return fail(ctx, rid.error().code == core::ErrorCode::Usage ? kExitUsage : kExitFailure, rid.error().message);
            ctx.err << tr("Feed \"%1\" added. 'lagebild sync %1' fetches it.").arg(config.name) << '\n';
            if (config.secretInKeychain())
                ctx.err << tr("Its secret is in the OS keychain (entry \"%1\" of Lagebild), not in the database.")
                               .arg(sync::keychainKey(config.name))
                        << '\n';
            return kExitOk;
        }
        if (action == QLatin1String("remove")) {
            auto removed = admin.remove(feedName);
            if (!removed)
                return fail(ctx, removed.error().code == core::ErrorCode::Usage ? kExitUsage : kExitFailure,
                            removed.error().message);
            ctx.err << tr("Feed \"%1\" removed; what it brought stays in the cache.").arg(feedName) << '\n';
            if (!removed.value().isEmpty())
                ctx.err << "lagebild: " << removed.value() << '\n';
            return kExitOk;
        }
        if (action == QLatin1String("show")) {
            auto f = repo.get(feedName);
            if (!f)
                return fail(ctx, f.error().code == core::ErrorCode::Usage ? kExitUsage : kExitFailure, f.error().message);
            if (json)
                printJson(ctx, feedJson(f.value()));
            else
                printText(ctx, f.value());
            return kExitOk;
        }
        auto all = repo.list();
        if (!all)
            return fail(ctx, kExitFailure, all.error().message);
        if (json) {
            QJsonArray feeds;
            for (const auto& f : all.value())
                feeds.append(feedJson(f));
            printJson(ctx, QJsonObject{{QStringLiteral("feeds"), feeds}});
            return kExitOk;
        }
        for (const auto& f : all.value())
            ctx.out << f.config.name << '\t' << f.config.kind << '\t' << (f.config.enabled ? tr("on") : tr("off")) << '\t'
                    << f.config.url << '\t' << lastRunText(f) << '\n';
        ctx.err << tr("%n feed(s)", nullptr, static_cast<int>(all.value().size())) << '\n';
        return kExitOk;
    }

private:
    static core::Result<core::FeedConfig> configFrom(const QCommandLineParser& p, const QString& name) {
        core::FeedConfig c;
        c.name = name;
        c.kind = p.value(QStringLiteral("kind"));
        c.url = p.value(QStringLiteral("url"));
        if (c.kind.isEmpty() || c.url.isEmpty())
            return core::Error::make(core::ErrorCode::Usage, tr("feeds add: --kind and --url are required."));
        c.collection = p.value(QStringLiteral("collection"));
        c.user = p.value(QStringLiteral("user"));
        c.secretEnv = p.value(QStringLiteral("secret-env"));
        if (p.isSet(QStringLiteral("secret-stdin"))) {
            if (!c.secretEnv.isEmpty())
                return core::Error::make(
                    core::ErrorCode::Usage,
                    tr("feeds add: give either --secret-stdin (OS keychain) or --secret-env VAR, not both."));
            c.secretSource = core::SecretSource::Keychain;
        }
        c.clientCert = p.value(QStringLiteral("client-cert"));
        c.clientKey = p.value(QStringLiteral("client-key"));
        c.caFile = p.value(QStringLiteral("ca"));
        c.pin = p.value(QStringLiteral("pin"));
        c.proxy = p.value(QStringLiteral("proxy"));
        if (p.isSet(QStringLiteral("tlp"))) {
            const auto tlp = core::tlpFromName(p.value(QStringLiteral("tlp")));
            if (!tlp || *tlp == core::Tlp::Unknown || *tlp == core::Tlp::Unmarked)
                return core::Error::make(core::ErrorCode::Usage,
                                         tr("feeds add: '%1' is not a TLP level; use clear, green, amber, amber+strict or red.")
                                             .arg(p.value(QStringLiteral("tlp"))));
            c.tlp = core::tlpName(*tlp);
        }
        bool ok = true;
        if (p.isSet(QStringLiteral("confidence")))
            c.confidence = p.value(QStringLiteral("confidence")).toInt(&ok);
        if (!ok)
            return core::Error::make(core::ErrorCode::Usage, tr("feeds add: --confidence needs a number from 0 to 100."));
        if (p.isSet(QStringLiteral("every")))
            c.scheduleMinutes = p.value(QStringLiteral("every")).toInt(&ok);
        if (!ok || c.scheduleMinutes < 0)
            return core::Error::make(core::ErrorCode::Usage, tr("feeds add: --every needs a number of minutes."));
        if (p.isSet(QStringLiteral("timeout")))
            c.timeoutSeconds = p.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || (p.isSet(QStringLiteral("timeout")) && c.timeoutSeconds < 1))
            return core::Error::make(
                core::ErrorCode::Usage,
                tr("feeds add: --timeout needs a number of seconds from 1 to %1.").arg(core::kMaxFeedTimeoutSeconds));
        c.enabled = !p.isSet(QStringLiteral("disabled"));
        if (p.isSet(QStringLiteral("auth"))) {
            const QString a = p.value(QStringLiteral("auth"));
            bool known = false;
            for (const auto& n : kAuth)
                if (a == QLatin1String(n.name)) {
                    c.auth = n.auth;
                    known = true;
                }
            if (!known)
                return core::Error::make(core::ErrorCode::Usage,
                                         tr("feeds add: unknown --auth '%1'; use none, basic, bearer, apikey or cert.").arg(a));
        } else if (!c.clientCert.isEmpty()) {
            c.auth = core::FeedAuth::ClientCert;
        } else if (!c.user.isEmpty()) {
            c.auth = core::FeedAuth::Basic;
        } else if (!c.secretEnv.isEmpty() || c.secretInKeychain()) {
            c.auth = c.kind.startsWith(QLatin1String("misp")) ? core::FeedAuth::ApiKey : core::FeedAuth::Bearer;
        }
        if (auto s = sync::validateFeedConfig(c); !s)
            return s.error();
        return c;
    }

    static QString lastRunText(const store::FeedState& f) {
        if (!f.lastRun)
            return tr("never synced");
        const auto& r = *f.lastRun;
        const QString when = QString::fromStdString(core::formatStixTimestamp(r.finished));
        return r.ok ? tr("ok %1: %Ln page(s), +%2 ~%3 =%4 !%5", nullptr, static_cast<int>(r.pages))
                          .arg(when)
                          .arg(r.added)
                          .arg(r.updated)
                          .arg(r.unchanged)
                          .arg(r.rejected)
                    : tr("failed %1: %2").arg(when, r.errorText());
    }

    static void printText(Context& ctx, const store::FeedState& f) {
        const core::FeedConfig& c = f.config;
        const auto line = [&](const QString& label, const QString& value) {
            if (!value.isEmpty())
                ctx.out << label << ": " << value << '\n';
        };
        line(tr("Name"), c.name);
        line(tr("Kind"), c.kind);
        line(tr("URL"), c.url);
        line(tr("Collection"), c.collection);
        line(tr("Authentication"), authName(c.auth));
        line(tr("User"), c.user);
        line(tr("Secret variable"), c.secretEnv);
        if (c.secretInKeychain())
            line(tr("Secret"), tr("in the OS keychain (entry \"%1\" of Lagebild)").arg(sync::keychainKey(c.name)));
        line(tr("CA file"), c.caFile);
        line(tr("Pin"), c.pin);
        line(tr("Proxy"), c.proxy);
        line(tr("TLP of unmarked data"), c.tlp);
        line(tr("Schedule"), c.scheduleMinutes > 0 ? tr("every %n minute(s)", nullptr, c.scheduleMinutes) : tr("manual"));
        line(tr("Time limit per request"), tr("%n second(s)", nullptr, c.effectiveTimeoutSeconds()));
        line(tr("Enabled"), c.enabled ? tr("yes") : tr("no"));
        line(tr("Last run"), lastRunText(f));
    }
};

} // namespace

std::unique_ptr<Command> makeFeedsCommand() { return std::make_unique<FeedsCommand>(); }

} // namespace lagebild::app::cli

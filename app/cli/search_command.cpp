#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/store/intel_queries.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lagebild::app::cli {

namespace {

class SearchCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override { return tr("Full-text search over intel names, descriptions, labels and values."); }
    void configure(QCommandLineParser& p) const override {
        p.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
        p.addOption({QStringLiteral("type"), tr("Only objects of this STIX type (repeatable)."), tr("TYPE")});
        p.addOption({QStringLiteral("limit"), tr("At most N results (default 50)."), tr("N"), QStringLiteral("50")});
        p.addPositionalArgument(QStringLiteral("QUERY"), tr("Words to find; a trailing * searches by prefix."));
    }
    int run(const QCommandLineParser& p, Context& ctx) const override {
        const QString query = p.positionalArguments().join(QLatin1Char(' ')).trimmed();
        if (query.isEmpty())
            return fail(ctx, kExitUsage, tr("search: no QUERY given."));
        bool ok = false;
        const int limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return fail(ctx, kExitUsage, tr("search: --limit needs a positive number."));
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        auto hits = store::IntelQueries(*db).search(query, p.values(QStringLiteral("type")), limit);
        if (!hits)
            return fail(ctx, kExitFailure, hits.error().message);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray results;
            for (const auto& h : hits.value())
                results.append(QJsonObject{{QStringLiteral("id"), h.id},
                                           {QStringLiteral("type"), h.type},
                                           {QStringLiteral("name"), h.name},
                                           {QStringLiteral("tlp"), h.tlp}});
            printJson(ctx, QJsonObject{{QStringLiteral("results"), results}});
            return kExitOk;
        }
        for (const auto& h : hits.value())
            ctx.out << h.id << '\t' << (h.tlp.isEmpty() ? QStringLiteral("-") : h.tlp) << '\t' << h.name << '\n';
        ctx.err << tr("%n result(s)", nullptr, static_cast<int>(hits.value().size())) << '\n';
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeSearchCommand() { return std::make_unique<SearchCommand>(); }

} // namespace lagebild::app::cli

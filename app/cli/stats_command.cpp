#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/store/intel_queries.h"

#include <QCoreApplication>

namespace lagebild::app::cli {

namespace {

QJsonObject toJson(const std::map<QString, std::int64_t>& map) {
    QJsonObject o;
    for (const auto& [k, v] : map)
        o.insert(k, static_cast<qint64>(v));
    return o;
}

class StatsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override { return tr("Counts of intel objects, observables, alerts, incidents and feeds."); }
    void configure(QCommandLineParser& p) const override {
        p.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
    }
    int run(const QCommandLineParser& p, Context& ctx) const override {
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        auto stats = store::IntelQueries(*db).stats();
        if (!stats)
            return fail(ctx, kExitFailure, stats.error().message);
        const auto& s = stats.value();
        if (p.isSet(QStringLiteral("json"))) {
            printJson(ctx, QJsonObject{
                               {QStringLiteral("schema_version"), s.schemaVersion},
                               {QStringLiteral("objects"), toJson(s.objectsByType)},
                               {QStringLiteral("revoked"), static_cast<qint64>(s.revoked)},
                               {QStringLiteral("observables"), static_cast<qint64>(s.observables)},
                               {QStringLiteral("alerts"),
                                QJsonObject{{QStringLiteral("total"), static_cast<qint64>(s.alertsTotal)},
                                            {QStringLiteral("matched"), static_cast<qint64>(s.alertsMatched)},
                                            {QStringLiteral("by_status"), toJson(s.alertsByStatus)},
                                            {QStringLiteral("closed_by_resolution"), toJson(s.closedByResolution)},
                                            {QStringLiteral("by_severity"), toJson(s.alertsBySeverity)}}},
                               {QStringLiteral("incidents"), static_cast<qint64>(s.incidents)},
                               {QStringLiteral("feeds"), static_cast<qint64>(s.feeds)},
                           });
            return kExitOk;
        }
        ctx.out << tr("Database: %1 (schema %2)").arg(ctx.dbPath).arg(s.schemaVersion) << '\n';
        std::int64_t total = 0;
        for (const auto& [type, n] : s.objectsByType)
            total += n;
        ctx.out << tr("Intel objects: %1 (%2 revoked)").arg(total).arg(s.revoked) << '\n';
        for (const auto& [type, n] : s.objectsByType)
            ctx.out << QStringLiteral("  %1 %2").arg(type, -28).arg(n) << '\n';
        ctx.out << tr("Observables: %1").arg(s.observables) << '\n'
                << tr("Alerts: %1 (%2 matched intel)").arg(s.alertsTotal).arg(s.alertsMatched) << '\n';
        for (const auto& [status, n] : s.alertsByStatus)
            ctx.out << QStringLiteral("  %1 %2").arg(status, -28).arg(n) << '\n';
        for (const auto& [resolution, n] : s.closedByResolution)
            ctx.out << QStringLiteral("    %1 %2").arg(tr("closed, %1").arg(resolution), -26).arg(n) << '\n';
        ctx.out << tr("Incidents: %1").arg(s.incidents) << '\n' << tr("Feeds: %1").arg(s.feeds) << '\n';
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeStatsCommand() { return std::make_unique<StatsCommand>(); }

} // namespace lagebild::app::cli

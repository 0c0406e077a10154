#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/core/timestamp.h"
#include "models/store/alert_queries.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lagebild::app::cli {

namespace {

QStringList statusValues() { return store::alertStatuses() + store::alertResolutions(); }

class AlertsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(AlertsCommand)
public:
    QString name() const override { return QStringLiteral("alerts"); }
    QString summary() const override { return tr("Sensor alerts with the intel they match, highest priority first."); }
    void configure(QCommandLineParser& p) const override {
        p.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
        p.addOption({QStringLiteral("matched"), tr("Only alerts that match intelligence.")});
        p.addOption(
            {QStringLiteral("status"),
             tr("Only alerts in this status (%1) or closed with this resolution (%2).")
                 .arg(store::alertStatuses().join(QStringLiteral(", ")), store::alertResolutions().join(QStringLiteral(", "))),
             tr("STATUS")});
        p.addOption({QStringLiteral("limit"), tr("At most N alerts (default 100)."), tr("N"), QStringLiteral("100")});
    }
    int run(const QCommandLineParser& p, Context& ctx) const override {
        store::AlertFilter filter;
        filter.matchedOnly = p.isSet(QStringLiteral("matched"));
        filter.status = p.value(QStringLiteral("status"));
        if (!filter.status.isEmpty() && !statusValues().contains(filter.status))
            return fail(ctx, kExitUsage,
                        tr("alerts: unknown status '%1'; use %2.").arg(filter.status, statusValues().join(QStringLiteral(", "))));
        bool ok = false;
        filter.limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit < 1)
            return fail(ctx, kExitUsage, tr("alerts: --limit needs a positive number."));
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        auto rows = store::AlertQueries(*db).list(filter);
        if (!rows)
            return fail(ctx, kExitFailure, rows.error().message);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray alerts;
            for (const auto& a : rows.value()) {
                QJsonArray matches;
                for (const auto& m : a.matches)
                    matches.append(
                        QJsonObject{{QStringLiteral("indicator"), m.indicator},
                                    {QStringLiteral("tlp"), m.tlp},
                                    {QStringLiteral("confidence"), m.confidence ? QJsonValue(*m.confidence) : QJsonValue()}});
                alerts.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(a.rid)},
                                          {QStringLiteral("time"), QString::fromStdString(core::formatStixTimestamp(a.time))},
                                          {QStringLiteral("sensor"), a.sensor},
                                          {QStringLiteral("signature"), a.signature},
                                          {QStringLiteral("severity"), a.severity},
                                          {QStringLiteral("status"), a.status},
                                          {QStringLiteral("resolution"), a.resolution},
                                          {QStringLiteral("src"), a.src},
                                          {QStringLiteral("dst"), a.dst},
                                          {QStringLiteral("matches"), matches}});
            }
            printJson(ctx, QJsonObject{{QStringLiteral("alerts"), alerts}});
            return kExitOk;
        }
        for (const auto& a : rows.value()) {
            ctx.out << a.rid << '\t' << QString::fromStdString(core::formatStixTimestamp(a.time)) << '\t' << a.severity << '\t'
                    << (a.resolution.isEmpty() ? a.status : a.status + QLatin1Char(':') + a.resolution) << '\t' << a.sensor
                    << '\t' << a.src << " -> " << a.dst << '\t' << a.signature;
            for (const auto& m : a.matches)
                ctx.out << "\t[" << m.indicator << ' ' << (m.tlp.isEmpty() ? QStringLiteral("-") : m.tlp) << ']';
            ctx.out << '\n';
        }
        ctx.err << tr("%n alert(s)", nullptr, static_cast<int>(rows.value().size())) << '\n';
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAlertsCommand() { return std::make_unique<AlertsCommand>(); }

} // namespace lagebild::app::cli

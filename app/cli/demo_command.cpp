#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/core/timestamp.h"
#include "models/demo/demo_situation.h"

#include <QCoreApplication>

namespace lagebild::app::cli {

namespace {

class DemoCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("Fill an empty database with the deterministic demo situation."); }
    void configure(QCommandLineParser& p) const override {
        p.addOption({QStringLiteral("alerts"), tr("Exactly N sensor alerts over 30 days (default 5000)."), tr("N"),
                     QStringLiteral("5000")});
        p.addOption({QStringLiteral("seed"), tr("Seed S of the generator; the same seed gives the same situation (default 1)."),
                     tr("S"), QStringLiteral("1")});
        p.addOption({QStringLiteral("end"),
                     tr("End of the 30 days of alerts, RFC 3339 (default: now); fixes every time in the situation."),
                     tr("TIME")});
        p.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
    }
    int run(const QCommandLineParser& p, Context& ctx) const override {
        demo::DemoOptions options;
        bool ok = false;
        options.alerts = p.value(QStringLiteral("alerts")).toLongLong(&ok);
        if (!ok || options.alerts < 0)
            return fail(ctx, kExitUsage, tr("demo: --alerts needs a number of 0 or more."));
        options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return fail(ctx, kExitUsage, tr("demo: --seed needs a non-negative whole number."));
        if (p.isSet(QStringLiteral("end"))) {
            const auto end = core::parseRfc3339(p.value(QStringLiteral("end")).toStdString());
            if (!end)
                return fail(ctx, kExitUsage,
                            tr("demo: --end needs an RFC 3339 time such as 2026-05-01T00:00:00Z, not '%1'.")
                                .arg(p.value(QStringLiteral("end"))));
            options.end = *end;
        }
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        auto loaded = demo::DemoSituation(*db).load(options, core::CancelToken());
        if (!loaded)
            return fail(ctx, kExitFailure, loaded.error().message);
        const auto& s = loaded.value();
        std::int64_t objects = 0;
        QJsonObject byType;
        for (const auto& [type, n] : s.objectsByType) {
            objects += n;
            byType.insert(type, static_cast<qint64>(n));
        }
        const QString start = QString::fromStdString(core::formatStixTimestamp(s.start));
        const QString end = QString::fromStdString(core::formatStixTimestamp(s.end));
        if (p.isSet(QStringLiteral("json"))) {
            printJson(ctx, QJsonObject{{QStringLiteral("seed"), QString::number(s.seed)},
                                       {QStringLiteral("start"), start},
                                       {QStringLiteral("end"), end},
                                       {QStringLiteral("objects"), byType},
                                       {QStringLiteral("alerts"), static_cast<qint64>(s.alerts)},
                                       {QStringLiteral("matched"), static_cast<qint64>(s.matchedAlerts)},
                                       {QStringLiteral("matches"), static_cast<qint64>(s.matches)},
                                       {QStringLiteral("incidents"), static_cast<qint64>(s.incidents)},
                                       {QStringLiteral("warnings"), static_cast<qint64>(s.warnings)},
                                       {QStringLiteral("sources"), static_cast<qint64>(s.sources)}});
            return kExitOk;
        }
        ctx.out << tr("Demo situation (seed %1) loaded into %2:").arg(QString::number(s.seed), ctx.dbPath) << '\n'
                << tr("  %1 intel objects from %2 sources").arg(objects).arg(s.sources) << '\n'
                << tr("  %1 alerts from %2 to %3, %4 of them matching intelligence (%5 matches)")
                       .arg(s.alerts)
                       .arg(start, end)
                       .arg(s.matchedAlerts)
                       .arg(s.matches)
                << '\n'
                << tr("  %1 partner warnings, %2 incidents").arg(s.warnings).arg(s.incidents) << '\n';
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand() { return std::make_unique<DemoCommand>(); }

} // namespace lagebild::app::cli

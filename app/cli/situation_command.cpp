#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/analysis/situation.h"
#include "models/core/timestamp.h"
#include "models/store/audit_log.h"
#include "models/store/threat_overrides.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace lagebild::app::cli {

namespace {

/// An expiry: a duration from now ("8h", "3d", "90m") or an RFC 3339 time.
std::optional<std::int64_t> parseExpiry(const QString& text, std::int64_t now) {
    const QString t = text.trimmed().toLower();
    if (t.size() >= 2) {
        bool ok = false;
        const qint64 n = t.left(t.size() - 1).toLongLong(&ok);
        if (ok && n > 0) {
            const QChar unit = t.back();
            constexpr std::int64_t kMinute = 60'000'000LL;
            if (unit == QLatin1Char('m'))
                return now + n * kMinute;
            if (unit == QLatin1Char('h'))
                return now + n * 60 * kMinute;
            if (unit == QLatin1Char('d'))
                return now + n * 24 * 60 * kMinute;
        }
    }
    return core::parseRfc3339(text.trimmed().toStdString());
}

class SituationCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SituationCommand)
public:
    QString name() const override { return QStringLiteral("situation"); }
    QString summary() const override {
        return tr("The figures of the Situation page: threat level and the rule behind it, alert counts, top "
                  "techniques, indicators and campaigns; set or clear an override of the threat level.");
    }
    void configure(QCommandLineParser& p) const override {
        p.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
        p.addOption({QStringLiteral("window"), tr("24h, 7d, 30d, all or FROM..TO (RFC 3339 or YYYY-MM-DD; default 7d)."),
                     tr("WINDOW"), QStringLiteral("7d")});
        p.addOption(
            {QStringLiteral("override"), tr("Set the threat level by hand (1-4); needs --reason and --until."), tr("LEVEL")});
        p.addOption({QStringLiteral("reason"), tr("Why the level is set by hand (audited, shown on the page)."), tr("TEXT")});
        p.addOption(
            {QStringLiteral("until"), tr("When the override ends: a duration (90m, 8h, 3d) or an RFC 3339 time."), tr("WHEN")});
        p.addOption({QStringLiteral("clear-override"), tr("End the running override now.")});
    }
    int run(const QCommandLineParser& p, Context& ctx) const override {
        if (!p.positionalArguments().isEmpty())
            return fail(ctx, kExitUsage, tr("situation: unexpected argument '%1'.").arg(p.positionalArguments().first()));
        const std::int64_t now = core::nowMicros();
        auto window = analysis::parseSituationWindow(p.value(QStringLiteral("window")), now);
        if (!window)
            return fail(ctx, kExitUsage, tr("situation: %1").arg(window.error().message));
        const bool setting = p.isSet(QStringLiteral("override")), clearing = p.isSet(QStringLiteral("clear-override"));
        if (setting && clearing)
            return fail(ctx, kExitUsage, tr("situation: --override and --clear-override exclude each other."));
        if (!setting && (p.isSet(QStringLiteral("reason")) || p.isSet(QStringLiteral("until"))))
            return fail(ctx, kExitUsage, tr("situation: --reason and --until belong to --override."));
        std::optional<std::int64_t> until;
        int level = 0;
        if (setting) {
            bool ok = false;
            level = p.value(QStringLiteral("override")).toInt(&ok);
            if (!ok || level < 1 || level > 4)
                return fail(ctx, kExitUsage, tr("situation: --override takes a level 1, 2, 3 or 4."));
            if (p.value(QStringLiteral("reason")).trimmed().isEmpty())
                return fail(ctx, kExitUsage, tr("situation: --override needs --reason TEXT."));
            until = parseExpiry(p.value(QStringLiteral("until")), now);
            if (!p.isSet(QStringLiteral("until")) || !until || *until <= now)
                return fail(ctx, kExitUsage,
                            tr("situation: --override needs --until with a duration (8h, 3d) or a time in the future."));
        }
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        if (setting || clearing) {
            store::Transaction tx(*db);
            if (!tx.beginStatus())
                return fail(ctx, kExitFailure, tx.beginStatus().error().message);
            store::ThreatOverrides overrides(*db);
            if (setting) {
                auto set = overrides.set(level, p.value(QStringLiteral("reason")), *until, store::currentActor(), now);
                if (!set)
                    return fail(ctx, set.error().code == core::ErrorCode::Usage ? kExitUsage : kExitFailure, set.error().message);
            } else {
                auto cleared = overrides.clear(store::currentActor(), now);
                if (!cleared)
                    return fail(ctx, kExitFailure, cleared.error().message);
                if (!cleared.value())
                    ctx.err << tr("situation: no override of the threat level is running.") << '\n';
            }
            if (auto c = tx.commit(); !c)
                return fail(ctx, kExitFailure, c.error().message);
        }
        auto picture = analysis::computeSituation(*db, window.value(), now);
        if (!picture)
            return fail(ctx, kExitFailure, picture.error().message);
        const auto& s = picture.value();
        if (p.isSet(QStringLiteral("json"))) {
            printJson(ctx, analysis::situationJson(s));
            return kExitOk;
        }
        const QLocale l;
        ctx.out << tr("Window: %1 (%2 – %3)")
                       .arg(s.window.key, QString::fromStdString(core::formatStixTimestamp(s.window.range.from)),
                            QString::fromStdString(core::formatStixTimestamp(s.window.range.to)))
                << '\n';
        ctx.out
            << tr("Threat level: %1 (%2)").arg(static_cast<int>(s.threat.level)).arg(analysis::threatLevelName(s.threat.level))
            << '\n';
        if (s.threat.override)
            ctx.out << "  "
                    << tr("set by hand by %1: %2 (until %3); the rules say %4")
                           .arg(s.threat.override->setBy, s.threat.override->reason,
                                QString::fromStdString(core::formatStixTimestamp(s.threat.override->expires)))
                           .arg(static_cast<int>(s.threat.computed))
                    << '\n';
        for (const auto& r : s.threat.reasons)
            ctx.out << "  " << static_cast<int>(r.level) << "  " << r.text.text() << '\n';
        ctx.out << tr("Alerts: %1 (%2 matched intel)").arg(l.toString(s.alerts.total), l.toString(s.alerts.matched)) << '\n';
        for (const auto& [k, n] : s.alerts.byStatus)
            ctx.out << QStringLiteral("  %1 %2").arg(k, -28).arg(n) << '\n';
        for (const auto& [k, n] : s.alerts.bySeverity)
            ctx.out << QStringLiteral("  %1 %2").arg(tr("severity %1").arg(k), -28).arg(n) << '\n';
        for (const auto& [k, n] : s.alerts.bySensor)
            ctx.out << QStringLiteral("  %1 %2").arg(k, -28).arg(n) << '\n';
        auto list = [&](const QString& title, const std::vector<store::RankedItem>& items) {
            if (items.empty())
                return;
            ctx.out << title << '\n';
            for (const auto& i : items)
                ctx.out << QStringLiteral("  %1 %2 %3").arg(i.count, 8).arg(i.id, -20).arg(i.name) << '\n';
        };
        list(tr("Top techniques:"), s.topTechniques);
        list(tr("Top indicators:"), s.topIndicators);
        list(tr("Active campaigns and actors:"), s.threats);
        ctx.out << tr("Open incidents: %1; open partner warnings: %2").arg(s.incidentsOpen).arg(s.warningsOpen()) << '\n';
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeSituationCommand() { return std::make_unique<SituationCommand>(); }

} // namespace lagebild::app::cli

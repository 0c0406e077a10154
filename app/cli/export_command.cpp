#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/analysis/attack_matrix.h"
#include "models/analysis/situation.h"
#include "models/core/timestamp.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace lagebild::app::cli {

namespace {

class ExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override {
        return tr("Write data out: navigator (an ATT&CK Navigator layer 4.5 of the technique scores).");
    }
    void configure(QCommandLineParser& p) const override {
        p.addOption({QStringLiteral("format"), tr("navigator (stix and csv are not part of this version yet)."), tr("FORMAT")});
        p.addOption({QStringLiteral("out"), tr("The file to write."), tr("FILE")});
        p.addOption({QStringLiteral("window"), tr("navigator: the alerts counted, 24h, 7d, 30d, all or FROM..TO (default all)."),
                     tr("WINDOW"), QStringLiteral("all")});
        p.addOption({QStringLiteral("domain"),
                     tr("navigator: enterprise-attack, ics-attack or mobile-attack (default: enterprise-attack, or the "
                        "domain of the imported ATT&CK data)."),
                     tr("DOMAIN")});
        p.addOption({QStringLiteral("max-tlp"),
                     tr("Leave out what is marked above LEVEL (a layer holds technique ids and "
                        "counts only, no marked content)."),
                     tr("LEVEL")});
        p.addOption({QStringLiteral("type"), tr("stix: only objects of this type (repeatable)."), tr("T")});
    }
    int run(const QCommandLineParser& p, Context& ctx) const override {
        if (!p.positionalArguments().isEmpty())
            return fail(ctx, kExitUsage, tr("export: unexpected argument '%1'.").arg(p.positionalArguments().first()));
        const QString format = p.value(QStringLiteral("format")).trimmed().toLower();
        if (format.isEmpty())
            return fail(ctx, kExitUsage, tr("export: name a format with --format navigator."));
        if (format == QLatin1String("stix") || format == QLatin1String("csv"))
            return fail(ctx, kExitUsage,
                        tr("export: --format %1 is not part of this version yet; it arrives with the briefing and export "
                           "work. This version writes --format navigator.")
                            .arg(format));
        if (format != QLatin1String("navigator"))
            return fail(ctx, kExitUsage, tr("export: unknown format '%1' (stix, csv or navigator).").arg(format));
        const QString out = p.value(QStringLiteral("out"));
        if (out.isEmpty())
            return fail(ctx, kExitUsage, tr("export: name the file to write with --out FILE."));
        if (p.isSet(QStringLiteral("type")))
            return fail(ctx, kExitUsage, tr("export: --type belongs to --format stix."));
        const std::int64_t now = core::nowMicros();
        auto window = analysis::parseSituationWindow(p.value(QStringLiteral("window")), now);
        if (!window)
            return fail(ctx, kExitUsage, tr("export: %1").arg(window.error().message));
        QString domain = p.value(QStringLiteral("domain")).trimmed().toLower();
        if (!domain.isEmpty() && domain != QLatin1String("enterprise-attack") && domain != QLatin1String("ics-attack") &&
            domain != QLatin1String("mobile-attack"))
            return fail(ctx, kExitUsage,
                        tr("export: unknown domain '%1' (enterprise-attack, ics-attack or mobile-attack).").arg(domain));
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        auto techniques = analysis::loadTechniques(*db);
        if (!techniques)
            return fail(ctx, kExitFailure, techniques.error().message);
        auto scores = analysis::techniqueScores(*db, window.value().range);
        if (!scores)
            return fail(ctx, kExitFailure, scores.error().message);
        if (domain.isEmpty())
            domain = analysis::defaultDomain(techniques.value());
        const QJsonObject layer = analysis::navigatorLayer(
            techniques.value(), scores.value(), domain, tr("Lagebild – techniques (%1)").arg(window.value().key),
            tr("Score = alerts carrying the technique + intel objects using it + incidents; window %1, made %2.")
                .arg(window.value().key, QString::fromStdString(core::formatStixTimestamp(now))));
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(layer).toJson(QJsonDocument::Indented)) < 0 ||
            !file.commit())
            return fail(ctx, kExitFailure, tr("export: cannot write %1: %2").arg(out, file.errorString()));
        ctx.err << tr("Wrote %1: %2 technique entries for %3.")
                       .arg(out)
                       .arg(layer.value(QStringLiteral("techniques")).toArray().size())
                       .arg(domain)
                << '\n';
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeExportCommand() { return std::make_unique<ExportCommand>(); }

} // namespace lagebild::app::cli

#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/core/progress.h"
#include "models/imports/format_registry.h"
#include "models/imports/import_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace lagebild::app::cli {

namespace {

class ImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override {
        return tr("Import intelligence (STIX, MISP, indicator lists) and sensor alerts (Suricata EVE, Zeek, Sigma).");
    }

    void configure(QCommandLineParser& p) const override {
        p.addOption({QStringLiteral("json"), tr("Print the per-file account as one JSON document.")});
        p.addOption({QStringLiteral("format"), tr("Input format: %1 (default auto).").arg(imports::fileFormatNames()),
                     tr("FORMAT"), QStringLiteral("auto")});
        p.addOption({QStringLiteral("tlp"), tr("TLP for objects that carry no marking: clear, green, amber, amber+strict, red."),
                     tr("LEVEL")});
        p.addOption({QStringLiteral("source"), tr("Name the source (feed) instead of the file path."), tr("NAME")});
        p.addOption({QStringLiteral("require-signature"),
                     tr("Refuse files without a minisign signature (FILE.minisig) beside them. Signed files are always "
                        "checked against the trusted keys ('lagebild trust') before they are read.")});
        p.addOption({QStringLiteral("type"),
                     tr("Indicator lists: every value is of this type (ipv4-addr, ipv6-addr, domain-name, url, email-addr, "
                        "file:md5, file:sha1, file:sha256, file:sha512)."),
                     tr("TYPE")});
        p.addOption({QStringLiteral("confidence"), tr("Indicator lists: confidence 0-100 of rows without one."), tr("N")});
        p.addOption({QStringLiteral("assume-zone"),
                     tr("Alerts: time zone of timestamps written without one, as +HH:MM or -HH:MM (default UTC)."),
                     tr("OFFSET")});
        p.addOption({QStringLiteral("progress"), tr("Report progress on stderr while files are read.")});
        p.addOption({QStringLiteral("max-object-bytes"), tr("Reject objects larger than this (default 16 MiB)."), tr("BYTES"),
                     QString::number(imports::ImportOptions{}.limits.maxValueBytes)});
        p.addOption({QStringLiteral("max-string-bytes"), tr("Reject objects with a longer string (default 1 MiB)."), tr("BYTES"),
                     QString::number(imports::ImportOptions{}.limits.maxStringBytes)});
        p.addOption({QStringLiteral("max-depth"), tr("Reject objects nested deeper (default 64)."), tr("N"),
                     QString::number(imports::ImportOptions{}.limits.maxDepth)});
        p.addPositionalArgument(QStringLiteral("PATH"), tr("Files or folders to import."), QStringLiteral("PATH..."));
    }

    int run(const QCommandLineParser& p, Context& ctx) const override {
        const QStringList paths = p.positionalArguments();
        if (paths.isEmpty())
            return fail(ctx, kExitUsage, tr("import: no PATH given. Run 'lagebild help import'."));
        imports::ImportOptions options;
        auto format = imports::importFormatFromName(p.value(QStringLiteral("format")));
        if (!format)
            return fail(ctx, kExitUsage, tr("import: unknown format '%1'.").arg(p.value(QStringLiteral("format"))));
        options.format = *format;
        if (p.isSet(QStringLiteral("tlp"))) {
            options.defaultTlp = core::tlpFromName(p.value(QStringLiteral("tlp")));
            if (!options.defaultTlp)
                return fail(ctx, kExitUsage, tr("import: unknown TLP level '%1'.").arg(p.value(QStringLiteral("tlp"))));
        }
        options.sourceName = p.value(QStringLiteral("source"));
        if (p.isSet(QStringLiteral("type"))) {
            options.listType = core::observableTypeFromName(p.value(QStringLiteral("type")).toStdString());
            if (!options.listType)
                return fail(ctx, kExitUsage, tr("import: unknown indicator type '%1'.").arg(p.value(QStringLiteral("type"))));
        }
        if (p.isSet(QStringLiteral("confidence"))) {
            bool ok = false;
            const int c = p.value(QStringLiteral("confidence")).toInt(&ok);
            if (!ok || c < 0 || c > 100)
                return fail(ctx, kExitUsage, tr("import: --confidence needs a number from 0 to 100."));
            options.confidence = c;
        }
        if (p.isSet(QStringLiteral("assume-zone"))) {
            static const QRegularExpression zone(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})$"));
            const auto m = zone.match(p.value(QStringLiteral("assume-zone")));
            if (!m.hasMatch() || m.captured(2).toInt() > 14 || m.captured(3).toInt() > 59)
                return fail(ctx, kExitUsage, tr("import: --assume-zone needs an offset such as +01:00 or -05:00."));
            options.assumedOffsetMinutes =
                (m.captured(1) == QLatin1String("-") ? -1 : 1) * (m.captured(2).toInt() * 60 + m.captured(3).toInt());
        }
        bool okObject = false, okString = false, okDepth = false;
        options.limits.maxValueBytes = p.value(QStringLiteral("max-object-bytes")).toULongLong(&okObject);
        options.limits.maxStringBytes = p.value(QStringLiteral("max-string-bytes")).toULongLong(&okString);
        options.limits.maxDepth = p.value(QStringLiteral("max-depth")).toInt(&okDepth);
        if (!okObject || !okString || !okDepth || options.limits.maxValueBytes == 0 || options.limits.maxStringBytes == 0 ||
            options.limits.maxDepth < 2)
            return fail(ctx, kExitUsage,
                        tr("import: --max-object-bytes, --max-string-bytes and --max-depth need positive numbers."));
        options.requireSignature = p.isSet(QStringLiteral("require-signature"));
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        imports::ImportService service(*db);
        const core::CancelToken cancel;
        const auto files = imports::ImportService::expandPaths(paths);
        if (files.empty())
            return fail(ctx, kExitRejected, tr("import: no importable files under %1.").arg(paths.join(QLatin1Char(' '))));
        imports::ImportService::FileProgress progress;
        if (p.isSet(QStringLiteral("progress")))
            progress = [&ctx](std::size_t, std::size_t, const imports::ImportTarget& target, const core::ProgressUpdate& u) {
                ctx.err << "progress: " << target.path << ' ' << u.done << '/' << u.total << '\n';
                ctx.err.flush();
            };
        QJsonArray jsonFiles;
        int exit = kExitOk;
        for (const auto& r : service.importTargets(files, options, cancel, progress)) {
            QJsonArray issues;
            for (const auto& i : r.issues)
                issues.append(QJsonObject{{QStringLiteral("severity"), core::issueSeverityName(i.severity)},
                                          {QStringLiteral("message"), i.message},
                                          {QStringLiteral("position"), i.position},
                                          {QStringLiteral("object"), i.object}});
            if (r.error)
                issues.append(QJsonObject{{QStringLiteral("severity"), QStringLiteral("error")},
                                          {QStringLiteral("message"), r.error->message},
                                          {QStringLiteral("position"), r.error->detail},
                                          {QStringLiteral("object"), QString()}});
            if (r.issuesDropped > 0)
                issues.append(QJsonObject{
                    {QStringLiteral("severity"), QStringLiteral("info")},
                    {QStringLiteral("message"), tr("%n more issue(s) not listed.", nullptr, static_cast<int>(r.issuesDropped))},
                    {QStringLiteral("position"), QString()},
                    {QStringLiteral("object"), QString()}});
            jsonFiles.append(QJsonObject{{QStringLiteral("path"), r.path},
                                         {QStringLiteral("format"), r.format},
                                         {QStringLiteral("added"), static_cast<qint64>(r.added)},
                                         {QStringLiteral("updated"), static_cast<qint64>(r.updated)},
                                         {QStringLiteral("unchanged"), static_cast<qint64>(r.unchanged)},
                                         {QStringLiteral("older"), static_cast<qint64>(r.older)},
                                         {QStringLiteral("rejected"), static_cast<qint64>(r.rejected)},
                                         {QStringLiteral("skipped"), static_cast<qint64>(r.skipped)},
                                         {QStringLiteral("issues"), issues}});
            if (r.error) {
                ctx.err << "lagebild: " << r.error->message << '\n';
                // A signature or trust failure outranks the other failures (exit 4).
                if (r.error->code == core::ErrorCode::Signature)
                    exit = kExitTrust;
                else if (exit != kExitTrust && r.rejectedWhole())
                    exit = std::max(exit, static_cast<int>(kExitRejected));
                else if (exit != kExitTrust)
                    exit = exit == kExitRejected ? exit : static_cast<int>(kExitFailure);
            } else if (!p.isSet(QStringLiteral("json"))) {
                ctx.out << tr("%1 (%2): %3 added, %4 updated, %5 unchanged, %6 older, %7 rejected, %8 skipped")
                               .arg(r.path, r.format)
                               .arg(r.added)
                               .arg(r.updated)
                               .arg(r.unchanged)
                               .arg(r.older)
                               .arg(r.rejected)
                               .arg(r.skipped)
                        << '\n';
                for (const auto& i : r.issues)
                    ctx.out << "  " << core::issueSeverityName(i.severity) << ": " << i.message
                            << (i.position.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(i.position))
                            << (i.object.isEmpty() ? QString() : QStringLiteral(" %1").arg(i.object)) << '\n';
            }
        }
        if (p.isSet(QStringLiteral("json")))
            printJson(ctx, QJsonObject{{QStringLiteral("files"), jsonFiles}});
        ctx.out.flush();
        return exit;
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand() { return std::make_unique<ImportCommand>(); }

} // namespace lagebild::app::cli

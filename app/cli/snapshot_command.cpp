#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/analysis/situation.h"
#include "models/core/timestamp.h"
#include "models/store/audit_log.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lagebild::app::cli {

namespace {

QString rfc3339(std::int64_t micros) { return QString::fromStdString(core::formatStixTimestamp(micros)); }

class SnapshotCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommand)
public:
    QString name() const override { return QStringLiteral("snapshot"); }
    QString summary() const override {
        return tr("Freeze the situation picture (create), list snapshots, or show what changed between two (diff A [B], "
                  "B defaults to now).");
    }
    void configure(QCommandLineParser& p) const override {
        p.addPositionalArgument(QStringLiteral("action"), tr("create, list or diff A [B]."));
        p.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
        p.addOption({QStringLiteral("label"), tr("create: a label for the snapshot."), tr("TEXT")});
        p.addOption({QStringLiteral("window"), tr("create: the window of the frozen figures (default 7d)."), tr("WINDOW"),
                     QStringLiteral("7d")});
    }
    int run(const QCommandLineParser& p, Context& ctx) const override {
        const QStringList args = p.positionalArguments();
        if (args.isEmpty())
            return fail(ctx, kExitUsage, tr("snapshot: name an action: create, list or diff."));
        const QString action = args.first();
        const bool json = p.isSet(QStringLiteral("json"));
        if (action == QLatin1String("create") || action == QLatin1String("list")) {
            if (args.size() > 1)
                return fail(ctx, kExitUsage, tr("snapshot %1: unexpected argument '%2'.").arg(action, args.at(1)));
        } else if (action == QLatin1String("diff")) {
            if (args.size() < 2 || args.size() > 3)
                return fail(ctx, kExitUsage, tr("snapshot diff: name one snapshot (compared with now) or two."));
        } else
            return fail(ctx, kExitUsage, tr("snapshot: unknown action '%1' (create, list or diff).").arg(action));
        if (action != QLatin1String("create") && (p.isSet(QStringLiteral("label")) || p.isSet(QStringLiteral("window"))))
            return fail(ctx, kExitUsage, tr("snapshot %1: --label and --window belong to 'snapshot create'.").arg(action));
        std::vector<std::int64_t> ids;
        for (int i = 1; i < args.size(); ++i) {
            bool ok = false;
            const qint64 id = args.at(i).toLongLong(&ok);
            if (!ok || id <= 0)
                return fail(ctx, kExitUsage,
                            tr("snapshot diff: '%1' is not a snapshot id (see 'snapshot list').").arg(args.at(i)));
            ids.push_back(id);
        }
        const std::int64_t now = core::nowMicros();
        auto window = analysis::parseSituationWindow(p.value(QStringLiteral("window")), now);
        if (!window)
            return fail(ctx, kExitUsage, tr("snapshot: %1").arg(window.error().message));
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        store::SnapshotRepository repo(*db);
        if (action == QLatin1String("create")) {
            store::TempStoreOnDisk temp(*db);
            store::Transaction tx(*db); // one consistent read of figures and objects
            if (!tx.beginStatus())
                return fail(ctx, kExitFailure, tx.beginStatus().error().message);
            auto picture = analysis::computeSituation(*db, window.value(), now);
            if (!picture)
                return fail(ctx, kExitFailure, picture.error().message);
            auto figures = analysis::snapshotFigures(*db, picture.value());
            if (!figures)
                return fail(ctx, kExitFailure, figures.error().message);
            auto snap = repo.create(QJsonDocument(figures.value()).toJson(QJsonDocument::Compact),
                                    static_cast<int>(picture.value().threat.level), p.value(QStringLiteral("label")),
                                    store::currentActor(), now);
            if (!snap)
                return fail(ctx, kExitFailure, snap.error().message);
            if (auto c = tx.commit(); !c)
                return fail(ctx, kExitFailure, c.error().message);
            if (json)
                printJson(ctx, QJsonObject{{QStringLiteral("id"), static_cast<qint64>(snap.value().rid)},
                                           {QStringLiteral("created"), rfc3339(snap.value().created)},
                                           {QStringLiteral("objects"), static_cast<qint64>(snap.value().objectCount)},
                                           {QStringLiteral("bytes"), static_cast<qint64>(snap.value().storedBytes)},
                                           {QStringLiteral("threat_level"), snap.value().level}});
            else
                ctx.out << snap.value().rid << '\n';
            return kExitOk;
        }
        if (action == QLatin1String("list")) {
            auto list = repo.list();
            if (!list)
                return fail(ctx, kExitFailure, list.error().message);
            QJsonArray out;
            for (const auto& s : list.value()) {
                if (json)
                    out.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(s.rid)},
                                           {QStringLiteral("created"), rfc3339(s.created)},
                                           {QStringLiteral("by"), s.createdBy},
                                           {QStringLiteral("label"), s.label},
                                           {QStringLiteral("threat_level"), s.level},
                                           {QStringLiteral("objects"), static_cast<qint64>(s.objectCount)},
                                           {QStringLiteral("bytes"), static_cast<qint64>(s.storedBytes)}});
                else
                    ctx.out << QStringLiteral("%1  %2  %3  %4  %5")
                                   .arg(s.rid, 4)
                                   .arg(rfc3339(s.created))
                                   .arg(tr("level %1").arg(s.level))
                                   .arg(tr("%1 objects").arg(s.objectCount))
                                   .arg(s.label)
                            << '\n';
            }
            if (json)
                printJson(ctx, QJsonObject{{QStringLiteral("snapshots"), out}});
            else if (list.value().empty())
                ctx.err << tr("No snapshots yet: 'lagebild snapshot create' freezes the situation picture.") << '\n';
            return kExitOk;
        }
        // diff A [B]
        auto a = repo.get(ids[0]);
        if (!a)
            return fail(ctx, kExitUsage, a.error().message);
        QJsonObject to{{QStringLiteral("snapshot"), QJsonValue()}, {QStringLiteral("created"), rfc3339(now)}};
        if (ids.size() == 2) {
            auto b = repo.get(ids[1]);
            if (!b)
                return fail(ctx, kExitUsage, b.error().message);
            to = QJsonObject{{QStringLiteral("snapshot"), static_cast<qint64>(ids[1])},
                             {QStringLiteral("created"), rfc3339(b.value().created)}};
        }
        auto computed = analysis::diffWithSnapshot(*db, ids[0], ids.size() == 2 ? std::optional(ids[1]) : std::nullopt, now);
        if (!computed)
            return fail(ctx, kExitFailure, computed.error().message);
        const auto& diff = computed.value();
        const auto developments = analysis::keyDevelopments(diff);
        if (json) {
            QJsonObject doc = analysis::snapshotDiffJson(diff);
            doc.insert(QStringLiteral("from"), QJsonObject{{QStringLiteral("snapshot"), static_cast<qint64>(ids[0])},
                                                           {QStringLiteral("created"), rfc3339(a.value().created)}});
            doc.insert(QStringLiteral("to"), to);
            QJsonArray dev;
            for (const auto& m : developments)
                dev.append(m.text());
            doc.insert(QStringLiteral("developments"), dev);
            printJson(ctx, doc);
            return kExitOk;
        }
        ctx.out << tr("Threat level: %1 → %2").arg(diff.levelBefore).arg(diff.levelAfter) << '\n';
        for (const auto& [type, c] : diff.objects)
            ctx.out << QStringLiteral("  %1 +%2 -%3 ~%4").arg(type, -28).arg(c.added).arg(c.removed).arg(c.changed) << '\n';
        for (const auto& [status, c] : diff.alertsByStatus)
            ctx.out << QStringLiteral("  %1 %2 → %3").arg(tr("alerts %1").arg(status), -28).arg(c.before).arg(c.after) << '\n';
        for (const auto& m : developments)
            ctx.out << "- " << m.text() << '\n';
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeSnapshotCommand() { return std::make_unique<SnapshotCommand>(); }

} // namespace lagebild::app::cli

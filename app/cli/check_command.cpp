#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/store/integrity_check.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lagebild::app::cli {

namespace {

class CheckCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return tr("Check the database's integrity and Lagebild's invariants."); }
    void configure(QCommandLineParser& p) const override {
        p.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
    }
    int run(const QCommandLineParser& p, Context& ctx) const override {
        auto db = openDatabase(ctx);
        if (!db)
            return kExitFailure;
        auto findings = store::checkIntegrity(*db);
        if (!findings)
            return fail(ctx, kExitFailure, findings.error().message);
        bool allOk = true;
        QJsonArray checks;
        for (const auto& f : findings.value()) {
            allOk = allOk && f.ok;
            checks.append(QJsonObject{
                {QStringLiteral("check"), f.check}, {QStringLiteral("ok"), f.ok}, {QStringLiteral("detail"), f.detail}});
            if (!p.isSet(QStringLiteral("json")))
                ctx.out << (f.ok ? QStringLiteral("ok    ") : QStringLiteral("FAIL  ")) << f.check
                        << (f.detail.isEmpty() ? QString() : QStringLiteral(": ") + f.detail) << '\n';
        }
        if (p.isSet(QStringLiteral("json")))
            printJson(ctx, QJsonObject{{QStringLiteral("ok"), allOk}, {QStringLiteral("checks"), checks}});
        if (!allOk)
            return fail(ctx, kExitFailure, tr("check: %1 failed an integrity check.").arg(ctx.dbPath));
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand() { return std::make_unique<CheckCommand>(); }

} // namespace lagebild::app::cli

#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>
#include <vector>

namespace lagebild::app::cli {

/// Exit codes of the command-line contract (README.md, "Command line").
enum ExitCode { kExitOk = 0, kExitFailure = 1, kExitUsage = 2, kExitRejected = 3, kExitTrust = 4 };

/// What every sub-command gets: the resolved database path, the language, and the two streams
/// (stdout for results, stderr for human messages).
struct Context {
    QString dbPath;
    QString lang;
    QTextStream& out;
    QTextStream& err;
};

/// One sub-command, one file under app/cli/. It declares its options and positional arguments
/// on the parser (global --db/--lang/--help are added by the dispatcher) and runs headless.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /// One line for `lagebild --help` (translated).
    virtual QString summary() const = 0;
    virtual void configure(QCommandLineParser& parser) const = 0;
    virtual int run(const QCommandLineParser& parser, Context& context) const = 0;
};

std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeStatsCommand();
std::unique_ptr<Command> makeSearchCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeAlertsCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeFeedsCommand();
std::unique_ptr<Command> makeSyncCommand();
std::unique_ptr<Command> makeTrustCommand();
std::unique_ptr<Command> makeBundleCommand();
std::unique_ptr<Command> makeSituationCommand();
std::unique_ptr<Command> makeSnapshotCommand();
std::unique_ptr<Command> makeExportCommand();

/// All sub-commands, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace lagebild::app::cli

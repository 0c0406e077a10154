#include "app/cli/dispatcher.h"

#include "app/cli/cli_support.h"
#include "app/cli/command.h"
#include "models/core/version.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

namespace lagebild::app::cli {

namespace {

void addGlobalOptions(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("Cli", "Database file (default: the per-user data folder's cache.sqlite)."),
                      QCoreApplication::translate("Cli", "FILE")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("Cli", "Language of messages and reports: de, en or fr."),
                      QCoreApplication::translate("Cli", "LANG")});
    parser.addHelpOption();
}

QString mainHelp(const std::vector<std::unique_ptr<Command>>& commands) {
    QString text = QCoreApplication::translate(
                       "Cli", "Usage: lagebild [--db FILE] [--lang de|en|fr] [SUBCOMMAND [OPTIONS]]\n\n"
                              "Lagebild turns partner threat intelligence and sensor alerts into a situation picture.\n"
                              "Without a sub-command the window starts.\n\n"
                              "Global options:\n"
                              "  --db FILE       database file (default: %1)\n"
                              "  --lang LANG     language: de, en or fr\n"
                              "  --json          (where offered) one JSON document on stdout\n"
                              "  -h, --help      this help; 'lagebild help SUBCOMMAND' for one sub-command\n"
                              "  -v, --version   the version\n\n"
                              "Sub-commands:\n")
                       .arg(QCoreApplication::translate("Cli", "<data folder>/cache.sqlite"));
    for (const auto& c : commands)
        text += QStringLiteral("  %1 %2\n").arg(c->name(), -10).arg(c->summary());
    text += QCoreApplication::translate(
        "Cli", "\nExit codes: 0 success, 1 runtime failure, 2 usage error, 3 input rejected, 4 signature or trust failure.\n");
    return text;
}

bool takesValue(const QString& arg) { return arg == QLatin1String("--db") || arg == QLatin1String("--lang"); }

} // namespace

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> list;
    list.push_back(makeImportCommand());
    list.push_back(makeDemoCommand());
    list.push_back(makeStatsCommand());
    list.push_back(makeSearchCommand());
    list.push_back(makeAlertsCommand());
    list.push_back(makeSituationCommand());
    list.push_back(makeSnapshotCommand());
    list.push_back(makeExportCommand());
    list.push_back(makeFeedsCommand());
    list.push_back(makeSyncCommand());
    list.push_back(makeCheckCommand());
    list.push_back(makeTrustCommand());
    list.push_back(makeBundleCommand());
    return list;
}

Invocation locate(const QStringList& args) {
    Invocation inv;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (takesValue(a)) {
            if (i + 1 < args.size()) {
                (a == QLatin1String("--db") ? inv.dbPath : inv.lang) = args.at(i + 1);
                ++i;
            }
            continue;
        }
        if (a.startsWith(QLatin1String("--db=")))
            inv.dbPath = a.mid(5);
        else if (a.startsWith(QLatin1String("--lang=")))
            inv.lang = a.mid(7);
        else if (a == QLatin1String("--"))
            return inv;
        else if (!a.startsWith(QLatin1Char('-')) && inv.commandIndex < 0) {
            inv.commandIndex = i;
            return inv;
        }
    }
    return inv;
}

int handleGlobalOptions(const QStringList& args) {
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.addVersionOption();
    if (!parser.parse(args)) {
        err << "lagebild: " << parser.errorText() << ' ' << QCoreApplication::translate("Cli", "Run 'lagebild --help' for usage.")
            << '\n';
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << mainHelp(allCommands());
        return kExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << "lagebild " << core::kVersion << '\n';
        return kExitOk;
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("de") && lang != QLatin1String("en") && lang != QLatin1String("fr")) {
        err << "lagebild: " << QCoreApplication::translate("Cli", "unknown language '%1': use de, en or fr.").arg(lang) << '\n';
        return kExitUsage;
    }
    return -1;
}

int dispatch(const QStringList& args, const QString& defaultDbPath) {
    QTextStream out(stdout), err(stderr);
    const Invocation inv = locate(args);
    const auto commands = allCommands();
    QString name = args.at(inv.commandIndex);
    QStringList rest = args;
    rest.removeAt(inv.commandIndex);

    if (name == QLatin1String("help")) {
        // "lagebild help" or "lagebild help SUBCOMMAND"
        const Invocation sub = locate(rest);
        if (sub.commandIndex < 0) {
            out << mainHelp(commands);
            return kExitOk;
        }
        name = rest.at(sub.commandIndex);
        rest = {args.at(0), QStringLiteral("--help")};
    }
    const Command* command = nullptr;
    for (const auto& c : commands)
        if (c->name() == name)
            command = c.get();
    if (!command) {
        err << "lagebild: "
            << QCoreApplication::translate("Cli", "unknown sub-command '%1'. Run 'lagebild --help' for the list.").arg(name)
            << '\n';
        return kExitUsage;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    addGlobalOptions(parser);
    command->configure(parser);
    if (!parser.parse(rest)) {
        err << "lagebild " << name << ": " << parser.errorText() << ' '
            << QCoreApplication::translate("Cli", "Run 'lagebild help %1' for usage.").arg(name) << '\n';
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: lagebild %1").arg(name));
        out << help;
        return kExitOk;
    }
    const QString lang = parser.value(QStringLiteral("lang"));
    if (!lang.isEmpty() && lang != QLatin1String("de") && lang != QLatin1String("en") && lang != QLatin1String("fr")) {
        err << "lagebild: " << QCoreApplication::translate("Cli", "unknown language '%1': use de, en or fr.").arg(lang) << '\n';
        return kExitUsage;
    }
    Context context{parser.value(QStringLiteral("db")).isEmpty() ? defaultDbPath : parser.value(QStringLiteral("db")), lang, out,
                    err};
    return command->run(parser, context);
}

} // namespace lagebild::app::cli

#include "Version.h"
#include "cli/CertLogicConformance.h"
#include "cli/CliCommands.h"
#include "cli/CliParser.h"
#include "cli/DecodeCommand.h"
#include "cli/DgcConformance.h"
#include "cli/ExportCommand.h"
#include "cli/InspectCommand.h"
#include "cli/LogCommand.h"
#include "cli/RulesConformance.h"
#include "cli/ScanCommand.h"
#include "cli/ShcConformance.h"
#include "cli/TrustCommand.h"
#include "cli/VerifyCommand.h"
#include "common/AppVersion.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace {
int help(int code)
{
    QTextStream(code == 0 ? stdout : stderr) << passdesk::cli::CliCommands::overview();
    return code;
}

// `passdesk-cli log` and the like: the group's commands, on stdout for --help (exit 0), else on stderr (exit 2).
int groupHelp(const QString& group, const QString& why)
{
    QTextStream out(why.isEmpty() ? stdout : stderr);
    if (!why.isEmpty()) {
        out << "passdesk-cli " << group << ": " << why << "\n";
    }
    for (const passdesk::cli::CliCommandSpec* spec : passdesk::cli::CliCommands::group(group)) {
        out << passdesk::cli::CliParser::usageLine(*spec) << "\n      " << spec->summary << "\n";
    }
    out << "(passdesk-cli " << group << " COMMAND --help lists the options of a command)\n";
    return why.isEmpty() ? 0 : 2;
}

bool isHelp(const QString& arg)
{
    return arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("help");
}
} // namespace

int main(int argc, char** argv)
{
    // PDF export draws text with QtGui, which needs a platform but never a screen.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && qstrcmp(argv[1], "export") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("passdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PASSDESK_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        return help(2);
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        QTextStream(stdout) << passdesk::app::versionText(QStringLiteral("passdesk-cli"));
        return 0;
    }
    if (isHelp(command)) {
        return help(0);
    }
    // A group's second word names the command: "log list", "trust import", "conformance dgc".
    if (!passdesk::cli::CliCommands::group(command).isEmpty()) {
        if (args.isEmpty() || isHelp(args.first())) {
            return groupHelp(command, args.isEmpty() ? QStringLiteral("which command?") : QString());
        }
        if (passdesk::cli::CliCommands::find(command + QLatin1Char(' ') + args.first()) == nullptr) {
            return groupHelp(command, QStringLiteral("unknown command ") + args.first());
        }
    } else if (passdesk::cli::CliCommands::find(command) == nullptr) {
        QTextStream(stderr) << "passdesk-cli: unknown command " << command << "\n";
        return help(2);
    }
    if (command == QLatin1String("verify")) {
        return passdesk::cli::runVerify(args);
    }
    if (command == QLatin1String("scan")) {
        return passdesk::cli::runScan(args);
    }
    if (command == QLatin1String("log")) {
        return passdesk::cli::runLog(args);
    }
    if (command == QLatin1String("trust")) {
        return passdesk::cli::runTrust(args);
    }
    if (command == QLatin1String("export")) {
        return passdesk::cli::runExport(args);
    }
    if (command == QLatin1String("inspect")) {
        return passdesk::cli::runInspect(args);
    }
    if (command == QLatin1String("decode")) {
        return passdesk::cli::runDecode(args);
    }
    const QString suite = args.takeFirst();
    if (suite == QLatin1String("dgc")) {
        return passdesk::cli::runDgcConformance(args);
    }
    if (suite == QLatin1String("shc")) {
        return passdesk::cli::runShcConformance(args);
    }
    if (suite == QLatin1String("certlogic")) {
        return passdesk::cli::runCertLogicConformance(args);
    }
    return passdesk::cli::runRulesConformance(args);
}

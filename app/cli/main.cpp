#include "Version.h"
#include "cli/CertLogicConformance.h"
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
    QTextStream(code == 0 ? stdout : stderr)
        << "PassDesk command line " << PASSDESK_VERSION << "\n\n"
        << "usage: passdesk-cli COMMAND [OPTIONS]\n\n"
        << "commands:\n"
        << "  verify [--trust PATH]... [--at ISO8601] [--json] [--lang ko|en] (TEXT | --stdin | --image FILE...)\n"
        << "      check a certificate offline; exit 0 valid, 1 invalid, 2 usage or I/O error\n"
        << "  scan --source (camera[:N] | FILE | DIR | demo) [--trust PATH]... [--at T] [--json] [--max-scans N]\n"
        << "      run the counter pipeline headless: one line per verdict\n"
        << "      with --db PATH every verdict is logged (durably) before it is printed\n"
        << "  log verify --db PATH                       check the visitor log's hash chain; names the first bad row\n"
        << "  log list --date YYYY-MM-DD [--json] --db PATH   the visits of one day\n"
        << "  log events [--from T] [--to T] --db PATH   evidence: camera losses, unclean shutdowns, clock jumps\n"
        << "  trust import [--kind K] [--issuer ISS] [--store DIR] [--pin KEY.pem] FILE...\n"
        << "      verify and apply trust updates: signed DSC list, SHC directory, signed DCC revocation list, SHC CRL\n"
        << "  trust fetch [--kind K] [--ca CA.pem] [--timeout MS] [--store DIR] [--pin KEY.pem] URL...   the same over HTTPS\n"
        << "  trust status [--max-age-hours N] [--json] [--store DIR]   age and last update of each set; exit 1 if stale\n"
        << "  export --db PATH [--from DATE] [--to DATE] --format pdf|csv|bundle --out FILE [--lang ko|en] [--venue-* ...]\n"
        << "      a report for local days (today by default); pdf also writes the signed bundle beside it\n"
        << "  export --facility-types                    the 16 vaccine-pass facility categories (--venue-type CODE)\n"
        << "  inspect FILE [--key FINGERPRINT] [--json]  verify an evidence bundle: AUTHENTIC (exit 0) or ALTERED naming the part\n"
        << "  decode [--json] IMAGE...                   print the QR codes in images and the decode time\n"
        << "  conformance dgc DIR [--known-issues CSV]   run the EU DCC test cases under DIR\n"
        << "  conformance shc EXPECTED.tsv [--at T]      run the SMART Health Card oracle\n"
        << "  conformance certlogic DIR...               run CertLogic test suites (testSuite, validation-testSuite)\n"
        << "  conformance rules DIR                      run EU DCC business rules and their tests (<CC>/<RuleId>/)\n"
        << "  --version                                  print version, git revision and the resources folder\n";
    return code;
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
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        return help(0);
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
    if (command == QLatin1String("conformance") && !args.isEmpty()) {
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
        if (suite == QLatin1String("rules")) {
            return passdesk::cli::runRulesConformance(args);
        }
    }
    QTextStream(stderr) << "passdesk-cli: unknown command " << command << "\n";
    return help(2);
}

#include "cli/CliCommands.h"

#include "Version.h"

#include <QTextStream>

namespace passdesk::cli {

namespace {
CliOption opt(const char* name, const char* valueName, const char* description)
{
    return {QLatin1String(name), QLatin1String(valueName), QLatin1String(description)};
}

CliOption flag(const char* name, const char* description)
{
    return {QLatin1String(name), QString(), QLatin1String(description)};
}

// Shared by several commands, so their wording stays the same everywhere.
CliOption trustOption()
{
    return opt("trust", "PATH", "a certificate file, a folder of them or a trust list (JSON); repeatable");
}
CliOption atOption()
{
    return opt("at", "ISO8601", "check at this instant instead of now");
}
CliOption langOption()
{
    return opt("lang", "ko|en|de|it", "language of the labels and reasons (default: from the environment)");
}
CliOption jsonOption(const char* what)
{
    return flag("json", what);
}
CliOption storeOption()
{
    return opt("store", "DIR", "the trust store folder (default: trust/ in the user's data folder)");
}
CliOption pinOption()
{
    return opt("pin", "KEY.pem", "the public key that signs trust lists; a list signed by another key is refused");
}
CliOption kindOption()
{
    return opt("kind", "KIND", "dsc, shc-directory, dcc-revocation or shc-crl (default: recognised from the document)");
}
CliOption issuerOption()
{
    return opt("issuer", "ISS", "the SMART Health Card issuer (iss URL) a directory or CRL belongs to");
}
CliOption maxAgeOption()
{
    return opt("max-age-hours", "N", "a set older than this is stale (default 72)");
}

QList<CliCommandSpec> makeTable()
{
    QList<CliCommandSpec> t;
    t.append({QStringLiteral("verify"),
              QStringLiteral("(TEXT | --stdin | --image FILE...)"),
              QStringLiteral("check a certificate offline; exit 0 valid, 1 invalid, 2 usage or I/O error"),
              {trustOption(),
               opt("trust-store", "DIR", "also trust what `trust import` or `trust fetch` keeps in this folder"),
               opt("pin", "KEY.pem", "with --trust-store: the public key its trust lists must be signed with"),
               atOption(), jsonOption("one JSON object per credential"), langOption(),
               flag("stdin", "read the QR texts from standard input, one per line (chunks of one card are joined)"),
               flag("image", "read the QR codes from the image files given as arguments (PNG, JPEG, BMP, SVG)")}});
    t.append(
        {QStringLiteral("scan"),
         QString(),
         QStringLiteral("run the counter pipeline headless, one line per verdict; with --db every verdict is logged "
                        "(durably) before it is printed"),
         {opt("source", "SOURCE", "camera[:N], demo, an image, a folder of images or a video (required)"),
          trustOption(), atOption(), jsonOption("one JSON object per verdict"),
          opt("max-scans", "N", "stop after N verdicts"),
          opt("report", "CSV", "also write the verdicts, without names or birth dates, to a CSV file"),
          opt("db", "PATH", "the visitor log each verdict is committed to before it is printed"),
          flag("loop", "play a file, folder, video or demo source again from its start at its end"),
          opt("reuse-window-min", "N", "minutes in which a certificate admitted again shows CHECK ID (default 120)"),
          opt("repeat-window-ms", "N", "milliseconds in which the same code held up again is not a new scan"),
          // Accepted as before; scan prints reason codes, which have no language.
          opt("lang", "ko|en|de|it", "accepted for compatibility; scan prints reason codes, not texts")}});
    t.append({QStringLiteral("log verify"),
              QString(),
              QStringLiteral("check the visitor log's hash chain; OK, or TAMPERED naming the first bad row (exit 1)"),
              {opt("db", "PATH", "the visitor log (required; never created)")}});
    t.append({QStringLiteral("log list"),
              QString(),
              QStringLiteral("the visits of one local day"),
              {opt("db", "PATH", "the visitor log (required; never created)"),
               opt("date", "YYYY-MM-DD", "the day (required)"), jsonOption("one JSON object per visit")}});
    t.append({QStringLiteral("log events"),
              QString(),
              QStringLiteral("the evidence journal: camera losses, unclean shutdowns, clock jumps"),
              {opt("db", "PATH", "the visitor log (required; never created)"),
               opt("from", "ISO8601", "the first date or instant (default: all)"),
               opt("to", "ISO8601", "the last date or instant (default: all)")}});
    t.append(
        {QStringLiteral("trust import"),
         QStringLiteral("FILE..."),
         QStringLiteral(
             "verify and apply trust updates: signed DSC list, SHC directory, signed DCC revocation list, SHC CRL"),
         {kindOption(), issuerOption(), storeOption(), pinOption(), maxAgeOption(),
          jsonOption("the result of each file and the status of each set as one JSON object")}});
    t.append({QStringLiteral("trust fetch"),
              QStringLiteral("URL..."),
              QStringLiteral("the same as trust import, over HTTPS"),
              {kindOption(), issuerOption(), opt("ca", "CA.pem", "trust only these certificate authorities for HTTPS"),
               opt("timeout", "MS", "give up on a download after this many milliseconds (default 15000)"),
               storeOption(), pinOption(), maxAgeOption(),
               jsonOption("the result of each URL and the status of each set as one JSON object")}});
    t.append({QStringLiteral("trust status"),
              QString(),
              QStringLiteral("age, source and last refused update of each set; exit 1 when one is stale"),
              {maxAgeOption(), jsonOption("the status of each set as one JSON object"), storeOption()}});
    t.append(
        {QStringLiteral("export"),
         QString(),
         QStringLiteral("a report for local days (today by default); pdf also writes the signed bundle beside it"),
         {opt("db", "PATH", "the visitor log (required; never created)"),
          opt("from", "YYYY-MM-DD", "the first day (default today)"),
          opt("to", "YYYY-MM-DD", "the last day (default: --from)"),
          opt("format", "pdf|csv|bundle", "the report's form (required)"),
          opt("out", "FILE", "where to write the report (required)"),
          opt("lang", "ko|en|de|it", "the report's language (default ko); with --facility-types, of the names"),
          opt("venue-name", "TEXT", "the venue's name on the report"),
          opt("venue-reg", "NUMBER", "the venue's business registration number"),
          opt("venue-type", "CODE", "the venue's facility type (see --facility-types)"),
          opt("venue-address", "TEXT", "the venue's address"), opt("venue-operator", "TEXT", "the operator's name"),
          flag("save-venue", "keep the --venue-* values in the log for the next export"),
          flag("facility-types", "list the 16 vaccine-pass facility categories and exit")}});
    t.append({QStringLiteral("inspect"),
              QStringLiteral("FILE"),
              QStringLiteral("verify an evidence bundle: AUTHENTIC (exit 0) or ALTERED naming the part (exit 1)"),
              {opt("key", "FINGERPRINT", "also require the bundle to be signed by this device key"),
               jsonOption("the verdict and the report's contents as one JSON object")}});
    t.append({QStringLiteral("decode"),
              QStringLiteral("IMAGE..."),
              QStringLiteral("print the QR codes in images and the decode time"),
              {jsonOption("one JSON object per image")}});
    t.append({QStringLiteral("conformance dgc"),
              QStringLiteral("DIR"),
              QStringLiteral("run the EU DCC test cases under DIR (the layout of dgc-testdata)"),
              {opt("known-issues", "CSV", "the upstream list of cases known to be wrong")}});
    t.append({QStringLiteral("conformance shc"),
              QStringLiteral("EXPECTED.tsv"),
              QStringLiteral("run the SMART Health Card oracle of health-cards-dev-tools"),
              {opt("at", "ISO8601", "check at this instant (default 2024-06-01T00:00:00Z)")}});
    t.append({QStringLiteral("conformance certlogic"),
              QStringLiteral("DIR..."),
              QStringLiteral("run CertLogic test suites (testSuite, validation-testSuite)"),
              {}});
    t.append({QStringLiteral("conformance rules"),
              QStringLiteral("DIR"),
              QStringLiteral("run EU DCC business rules and their tests (<CC>/<RuleId>/)"),
              {}});
    return t;
}
} // namespace

const QList<CliCommandSpec>& CliCommands::all()
{
    static const QList<CliCommandSpec> table = makeTable();
    return table;
}

const CliCommandSpec* CliCommands::find(const QString& name)
{
    for (const CliCommandSpec& spec : all()) {
        if (spec.name == name) {
            return &spec;
        }
    }
    return nullptr;
}

QList<const CliCommandSpec*> CliCommands::group(const QString& group)
{
    QList<const CliCommandSpec*> found;
    const QString prefix = group + QLatin1Char(' ');
    for (const CliCommandSpec& spec : all()) {
        if (spec.name.startsWith(prefix)) {
            found.append(&spec);
        }
    }
    return found;
}

QString CliCommands::overview()
{
    QString text;
    QTextStream out(&text);
    // One usage line per command, the form `passdesk-cli COMMAND --help` starts with: the man-page test
    // reads the command names from these lines.
    out << "PassDesk command line " << PASSDESK_VERSION << "\n\n"
        << "usage: passdesk-cli COMMAND [OPTIONS] [ARGUMENTS]\n\n"
        << "commands:\n";
    for (const CliCommandSpec& spec : all()) {
        out << "  passdesk-cli " << spec.name << " [OPTIONS]"
            << (spec.arguments.isEmpty() ? QString() : QLatin1Char(' ') + spec.arguments) << "\n      " << spec.summary
            << "\n";
    }
    out << "  passdesk-cli --version\n      print version, git revision and the resources folder\n\n"
        << "passdesk-cli COMMAND --help lists the options of a command.\n";
    out.flush();
    return text;
}

} // namespace passdesk::cli

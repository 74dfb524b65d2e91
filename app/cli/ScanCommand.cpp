#include "cli/ScanCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliParser.h"
#include "common/AppPaths.h"
#include "common/IsoTime.h"
#include "counter/CounterSession.h"
#include "report/CsvExporter.h"
#include "scan/FileSource.h"
#include "trust/TrustStartup.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>
#include <thread>

namespace passdesk::cli {

namespace {
volatile std::sig_atomic_t g_stop = 0;
void onSignal(int)
{
    g_stop = 1;
}

QString verdictWord(rules::VerdictKind kind)
{
    return toString(kind).toUpper();
}
} // namespace

int runScan(const QStringList& args)
{
    CliParser parser(QStringLiteral("scan"));
    if (auto done = parser.parse(args)) {
        return *done;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return parser.usageError(QStringLiteral("unexpected argument ") + parser.positionalArguments().first());
    }
    const QString sourceSpec = parser.value(QStringLiteral("source"));
    QStringList trustPaths = parser.values(QStringLiteral("trust"));
    const QString atText = parser.value(QStringLiteral("at"));
    const bool json = parser.json();
    const QString reportPath = parser.value(QStringLiteral("report"));
    const QString dbPath = parser.value(QStringLiteral("db"));
    const bool loop = parser.isSet(QStringLiteral("loop"));
    bool ok = true;
    int maxScans = -1;
    if (parser.isSet(QStringLiteral("max-scans"))) {
        maxScans = parser.value(QStringLiteral("max-scans")).toInt(&ok);
        if (!ok || maxScans < 1) {
            return parser.usageError(QStringLiteral("--max-scans needs a positive number"));
        }
    }
    const int reuseMinutes = parser.value(QStringLiteral("reuse-window-min"), QStringLiteral("120")).toInt(&ok);
    if (!ok || reuseMinutes < 0) {
        return parser.usageError(QStringLiteral("--reuse-window-min needs a number of minutes (0 or more)"));
    }
    int repeatMs = -1;
    if (parser.isSet(QStringLiteral("repeat-window-ms"))) {
        repeatMs = parser.value(QStringLiteral("repeat-window-ms")).toInt(&ok);
        if (!ok || repeatMs < 0) {
            return parser.usageError(QStringLiteral("--repeat-window-ms needs a number of milliseconds (0 or more)"));
        }
    }
    const auto language = parser.language(CliOutput::defaultLanguage());
    if (!language) {
        return 2;
    }
    if (sourceSpec.isEmpty()) {
        return parser.usageError(QStringLiteral("--source is required"));
    }
    const bool demo = sourceSpec == QLatin1String("demo");
    if (demo && trustPaths.isEmpty()) {
        trustPaths << app::demoDir() + QStringLiteral("/trust-list.json");
    }
    trust::TrustStartup::Options trustOptions;
    trustOptions.importPaths = trustPaths;
    trustOptions.stopAtFirstError = true;
    const auto loaded = trust::TrustStartup::load(trustOptions, QDateTime::currentDateTimeUtc());
    if (loaded.error) {
        return parser.fail(loaded.error->code, QStringLiteral("cannot import ") + loaded.failedPath + QStringLiteral(": ") + loaded.error->message);
    }
    std::unique_ptr<scan::FrameSource> source;
    QString error;
    if (demo) {
        // Headless: every still once, as fast as it decodes.
        auto file = std::make_unique<scan::FileSource>(app::demoDir() + QStringLiteral("/footage"), loop, std::chrono::milliseconds(0),
                                                       QStringLiteral("demo footage"));
        if (!file->isValid()) {
            return parser.fail(QStringLiteral("source.unreadable"), QStringLiteral("no demo footage in ") + app::demoDir() + QStringLiteral("/footage"));
        }
        source = std::move(file);
    } else if (loop && !sourceSpec.startsWith(QLatin1String("camera"))) {
        // An image, a folder of images or a video, started again from its first frame at its end.
        if (!QFileInfo::exists(sourceSpec)) {
            return parser.fail(QStringLiteral("source.unknown"), QStringLiteral("no camera, file or folder called ") + sourceSpec);
        }
        auto file = std::make_unique<scan::FileSource>(sourceSpec, true, std::chrono::milliseconds(0));
        if (!file->isValid()) {
            return parser.fail(QStringLiteral("source.unreadable"), QStringLiteral("no images or video in ") + sourceSpec);
        }
        source = std::move(file);
    } else {
        if (loop) {
            return parser.usageError(QStringLiteral("--loop applies to a file, a folder, a video or demo; a camera runs until stopped anyway"));
        }
        source = scan::FrameSource::create(sourceSpec, app::demoDir() + QStringLiteral("/footage"), &error);
        if (!source) {
            // FrameSource says "code: message".
            return parser.fail(error.section(QStringLiteral(": "), 0, 0), error.section(QStringLiteral(": "), 1));
        }
    }
    SystemClock clock;
    counter::CounterSession::Options options;
    options.logPath = dbPath;
    options.reuseWindow = std::chrono::minutes(reuseMinutes);
    counter::CounterSession session(std::move(source), loaded.snapshot, clock, options);
    session.setTrustRepository(loaded.repository); // stale trust data is evidence, as at the counter
    if (!atText.isEmpty()) {
        auto at = parseIsoInstant(atText);
        if (!at) {
            return parser.usageError(QStringLiteral("--at is not an ISO 8601 instant"));
        }
        session.pipeline().setFixedTime(*at);
    }
    if (repeatMs >= 0) {
        session.pipeline().setRepeatWindow(std::chrono::milliseconds(repeatMs));
    }
    // The visitor log, exactly as the counter keeps it: a verdict is printed only once it is on disk.
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!dbPath.isEmpty()) {
        auto opened = session.open();
        if (!opened) {
            err << "passdesk-cli scan: cannot open the log " << dbPath << ": " << opened.error().message << " [" << opened.error().code
                << "]\n";
            return 2;
        }
        if (opened->replacedNow) {
            err << "passdesk-cli scan: the log " << dbPath << " was unreadable (" << opened->why << "); it was moved aside to "
                << opened->movedTo << " and a new log was started\n";
        }
        if (opened->unclean) {
            err << "evidence: " << opened->unclean->cause << " (last heartbeat " << opened->unclean->started.toString(Qt::ISODate) << ")\n";
        }
        if (opened->purged > 0) {
            err << "retention: deleted " << opened->purged << " visits older than " << session.visitLog()->options().retentionDays
                << " days\n";
        }
        err.flush();
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    // The report holds no names or birth dates: only what a compliance check needs. Written with the
    // report CSV writer's quoting and formula guard; the country is the log's (marked when unverified).
    QFile reportFile(reportPath);
    if (!reportPath.isEmpty()) {
        if (!reportFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return parser.fail(QStringLiteral("report.unwritable"), QStringLiteral("cannot write ") + reportPath + QStringLiteral(": ") + reportFile.errorString());
        }
        reportFile.write(report::CsvExporter::byteOrderMark() +
                         report::CsvExporter::line({QStringLiteral("checked_at_utc"), QStringLiteral("verdict"), QStringLiteral("outcome"),
                                                    QStringLiteral("reasons"), QStringLiteral("format"), QStringLiteral("type"),
                                                    QStringLiteral("issuing_country"), QStringLiteral("input"), QStringLiteral("latency_ms")})
                             .toUtf8());
        reportFile.flush();
    }
    int scans = 0;
    while (g_stop == 0 && (maxScans < 0 || scans < maxScans)) {
        const auto step = session.step();
        const scan::FrameSource& src = session.source();
        if (step.stateChanged) {
            err << "source " << src.name() << ": " << toString(src.state()) << "\n";
            err.flush();
        }
        if (!step.delivery) {
            if (!step.frame && src.state() == scan::SourceState::Finished) {
                break;
            }
            continue;
        }
        const auto& delivery = *step.delivery;
        if (!delivery.logError.isEmpty()) {
            // Not logged means not shown: stop rather than report a verdict the log lacks.
            err << "passdesk-cli scan: the visit could not be logged: " << delivery.logError << "\n";
            return 2;
        }
        ++scans;
        const counter::ScanOutcome& o = *delivery.outcome;
        const double ms = std::chrono::duration<double, std::milli>(o.decided - o.captured).count();
        if (json) {
            QJsonObject line = CliOutput::toJson(o.verification);
            line.insert(QStringLiteral("verdict"), toString(o.verdict.kind));
            line.insert(QStringLiteral("policy"), o.verdict.policy);
            line.insert(QStringLiteral("input"), toString(o.input));
            line.insert(QStringLiteral("decode_ms"), qRound(step.decodeMs * 10) / 10.0);
            line.insert(QStringLiteral("latency_ms"), qRound(ms * 10) / 10.0);
            if (delivery.logged > 0) {
                line.insert(QStringLiteral("logged"), delivery.logged);
            }
            out << QJsonDocument(line).toJson(QJsonDocument::Compact) << "\n";
        } else {
            const auto& c = o.verification.credential;
            out << o.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")) << "  " << verdictWord(o.verdict.kind).leftJustified(16)
                << (o.verification.holderVerified() ? c.holder.displayName() : QStringLiteral("(not verified)")).leftJustified(14) << " "
                << o.verdict.reasons.join(QLatin1Char(',')).leftJustified(20) << " (" << QString::number(ms, 'f', 1) << " ms)";
            if (delivery.logged > 0) {
                out << "  logged #" << delivery.logged;
            }
            out << "\n";
        }
        out.flush();
        if (reportFile.isOpen()) {
            const auto& c = o.verification.credential;
            reportFile.write(report::CsvExporter::line({o.at.toUTC().toString(Qt::ISODate), toString(o.verdict.kind),
                                                        toString(o.verification.outcome), o.verdict.reasons.join(QLatin1Char(' ')),
                                                        toString(c.format), toString(c.type), log::VisitLog::countryOf(o.verification),
                                                        toString(o.input), QString::number(ms, 'f', 1)})
                                 .toUtf8());
            reportFile.flush();
        }
    }
    session.close();
    err << scans << (scans == 1 ? " verdict" : " verdicts") << " from " << session.source().name() << "\n";
    return 0;
}

} // namespace passdesk::cli

// Report export figures: a log of DAYS x VISITS (default 30 x 5,000 = 150,000 rows) exported to CSV,
// the signed evidence bundle and the PDF, each through the same calls as `passdesk-cli export`
// (ReportData::gather, which also verifies the whole chain, then the writer). Reports wall time and the
// peak resident set size of each export (the kernel's high-water mark is reset before each one).
//   build/ci/tests/bench/passdesk_bench_report [--days=30] [--visits=5000] [--benchmark_filter=csv]
// The log is built once in a temporary folder through VisitLog::append (real chain hashes), with
// synchronous=OFF for the build only; the time to build it is printed, not measured.
#include "rules/Policy.h"
#include "crypto/DeviceKey.h"
#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"
#include "report/CsvExporter.h"
#include "report/EvidenceBundle.h"
#include "report/PdfReport.h"
#include "report/ReportData.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace passdesk;

namespace {

int g_days = 30;
int g_visits = 5000;

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

void resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly)) {
        refs.write("5");
    }
}

struct BenchLog
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::LocalTime).toUTC()};
    std::unique_ptr<log::VisitLog> log;
    crypto::SigningKey key;

    BenchLog()
    {
        QElapsedTimer t;
        t.start();
        const QString path = dir.filePath(QStringLiteral("bench.db"));
        log = std::move(log::VisitLog::open(path, clock, {})).value();
        (void)log->database().exec(QStringLiteral("PRAGMA synchronous=OFF"));
        rules::Policy policy;
        log::EvidenceJournal journal(log->database(), clock);
        const qint64 spacingMs = 12LL * 3600 * 1000 / g_visits; // 10:00 to 22:00
        for (int day = 0; day < g_days; ++day) {
            const QDateTime open = QDateTime(QDate(2026, 1, 1).addDays(day), QTime(10, 0), Qt::LocalTime).toUTC();
            for (int i = 0; i < g_visits; ++i) {
                clock.set(open.addMSecs(i * spacingMs));
                credential::Verification v;
                const bool bad = i % 11 == 0;
                v.outcome = bad ? credential::Outcome::Invalid : credential::Outcome::Verified;
                if (bad) {
                    v.findings.append({QStringLiteral("cert.expired"), QString(), true});
                }
                v.credential.format = i % 3 == 0 ? credential::Format::SmartHealthCard : credential::Format::EuDcc;
                v.credential.type = i % 7 == 0 ? credential::CertificateType::Test : credential::CertificateType::Vaccination;
                v.credential.identifier = QStringLiteral("URN:UVCI:01:KR:BENCH%1-%2").arg(day).arg(i);
                v.credential.issuingCountry = QStringLiteral("KR");
                (void)log->append(log->visitFrom(v, policy.decide(v, clock.now()), QStringLiteral("camera"), clock.now(), QStringLiteral("직원 %1").arg(i % 4)));
            }
            (void)journal.record(QStringLiteral("camera_lost"), QStringLiteral("USB camera unplugged"), open.addSecs(3 * 3600),
                                 open.addSecs(3 * 3600 + 300), false);
        }
        (void)log->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        key = crypto::SigningKey::generate(crypto::SigningKey::Type::Ed25519);
        std::fprintf(stderr, "log of %d days x %d visits built in %.1f s (%.1f MB)\n", g_days, g_visits, double(t.elapsed()) / 1000.0,
                     double(QFileInfo(path).size()) / 1e6);
    }

    static BenchLog& instance()
    {
        static BenchLog b;
        return b;
    }
};

void runExport(benchmark::State& state, const char* format)
{
    BenchLog& b = BenchLog::instance();
    const QString out = b.dir.filePath(QStringLiteral("out.") + QLatin1String(format));
    long peak = 0;
    qint64 rows = 0;
    for (auto _ : state) {
        resetPeakRss();
        QElapsedTimer gatherTimer;
        gatherTimer.start();
        auto data = report::ReportData::gather(*b.log, report::VenueProfile{}, QDate(2026, 1, 1), QDate(2026, 1, 1).addDays(g_days - 1), b.clock);
        if (!data) {
            state.SkipWithError("gather failed");
            return;
        }
        rows = data->rows.size();
        state.counters["gather_ms"] = double(gatherTimer.elapsed());
        bool ok = true;
        if (std::strcmp(format, "csv") == 0) {
            ok = report::CsvExporter::writeFile(*data, out).ok();
        } else {
            auto bundle = report::EvidenceBundle::writeFile(*data, b.key, out + QStringLiteral(".bundle"));
            ok = bundle.ok();
            if (ok && std::strcmp(format, "pdf") == 0) {
                report::PdfReport::Options options;
                options.bundleDigest = bundle->digest;
                options.keyFingerprint = bundle->keyFingerprint;
                auto pages = report::PdfReport::write(*data, out, options);
                ok = pages.ok();
                if (ok) {
                    state.counters["pages"] = *pages;
                }
            }
        }
        if (!ok) {
            state.SkipWithError("export failed");
            return;
        }
        peak = std::max(peak, peakRssKb());
    }
    state.counters["rows"] = double(rows);
    state.counters["peak_RSS_MB"] = double(peak) / 1024.0;
    state.counters["file_MB"] = double(QFileInfo(std::strcmp(format, "csv") == 0 || std::strcmp(format, "pdf") == 0 ? out : out + QStringLiteral(".bundle")).size()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    // The PDF writer draws text with QtGui; no screen is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::vector<char*> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--days=", 7) == 0) {
            g_days = std::max(1, std::atoi(argv[i] + 7));
        } else if (std::strncmp(argv[i], "--visits=", 9) == 0) {
            g_visits = std::max(1, std::atoi(argv[i] + 9));
        } else {
            rest.push_back(argv[i]);
        }
    }
    int n = int(rest.size());
    QGuiApplication app(n, rest.data());
    // The PDF bundle step is part of the PDF export (the PDF prints the bundle's digest).
    for (const char* format : {"csv", "bundle", "pdf"}) {
        benchmark::RegisterBenchmark((std::string("export/") + format).c_str(), runExport, format)
            ->Iterations(1)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }
    benchmark::Initialize(&n, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

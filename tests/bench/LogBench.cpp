// Visitor log figures: visits appended per second with the durability PassDesk uses (WAL,
// synchronous=FULL, one commit per visit), and one day's listing from a log of 1,000,000 visits.
//   build/dev/tests/bench/passdesk_bench_log [--benchmark_filter=...]
// The 1M-row database is built once in a temporary folder with plain SQL (3,000 visits a day for 334
// days), then listed through VisitLog; its size is printed.
#include "rules/Policy.h"
#include "log/VisitLog.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace passdesk;

namespace {
credential::Verification sample(int i)
{
    credential::Verification v;
    v.outcome = credential::Outcome::Verified;
    v.credential.format = credential::Format::EuDcc;
    v.credential.type = credential::CertificateType::Vaccination;
    v.credential.identifier = QStringLiteral("URN:UVCI:01:KR:BENCH%1").arg(i);
    v.credential.issuingCountry = QStringLiteral("KR");
    return v;
}

void BM_AppendDurable(benchmark::State& state)
{
    QTemporaryDir dir;
    SystemClock clock;
    auto log = log::VisitLog::open(dir.filePath(QStringLiteral("bench.db")), clock, {});
    if (!log) {
        state.SkipWithError("cannot open the log");
        return;
    }
    rules::Policy policy;
    int i = 0;
    for (auto _ : state) {
        const auto v = sample(i++);
        auto id = (*log)->append((*log)->visitFrom(v, policy.decide(v, clock.now()), QStringLiteral("camera"), clock.now()));
        if (!id) {
            state.SkipWithError("append failed");
            break;
        }
    }
    state.counters["visits/s"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}

struct BigLog
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<log::VisitLog> log;
    qint64 bytes = 0;

    BigLog()
    {
        const QString path = dir.filePath(QStringLiteral("million.db"));
        log = std::move(log::VisitLog::open(path, clock, {})).value();
        auto& db = log->database();
        (void)db.exec(QStringLiteral("BEGIN"));
        const Status filled = db.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
            "INSERT INTO visits (id, at_utc, at_local, local_day, verdict, reasons, format, type, policy, country, input, staff, "
            "id_hash, prev_hash, row_hash) SELECT i, "
            "strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', '+' || (i / 3000) || ' days', '+' || ((i % 3000) * 15) || ' seconds'), "
            "strftime('%Y-%m-%dT%H:%M:%S+09:00', '2026-01-01', '+' || (i / 3000) || ' days', '+' || ((i % 3000) * 15) || ' seconds'), "
            "date('2026-01-01', '+' || (i / 3000) || ' days'), CASE WHEN i % 10 = 0 THEN 'invalid' ELSE 'valid' END, "
            "CASE WHEN i % 10 = 0 THEN 'cert.expired' ELSE '' END, 'eu-dcc', 'vaccination', 'standard', 'KR', 'camera', '', "
            "randomblob(16), randomblob(32), randomblob(32) FROM n"));
        if (!filled) {
            std::fprintf(stderr, "cannot fill the 1M log: %s\n", qPrintable(filled.error().message));
        }
        (void)db.exec(QStringLiteral("COMMIT"));
        (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        bytes = QFileInfo(path).size();
        std::fprintf(stderr, "1,000,000-visit log: %.1f MB on disk\n", double(bytes) / 1e6);
    }
};

void BM_ListDay_1M(benchmark::State& state)
{
    static BigLog big;
    for (auto _ : state) {
        auto day = big.log->listDay(QDate(2026, 6, 15));
        if (!day || day->size() != 3000) {
            state.SkipWithError("unexpected day size");
            break;
        }
        benchmark::DoNotOptimize(day);
    }
    state.counters["db_MB"] = double(big.bytes) / 1e6;
}
} // namespace

BENCHMARK(BM_AppendDurable)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ListDay_1M)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

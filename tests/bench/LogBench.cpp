// Visitor log figures: visits appended per second with the durability PassDesk uses (WAL,
// synchronous=FULL, one commit per visit), and one day's listing from a log of 1,000,000 visits.
//   build/dev/tests/bench/passdesk_bench_log [--benchmark_filter=...]
// The 1M-row database is built once in a temporary folder with plain SQL (3,000 visits a day for 334
// days), then listed through VisitLog; its size is printed.
#include "rules/Policy.h"
#include "BigLog.h"
#include "log/VisitLog.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

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

void BM_ListDay_1M(benchmark::State& state)
{
    static bench::BigLog big;
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

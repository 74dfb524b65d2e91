// The owner's day view on a large visitor log: time to first paint when the view opens on a full day
// (3,000 visits), and when a filter is applied; offscreen.
//   QT_QPA_PLATFORM=offscreen build/dev/tests/bench/passdesk_bench_dayview [--visits N] [--benchmark_...]
// The log (1,000,000 visits by default) is built once with plain SQL; its size is printed.
#include "BigLog.h"
#include "OwnerView.h"
#include "auth/OwnerGate.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QComboBox>

#include <cstring>

using namespace passdesk;

namespace {
qint64 g_visits = 1'000'000;

bench::BigLog& big()
{
    static bench::BigLog log(g_visits);
    return log;
}

// Opens the view on the full day and paints it once (grab() renders every visible widget).
void BM_DayView_OpenFirstPaint(benchmark::State& state)
{
    auth::OwnerGate gate(big().log->database(), big().clock);
    for (auto _ : state) {
        ui::OwnerView view(*big().log, gate, big().clock);
        view.showDay(bench::BigLog::fullDay());
        view.show();
        const QPixmap frame = view.grab();
        benchmark::DoNotOptimize(frame);
        if (view.model()->rowCount() != 3000) {
            state.SkipWithError("unexpected day size");
            break;
        }
    }
    state.counters["db_MB"] = double(big().bytes) / 1e6;
}

// With the view open: choose "refused" in the verdict filter, then "all" again, each with a repaint.
void BM_DayView_FilterFirstPaint(benchmark::State& state)
{
    auth::OwnerGate gate(big().log->database(), big().clock);
    ui::OwnerView view(*big().log, gate, big().clock);
    view.showDay(bench::BigLog::fullDay());
    view.show();
    (void)view.grab();
    QComboBox* verdict = view.verdictFilter();
    const int refused = verdict->findData(QStringLiteral("invalid"));
    if (refused < 0) {
        state.SkipWithError("no 'invalid' filter");
        return;
    }
    bool narrow = true;
    for (auto _ : state) {
        verdict->setCurrentIndex(narrow ? refused : 0);
        const QPixmap frame = view.grab();
        benchmark::DoNotOptimize(frame);
        narrow = !narrow;
    }
}
} // namespace

BENCHMARK(BM_DayView_OpenFirstPaint)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DayView_FilterFirstPaint)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")).toUtf8());
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--visits") == 0) {
            g_visits = std::atoll(argv[i + 1]);
            for (int j = i; j + 2 <= argc; ++j) { // shift the rest (and the final null) down by two
                argv[j] = argv[j + 2];
            }
            argc -= 2;
            break;
        }
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

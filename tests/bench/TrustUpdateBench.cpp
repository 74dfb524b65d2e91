// Must show 4: scanning continues at full speed during a trust update. Verifications per second on one
// scan thread (snapshot, then the whole EU DCC check) while idle, while another thread verifies and swaps
// in large updates back to back (a 1,000-DSC signed list and a 100,000-hash signed revocation list), and
// while a Qt Network fetcher downloads and applies that list from a local HTTPS server in a loop.
#include "credential/CredentialVerifier.h"
#include "support/DemoIssuer.h"
#include "crypto/Sha256.h"
#include "support/LocalTrustServer.h"
#include "trust/SignedTrustList.h"
#include "trust/TrustRepository.h"
#include "update/TrustFetcher.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <cstdint>
#include <thread>

using namespace passdesk;

namespace {
struct Fixture
{
    crypto::SigningKey listKey = crypto::SigningKey::generate(crypto::SigningKey::Type::EcP256);
    crypto::SigningKey dscKey = crypto::SigningKey::generate(crypto::SigningKey::Type::EcP256);
    crypto::X509Certificate dsc;
    QByteArray text;
    QByteArray dscList;
    QByteArray revocationList;
    QDateTime at{QDate(2022, 1, 10), QTime(12, 0), Qt::UTC};

    Fixture()
    {
        const QDateTime from(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC);
        dsc = dscKey.selfSignedCertificate(QStringLiteral("bench DSC (test only)"), QStringLiteral("KR"), {}, from, to);
        const QJsonObject hcert = credential::DemoIssuer::euVaccination(
            QStringLiteral("홍"), QStringLiteral("길동"), QStringLiteral("HONG"), QStringLiteral("GILDONG"),
            QStringLiteral("1980-05-17"), 2, 2, QDate(2021, 11, 1), QStringLiteral("KR"),
            QStringLiteral("URN:UVCI:01:KR:BENCH0000000001#Q"));
        text = credential::DemoIssuer::euDccText(hcert, QStringLiteral("KR"),
                                                 QDateTime(QDate(2021, 12, 1), QTime(9, 0), Qt::UTC),
                                                 QDateTime(QDate(2022, 12, 1), QTime(9, 0), Qt::UTC), dscKey, dsc);
        QJsonArray certs;
        const auto add = [&certs](const crypto::X509Certificate& c) {
            certs.append(QJsonObject{{QStringLiteral("certificateType"), QStringLiteral("DSC")},
                                     {QStringLiteral("country"), QStringLiteral("KR")},
                                     {QStringLiteral("kid"), QString::fromLatin1(c.kid().toBase64())},
                                     {QStringLiteral("rawData"), QString::fromLatin1(c.der().toBase64())}});
        };
        add(dsc);
        for (int i = 1; i < 1000; ++i) {
            add(crypto::SigningKey::generate(crypto::SigningKey::Type::EcP256)
                    .selfSignedCertificate(QStringLiteral("filler DSC %1").arg(i), QStringLiteral("DE"), {}, from, to));
        }
        dscList = trust::SignedTrustList::seal(
            QJsonDocument(QJsonObject{{QStringLiteral("certificates"), certs}}).toJson(QJsonDocument::Compact),
            listKey);
        QJsonArray entries;
        for (int i = 0; i < 100000; ++i) {
            entries.append(
                QJsonObject{{QStringLiteral("hash"),
                             QString::fromLatin1(crypto::Sha256::hash(QByteArray::number(i)).left(16).toBase64())}});
        }
        const QJsonObject batch{{QStringLiteral("batchId"), QStringLiteral("bench")},
                                {QStringLiteral("hashType"), QStringLiteral("SIGNATURE")},
                                {QStringLiteral("entries"), entries}};
        revocationList = trust::SignedTrustList::seal(QJsonDocument(batch).toJson(QJsonDocument::Compact), listKey);
    }

    static const Fixture& instance()
    {
        static const Fixture f;
        return f;
    }

    std::unique_ptr<trust::TrustRepository> repository() const
    {
        auto repo = std::make_unique<trust::TrustRepository>(nullptr, listKey.publicKey());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!repo->apply({trust::TrustSetKind::DscList, dscList, QStringLiteral("bench"), now}) ||
            !repo->apply({trust::TrustSetKind::DccRevocation, revocationList, QStringLiteral("bench"), now})) {
            std::abort();
        }
        return repo;
    }
};

void scanLoop(benchmark::State& state, const trust::TrustRepository& repo)
{
    const Fixture& f = Fixture::instance();
    for (auto _ : state) {
        const credential::CredentialVerifier verifier(repo.snapshot());
        const auto v = verifier.verify(f.text, f.at);
        if (!v.verified()) {
            state.SkipWithError("verification failed");
            break;
        }
        benchmark::DoNotOptimize(v);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_ScanIdle(benchmark::State& state)
{
    const auto repo = Fixture::instance().repository();
    scanLoop(state, *repo);
}
BENCHMARK(BM_ScanIdle)->UseRealTime()->Unit(benchmark::kMicrosecond);

void BM_ScanDuringUpdate(benchmark::State& state)
{
    const Fixture& f = Fixture::instance();
    const auto repo = f.repository();
    std::atomic<bool> stop{false};
    std::atomic<int> updates{0};
    std::thread updater([&] {
        while (!stop.load()) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            (void)repo->apply({trust::TrustSetKind::DscList, f.dscList, QStringLiteral("bench"), now});
            (void)repo->apply({trust::TrustSetKind::DccRevocation, f.revocationList, QStringLiteral("bench"), now});
            updates += 2;
        }
    });
    scanLoop(state, *repo);
    stop = true;
    updater.join();
    state.counters["updates_applied"] = updates.load();
    state.counters["updates_per_s"] = benchmark::Counter(updates.load(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ScanDuringUpdate)->UseRealTime()->Unit(benchmark::kMicrosecond);

// Control: the same scans beside a thread that only burns CPU. If scans during an update run as fast as
// here, any slowdown is the machine sharing its cores, not the scan waiting for the update.
void BM_ScanBesideBusyThread(benchmark::State& state)
{
    const auto repo = Fixture::instance().repository();
    std::atomic<bool> stop{false};
    std::thread busy([&] {
        volatile std::uint64_t x = 0;
        while (!stop.load(std::memory_order_relaxed)) {
            x = x + 1;
        }
    });
    scanLoop(state, *repo);
    stop = true;
    busy.join();
}
BENCHMARK(BM_ScanBesideBusyThread)->UseRealTime()->Unit(benchmark::kMicrosecond);

// The fetcher lives on its own thread with an event loop, as in the application; each finished download
// starts the next one.
class FetchLoop : public QObject
{
public:
    FetchLoop(trust::TrustRepository& repo, const QUrl& url, update::FetchSettings settings)
        : m_fetcher(repo, m_clock, std::move(settings)), m_url(url)
    {
        connect(&m_fetcher, &update::TrustFetcher::finished, this,
                [this](trust::TrustSetKind, const QUrl&, const QString& code, const QString&) {
                    if (code.isEmpty()) {
                        ++applied;
                    } else {
                        ++failed;
                    }
                    if (!stop.load()) {
                        m_fetcher.fetch(trust::TrustSetKind::DscList, m_url);
                    }
                });
    }
    void start() { m_fetcher.fetch(trust::TrustSetKind::DscList, m_url); }
    std::atomic<bool> stop{false};
    std::atomic<int> applied{0};
    std::atomic<int> failed{0};

private:
    SystemClock m_clock;
    update::TrustFetcher m_fetcher;
    QUrl m_url;
};

void BM_ScanDuringHttpsUpdate(benchmark::State& state)
{
    const Fixture& f = Fixture::instance();
    test::LocalTrustServer server;
    if (!server.error().isEmpty()) {
        state.SkipWithError(server.error().toStdString().c_str());
        return;
    }
    server.put(QStringLiteral("dsc.txt"), f.dscList);
    const auto repo = f.repository();
    update::FetchSettings settings;
    settings.caCertificates = update::TrustFetcher::loadCaFile(server.caFile()).value();
    QThread thread;
    QObject context;
    context.moveToThread(&thread);
    thread.start();
    FetchLoop* loop = nullptr;
    // Made on the fetch thread, so its network objects belong to that thread's event loop.
    QMetaObject::invokeMethod(
        &context,
        [&] {
            loop = new FetchLoop(*repo, server.url(QStringLiteral("files"), QStringLiteral("dsc.txt")), settings);
            loop->start();
        },
        Qt::BlockingQueuedConnection);
    scanLoop(state, *repo);
    loop->stop = true;
    state.counters["updates_applied"] = loop->applied.load();
    state.counters["updates_per_s"] = benchmark::Counter(loop->applied.load(), benchmark::Counter::kIsRate);
    state.counters["updates_failed"] = loop->failed.load();
    QMetaObject::invokeMethod(
        &context, [loop] { delete loop; }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}
BENCHMARK(BM_ScanDuringHttpsUpdate)->UseRealTime()->Unit(benchmark::kMicrosecond);
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

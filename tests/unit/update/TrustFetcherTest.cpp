#include "update/TrustFetcher.h"
#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"
#include "support/Fixtures.h"
#include "support/LocalTrustServer.h"
#include "counter/TrustStaleMonitor.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

using namespace passdesk;
using trust::TrustSetKind;
using trust::TrustSetStatus;
using update::TrustFetcher;

namespace {
const QDateTime kNow(QDate(2022, 1, 10), QTime(8, 0), Qt::UTC);

struct Outcome
{
    QString code;
    QString message;
};

/// Runs the event loop until the fetch finishes (or 30 s, a test failure).
Outcome fetchAndWait(TrustFetcher& fetcher, TrustSetKind kind, const QUrl& url, const QString& shcIssuer = {})
{
    Outcome out{QStringLiteral("test.no_answer"), {}};
    QEventLoop loop;
    const auto c = QObject::connect(&fetcher, &TrustFetcher::finished, &loop,
                                    [&](TrustSetKind, const QUrl&, const QString& code, const QString& message) {
                                        out = {code, message};
                                        loop.quit();
                                    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    fetcher.fetch(kind, url, shcIssuer);
    if (out.code == QStringLiteral("test.no_answer")) {
        loop.exec();
    }
    QObject::disconnect(c);
    return out;
}

update::FetchSettings settingsFor(const test::LocalTrustServer& server)
{
    update::FetchSettings s;
    s.caCertificates = TrustFetcher::loadCaFile(server.caFile()).value();
    s.timeout = std::chrono::milliseconds(1500);
    return s;
}

QByteArray goodList()
{
    return test::TrustListSigner::instance().dscList(
        {test::EuSigner::ec().certificate, test::EuSigner::rsa().certificate});
}
} // namespace

// Must show 4: good update applied; tampered signature, truncated body, wrong content type, timeout,
// server down (and HTTP error, oversize body, unknown CA) each leave the old set live with a clear status.
TEST_CASE("Trust updates over HTTPS: the good one applies, every bad one keeps the old set live", "[update][https]")
{
    test::LocalTrustServer server(4.0);
    REQUIRE(server.error().isEmpty());
    FixedClock clock(kNow);
    trust::TrustRepository repo({}, test::TrustListSigner::instance().key.publicKey());
    TrustFetcher fetcher(repo, clock, settingsFor(server));

    // The first list holds one DSC; the good update brings two.
    server.put(QStringLiteral("first.txt"),
               test::TrustListSigner::instance().dscList({test::EuSigner::ec().certificate}));
    REQUIRE(
        fetchAndWait(fetcher, TrustSetKind::DscList, server.url(QStringLiteral("files"), QStringLiteral("first.txt")))
            .code.isEmpty());
    CHECK(repo.snapshot()->dscCount() == 1);

    server.put(QStringLiteral("dsc.txt"), goodList());
    clock.advance(std::chrono::minutes(5));
    const QUrl goodUrl = server.url(QStringLiteral("files"), QStringLiteral("dsc.txt"));
    const Outcome good = fetchAndWait(fetcher, TrustSetKind::DscList, goodUrl);
    INFO(good.message.toStdString());
    REQUIRE(good.code.isEmpty());
    const auto live = repo.snapshot();
    CHECK(live->dscCount() == 2);
    CHECK(repo.status(TrustSetKind::DscList, clock.now()).source == goodUrl.toString());
    CHECK(repo.status(TrustSetKind::DscList, clock.now()).fetchedAt == clock.now());

    QByteArray tampered = goodList();
    tampered[tampered.size() - 10] = tampered.at(tampered.size() - 10) == 'A' ? 'B' : 'A';
    server.put(QStringLiteral("tampered.txt"), tampered);
    server.put(QStringLiteral("big.txt"), QByteArray(64 * 1024, 'x'));

    const struct
    {
        const char* name;
        QUrl url;
        const char* code;
    } bad[] = {
        {"tampered signature", server.url(QStringLiteral("files"), QStringLiteral("tampered.txt")), "update.signature"},
        {"truncated body", server.url(QStringLiteral("truncated"), QStringLiteral("dsc.txt")), "fetch.truncated"},
        {"wrong content type", server.url(QStringLiteral("wrong-type"), QStringLiteral("dsc.txt")),
         "fetch.content_type"},
        {"timeout", server.url(QStringLiteral("slow"), QStringLiteral("dsc.txt")), "fetch.timeout"},
        {"server down", test::LocalTrustServer::deadUrl(), "fetch.network"},
        {"HTTP 500", server.url(QStringLiteral("status"), QStringLiteral("500")), "fetch.http"},
        {"not https", QUrl(QStringLiteral("http://127.0.0.1:1/files/dsc.txt")), "fetch.url"},
    };
    for (const auto& b : bad) {
        INFO(b.name);
        clock.advance(std::chrono::minutes(1));
        const Outcome o = fetchAndWait(fetcher, TrustSetKind::DscList, b.url);
        INFO(o.message.toStdString());
        CHECK(o.code == QLatin1String(b.code));
        CHECK(repo.snapshot() == live);
        const TrustSetStatus st = repo.status(TrustSetKind::DscList, clock.now());
        CHECK(st.state == TrustSetStatus::State::Fresh);
        CHECK(st.source == goodUrl.toString());
        CHECK(st.lastError.code == QLatin1String(b.code));
        CHECK(st.lastAttemptSource == b.url.toString());
        CHECK(st.summary().contains(QStringLiteral("the previous set stays live")));
    }

    SECTION("an oversize body is cut off")
    {
        update::FetchSettings small = settingsFor(server);
        small.maxBytes = 1024;
        TrustFetcher limited(repo, clock, small);
        CHECK(
            fetchAndWait(limited, TrustSetKind::DscList, server.url(QStringLiteral("files"), QStringLiteral("big.txt")))
                .code == QStringLiteral("fetch.too_large"));
        CHECK(repo.snapshot() == live);
    }
    SECTION("a server certificate from an unknown CA is refused")
    {
        TrustFetcher noCa(repo, clock, update::FetchSettings{});
        CHECK(fetchAndWait(noCa, TrustSetKind::DscList, goodUrl).code == QStringLiteral("fetch.tls"));
        CHECK(repo.snapshot() == live);
    }
}

TEST_CASE("Revocation lists, the SHC directory and SHC CRLs are fetched over HTTPS", "[update][https][revocation]")
{
    test::LocalTrustServer server;
    REQUIRE(server.error().isEmpty());
    FixedClock clock(kNow);
    trust::TrustRepository repo({}, test::TrustListSigner::instance().key.publicKey());
    TrustFetcher fetcher(repo, clock, settingsFor(server));
    const auto hashes = trust::DccRevocationHashes::compute(
        QStringLiteral("URN:UVCI:01:KR:TESTONLY0001#X"), QStringLiteral("KR"), {}, crypto::SignatureAlgorithm::ES256);
    server.put(QStringLiteral("revocation.txt"), test::TrustListSigner::instance().dccRevocation(
                                                     QStringLiteral("kr-9"), QStringLiteral("UCI"), {hashes.uci}));
    server.put(QStringLiteral("directory.json"), test::TrustListSigner::shcDirectory(1));
    const auto& shc = test::ShcSigner::instance();
    server.put(QStringLiteral("crl.json"), "{\"kid\":\"" + shc.key.publicKey().jwkThumbprint().toLatin1() +
                                               "\",\"method\":\"rid\",\"ctr\":1,\"rids\":[\"r1\"]}");

    CHECK(fetchAndWait(fetcher, TrustSetKind::DccRevocation,
                       server.url(QStringLiteral("files"), QStringLiteral("revocation.txt")))
              .code.isEmpty());
    CHECK(fetchAndWait(fetcher, TrustSetKind::ShcDirectory,
                       server.url(QStringLiteral("files"), QStringLiteral("directory.json")))
              .code.isEmpty());
    CHECK(fetchAndWait(fetcher, TrustSetKind::ShcCrl, server.url(QStringLiteral("files"), QStringLiteral("crl.json")),
                       shc.issuer)
              .code.isEmpty());
    const auto store = repo.snapshot();
    CHECK(store->dccRevocationEntryCount() == 1);
    CHECK(store->shcKeyCount() == 1);
    CHECK(store->shcCrlCount() == 1);
    // The signed revocation list served with a wrong type or cut short does not replace the live one.
    CHECK(fetchAndWait(fetcher, TrustSetKind::DccRevocation,
                       server.url(QStringLiteral("truncated"), QStringLiteral("revocation.txt")))
              .code == QStringLiteral("fetch.truncated"));
    CHECK(repo.snapshot()->dccRevocationEntryCount() == 1);
}

TEST_CASE("Stale trust data opens a trust_stale evidence period until a fresh copy arrives", "[update][evidence]")
{
    QTemporaryDir dir;
    FixedClock clock(kNow);
    auto log = log::VisitLog::open(dir.filePath(QStringLiteral("visits.db")), clock, {});
    REQUIRE(log.ok());
    log::EvidenceJournal journal((*log)->database(), clock);
    trust::TrustRepository repo({}, test::TrustListSigner::instance().key.publicKey());
    counter::TrustStaleMonitor monitor(repo, journal, clock);

    CHECK(monitor.check() == 0); // nothing loaded: nothing can be stale
    REQUIRE(
        repo.apply({TrustSetKind::DscList, goodList(), QStringLiteral("https://trust.test/dsc"), clock.now()}).ok());
    clock.advance(std::chrono::hours(72));
    CHECK(monitor.check() == 0);
    clock.advance(std::chrono::hours(1));
    repo.recordFailure(TrustSetKind::DscList, QStringLiteral("https://trust.test/dsc"),
                       Error{QStringLiteral("fetch.network"), QStringLiteral("refused")}, clock.now());
    CHECK(monitor.check() == 1);
    CHECK(monitor.check() == 0); // already open
    CHECK(monitor.isOpen(TrustSetKind::DscList));
    const QDateTime staleSince = clock.now();
    clock.advance(std::chrono::hours(5));
    REQUIRE(
        repo.apply({TrustSetKind::DscList, goodList(), QStringLiteral("https://trust.test/dsc"), clock.now()}).ok());
    CHECK(monitor.check() == 0);
    CHECK_FALSE(monitor.isOpen(TrustSetKind::DscList));

    const auto events = journal.list(kNow, clock.now());
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    const log::EvidenceEvent& e = events->first();
    CHECK(e.kind == QStringLiteral("trust_stale"));
    CHECK(e.started == staleSince);
    CHECK(e.ended == clock.now());
    CHECK(e.cause.contains(QStringLiteral("dsc older than 72 h")));
    CHECK(e.cause.contains(QStringLiteral("https://trust.test/dsc")));
    CHECK(e.cause.contains(QStringLiteral("fetch.network")));
}

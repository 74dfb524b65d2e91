#include "trust/TrustRepository.h"
#include "credential/CredentialVerifier.h"
#include "support/DemoIssuer.h"
#include "support/Fixtures.h"
#include "trust/SignedTrustList.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace passdesk;
using trust::TrustRepository;
using trust::TrustSetKind;
using trust::TrustSetStatus;
using trust::TrustUpdate;

namespace {
const QDateTime kFetched(QDate(2022, 1, 10), QTime(8, 0), Qt::UTC);

TrustRepository repository()
{
    return TrustRepository({}, test::TrustListSigner::instance().key.publicKey());
}

QByteArray dscList()
{
    return test::TrustListSigner::instance().dscList(
        {test::EuSigner::ec().certificate, test::EuSigner::rsa().certificate});
}

QByteArray hc1()
{
    const auto& s = test::EuSigner::ec();
    return credential::DemoIssuer::euDccText(test::vaccination(), QStringLiteral("KR"), test::issued(), test::expires(),
                                             s.key, s.certificate);
}
} // namespace

TEST_CASE("A signed DSC list is verified with the pinned key and swapped in whole", "[trust][update]")
{
    TrustRepository repo = repository();
    const auto before = repo.snapshot();
    CHECK(before->dscCount() == 0);
    REQUIRE(repo.apply({TrustSetKind::DscList, dscList(), QStringLiteral("https://trust.test/dsc"), kFetched}).ok());
    const auto after = repo.snapshot();
    CHECK(after != before);
    CHECK(after->dscCount() == 2);
    CHECK(before->dscCount() == 0); // a scan holding the old snapshot keeps it intact
    CHECK(credential::CredentialVerifier(after).verify(hc1(), test::during()).verified());

    const TrustSetStatus st = repo.status(TrustSetKind::DscList, kFetched.addSecs(3600));
    CHECK(st.state == TrustSetStatus::State::Fresh);
    CHECK(st.entries == 2);
    CHECK(st.ageSeconds == 3600);
    CHECK(st.issuedAt == QDateTime(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC));
    CHECK_FALSE(st.lastAttemptFailed());
    CHECK(repo.status(TrustSetKind::DscList, kFetched.addSecs(72 * 3600 + 1)).state == TrustSetStatus::State::Stale);
    repo.setMaxAge(std::chrono::hours(200));
    CHECK(repo.status(TrustSetKind::DscList, kFetched.addSecs(72 * 3600 + 1)).state == TrustSetStatus::State::Fresh);
    CHECK(repo.status(TrustSetKind::DccRevocation, kFetched).state == TrustSetStatus::State::Missing);
}

TEST_CASE("A tampered, foreign-signed, truncated or inconsistent DSC list keeps the previous set live",
          "[trust][update]")
{
    TrustRepository repo = repository();
    REQUIRE(repo.apply({TrustSetKind::DscList, dscList(), QStringLiteral("good"), kFetched}).ok());
    const auto live = repo.snapshot();

    QByteArray tampered = dscList();
    tampered[tampered.size() - 5] = tampered.at(tampered.size() - 5) == 'A' ? 'B' : 'A';
    const QByteArray foreign = trust::SignedTrustList::seal(
        dscList().mid(dscList().indexOf('\n') + 1), crypto::SigningKey::generate(crypto::SigningKey::Type::EcP256));
    const QByteArray truncated = dscList().left(dscList().size() / 2);
    QJsonObject wrongKid = QJsonDocument::fromJson(dscList().mid(dscList().indexOf('\n') + 1)).object();
    QJsonArray certs = wrongKid.value(QLatin1String("certificates")).toArray();
    QJsonObject first = certs.at(0).toObject();
    first.insert(QStringLiteral("kid"), QString::fromLatin1(QByteArray(8, 'k').toBase64()));
    certs.replace(0, first);
    wrongKid.insert(QStringLiteral("certificates"), certs);
    const QByteArray kidMismatch =
        trust::SignedTrustList::seal(QJsonDocument(wrongKid).toJson(), test::TrustListSigner::instance().key);
    const QByteArray empty =
        trust::SignedTrustList::seal("{\"certificates\":[]}", test::TrustListSigner::instance().key);

    const struct
    {
        const char* name;
        QByteArray bytes;
        const char* code;
    } cases[] = {{"tampered", tampered, "update.signature"},
                 {"foreign key", foreign, "update.signature"},
                 {"truncated", truncated, "update.signature"},
                 {"no signature line", "{\"certificates\":[]}", "update.format"},
                 {"kid mismatch", kidMismatch, "update.invalid"},
                 {"empty list", empty, "update.invalid"}};
    for (const auto& c : cases) {
        INFO(c.name);
        const Status s =
            repo.apply({TrustSetKind::DscList, c.bytes, QString::fromLatin1(c.name), kFetched.addSecs(60)});
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().code == QLatin1String(c.code));
        CHECK(repo.snapshot() == live);
        const TrustSetStatus st = repo.status(TrustSetKind::DscList, kFetched.addSecs(120));
        CHECK(st.state == TrustSetStatus::State::Fresh);
        CHECK(st.source == QStringLiteral("good"));
        CHECK(st.lastError.code == QLatin1String(c.code));
        CHECK(st.summary().contains(QStringLiteral("the previous set stays live")));
    }
    // No pinned key: nothing signed is accepted.
    TrustRepository unpinned;
    CHECK(unpinned.apply({TrustSetKind::DscList, dscList(), QStringLiteral("x"), kFetched}).error().code ==
          QStringLiteral("update.signature"));
}

TEST_CASE("DCC revocation, SHC directory and SHC CRL updates apply and combine", "[trust][update][revocation]")
{
    TrustRepository repo = repository();
    REQUIRE(repo.apply({TrustSetKind::DscList, dscList(), QStringLiteral("dsc"), kFetched}).ok());
    const auto hashes = trust::DccRevocationHashes::compute(
        QStringLiteral("URN:UVCI:01:KR:TESTONLY0001#X"), QStringLiteral("KR"), {}, crypto::SignatureAlgorithm::ES256);
    REQUIRE(repo.apply({TrustSetKind::DccRevocation,
                        test::TrustListSigner::instance().dccRevocation(QStringLiteral("kr-7"), QStringLiteral("UCI"),
                                                                        {hashes.uci}),
                        QStringLiteral("https://trust.test/revocation"), kFetched})
                .ok());
    const credential::Verification v = credential::CredentialVerifier(repo.snapshot()).verify(hc1(), test::during());
    CHECK(v.outcome == credential::Outcome::Revoked);
    CHECK(v.revokedBy == QStringLiteral("DCC revocation kr-7 (KR, UCI) from https://trust.test/revocation"));
    CHECK(repo.status(TrustSetKind::DccRevocation, kFetched).entries == 1);
    // A revocation list with a bad hash type keeps the old one.
    const QByteArray badType =
        trust::SignedTrustList::seal("{\"hashType\":\"MD5\",\"entries\":[]}", test::TrustListSigner::instance().key);
    CHECK(repo.apply({TrustSetKind::DccRevocation, badType, QStringLiteral("bad"), kFetched}).error().code ==
          QStringLiteral("revocation.invalid"));
    CHECK(credential::CredentialVerifier(repo.snapshot()).verify(hc1(), test::during()).outcome ==
          credential::Outcome::Revoked);

    // SHC: the directory brings the issuer's key (crlVersion 1), then a CRL revokes one rid.
    const auto& shc = test::ShcSigner::instance();
    REQUIRE(repo.apply({TrustSetKind::ShcDirectory, test::TrustListSigner::shcDirectory(1), QStringLiteral("vci"),
                        kFetched})
                .ok());
    const QByteArray card = credential::DemoIssuer::shcNumeric(shc.jws(QStringLiteral("rid1"))).first();
    CHECK(credential::CredentialVerifier(repo.snapshot()).verify(card, test::during()).verified());
    const QByteArray crl = QJsonDocument(QJsonObject{{QStringLiteral("kid"), shc.key.publicKey().jwkThumbprint()},
                                                     {QStringLiteral("method"), QStringLiteral("rid")},
                                                     {QStringLiteral("ctr"), 1},
                                                     {QStringLiteral("rids"), QJsonArray{QStringLiteral("rid1")}}})
                               .toJson();
    CHECK(TrustRepository::detectKind(crl).value() == TrustSetKind::ShcCrl);
    // Without an issuer (file import, no URL) the CRL cannot be placed.
    CHECK(repo.apply({TrustSetKind::ShcCrl, crl, QStringLiteral("crl.json"), kFetched}).error().code ==
          QStringLiteral("update.invalid"));
    REQUIRE(
        repo.apply({TrustSetKind::ShcCrl, crl, shc.issuer + QStringLiteral("/.well-known/crl/k.json"), kFetched}).ok());
    const auto revoked = credential::CredentialVerifier(repo.snapshot()).verify(card, test::during());
    CHECK(revoked.outcome == credential::Outcome::Revoked);
    CHECK(revoked.revokedBy.startsWith(QStringLiteral("SHC CRL ") + shc.issuer));
    // The DCC revocation set survived the SHC updates.
    CHECK(credential::CredentialVerifier(repo.snapshot()).verify(hc1(), test::during()).outcome ==
          credential::Outcome::Revoked);
    // The directory is the key authority: when a new one raises the key's crlVersion past the live CRL's
    // ctr, that CRL is refused inside the store and the key's cards fail closed until a new CRL comes.
    REQUIRE(repo.apply({TrustSetKind::ShcDirectory, test::TrustListSigner::shcDirectory(2), QStringLiteral("vci"),
                        kFetched})
                .ok());
    CHECK(credential::CredentialVerifier(repo.snapshot())
              .verify(card, test::during())
              .reasonCodes()
              .contains(QStringLiteral("crl.invalid")));
}

TEST_CASE("Applied updates are stored and loaded again with their fetch times", "[trust][update]")
{
    QTemporaryDir dir;
    {
        TrustRepository repo = repository();
        repo.setStorageDir(dir.path());
        REQUIRE(
            repo.apply({TrustSetKind::DscList, dscList(), QStringLiteral("https://trust.test/dsc"), kFetched}).ok());
        REQUIRE(repo.apply({TrustSetKind::ShcDirectory, test::TrustListSigner::shcDirectory(), QStringLiteral("vci"),
                            kFetched.addSecs(10)})
                    .ok());
        CHECK_FALSE(repo.apply({TrustSetKind::DscList, "junk\n{}", QStringLiteral("bad"), kFetched}).ok());
    }
    TrustRepository again = repository();
    again.setStorageDir(dir.path());
    CHECK(again.loadStored() == 2);
    CHECK(again.snapshot()->dscCount() == 2);
    CHECK(again.snapshot()->shcKeyCount() == 1);
    const TrustSetStatus st = again.status(TrustSetKind::DscList, kFetched.addDays(4));
    CHECK(st.fetchedAt == kFetched);
    CHECK(st.source == QStringLiteral("https://trust.test/dsc"));
    CHECK(st.state == TrustSetStatus::State::Stale);
}

TEST_CASE("Update documents are recognised by their shape", "[trust][update]")
{
    CHECK(TrustRepository::detectKind(dscList()).value() == TrustSetKind::DscList);
    CHECK(TrustRepository::detectKind(
              test::TrustListSigner::instance().dccRevocation(QStringLiteral("b"), QStringLiteral("UCI"), {}))
              .value() == TrustSetKind::DccRevocation);
    CHECK(TrustRepository::detectKind(test::TrustListSigner::shcDirectory()).value() == TrustSetKind::ShcDirectory);
    CHECK(TrustRepository::detectKind("hello").error().code == QStringLiteral("update.kind"));
}

TEST_CASE("Scans on other threads always see a whole snapshot while updates are applied", "[trust][update][threads]")
{
    TrustRepository repo = repository();
    REQUIRE(repo.apply({TrustSetKind::DscList, dscList(), QStringLiteral("a"), kFetched}).ok());
    const QByteArray text = hc1();
    const QByteArray onlyEc = test::TrustListSigner::instance().dscList({test::EuSigner::ec().certificate});
    std::atomic<bool> stop{false};
    std::atomic<int> scans{0};
    std::atomic<int> wrong{0};
    const auto scanner = [&] {
        while (!stop.load()) {
            if (!credential::CredentialVerifier(repo.snapshot()).verify(text, test::during()).verified()) {
                ++wrong;
            }
            ++scans;
        }
    };
    std::thread a(scanner);
    std::thread b(scanner);
    int applied = 0;
    for (int i = 0; i < 20; ++i) {
        applied +=
            repo.apply({TrustSetKind::DscList, i % 2 == 0 ? onlyEc : dscList(), QStringLiteral("u"), kFetched}).ok()
                ? 1
                : 0;
        (void)repo.status(kFetched);
    }
    stop = true;
    a.join();
    b.join();
    CHECK(applied == 20);
    CHECK(scans.load() > 0);
    CHECK(wrong.load() == 0);
}

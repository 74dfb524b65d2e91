// Verifications per second, single-threaded: the whole EU DCC pipeline (HC1 text to verdict) beside the
// bare OpenSSL signature check of the same message (the floor), for ES256 and PS256, plus SHC.
#include "codec/Base45.h"
#include "codec/CborCursor.h"
#include "support/CborReader.h"
#include "codec/Inflate.h"
#include "credential/DccSchemaValidator.h"
#include "support/DemoIssuer.h"
#include "credential/EuDccDecoder.h"
#include "credential/SmartHealthCardDecoder.h"
#include "crypto/OpenSslHandles.h"
#include "crypto/SignatureVerifier.h"

#include <benchmark/benchmark.h>

#include <QCborArray>
#include <QCborMap>
#include <QJsonDocument>

#include <openssl/rsa.h>

using namespace passdesk;
using credential::DemoIssuer;

namespace {
struct Fixture
{
    crypto::SigningKey key;
    crypto::X509Certificate cert;
    trust::TrustStore store;
    QByteArray text;
    QByteArray toBeSigned;
    QByteArray signature; ///< As OpenSSL wants it (DER for ECDSA).
    QDateTime at{QDate(2022, 1, 10), QTime(12, 0), Qt::UTC};

    explicit Fixture(crypto::SignatureAlgorithm alg)
    {
        key = crypto::SigningKey::generate(alg == crypto::SignatureAlgorithm::ES256 ? crypto::SigningKey::Type::EcP256
                                                                                    : crypto::SigningKey::Type::Rsa2048);
        cert = key.selfSignedCertificate(QStringLiteral("bench DSC (test only)"), QStringLiteral("KR"), {},
                                         QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC), QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC));
        store.addDsc(cert, QStringLiteral("bench"));
        const QJsonObject hcert = DemoIssuer::euVaccination(QStringLiteral("홍"), QStringLiteral("길동"), QStringLiteral("HONG"), QStringLiteral("GILDONG"),
                                                            QStringLiteral("1980-05-17"), 2, 2, QDate(2021, 11, 1), QStringLiteral("KR"),
                                                            QStringLiteral("URN:UVCI:01:KR:BENCH0000000001#Q"));
        credential::EuDccOptions o;
        o.algorithm = alg;
        const QDateTime iat(QDate(2021, 12, 1), QTime(9, 0), Qt::UTC);
        const QDateTime exp(QDate(2022, 12, 1), QTime(9, 0), Qt::UTC);
        const QByteArray cose = DemoIssuer::euDccCose(hcert, QStringLiteral("KR"), iat, exp, key, cert, o);
        text = DemoIssuer::wrapHc1(cose);
        // Rebuild the exact Sig_structure the verifier checks.
        const QCborArray sign1 = QCborValue::fromCbor(cose).taggedValue().toArray();
        toBeSigned = QCborArray{QStringLiteral("Signature1"), sign1.at(0).toByteArray(), QByteArray(), sign1.at(2).toByteArray()}.toCborValue().toCbor();
        const QByteArray raw = sign1.at(3).toByteArray();
        signature = alg == crypto::SignatureAlgorithm::ES256 ? crypto::SignatureVerifier::rawToDer(raw) : raw;
    }
};

const Fixture& es256()
{
    static const Fixture f(crypto::SignatureAlgorithm::ES256);
    return f;
}

const Fixture& ps256()
{
    static const Fixture f(crypto::SignatureAlgorithm::PS256);
    return f;
}

void pipeline(benchmark::State& state, const Fixture& f)
{
    for (auto _ : state) {
        const auto v = credential::EuDccDecoder::verify(f.text, f.store, f.at);
        if (!v.verified()) {
            state.SkipWithError("fixture did not verify");
            break;
        }
        benchmark::DoNotOptimize(v);
    }
    state.counters["verifications/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

// The floor: one EVP_DigestVerify over the same bytes with a key already parsed and SHA-256
// already fetched (as the pipeline has them).
void opensslFloor(benchmark::State& state, const Fixture& f, bool pss)
{
    EVP_PKEY* pkey = f.cert.publicKey().handle();
    const auto* msg = reinterpret_cast<const unsigned char*>(f.toBeSigned.constData()); // NOLINT
    const auto* sig = reinterpret_cast<const unsigned char*>(f.signature.constData()); // NOLINT
    for (auto _ : state) {
        const crypto::MdCtxPtr ctx(EVP_MD_CTX_new());
        EVP_PKEY_CTX* pctx = nullptr;
        EVP_DigestVerifyInit(ctx.get(), &pctx, crypto::sha256Md(), nullptr, pkey);
        if (pss) {
            EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
            EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 32);
        }
        const int rc = EVP_DigestVerify(ctx.get(), sig, static_cast<size_t>(f.signature.size()), msg, static_cast<size_t>(f.toBeSigned.size()));
        if (rc != 1) {
            state.SkipWithError("floor signature did not verify");
            break;
        }
    }
    state.counters["verifications/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_Es256_Pipeline(benchmark::State& state) { pipeline(state, es256()); }
void BM_Es256_OpenSslFloor(benchmark::State& state) { opensslFloor(state, es256(), false); }
void BM_Ps256_Pipeline(benchmark::State& state) { pipeline(state, ps256()); }
void BM_Ps256_OpenSslFloor(benchmark::State& state) { opensslFloor(state, ps256(), true); }

void BM_Shc_Pipeline(benchmark::State& state)
{
    const auto key = crypto::SigningKey::generate(crypto::SigningKey::Type::EcP256);
    const QString iss = QStringLiteral("https://bench.passdesk.invalid/issuer");
    trust::TrustStore store;
    (void)store.addShcJwks(iss, QJsonDocument(DemoIssuer::jwks({key.publicKey()})).toJson());
    const QDateTime iat(QDate(2021, 12, 1), QTime(9, 0), Qt::UTC);
    const QList<QByteArray> text = DemoIssuer::shcNumeric(DemoIssuer::shcJws(
        DemoIssuer::shcImmunization(iss, QStringLiteral("Doe"), {QStringLiteral("Jane")}, QStringLiteral("1990-01-01"), iat, iat.addYears(1)), key));
    const QDateTime at(QDate(2022, 1, 10), QTime(12, 0), Qt::UTC);
    for (auto _ : state) {
        const auto v = credential::SmartHealthCardDecoder::verify(text, store, at);
        if (!v.verified()) {
            state.SkipWithError("fixture did not verify");
            break;
        }
        benchmark::DoNotOptimize(v);
    }
    state.counters["verifications/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_Hostile_ZlibBomb(benchmark::State& state)
{
    const QByteArray text = DemoIssuer::wrapHc1(QByteArray(4 * 1024 * 1024, '\0'));
    trust::TrustStore store;
    for (auto _ : state) {
        benchmark::DoNotOptimize(credential::EuDccDecoder::verify(text, store, QDateTime::currentDateTimeUtc()));
    }
}

void BM_Hostile_DeepCbor(benchmark::State& state)
{
    const QByteArray text = DemoIssuer::wrapHc1(QByteArray(3000, '\x81') + '\x01');
    trust::TrustStore store;
    for (auto _ : state) {
        benchmark::DoNotOptimize(credential::EuDccDecoder::verify(text, store, QDateTime::currentDateTimeUtc()));
    }
}
// Where the pipeline's time goes beyond the signature: each stage alone on the ES256 fixture.
void BM_Stage_Base45AndInflate(benchmark::State& state)
{
    const QByteArray body = es256().text.mid(4);
    for (auto _ : state) {
        const auto raw = codec::Base45::decode(body);
        benchmark::DoNotOptimize(codec::Inflate::decompress(*raw, codec::Inflate::Format::Zlib));
    }
}

void BM_Stage_Schema(benchmark::State& state)
{
    const QJsonObject hcert = DemoIssuer::euVaccination(QStringLiteral("홍"), QStringLiteral("길동"), QStringLiteral("HONG"), QStringLiteral("GILDONG"),
                                                        QStringLiteral("1980-05-17"), 2, 2, QDate(2021, 11, 1), QStringLiteral("KR"),
                                                        QStringLiteral("URN:UVCI:01:KR:BENCH0000000001#Q"));
    for (auto _ : state) {
        benchmark::DoNotOptimize(credential::DccSchemaValidator::shipped().validate(hcert));
    }
}

// The CWT payload (claims map) of the ES256 fixture.
QByteArray fixturePayload()
{
    const auto raw = codec::Base45::decode(es256().text.mid(4));
    const auto cose = codec::Inflate::decompress(*raw, codec::Inflate::Format::Zlib);
    return QCborValue::fromCbor(*cose).taggedValue().toArray().at(2).toByteArray();
}

// Checking the payload's CBOR (limits, well-formedness, UTF-8) with Qt's reader, without building
// anything: what the pipeline did before it read the payload with CborCursor.
void BM_Stage_PayloadCheck(benchmark::State& state)
{
    const QByteArray payload = fixturePayload();
    for (auto _ : state) {
        benchmark::DoNotOptimize(codec::CborReader::check(payload));
    }
}

// The payload read with CborCursor (which checks it as it goes) into JSON text, and that parsed
// into the QJsonObject the rules read.
void BM_Stage_PayloadToJson(benchmark::State& state)
{
    const QByteArray payload = fixturePayload();
    for (auto _ : state) {
        codec::CborCursor cursor(payload);
        codec::CborCursor::Head head;
        std::string json;
        json.reserve(size_t(payload.size()) * 2);
        if (!cursor.read(head) || !cursor.appendJson(head, json)) {
            state.SkipWithError("payload did not transcode");
            break;
        }
        benchmark::DoNotOptimize(QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size()))).object());
    }
}
} // namespace

BENCHMARK(BM_Stage_Base45AndInflate);
BENCHMARK(BM_Stage_PayloadCheck);
BENCHMARK(BM_Stage_PayloadToJson);
BENCHMARK(BM_Stage_Schema);
BENCHMARK(BM_Es256_Pipeline);
BENCHMARK(BM_Es256_OpenSslFloor);
BENCHMARK(BM_Ps256_Pipeline);
BENCHMARK(BM_Ps256_OpenSslFloor);
BENCHMARK(BM_Shc_Pipeline);
BENCHMARK(BM_Hostile_ZlibBomb);
BENCHMARK(BM_Hostile_DeepCbor);
BENCHMARK_MAIN();

// Writes seed corpora for the fuzz targets (valid and near-valid inputs from the test-only issuer).
//   usage: passdesk-fuzz-seeds OUTDIR
#include "FuzzSupport.h"
#include "codec/Base45.h"
#include "codec/Inflate.h"
#include "trust/SignedTrustList.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace passdesk;
using credential::DemoIssuer;

namespace {
void put(const QDir& dir, const QString& name, const QByteArray& data)
{
    QDir().mkpath(dir.path());
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(data);
    }
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    const auto& w = fuzz::FuzzWorld::instance();
    const QDateTime iat(QDate(2021, 12, 1), QTime(9, 0), Qt::UTC);
    const QDateTime exp(QDate(2022, 12, 1), QTime(9, 0), Qt::UTC);
    const QJsonObject hcert = DemoIssuer::euVaccination(QStringLiteral("홍"), QStringLiteral("길동"), QStringLiteral("HONG"), QStringLiteral("GILDONG"),
                                                        QStringLiteral("1980-05-17"), 2, 2, QDate(2021, 11, 1), QStringLiteral("KR"), QStringLiteral("URN:UVCI:01:KR:FUZZ"));
    credential::EuDccOptions untagged;
    untagged.wrapping = credential::EuDccOptions::Wrapping::Untagged;
    const QByteArray cose = DemoIssuer::euDccCose(hcert, QStringLiteral("KR"), iat, exp, w.dscKey, w.dsc);
    put(QDir(root.filePath(QStringLiteral("cose"))), QStringLiteral("valid"), cose);
    put(QDir(root.filePath(QStringLiteral("cose"))), QStringLiteral("untagged"), DemoIssuer::euDccCose(hcert, QStringLiteral("KR"), iat, exp, w.dscKey, w.dsc, untagged));
    put(QDir(root.filePath(QStringLiteral("hc1"))), QStringLiteral("valid"), DemoIssuer::wrapHc1(cose).mid(4));
    const QJsonObject payload = DemoIssuer::shcImmunization(w.shcIssuer, QStringLiteral("Doe"), {QStringLiteral("Jane")}, QStringLiteral("1990-01-01"), iat, exp, QStringLiteral("rid1"));
    const QByteArray jws = DemoIssuer::shcJws(payload, w.shcKey);
    put(QDir(root.filePath(QStringLiteral("jws"))), QStringLiteral("valid"), jws);
    put(QDir(root.filePath(QStringLiteral("jws"))), QStringLiteral("file"), "{\"verifiableCredential\":[\"" + jws + "\"]}");
    put(QDir(root.filePath(QStringLiteral("shc"))), QStringLiteral("single"), DemoIssuer::shcNumeric(jws).first());
    put(QDir(root.filePath(QStringLiteral("shc"))), QStringLiteral("chunked"), DemoIssuer::shcNumeric(jws, 2).join('\n'));
    // CertLogic: [expression, data] pairs that reach every operation.
    const QDir certlogic(root.filePath(QStringLiteral("certlogic")));
    put(certlogic, QStringLiteral("rat-48h"),
        R"([{"if": [{"===": [{"var": "payload.t.0.tt"}, "LP217198-3"]}, {"before": [{"plusTime": [{"var": "external.validationClock"}, 0, "day"]},)"
        R"( {"plusTime": [{"var": "payload.t.0.sc"}, 48, "hour"]}]}, true]},)"
        R"( {"payload": {"t": [{"tt": "LP217198-3", "sc": "2022-01-10T09:00:00+09:00"}]}, "external": {"validationClock": "2022-01-11T00:00:00Z"}}])");
    put(certlogic, QStringLiteral("minor"),
        R"([{"and": [{"var": "dob"}, {"after": [{"dccDateOfBirth": [{"var": "dob"}]}, {"plusTime": [{"var": "now"}, -18, "year"]}]}]},)"
        R"( {"dob": "2004-02", "now": "2022-02-28T23:59:59.999+01:00"}])");
    put(certlogic, QStringLiteral("reduce-in"),
        R"([{"reduce": [{"var": "v"}, {"+": [{"var": "accumulator"}, {"if": [{"in": [{"var": "current.mp"}, ["EU/1/20/1528", "EU/1/21/1529"]]}, 1, 0]}]}, 0]},)"
        R"( {"v": [{"mp": "EU/1/20/1528", "dn": 2}, {"mp": "x"}]}])");
    put(certlogic, QStringLiteral("uvci-compare"),
        R"([{"if": [{"!": [{"===": [{"extractFromUVCI": [{"var": "ci"}, 1]}, "KR"]}]}, {"<=": [1, {"var": "dn"}, 3]}, {"not-before": [{"plusTime": ["2021", 1, "month"]}, {"plusTime": ["2020-12-31T23:00:00-1", 0, "hour"]}]}]},)"
        R"( {"ci": "URN:UVCI:01:KR:FUZZ#1", "dn": 2}])");

    const QDir trustDir(root.filePath(QStringLiteral("trust")));
    const QByteArray batch = "{\"batches\":[{\"batchId\":\"b1\",\"country\":\"KR\",\"date\":\"2022-01-01T00:00:00Z\",\"hashType\":\"UCI\","
                             "\"kid\":\"" + w.dsc.kid().toBase64() + "\",\"entries\":[{\"hash\":\"AAECAwQFBgcICQoLDA0ODw==\"}]}]}";
    put(trustDir, QStringLiteral("revocation"), batch);
    put(trustDir, QStringLiteral("revocation-signed"), trust::SignedTrustList::seal(batch, w.shcKey));
    const QByteArray dscList = "{\"certificates\":[{\"certificateType\":\"DSC\",\"country\":\"KR\",\"kid\":\"" + w.dsc.kid().toBase64() +
                               "\",\"rawData\":\"" + w.dsc.der().toBase64() + "\"}]}";
    put(trustDir, QStringLiteral("dsc-signed"), trust::SignedTrustList::seal(dscList, w.shcKey));
    const QJsonObject jwks = DemoIssuer::jwks({w.shcKey.publicKey()}, 1);
    put(trustDir, QStringLiteral("directory"),
        QJsonDocument(QJsonObject{{QStringLiteral("issuerInfo"),
                                   QJsonArray{QJsonObject{{QStringLiteral("issuer"), QJsonObject{{QStringLiteral("iss"), w.shcIssuer}}},
                                                          {QStringLiteral("keys"), jwks.value(QLatin1String("keys"))}}}}})
            .toJson(QJsonDocument::Compact));
    put(trustDir, QStringLiteral("crl"),
        "{\"kid\":\"" + w.shcKey.publicKey().jwkThumbprint().toLatin1() + "\",\"method\":\"rid\",\"ctr\":1,\"rids\":[\"rid1\",\"rid2.1600000000\"]}");
    return 0;
}

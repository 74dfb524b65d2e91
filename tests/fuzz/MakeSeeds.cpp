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

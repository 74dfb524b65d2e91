// passdesk-demo-forge: writes the built-in demo issuer (TEST-ONLY keys), its trust list and the demo
// certificates into resources/demo. Existing keys are reused so regenerating keeps the trust list stable.
//   usage: passdesk-demo-forge OUTDIR

#include "support/DemoIssuer.h"
#include "support/FrameCorpus.h"

#include <opencv2/imgcodecs.hpp>


#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace passdesk;
using credential::DemoIssuer;

namespace {
const QString kShcIssuer = QStringLiteral("https://demo.passdesk.invalid/issuer");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << "cannot write " << path << "\n";
        std::exit(2);
    }
    f.write(data);
}

crypto::SigningKey loadOrMakeKey(const QString& path, crypto::SigningKey::Type type)
{
    if (auto key = crypto::SigningKey::fromPem(readFile(path))) {
        return *key;
    }
    auto key = crypto::SigningKey::generate(type);
    writeFile(path, key.toPem());
    return key;
}

crypto::X509Certificate loadOrMakeCert(const QString& path, const crypto::SigningKey& key, const QString& cn)
{
    if (auto cert = crypto::X509Certificate::fromAnyEncoding(readFile(path)); cert && cert->publicKey().toSubjectPublicKeyInfo() == key.publicKey().toSubjectPublicKeyInfo()) {
        return *cert;
    }
    const auto cert = key.selfSignedCertificate(cn, QStringLiteral("KR"), {},
                                                QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC),
                                                QDateTime(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC));
    writeFile(path, "-----BEGIN CERTIFICATE-----\n" + cert.der().toBase64() + "\n-----END CERTIFICATE-----\n");
    return cert;
}

struct Person
{
    QString fn, gn, fnt, gnt, dob;
};
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: passdesk-demo-forge OUTDIR\n";
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.filePath(QStringLiteral("certificates")));
    QDir().mkpath(out.filePath(QStringLiteral("keys")));

    const auto dccKey = loadOrMakeKey(out.filePath(QStringLiteral("keys/demo-dsc-TEST-ONLY.key.pem")), crypto::SigningKey::Type::EcP256);
    const auto dccCert = loadOrMakeCert(out.filePath(QStringLiteral("keys/demo-dsc-TEST-ONLY.cert.pem")), dccKey,
                                        QStringLiteral("PassDesk DEMO DSC - TEST ONLY - NOT A REAL ISSUER"));
    const auto rogueKey = loadOrMakeKey(out.filePath(QStringLiteral("keys/demo-untrusted-TEST-ONLY.key.pem")), crypto::SigningKey::Type::EcP256);
    const auto rogueCert = loadOrMakeCert(out.filePath(QStringLiteral("keys/demo-untrusted-TEST-ONLY.cert.pem")), rogueKey,
                                          QStringLiteral("PassDesk DEMO untrusted signer - TEST ONLY"));
    const auto shcKey = loadOrMakeKey(out.filePath(QStringLiteral("keys/demo-shc-issuer-TEST-ONLY.key.pem")), crypto::SigningKey::Type::EcP256);
    const auto shcRogue = loadOrMakeKey(out.filePath(QStringLiteral("keys/demo-shc-untrusted-TEST-ONLY.key.pem")), crypto::SigningKey::Type::EcP256);

    // Trust list: the demo DSC and the demo SMART Health Card issuer, with a revocation list.
    const QString shcKid = shcKey.publicKey().jwkThumbprint();
    QJsonObject shcJwks = DemoIssuer::jwks({shcKey.publicKey()}, 1);
    const QJsonObject crl{{QStringLiteral("kid"), shcKid}, {QStringLiteral("method"), QStringLiteral("rid")}, {QStringLiteral("ctr"), 1},
                          {QStringLiteral("rids"), QJsonArray{QStringLiteral("DEMOrevoked01")}}};
    const QJsonObject trustList{
        {QStringLiteral("format"), QStringLiteral("passdesk-trust-list")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), QStringLiteral("PassDesk DEMO trust list - TEST ONLY")},
        {QStringLiteral("dsc"), QJsonArray{QJsonObject{{QStringLiteral("kid"), QString::fromLatin1(dccCert.kid().toBase64())},
                                                       {QStringLiteral("country"), QStringLiteral("KR")},
                                                       {QStringLiteral("certificate"), QString::fromLatin1(dccCert.der().toBase64())}}}},
        {QStringLiteral("shcIssuers"), QJsonArray{QJsonObject{{QStringLiteral("iss"), kShcIssuer},
                                                              {QStringLiteral("name"), QStringLiteral("PassDesk DEMO SHC issuer - TEST ONLY")},
                                                              {QStringLiteral("keys"), shcJwks.value(QStringLiteral("keys"))},
                                                              {QStringLiteral("crls"), QJsonArray{crl}}}}}};
    writeFile(out.filePath(QStringLiteral("trust-list.json")), QJsonDocument(trustList).toJson());

    const QDateTime issued(QDate(2021, 12, 1), QTime(9, 0), Qt::UTC);
    const QDateTime farFuture(QDate(2035, 12, 31), QTime(0, 0), Qt::UTC);
    const QDateTime longAgo(QDate(2022, 3, 1), QTime(0, 0), Qt::UTC);
    const Person kim{QStringLiteral("김"), QStringLiteral("민준"), QStringLiteral("KIM"), QStringLiteral("MINJUN"), QStringLiteral("1985-03-14")};
    const Person lee{QStringLiteral("이"), QStringLiteral("서연"), QStringLiteral("LEE"), QStringLiteral("SEOYEON"), QStringLiteral("1992-11-02")};
    const Person park{QStringLiteral("박"), QStringLiteral("지훈"), QStringLiteral("PARK"), QStringLiteral("JIHUN"), QStringLiteral("1978")};
    const Person choi{QStringLiteral("최"), QStringLiteral("유나"), QStringLiteral("CHOI"), QStringLiteral("YUNA"), QStringLiteral("2001-07-21")};

    const auto vacc = [](const Person& p, int dn, int sd, const QDate& d, const QString& id) {
        return DemoIssuer::euVaccination(p.fn, p.gn, p.fnt, p.gnt, p.dob, dn, sd, d, QStringLiteral("KR"), QStringLiteral("URN:UVCI:01:KR:DEMO") + id);
    };
    struct Row
    {
        QString file;
        QString expected;
        QString description;
        QByteArray text;
    };
    QList<Row> rows;
    rows << Row{QStringLiteral("valid-vaccination.hc1.txt"), QStringLiteral("verified"), QStringLiteral("EU DCC, 2 of 2 doses (Kim Minjun)"),
                DemoIssuer::euDccText(vacc(kim, 2, 2, QDate(2021, 11, 1), QStringLiteral("0001")), QStringLiteral("KR"), issued, farFuture, dccKey, dccCert)};
    rows << Row{QStringLiteral("valid-booster.hc1.txt"), QStringLiteral("verified"), QStringLiteral("EU DCC, booster 3 of 3 (Lee Seoyeon)"),
                DemoIssuer::euDccText(vacc(lee, 3, 3, QDate(2021, 12, 20), QStringLiteral("0002")), QStringLiteral("KR"), issued, farFuture, dccKey, dccCert)};
    rows << Row{QStringLiteral("valid-test.hc1.txt"), QStringLiteral("verified"), QStringLiteral("EU DCC, negative PCR (Park Jihun)"),
                DemoIssuer::euDccText(DemoIssuer::euTest(park.fn, park.gn, park.fnt, park.gnt, park.dob, issued, QStringLiteral("KR"), QStringLiteral("URN:UVCI:01:KR:DEMO0003")),
                                      QStringLiteral("KR"), issued, farFuture, dccKey, dccCert)};
    rows << Row{QStringLiteral("valid-recovery.hc1.txt"), QStringLiteral("verified"), QStringLiteral("EU DCC, recovery (Choi Yuna)"),
                DemoIssuer::euDccText(DemoIssuer::euRecovery(choi.fn, choi.gn, choi.fnt, choi.gnt, choi.dob, QDate(2021, 11, 10), QStringLiteral("KR"), QStringLiteral("URN:UVCI:01:KR:DEMO0004")),
                                      QStringLiteral("KR"), issued, farFuture, dccKey, dccCert)};
    rows << Row{QStringLiteral("expired.hc1.txt"), QStringLiteral("invalid"), QStringLiteral("EU DCC whose validity ended 2022-03-01"),
                DemoIssuer::euDccText(vacc(kim, 2, 2, QDate(2021, 9, 1), QStringLiteral("0005")), QStringLiteral("KR"), issued, longAgo, dccKey, dccCert)};
    {
        credential::EuDccOptions tampered;
        tampered.flipSignatureBit = true;
        rows << Row{QStringLiteral("tampered.hc1.txt"), QStringLiteral("invalid"), QStringLiteral("EU DCC with an altered signature"),
                    DemoIssuer::euDccText(vacc(lee, 2, 2, QDate(2021, 10, 5), QStringLiteral("0006")), QStringLiteral("KR"), issued, farFuture, dccKey, dccCert, tampered)};
    }
    rows << Row{QStringLiteral("unknown-issuer.hc1.txt"), QStringLiteral("unknown-issuer"), QStringLiteral("EU DCC signed by a key outside the trust list"),
                DemoIssuer::euDccText(vacc(park, 2, 2, QDate(2021, 10, 5), QStringLiteral("0007")), QStringLiteral("KR"), issued, farFuture, rogueKey, rogueCert)};

    const auto shc = [&](const crypto::SigningKey& key, const QString& family, const QStringList& given, const QString& dob, const QDateTime& exp,
                         const QString& rid, const credential::ShcOptions& o = {}) {
        return DemoIssuer::shcNumeric(DemoIssuer::shcJws(DemoIssuer::shcImmunization(kShcIssuer, family, given, dob, issued, exp, rid), key, o)).first();
    };
    rows << Row{QStringLiteral("valid.shc.txt"), QStringLiteral("verified"), QStringLiteral("SMART Health Card, two doses (Jane Doe)"),
                shc(shcKey, QStringLiteral("Doe"), {QStringLiteral("Jane")}, QStringLiteral("1990-04-12"), farFuture, QStringLiteral("DEMOvalid01"))};
    rows << Row{QStringLiteral("expired.shc.txt"), QStringLiteral("invalid"), QStringLiteral("SMART Health Card that expired 2022-03-01"),
                shc(shcKey, QStringLiteral("Roe"), {QStringLiteral("Richard")}, QStringLiteral("1975-08-30"), longAgo, {})};
    {
        credential::ShcOptions o;
        o.flipSignatureBit = true;
        rows << Row{QStringLiteral("tampered.shc.txt"), QStringLiteral("invalid"), QStringLiteral("SMART Health Card with an altered signature"),
                    shc(shcKey, QStringLiteral("Doe"), {QStringLiteral("John")}, QStringLiteral("1988-01-01"), farFuture, {}, o)};
    }
    rows << Row{QStringLiteral("unknown-issuer.shc.txt"), QStringLiteral("unknown-issuer"), QStringLiteral("SMART Health Card from a key the issuer never published"),
                shc(shcRogue, QStringLiteral("Smith"), {QStringLiteral("Alex")}, QStringLiteral("1969-12-24"), farFuture, {})};
    rows << Row{QStringLiteral("revoked.shc.txt"), QStringLiteral("revoked"), QStringLiteral("SMART Health Card on the demo issuer's revocation list"),
                shc(shcKey, QStringLiteral("Brown"), {QStringLiteral("Sam")}, QStringLiteral("1999-09-09"), farFuture, QStringLiteral("DEMOrevoked01"))};

    QByteArray manifest = "# file\texpected outcome at 2026-01-01T00:00:00Z\tdescription\n";
    for (const Row& r : rows) {
        writeFile(out.filePath(QStringLiteral("certificates/") + r.file), r.text + '\n');
        manifest += r.file.toUtf8() + '\t' + r.expected.toUtf8() + '\t' + r.description.toUtf8() + '\n';
    }
    writeFile(out.filePath(QStringLiteral("certificates/EXPECTED.tsv")), manifest);

    // Demo footage: each certificate on a phone at the counter (a different everyday difficulty for
    // each), then the empty counter, as 640x480 JPEG stills that the demo source holds 1.5 s each.
    QDir footage(out.filePath(QStringLiteral("footage")));
    footage.removeRecursively();
    QDir().mkpath(footage.path());
    const QList<test::Degradation> looks{test::Degradation::Clean, test::Degradation::Tilted, test::Degradation::Rotated,
                                         test::Degradation::Dark, test::Degradation::Glare, test::Degradation::Inverted,
                                         test::Degradation::Clean, test::Degradation::Small};
    int n = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const auto look = looks.at(i % looks.size());
        const auto code = test::FrameCorpus::render({QString::fromLatin1(rows.at(i).text)}, look, 640, 480, uint64_t(i + 1));
        const auto empty = test::FrameCorpus::render({}, test::Degradation::Empty, 640, 480, uint64_t(i + 100));
        const QString stem = rows.at(i).file.section(QLatin1Char('.'), 0, 0);
        cv::imwrite(footage.filePath(QStringLiteral("%1-%2.jpg").arg(++n, 3, 10, QLatin1Char('0')).arg(stem)).toStdString(), code.gray,
                    {cv::IMWRITE_JPEG_QUALITY, 85});
        cv::imwrite(footage.filePath(QStringLiteral("%1-empty.jpg").arg(++n, 3, 10, QLatin1Char('0'))).toStdString(), empty.gray,
                    {cv::IMWRITE_JPEG_QUALITY, 85});
    }
    QTextStream(stdout) << "wrote " << rows.size() << " demo certificates, " << n << " footage stills and the trust list to " << out.path() << "\n";
    return 0;
}

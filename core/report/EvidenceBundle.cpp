#include "report/EvidenceBundle.h"

#include "crypto/DeviceKey.h"
#include "crypto/Sha256.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace passdesk::report {

namespace {
QByteArray compact(const QJsonValue& v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact) : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}
} // namespace

QString EvidenceBundle::digestOf(const QJsonValue& section)
{
    return QString::fromLatin1(crypto::Sha256::hash(compact(section)).toHex());
}

QByteArray EvidenceBundle::signedMessage(const QByteArray& manifestJson)
{
    return QByteArrayLiteral("passdesk-evidence-bundle/1\n") + manifestJson;
}

QString EvidenceBundle::qrText(const QString& digest, const QString& keyFingerprint)
{
    return QStringLiteral("PASSDESK-BUNDLE:1;sha256=%1;key=%2").arg(digest, keyFingerprint);
}

Result<EvidenceBundle::Written> EvidenceBundle::write(const ReportData& data, const crypto::SigningKey& key, QIODevice& out)
{
    const crypto::PublicKey pub = key.publicKey();
    if (key.isNull() || pub.type() != crypto::PublicKey::Type::Ed25519) {
        return Result<Written>::failure(QStringLiteral("key.invalid"), QStringLiteral("evidence bundles are signed with an Ed25519 key"));
    }
    const QJsonObject header = data.headerJson();
    const QJsonObject period = data.periodJson();
    const QJsonObject summary = data.summary.toJson();
    const QJsonArray evidence = data.evidenceJson();
    const QJsonObject chain = data.chain.toJson();

    QByteArray buf;
    bool ok = true;
    const auto flush = [&] {
        ok = ok && out.write(buf) == buf.size();
        buf.clear();
    };
    buf += "{\"format\":\"passdesk-evidence-bundle\",\"version\":1,\n\"header\":" + compact(header) + ",\n\"period\":" + compact(period) +
           ",\n\"summary\":" + compact(summary) + ",\n\"evidence\":" + compact(evidence) + ",\n\"chain\":" + compact(chain) +
           ",\n\"visits\":[";
    // Rows are serialised one at a time (a 150,000-row bundle never sits in memory as one document);
    // the same bytes feed the row digest.
    QJsonArray rowDigests;
    for (qsizetype i = 0; i < data.rows.size(); ++i) {
        const QByteArray row = data.rows[i].compactJson();
        rowDigests.append(QString::number(data.rows[i].id) + QLatin1Char(':') + QString::fromLatin1(crypto::Sha256::hash(row).toHex()));
        buf += (i == 0 ? "\n" : ",\n") + row;
        if (buf.size() > (1 << 20)) {
            flush();
        }
    }
    const QString fingerprint = crypto::DeviceKey::fingerprint(pub);
    const QJsonObject manifest{{QStringLiteral("keyFingerprint"), fingerprint},
                               {QStringLiteral("header"), digestOf(header)},
                               {QStringLiteral("period"), digestOf(period)},
                               {QStringLiteral("summary"), digestOf(summary)},
                               {QStringLiteral("evidence"), digestOf(evidence)},
                               {QStringLiteral("chain"), digestOf(chain)},
                               {QStringLiteral("rowCount"), data.rows.size()},
                               {QStringLiteral("rows"), rowDigests}};
    const QByteArray manifestJson = compact(manifest);
    const QByteArray signature = key.sign(crypto::SignatureAlgorithm::EdDSA, signedMessage(manifestJson));
    if (signature.isEmpty()) {
        return Result<Written>::failure(QStringLiteral("key.invalid"), QStringLiteral("signing failed"));
    }
    buf += "],\n\"manifest\":" + manifestJson + ",\n\"publicKey\":\"" + pub.toSubjectPublicKeyInfo().toBase64() + "\",\n\"signature\":\"" +
           signature.toBase64() + "\"}\n";
    flush();
    if (!ok) {
        return Result<Written>::failure(QStringLiteral("io.write"), out.errorString());
    }
    return Written{QString::fromLatin1(crypto::Sha256::hash(manifestJson).toHex()), fingerprint, out.pos()};
}

Result<EvidenceBundle::Written> EvidenceBundle::writeFile(const ReportData& data, const crypto::SigningKey& key, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Result<Written>::failure(QStringLiteral("io.write"), QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    auto written = write(data, key, file);
    if (!written) {
        return written;
    }
    if (!file.commit()) {
        return Result<Written>::failure(QStringLiteral("io.write"), QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    return written;
}

} // namespace passdesk::report

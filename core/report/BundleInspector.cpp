#include "report/BundleInspector.h"

#include "crypto/DeviceKey.h"
#include "crypto/Sha256.h"
#include "crypto/SignatureVerifier.h"
#include "report/EvidenceBundle.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>

namespace passdesk::report {

namespace {
Inspection altered(Inspection in, const QString& part, const QString& detail)
{
    in.authentic = false;
    in.part = part;
    in.detail = detail;
    return in;
}
} // namespace

Inspection BundleInspector::inspectFile(const QString& path, const QString& expectedKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return altered({}, QStringLiteral("file"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    }
    return inspect(file.readAll(), expectedKey);
}

Inspection BundleInspector::inspect(const QByteArray& bytes, const QString& expectedKey)
{
    Inspection in;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull() || !doc.isObject()) {
        // A bundle always ends with its signature and "}\n"; a file cut short loses that end.
        if (!bytes.trimmed().endsWith('}') || error.error == QJsonParseError::UnterminatedObject ||
            error.error == QJsonParseError::UnterminatedArray || error.error == QJsonParseError::UnterminatedString) {
            return altered(in, QStringLiteral("truncated file"),
                           QStringLiteral("the file ends after %1 bytes, before the bundle does (%2)").arg(bytes.size()).arg(error.errorString()));
        }
        return altered(in, QStringLiteral("file"), QStringLiteral("not a readable bundle at byte %1: %2").arg(error.offset).arg(error.errorString()));
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("passdesk-evidence-bundle") ||
        root.value(QLatin1String("version")).toInt() != 1) {
        return altered(in, QStringLiteral("format"), QStringLiteral("not a PassDesk evidence bundle of version 1"));
    }
    const QJsonObject manifest = root.value(QLatin1String("manifest")).toObject();
    const QByteArray manifestJson = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    in.digest = QString::fromLatin1(crypto::Sha256::hash(manifestJson).toHex());

    // The parsed contents, for display even when something fails below.
    const QJsonObject header = root.value(QLatin1String("header")).toObject();
    const QJsonObject period = root.value(QLatin1String("period")).toObject();
    const QJsonObject summary = root.value(QLatin1String("summary")).toObject();
    const QJsonArray evidence = root.value(QLatin1String("evidence")).toArray();
    const QJsonObject chain = root.value(QLatin1String("chain")).toObject();
    const QJsonArray visits = root.value(QLatin1String("visits")).toArray();
    ReportData& r = in.report;
    r.venue = VenueProfile::fromJson(header.value(QLatin1String("venue")).toObject());
    r.timeZone = header.value(QLatin1String("timeZone")).toString();
    r.generatedAt = header.value(QLatin1String("generatedAt")).toString();
    for (const auto& p : header.value(QLatin1String("policies")).toArray()) {
        r.policies << p.toString();
    }
    r.from = QDate::fromString(period.value(QLatin1String("from")).toString(), Qt::ISODate);
    r.to = QDate::fromString(period.value(QLatin1String("to")).toString(), Qt::ISODate);
    r.summary = Summary::fromJson(summary);
    for (const auto& e : evidence) {
        r.evidence.append(EvidenceWindow::fromJson(e.toObject()));
    }
    r.chain = ChainCoverage::fromJson(chain);
    r.rows.reserve(visits.size());
    for (const auto& v : visits) {
        r.rows.append(ReportRow::fromJson(v.toObject()));
    }
    in.loaded = true;

    // Key and signature.
    const auto key = crypto::PublicKey::fromSubjectPublicKeyInfo(QByteArray::fromBase64(root.value(QLatin1String("publicKey")).toString().toLatin1()));
    if (!key || key->type() != crypto::PublicKey::Type::Ed25519) {
        return altered(in, QStringLiteral("key"), QStringLiteral("the bundle's public key is missing or not an Ed25519 key"));
    }
    in.keyFingerprint = crypto::DeviceKey::fingerprint(*key);
    if (manifest.value(QLatin1String("keyFingerprint")).toString() != in.keyFingerprint) {
        return altered(in, QStringLiteral("key"), QStringLiteral("the public key was swapped: it is not the key the manifest names (%1)")
                                                     .arg(crypto::DeviceKey::shortFingerprint(manifest.value(QLatin1String("keyFingerprint")).toString())));
    }
    QString expect = expectedKey;
    expect.remove(QLatin1Char(' '));
    expect = expect.toLower();
    if (!expect.isEmpty() && (expect.size() < 16 || !in.keyFingerprint.startsWith(expect))) {
        return altered(in, QStringLiteral("key"), QStringLiteral("signed by device key %1, not the expected %2")
                                                     .arg(crypto::DeviceKey::shortFingerprint(in.keyFingerprint), expectedKey));
    }
    const QByteArray signature = QByteArray::fromBase64(root.value(QLatin1String("signature")).toString().toLatin1());
    if (Status s = crypto::SignatureVerifier::verify(*key, crypto::SignatureAlgorithm::EdDSA, EvidenceBundle::signedMessage(manifestJson), signature); !s) {
        return altered(in, QStringLiteral("signature"), QStringLiteral("the device key's signature does not cover this manifest (%1)").arg(s.error().message));
    }

    // Sections against their signed digests.
    const QList<std::pair<QString, QJsonValue>> sections{{QStringLiteral("header"), header},
                                                         {QStringLiteral("period"), period},
                                                         {QStringLiteral("summary"), summary},
                                                         {QStringLiteral("evidence"), evidence},
                                                         {QStringLiteral("chain"), chain}};
    for (const auto& [name, value] : sections) {
        if (EvidenceBundle::digestOf(value) != manifest.value(name).toString()) {
            return altered(in, name, QStringLiteral("the %1 section differs from what was signed").arg(name));
        }
    }

    // Rows: none added, none removed, none changed.
    const QJsonArray signedRows = manifest.value(QLatin1String("rows")).toArray();
    QHash<qint64, QString> signedDigest;
    signedDigest.reserve(signedRows.size());
    QList<qint64> signedOrder;
    signedOrder.reserve(signedRows.size());
    for (const auto& s : signedRows) {
        const QString entry = s.toString();
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        const qint64 id = entry.left(colon).toLongLong();
        signedDigest.insert(id, entry.mid(colon + 1));
        signedOrder.append(id);
    }
    QHash<qint64, qsizetype> present;
    present.reserve(visits.size());
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const qint64 id = r.rows[i].id;
        if (!signedDigest.contains(id) || present.contains(id)) {
            return altered(in, QStringLiteral("row %1").arg(id), QStringLiteral("row %1 was inserted: the signed manifest does not list it").arg(id));
        }
        present.insert(id, i);
    }
    for (const qint64 id : signedOrder) {
        if (!present.contains(id)) {
            return altered(in, QStringLiteral("row %1").arg(id), QStringLiteral("row %1 was deleted: the signed manifest lists it").arg(id));
        }
    }
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const qint64 id = r.rows[i].id;
        if (signedOrder[i] != id) {
            return altered(in, QStringLiteral("row %1").arg(id), QStringLiteral("row %1 was moved out of its place").arg(id));
        }
        if (EvidenceBundle::digestOf(visits[i]) != signedDigest.value(id)) {
            return altered(in, QStringLiteral("row %1").arg(id),
                           QStringLiteral("row %1 (%2) was changed after it was signed").arg(id).arg(r.rows[i].atLocal));
        }
    }
    if (manifest.value(QLatin1String("rowCount")).toInteger(-1) != r.rows.size()) {
        return altered(in, QStringLiteral("chain"), QStringLiteral("the manifest's row count does not match its row list"));
    }

    // Chain coverage: consecutive rows link, gaps are declared, the ends match the recorded hashes.
    const ChainCoverage& c = r.chain;
    if (!r.rows.isEmpty()) {
        if (r.rows.first().id != c.firstId || r.rows.last().id != c.lastId || r.rows.first().prevHash != c.startHash ||
            r.rows.last().rowHash != c.endHash) {
            return altered(in, QStringLiteral("chain"), QStringLiteral("the rows do not start and end where the chain record says"));
        }
        qsizetype gap = 0;
        for (qsizetype i = 1; i < r.rows.size(); ++i) {
            const ReportRow& prev = r.rows[i - 1];
            const ReportRow& row = r.rows[i];
            if (row.id == prev.id + 1) {
                if (row.prevHash != prev.rowHash) {
                    return altered(in, QStringLiteral("row %1").arg(row.id),
                                   QStringLiteral("row %1 does not follow row %2 in the hash chain").arg(row.id).arg(prev.id));
                }
            } else if (gap >= c.gaps.size() || c.gaps[gap] != qMakePair(prev.id + 1, row.id - 1)) {
                return altered(in, QStringLiteral("chain"), QStringLiteral("rows %1 to %2 are missing and not declared").arg(prev.id + 1).arg(row.id - 1));
            } else {
                ++gap;
            }
        }
    }
    const auto head = std::find_if(c.checkpoints.begin(), c.checkpoints.end(), [](const log::ChainCheckpoint& p) { return p.kind == QLatin1String("head"); });
    if (!r.rows.isEmpty() && (head == c.checkpoints.end() || head->afterId < c.lastId)) {
        return altered(in, QStringLiteral("chain"), QStringLiteral("the chain head recorded at export does not reach the last row"));
    }
    if (!r.rows.isEmpty() && head->afterId == c.lastId && head->hash != c.endHash) {
        return altered(in, QStringLiteral("chain"), QStringLiteral("the last row's hash is not the chain head recorded at export"));
    }

    // Period and summary.
    if (!r.from.isValid() || !r.to.isValid() || r.to < r.from) {
        return altered(in, QStringLiteral("period"), QStringLiteral("the period is not a valid date range"));
    }
    for (const auto& row : r.rows) {
        const QDate day = row.localDay();
        if (!day.isValid() || day < r.from || day > r.to) {
            return altered(in, QStringLiteral("period"), QStringLiteral("row %1 at %2 lies outside the period %3 to %4")
                                                            .arg(row.id).arg(row.atLocal, r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate)));
        }
    }
    if (!(Summary::of(r.rows) == r.summary)) {
        return altered(in, QStringLiteral("summary"), QStringLiteral("the summary's counts do not agree with the visit rows"));
    }

    in.authentic = true;
    if (!c.verifiedAtExport) {
        in.warnings << QStringLiteral("the visitor log failed its own hash-chain check when this report was made: ") + c.problemAtExport;
    }
    for (const auto& w : r.evidence) {
        if (w.ongoing) {
            in.warnings << QStringLiteral("evidence window %1 was still open at export").arg(w.kind);
        }
    }
    return in;
}

} // namespace passdesk::report

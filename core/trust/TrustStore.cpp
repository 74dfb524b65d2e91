#include "trust/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace passdesk::trust {

namespace {
constexpr qint64 kMaxTrustFile = 64 * 1024 * 1024;

Result<QByteArray> readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QByteArray>::failure(QStringLiteral("trust.unreadable"), QStringLiteral("cannot read ") + path);
    }
    if (file.size() > kMaxTrustFile) {
        return Result<QByteArray>::failure(QStringLiteral("trust.invalid"), QStringLiteral("file too large: ") + path);
    }
    return file.readAll();
}
} // namespace

void TrustStore::addDsc(const crypto::X509Certificate& certificate, const QString& source, const QString& country)
{
    DscEntry entry{certificate.kid(), certificate, country.isEmpty() ? certificate.subjectCountry() : country, source,
                   certificate.subject(), certificate.publicKey(), certificate.extendedKeyUsage()};
    for (const qsizetype i : m_dscByKid.values(entry.kid)) {
        if (m_dscs.at(i).certificate.der() == certificate.der()) {
            return;
        }
    }
    m_dscByKid.insert(entry.kid, m_dscs.size());
    m_dscs.append(std::move(entry));
}

QList<DscEntry> TrustStore::dscsForKid(QByteArrayView kid) const
{
    QList<DscEntry> out;
    for (const qsizetype i : m_dscByKid.values(kid.toByteArray())) {
        out.append(m_dscs.at(i));
    }
    return out;
}

Result<int> TrustStore::addShcJwks(const QString& issuer, QByteArrayView jwksJson, const QString& displayName)
{
    const auto fail = [](const QString& why) { return Result<int>::failure(QStringLiteral("jwk.invalid"), why); };
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(jwksJson.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !doc.object().value(QLatin1String("keys")).isArray()) {
        return fail(QStringLiteral("not a JWK set"));
    }
    int added = 0;
    for (const QJsonValue& v : doc.object().value(QLatin1String("keys")).toArray()) {
        const QJsonObject jwk = v.toObject();
        if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("EC") ||
            jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256") || jwk.contains(QLatin1String("d"))) {
            continue; // Only public P-256 signing keys; a private key in a public set is refused.
        }
        if (jwk.contains(QLatin1String("use")) && jwk.value(QLatin1String("use")).toString() != QLatin1String("sig")) {
            continue;
        }
        auto key = crypto::PublicKey::fromJwk(jwk);
        if (!key) {
            continue;
        }
        ShcIssuerKey entry{issuer, jwk.value(QLatin1String("kid")).toString(), *key,
                           jwk.value(QLatin1String("crlVersion")).toInt(0)};
        if (entry.kid.isEmpty()) {
            entry.kid = key->jwkThumbprint();
        }
        m_shcKeys.insert(keyOf(issuer, entry.kid), entry);
        ++added;
    }
    if (added == 0) {
        return fail(QStringLiteral("no usable EC P-256 signing key"));
    }
    m_shcIssuerNames.insert(issuer, displayName.isEmpty() ? issuer : displayName);
    return added;
}

Status TrustStore::addShcCrl(const QString& issuer, QByteArrayView crlJson)
{
    auto crl = ShcRevocationList::parse(crlJson);
    if (!crl) {
        // Remember the refusal against the kid the document names, if it names one.
        const QJsonObject obj = QJsonDocument::fromJson(crlJson.toByteArray()).object();
        const QString kid = obj.value(QLatin1String("kid")).toString();
        if (!kid.isEmpty()) {
            m_shcCrlProblems.insert(keyOf(issuer, kid), crl.error());
        }
        return crl.error();
    }
    const QString k = keyOf(issuer, crl->kid());
    const auto key = m_shcKeys.constFind(k);
    if (key == m_shcKeys.cend()) {
        return Status::failure(QStringLiteral("crl.invalid"), QStringLiteral("revocation list names an unknown key"));
    }
    if (key->crlVersion != crl->counter()) {
        Error e{QStringLiteral("crl.invalid"),
                QStringLiteral("revocation list ctr %1 differs from the key's crlVersion %2").arg(crl->counter()).arg(key->crlVersion)};
        m_shcCrlProblems.insert(k, e);
        return e;
    }
    m_shcCrlProblems.remove(k);
    m_shcCrls.insert(k, std::move(crl).value());
    return {};
}

const ShcIssuerKey* TrustStore::shcKey(const QString& issuer, const QString& kid) const
{
    const auto it = m_shcKeys.constFind(keyOf(issuer, kid));
    return it == m_shcKeys.cend() ? nullptr : &*it;
}

const ShcRevocationList* TrustStore::shcCrl(const QString& issuer, const QString& kid) const
{
    const auto it = m_shcCrls.constFind(keyOf(issuer, kid));
    return it == m_shcCrls.cend() ? nullptr : &*it;
}

std::optional<Error> TrustStore::shcCrlProblem(const QString& issuer, const QString& kid) const
{
    const auto it = m_shcCrlProblems.constFind(keyOf(issuer, kid));
    if (it == m_shcCrlProblems.cend()) {
        return std::nullopt;
    }
    return *it;
}

void TrustStore::addDccRevocationList(DccRevocationList list)
{
    m_dccRevocation.append(std::move(list));
}

DccRevocationList::Match TrustStore::dccRevocation(const DccRevocationHashes& hashes, QByteArrayView signerKid) const
{
    for (const DccRevocationList& list : m_dccRevocation) {
        if (auto match = list.lookup(hashes, signerKid); match.revoked) {
            return match;
        }
    }
    return {};
}

qsizetype TrustStore::dccRevocationEntryCount() const
{
    qsizetype n = 0;
    for (const DccRevocationList& list : m_dccRevocation) {
        n += list.entryCount();
    }
    return n;
}

Result<int> TrustStore::importTrustList(QByteArrayView json, const QString& baseDir, const QString& source)
{
    const auto fail = [](const QString& why) { return Result<int>::failure(QStringLiteral("trust.invalid"), why); };
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(QStringLiteral("trust list is not a JSON object"));
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("passdesk-trust-list")) {
        return fail(QStringLiteral("not a PassDesk trust list (format)"));
    }
    int added = 0;
    for (const QJsonValue& v : root.value(QLatin1String("dsc")).toArray()) {
        const QJsonObject o = v.toObject();
        auto cert = crypto::X509Certificate::fromAnyEncoding(o.value(QLatin1String("certificate")).toString().toLatin1());
        if (!cert) {
            return fail(QStringLiteral("bad DSC certificate in trust list"));
        }
        addDsc(*cert, source, o.value(QLatin1String("country")).toString());
        ++added;
    }
    for (const QJsonValue& v : root.value(QLatin1String("shcIssuers")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString iss = o.value(QLatin1String("iss")).toString();
        const QByteArray jwks = QJsonDocument(QJsonObject{{QStringLiteral("keys"), o.value(QLatin1String("keys"))}}).toJson();
        auto n = addShcJwks(iss, jwks, o.value(QLatin1String("name")).toString());
        if (!n) {
            return fail(QStringLiteral("issuer ") + iss + QStringLiteral(": ") + n.error().message);
        }
        added += *n;
        for (const QJsonValue& crl : o.value(QLatin1String("crls")).toArray()) {
            if (const Status s = addShcCrl(iss, QJsonDocument(crl.toObject()).toJson()); !s) {
                return fail(QStringLiteral("issuer ") + iss + QStringLiteral(": ") + s.error().message);
            }
        }
    }
    Q_UNUSED(baseDir);
    return added;
}

Result<int> TrustStore::importPath(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Result<int>::failure(QStringLiteral("trust.unreadable"), QStringLiteral("no such file or folder: ") + path);
    }
    if (info.isDir()) {
        int total = 0;
        const auto entries = QDir(path).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo& f : entries) {
            auto n = importPath(f.filePath());
            if (n) {
                total += *n;
            }
        }
        if (total == 0) {
            return Result<int>::failure(QStringLiteral("trust.invalid"), QStringLiteral("no trusted keys found in ") + path);
        }
        return total;
    }
    auto data = readFile(path);
    if (!data) {
        return data.error();
    }
    const QByteArray trimmed = data->trimmed();
    if (trimmed.startsWith('{')) {
        return importTrustList(trimmed, info.absolutePath(), path);
    }
    // Not trimmed: a DER file is binary and may end in a byte that looks like whitespace.
    auto certs = crypto::X509Certificate::allFromAnyEncoding(*data);
    if (!certs) {
        return Result<int>::failure(QStringLiteral("trust.invalid"),
                                    QStringLiteral("not a certificate or trust list (") + certs.error().message + QStringLiteral("): ") + path);
    }
    for (const auto& c : *certs) {
        addDsc(c, path);
    }
    return static_cast<int>(certs->size());
}

} // namespace passdesk::trust

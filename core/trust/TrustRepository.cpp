#include "trust/TrustRepository.h"

#include "crypto/Sha256.h"
#include "trust/SignedTrustList.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace passdesk::trust {

namespace {
constexpr TrustSetKind kAllKinds[] = {TrustSetKind::DscList, TrustSetKind::ShcDirectory, TrustSetKind::ShcCrl,
                                      TrustSetKind::DccRevocation};

Status invalid(const QString& why)
{
    return Status::failure(QStringLiteral("update.invalid"), why);
}

Result<QJsonObject> jsonObject(QByteArrayView bytes)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Result<QJsonObject>::failure(QStringLiteral("update.format"), QStringLiteral("not a JSON object (") +
                                                                                 error.errorString() +
                                                                                 QLatin1Char(')'));
    }
    return doc.object();
}

QString issuerFromCrlUrl(const QString& source)
{
    const qsizetype at = source.indexOf(QLatin1String("/.well-known/crl/"));
    return at > 0 && source.startsWith(QLatin1String("https://")) ? source.left(at) : QString();
}

QString crlKey(const TrustUpdate& u)
{
    const QString kid = QJsonDocument::fromJson(u.bytes).object().value(QLatin1String("kid")).toString();
    return u.shcIssuer + QLatin1Char('#') + kid;
}

QString ageText(qint64 seconds)
{
    if (seconds < 3600) {
        return QStringLiteral("%1 min").arg(seconds / 60);
    }
    if (seconds < 72 * 3600) {
        return QStringLiteral("%1 h").arg(seconds / 3600);
    }
    return QStringLiteral("%1 days").arg(seconds / 86400);
}
} // namespace

QString toString(TrustSetKind kind)
{
    switch (kind) {
    case TrustSetKind::DscList:
        return QStringLiteral("dsc");
    case TrustSetKind::ShcDirectory:
        return QStringLiteral("shc-directory");
    case TrustSetKind::DccRevocation:
        return QStringLiteral("dcc-revocation");
    case TrustSetKind::ShcCrl:
        return QStringLiteral("shc-crl");
    }
    return {};
}

Result<TrustSetKind> trustSetKindFromString(const QString& text)
{
    for (const TrustSetKind k : kAllKinds) {
        if (toString(k) == text) {
            return k;
        }
    }
    return Result<TrustSetKind>::failure(QStringLiteral("update.kind"), QStringLiteral("unknown kind: ") + text);
}

QString TrustSetStatus::summary() const
{
    QString s = toString(kind) + QStringLiteral(": ");
    if (state == State::Missing) {
        s += QStringLiteral("none");
    } else {
        s += state == State::Stale ? QStringLiteral("STALE") : QStringLiteral("fresh");
        s += QStringLiteral(", %1 entries, %2 old, fetched %3 from %4")
                 .arg(entries)
                 .arg(ageText(ageSeconds), fetchedAt.toString(Qt::ISODate), source);
        if (issuedAt.isValid()) {
            s += QStringLiteral(", issued ") + issuedAt.toString(Qt::ISODate);
        }
    }
    if (lastAttemptFailed()) {
        s += QStringLiteral("; last update refused at %1 (%2): %3 %4")
                 .arg(lastAttemptAt.toString(Qt::ISODate), lastAttemptSource, lastError.code, lastError.message);
        if (state != State::Missing) {
            s += QStringLiteral("; the previous set stays live");
        }
    }
    return s;
}

TrustRepository::TrustRepository(std::shared_ptr<const TrustStore> base, crypto::PublicKey pinnedKey)
    : m_base(base ? std::move(base) : std::make_shared<const TrustStore>()), m_pinnedKey(std::move(pinnedKey)),
      m_snapshot(m_base)
{
}

std::shared_ptr<const TrustStore> TrustRepository::snapshot() const
{
    const std::lock_guard lock(m_snapshotMutex);
    return m_snapshot;
}

Result<TrustSetKind> TrustRepository::detectKind(QByteArrayView bytes)
{
    const QByteArrayView trimmed = bytes.trimmed();
    if (trimmed.startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(trimmed.toByteArray()).object();
        if (o.contains(QLatin1String("issuerInfo"))) {
            return TrustSetKind::ShcDirectory;
        }
        if (o.contains(QLatin1String("method")) && o.contains(QLatin1String("rids"))) {
            return TrustSetKind::ShcCrl;
        }
    } else if (const qsizetype nl = trimmed.indexOf('\n'); nl > 0) {
        const QByteArrayView body = trimmed.sliced(nl + 1);
        if (body.contains("\"certificates\"")) {
            return TrustSetKind::DscList;
        }
        if (body.contains("\"hashType\"")) {
            return TrustSetKind::DccRevocation;
        }
    }
    return Result<TrustSetKind>::failure(QStringLiteral("update.kind"),
                                         QStringLiteral("not a trust list, directory, revocation list or CRL"));
}

Status TrustRepository::applyTo(TrustStore& store, const TrustUpdate& update, qsizetype* entries,
                                QDateTime* issuedAt) const
{
    switch (update.kind) {
    case TrustSetKind::DscList: {
        auto body = SignedTrustList::open(update.bytes, m_pinnedKey);
        if (!body) {
            return body.error();
        }
        auto root = jsonObject(*body);
        if (!root) {
            return root.error();
        }
        const QJsonArray certificates = root->value(QLatin1String("certificates")).toArray();
        if (certificates.isEmpty()) {
            return invalid(QStringLiteral("the DSC list holds no certificates"));
        }
        for (const QJsonValue& v : certificates) {
            const QJsonObject o = v.toObject();
            const QString type = o.value(QLatin1String("certificateType")).toString(QStringLiteral("DSC"));
            if (type != QLatin1String("DSC")) {
                continue;
            }
            auto cert =
                crypto::X509Certificate::fromAnyEncoding(o.value(QLatin1String("rawData")).toString().toLatin1());
            if (!cert) {
                return invalid(QStringLiteral("a certificate in the DSC list does not parse"));
            }
            const QByteArray kid = QByteArray::fromBase64(o.value(QLatin1String("kid")).toString().toLatin1());
            if (kid != cert->kid()) {
                return invalid(QStringLiteral("kid %1 does not match its certificate")
                                   .arg(o.value(QLatin1String("kid")).toString()));
            }
            store.addDsc(*cert, update.source, o.value(QLatin1String("country")).toString());
            ++*entries;
            const QDateTime ts =
                QDateTime::fromString(o.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs);
            if (ts.isValid() && (!issuedAt->isValid() || ts > *issuedAt)) {
                *issuedAt = ts.toUTC();
            }
        }
        if (*entries == 0) {
            return invalid(QStringLiteral("the DSC list holds no DSC"));
        }
        return {};
    }
    case TrustSetKind::ShcDirectory: {
        auto root = jsonObject(update.bytes);
        if (!root) {
            return root.error();
        }
        const QJsonArray issuers = root->value(QLatin1String("issuerInfo")).toArray();
        if (issuers.isEmpty()) {
            return invalid(QStringLiteral("the directory lists no issuer"));
        }
        for (const QJsonValue& v : issuers) {
            const QJsonObject o = v.toObject();
            const QJsonObject issuer = o.value(QLatin1String("issuer")).toObject();
            const QString iss = issuer.value(QLatin1String("iss")).toString();
            if (!iss.startsWith(QLatin1String("https://"))) {
                return invalid(QStringLiteral("an issuer's iss is not an https URL: ") + iss.left(80));
            }
            const QByteArray jwks =
                QJsonDocument(QJsonObject{{QStringLiteral("keys"), o.value(QLatin1String("keys"))}}).toJson();
            auto n = store.addShcJwks(iss, jwks, issuer.value(QLatin1String("name")).toString());
            if (!n) {
                return Status::failure(n.error().code, iss + QStringLiteral(": ") + n.error().message);
            }
            *entries += *n;
            for (const QJsonValue& crl : o.value(QLatin1String("crls")).toArray()) {
                if (const Status s = store.addShcCrl(iss, QJsonDocument(crl.toObject()).toJson()); !s) {
                    return Status::failure(s.error().code, iss + QStringLiteral(": ") + s.error().message);
                }
            }
        }
        *issuedAt = QDateTime::fromString(root->value(QLatin1String("time")).toString(), Qt::ISODateWithMs).toUTC();
        return {};
    }
    case TrustSetKind::DccRevocation: {
        auto body = SignedTrustList::open(update.bytes, m_pinnedKey);
        if (!body) {
            return body.error();
        }
        auto list = DccRevocationList::parse(*body, update.source);
        if (!list) {
            return list.error();
        }
        *entries += list->entryCount();
        *issuedAt = list->issuedAt();
        store.addDccRevocationList(std::move(list).value());
        return {};
    }
    case TrustSetKind::ShcCrl: {
        auto crl = ShcRevocationList::parse(update.bytes);
        if (!crl) {
            return crl.error();
        }
        if (Status s = store.addShcCrl(update.shcIssuer, update.bytes); !s) {
            return s;
        }
        *entries += crl->size();
        return {};
    }
    }
    return invalid(QStringLiteral("unknown kind"));
}

Result<std::shared_ptr<const TrustStore>> TrustRepository::build(const QHash<int, Set>& sets, TrustSetKind strictKind,
                                                                 qsizetype* entries, QDateTime* issuedAt) const
{
    auto store = std::make_shared<TrustStore>(*m_base);
    for (const TrustSetKind kind : kAllKinds) {
        const auto it = sets.constFind(static_cast<int>(kind));
        if (it == sets.cend()) {
            continue;
        }
        for (const TrustUpdate& doc : it->documents) {
            qsizetype n = 0;
            QDateTime issued;
            const Status s = applyTo(*store, doc, &n, &issued);
            if (kind != strictKind) {
                continue;
            }
            // Only the new document must apply. An older CRL that no longer fits a newer key set is
            // remembered as refused inside the store, so cards of that key fail closed.
            if (!s && &doc == &it->documents.constLast()) {
                return s.error();
            }
            *entries += n;
            if (issued.isValid() && (!issuedAt->isValid() || issued > *issuedAt)) {
                *issuedAt = issued;
            }
        }
    }
    return std::shared_ptr<const TrustStore>(std::move(store));
}

Status TrustRepository::apply(const TrustUpdate& input)
{
    TrustUpdate update = input;
    if (update.kind == TrustSetKind::ShcCrl && update.shcIssuer.isEmpty()) {
        update.shcIssuer = issuerFromCrlUrl(update.source);
    }
    // Updates are applied one at a time; the state lock is only taken briefly, so status() and
    // recordFailure() never wait for a large list to be parsed.
    const std::lock_guard serial(m_applyMutex);
    Attempt attempt{update.fetchedAt, update.source, {}};
    const auto refuse = [&](const Error& e) {
        attempt.error = e;
        const std::lock_guard lock(m_stateMutex);
        m_attempts.insert(static_cast<int>(update.kind), attempt);
        return Status(e);
    };
    if (update.kind == TrustSetKind::ShcCrl && update.shcIssuer.isEmpty()) {
        return refuse(
            Error{QStringLiteral("update.invalid"), QStringLiteral("no issuer given for the SMART Health Card CRL")});
    }
    QHash<int, Set> sets;
    {
        const std::lock_guard lock(m_stateMutex);
        sets = m_sets;
    }
    Set next;
    if (update.kind == TrustSetKind::ShcCrl) {
        next = sets.value(static_cast<int>(update.kind));
        const QString key = crlKey(update);
        next.documents.erase(std::remove_if(next.documents.begin(), next.documents.end(),
                                            [&key](const TrustUpdate& d) { return crlKey(d) == key; }),
                             next.documents.end());
    }
    next.documents.append(update);
    next.source = update.source;
    next.fetchedAt = update.fetchedAt;
    sets.insert(static_cast<int>(update.kind), next);
    qsizetype entries = 0;
    QDateTime issuedAt;
    auto built = build(sets, update.kind, &entries, &issuedAt);
    if (!built) {
        return refuse(built.error());
    }
    Set& applied = sets[static_cast<int>(update.kind)];
    applied.entries = entries;
    applied.issuedAt = issuedAt;
    {
        const std::lock_guard lock(m_stateMutex);
        m_sets = sets;
        m_attempts.insert(static_cast<int>(update.kind), attempt);
    }
    {
        const std::lock_guard swap(m_snapshotMutex);
        m_snapshot = std::move(built).value();
    }
    store(update);
    return {};
}

void TrustRepository::recordFailure(TrustSetKind kind, const QString& source, const Error& error, const QDateTime& at)
{
    const std::lock_guard lock(m_stateMutex);
    m_attempts.insert(static_cast<int>(kind), Attempt{at, source, error});
}

TrustSetStatus TrustRepository::status(TrustSetKind kind, const QDateTime& now) const
{
    const std::lock_guard lock(m_stateMutex);
    TrustSetStatus st;
    st.kind = kind;
    if (const auto it = m_sets.constFind(static_cast<int>(kind)); it != m_sets.cend()) {
        st.source = it->source;
        st.fetchedAt = it->fetchedAt;
        st.issuedAt = it->issuedAt;
        st.entries = it->entries;
        st.ageSeconds = std::max<qint64>(0, it->fetchedAt.secsTo(now));
        st.state = st.ageSeconds > m_maxAge.count() ? TrustSetStatus::State::Stale : TrustSetStatus::State::Fresh;
    }
    if (const auto it = m_attempts.constFind(static_cast<int>(kind)); it != m_attempts.cend()) {
        st.lastAttemptAt = it->at;
        st.lastAttemptSource = it->source;
        st.lastError = it->error;
    }
    return st;
}

QList<TrustSetStatus> TrustRepository::status(const QDateTime& now) const
{
    QList<TrustSetStatus> out;
    for (const TrustSetKind kind : kAllKinds) {
        out.append(status(kind, now));
    }
    return out;
}

void TrustRepository::setStorageDir(const QString& dir)
{
    const std::lock_guard lock(m_stateMutex);
    m_storageDir = dir;
}

void TrustRepository::store(const TrustUpdate& update) const
{
    QString storageDir;
    {
        const std::lock_guard lock(m_stateMutex);
        storageDir = m_storageDir;
    }
    if (storageDir.isEmpty() || !QDir().mkpath(storageDir)) {
        return;
    }
    QString name = toString(update.kind);
    if (update.kind == TrustSetKind::ShcCrl) {
        name += QLatin1Char('-') + QString::fromLatin1(crypto::Sha256::hash(crlKey(update).toUtf8()).toHex().left(16));
    }
    const QJsonObject meta{{QStringLiteral("kind"), toString(update.kind)},
                           {QStringLiteral("source"), update.source},
                           {QStringLiteral("fetchedAt"), update.fetchedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("shcIssuer"), update.shcIssuer}};
    const QDir dir(storageDir);
    for (const auto& [file, data] : {std::pair{name + QStringLiteral(".dat"), update.bytes},
                                     std::pair{name + QStringLiteral(".meta.json"), QJsonDocument(meta).toJson()}}) {
        QSaveFile out(dir.filePath(file));
        if (out.open(QIODevice::WriteOnly)) {
            out.write(data);
            (void)out.commit();
        }
    }
}

int TrustRepository::loadStored()
{
    QString dirPath;
    {
        const std::lock_guard lock(m_stateMutex);
        dirPath = m_storageDir;
    }
    const QDir dir(dirPath);
    int applied = 0;
    // Directories before CRLs: a CRL needs its issuer's key.
    QStringList metas = dir.entryList({QStringLiteral("*.meta.json")}, QDir::Files, QDir::Name);
    std::stable_sort(metas.begin(), metas.end(), [](const QString& a, const QString& b) {
        return !a.startsWith(QLatin1String("shc-crl")) && b.startsWith(QLatin1String("shc-crl"));
    });
    for (const QString& metaName : metas) {
        QFile metaFile(dir.filePath(metaName));
        QFile dataFile(dir.filePath(metaName.chopped(10) + QStringLiteral(".dat")));
        if (!metaFile.open(QIODevice::ReadOnly) || !dataFile.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        auto kind = trustSetKindFromString(meta.value(QLatin1String("kind")).toString());
        if (!kind) {
            continue;
        }
        TrustUpdate u{
            *kind, dataFile.readAll(), meta.value(QLatin1String("source")).toString(),
            QDateTime::fromString(meta.value(QLatin1String("fetchedAt")).toString(), Qt::ISODateWithMs).toUTC(),
            meta.value(QLatin1String("shcIssuer")).toString()};
        if (apply(u)) {
            ++applied;
        }
    }
    return applied;
}

} // namespace passdesk::trust

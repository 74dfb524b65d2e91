#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"
#include "trust/TrustStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <mutex>

namespace passdesk::trust {

/// The four kinds of trust data PassDesk updates, each kept as one set.
enum class TrustSetKind {
    DscList,       ///< EU DCC document signers: the signed JSON list national backends publish (SignedTrustList
                   ///< envelope around `{"certificates": [{"kid", "rawData", "country", "certificateType"}]}`).
    ShcDirectory,  ///< SMART Health Card issuers and keys: a VCI-style directory snapshot
                   ///< `{"issuerInfo": [{"issuer": {"iss", "name"}, "keys": [JWK...], "crls": [CRL...]}]}`.
    DccRevocation, ///< EU DCC revocation batches (DccRevocationList) in a SignedTrustList envelope.
    ShcCrl,        ///< One SMART Health Card CRL (`<iss>/.well-known/crl/<kid>.json`); replaces that key's CRL.
};

QString toString(TrustSetKind kind);
/// "dsc", "shc-directory", "dcc-revocation", "shc-crl"; Errors: `update.kind`.
Result<TrustSetKind> trustSetKindFromString(const QString& text);

/// Bytes of one update, as fetched or imported, before any check.
struct TrustUpdate
{
    TrustUpdate() = default;
    TrustUpdate(TrustSetKind kind_, QByteArray bytes_, QString source_, QDateTime fetchedAt_, QString shcIssuer_ = {})
        : kind(kind_), bytes(std::move(bytes_)), source(std::move(source_)), fetchedAt(std::move(fetchedAt_)),
          shcIssuer(std::move(shcIssuer_))
    {
    }

    TrustSetKind kind = TrustSetKind::DscList;
    QByteArray bytes;
    QString source;      ///< File path or URL, for display and for the verdict naming a revocation list.
    QDateTime fetchedAt; ///< When the bytes were obtained (UTC).
    QString shcIssuer;   ///< ShcCrl only: the issuer (iss) whose key the CRL is for; derived from a
                         ///< `.../.well-known/crl/...` URL when empty.
};

/// What is live for one kind, and how the last attempt to update it went.
struct TrustSetStatus
{
    enum class State { Missing, Fresh, Stale };

    TrustSetKind kind = TrustSetKind::DscList;
    State state = State::Missing;
    QString source;          ///< Where the live set came from.
    QDateTime fetchedAt;     ///< When the live set was fetched or imported.
    QDateTime issuedAt;      ///< When its publisher issued it, if the set says (invalid otherwise).
    qint64 ageSeconds = -1;  ///< Now minus fetchedAt; -1 when missing.
    qsizetype entries = 0;   ///< Certificates, keys, hashes or rids in the live set.
    QDateTime lastAttemptAt; ///< Last update attempt, applied or not.
    QString lastAttemptSource;
    Error lastError; ///< Why the last attempt was refused; empty code when it was applied.

    bool lastAttemptFailed() const { return !lastError.code.isEmpty(); }
    /// One line for people: "dsc: fresh, 12 entries, 3 h old, from URL; last update refused: ...".
    QString summary() const;
};

/// The live trust data: a local base store (imported files) plus the latest verified set of each kind,
/// composed into one immutable TrustStore snapshot. An update is parsed and verified completely into a
/// new set, a new snapshot is built from it, and only then is the snapshot pointer swapped; anything
/// wrong (signature, format, truncation, a key or CRL that does not fit) leaves the previous snapshot
/// and set live and records why. Thread-safe: scans call snapshot() from any thread while one thread
/// applies updates; a scan keeps the snapshot it took for as long as it needs.
class TrustRepository
{
public:
    /// `base` is the locally imported store (may be null); `pinnedKey` verifies signed lists.
    explicit TrustRepository(std::shared_ptr<const TrustStore> base = {}, crypto::PublicKey pinnedKey = {});

    /// The current snapshot. Cheap (copies a shared pointer under a short lock).
    std::shared_ptr<const TrustStore> snapshot() const;

    /// Verifies and applies one update. Errors: `update.format`, `update.signature`, `update.invalid`
    /// (parsed but unusable: no entries, kid mismatch, bad key or CRL...), `revocation.invalid`,
    /// `crl.invalid`, `jwk.invalid`.
    Status apply(const TrustUpdate& update);
    /// Records an attempt that failed before there were bytes to check (network error, timeout...).
    void recordFailure(TrustSetKind kind, const QString& source, const Error& error, const QDateTime& at);

    /// Status of every kind, aged at `now`: stale when older than maxAge().
    QList<TrustSetStatus> status(const QDateTime& now) const;
    TrustSetStatus status(TrustSetKind kind, const QDateTime& now) const;

    /// Age beyond which a set is stale. Default 72 hours.
    std::chrono::seconds maxAge() const { return m_maxAge; }
    void setMaxAge(std::chrono::seconds age) { m_maxAge = age; }

    /// When set, every applied update is also written there (atomically), and loadStored() applies
    /// them again at the next start, with their original fetch times.
    void setStorageDir(const QString& dir);
    /// Re-applies the stored updates; returns how many were applied.
    int loadStored();

    /// Guesses the kind of a document: a signature line followed by JSON with `certificates` (DSC list)
    /// or `hashType`/`batches` (DCC revocation); JSON with `issuerInfo` (SHC directory) or `"method"`
    /// (SHC CRL). Errors: `update.kind`.
    static Result<TrustSetKind> detectKind(QByteArrayView bytes);

private:
    struct Set
    {
        QString source;
        QDateTime fetchedAt;
        QDateTime issuedAt;
        qsizetype entries = 0;
        QList<TrustUpdate> documents; ///< The verified updates the set is made of (one, or one per key for CRLs).
    };
    struct Attempt
    {
        QDateTime at;
        QString source;
        Error error;
    };

    /// Builds a store from the base and `sets`; the set of `strictKind` must apply without error.
    Result<std::shared_ptr<const TrustStore>> build(const QHash<int, Set>& sets, TrustSetKind strictKind,
                                                    qsizetype* entries, QDateTime* issuedAt) const;
    Status applyTo(TrustStore& store, const TrustUpdate& update, qsizetype* entries, QDateTime* issuedAt) const;
    void store(const TrustUpdate& update) const;

    std::shared_ptr<const TrustStore> m_base;
    crypto::PublicKey m_pinnedKey;
    std::chrono::seconds m_maxAge{72 * 3600};
    QString m_storageDir;

    std::mutex m_applyMutex;         ///< Serialises apply(); held while an update is parsed and built.
    mutable std::mutex m_stateMutex; ///< Guards m_sets, m_attempts and m_storageDir; held briefly.
    QHash<int, Set> m_sets;
    QHash<int, Attempt> m_attempts;

    mutable std::mutex m_snapshotMutex; ///< Guards only the pointer swap and copy.
    std::shared_ptr<const TrustStore> m_snapshot;
};

} // namespace passdesk::trust

#pragma once

#include "common/Clock.h"
#include "crypto/Sha256.h"
#include "credential/Verification.h"
#include "log/Database.h"
#include "rules/Verdict.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

namespace passdesk::log {

/// One line of the visitor log.
struct Visit
{
    qint64 id = 0;
    QDateTime atUtc;
    QString atLocal;     ///< ISO 8601 with the venue's UTC offset at the time
    QString verdict;     ///< rules::toString(VerdictKind)
    QString reasons;     ///< reason codes, space separated
    QString format;      ///< eu-dcc, shc
    QString type;        ///< vaccination, test, recovery
    QString policy;
    QString country;     ///< issuing country (ISO 3166 alpha-2); `unverified:XX` or `unverified` when the signature did not verify
    QString input;       ///< camera, wedge, serial, manual, file
    QString staff;
    QByteArray idHash;   ///< keyed hash of the certificate identifier (UVCI or rid); empty if none
    QString holderName;  ///< only with contact logging on
    QString holderBirth; ///< only with contact logging on
    QByteArray prevHash; ///< the chain: row_hash of the row before (zeros for the first); filled by listDay() and listRange()
    QByteArray rowHash;  ///< the chain: HMAC over this row and prevHash; filled by listDay() and listRange()
};

/// Where the hash chain was cut by retention, or where it ends (the head): after row `afterId` the
/// chain continued from `hash`. `atUtc` is empty for the head.
struct ChainCheckpoint
{
    QString kind; ///< "cut" or "head"
    qint64 afterId = 0;
    QByteArray hash;
    QString atUtc;
};

/// The visitor log: SQLite (WAL, synchronous=FULL: a visit is on disk before append() returns), each
/// row chained to the previous one by an HMAC under a per-install secret kept beside the database, so
/// an edited, inserted or deleted row is found by verifyChain(). Names and birth dates are stored
/// only with contact logging on; old visits are deleted after the retention period, keeping daily
/// counts and a keyed checkpoint of where the chain was cut. One instance per thread.
class VisitLog
{
public:
    struct Options
    {
        bool contactLogging = false;
        int retentionDays = 28;
    };

    /// Opens or creates the log at `path` and its secret at `path + ".key"` (both owner-only).
    /// Errors: `db.open`, `db.corrupt`, `db.migrate`, `db.too_new`, `log.key_missing` (a log without
    /// its key cannot be verified or extended).
    static Result<std::unique_ptr<VisitLog>> open(const QString& path, const Clock& clock, Options options);

    /// Like open(), but a log that is unreadable (corrupt, not a database, or without its key) is never
    /// overwritten: it is moved aside with a time stamp (`visits.db.unreadable-20260302-120000`, with its
    /// key and WAL), a fresh log is started, and the evidence journal records why. `movedTo` receives
    /// the new name when that happened. A log written by a newer PassDesk is refused, not moved.
    /// `why` receives the error code that made it unreadable (`db.corrupt`, `log.key_missing`).
    static Result<std::unique_ptr<VisitLog>> openOrReplace(const QString& path, const Clock& clock, Options options,
                                                           QString* movedTo = nullptr, QString* why = nullptr);

    /// A visit from a verdict (names kept only with contact logging, and only when the signature verified).
    /// Nothing else a certificate claims is taken as it stands: the issuing country is kept only as a
    /// 2-3 letter code, and marked `unverified:` unless the signature verified.
    static QString countryOf(const credential::Verification& verification);
    Visit visitFrom(const credential::Verification& verification, const rules::Verdict& verdict, const QString& input,
                    const QDateTime& at, const QString& staff = {}) const;

    /// Appends durably and returns the row id. Errors: `db.full`, `db.io`, `db.busy`, `db.error`.
    Result<qint64> append(Visit visit);

    struct ChainReport
    {
        qint64 rows = 0;
        std::optional<qint64> firstBad; ///< the first row that was edited, or after which rows were inserted or deleted
        QString problem;                ///< plain-words description, empty when the chain verifies
        bool ok() const { return problem.isEmpty(); }
    };
    Result<ChainReport> verifyChain();

    /// Visits on one local calendar day, in order.
    Result<QList<Visit>> listDay(const QDate& day);
    /// Visits whose local calendar day lies in [from, to], in chain order, with their chain hashes.
    Result<QList<Visit>> listRange(const QDate& from, const QDate& to);
    /// The retention cuts (oldest first) and the chain head, as stored (each is keyed; verifyChain()
    /// checks their MACs).
    Result<QList<ChainCheckpoint>> checkpoints();
    /// Deletes visits older than the retention period (secure_delete), keeping daily counts and a
    /// checkpoint; returns how many were deleted.
    Result<int> purge();
    /// Visits still in the log on local calendar day `day`: verdict -> count (one indexed COUNT query;
    /// the counter's "Today" figures, the same visits the owner's day view lists).
    Result<QList<QPair<QString, qint64>>> countDay(const QDate& day);
    /// Daily counts kept after purging: verdict -> count for `day`.
    Result<QList<QPair<QString, qint64>>> dailyCounts(const QDate& day);
    /// Re-use: a valid certificate already admitted within `window` becomes CHECK ID with the reason
    /// `visit.reused` and the time it was first admitted. Returns true if it changed the verdict.
    bool markReuse(rules::Verdict& verdict, const credential::Verification& verification, std::chrono::seconds window);
    /// When a certificate with this identifier hash was last admitted within `window` before now.
    std::optional<QDateTime> admittedWithin(const QByteArray& idHash, std::chrono::seconds window);

    Database& database() { return *m_db; }
    const Options& options() const { return m_options; }

private:
    VisitLog(std::unique_ptr<Database> db, QByteArray secret, const Clock& clock, Options options);
    QByteArray idHash(const QString& identifier) const;
    QByteArray mac(const Visit& v, const QByteArray& prev) const;
    QByteArray headMac(qint64 id, const QByteArray& hash) const;
    Result<QList<QPair<QString, qint64>>> counts(const QString& query, const QDate& day);

    std::unique_ptr<Database> m_db;
    QByteArray m_secret;
    crypto::HmacSha256 m_rowMac; ///< keyed with m_secret, for the per-row chain values
    const Clock& m_clock;
    Options m_options;
};

} // namespace passdesk::log

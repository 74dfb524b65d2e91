#include "log/VisitLog.h"

#include "crypto/Sha256.h"
#include "log/EvidenceJournal.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>

namespace passdesk::log {

namespace {
const QByteArray kZeroHash(32, '\0');

const QStringList& migrations()
{
    static const QStringList steps{
        QStringLiteral(R"(
            CREATE TABLE visits (
                id INTEGER PRIMARY KEY,
                at_utc TEXT NOT NULL, at_local TEXT NOT NULL, local_day TEXT NOT NULL,
                verdict TEXT NOT NULL, reasons TEXT NOT NULL, format TEXT NOT NULL, type TEXT NOT NULL,
                policy TEXT NOT NULL, country TEXT NOT NULL, input TEXT NOT NULL, staff TEXT NOT NULL,
                id_hash BLOB, holder_name TEXT, holder_birth TEXT,
                prev_hash BLOB NOT NULL, row_hash BLOB NOT NULL);
            CREATE INDEX visits_day ON visits(local_day, id);
            CREATE INDEX visits_id_hash ON visits(id_hash) WHERE id_hash IS NOT NULL;
            CREATE TABLE chain_head (one INTEGER PRIMARY KEY CHECK (one = 1), last_id INTEGER NOT NULL,
                                     last_hash BLOB NOT NULL, mac BLOB NOT NULL);
            CREATE TABLE chain_cuts (id INTEGER PRIMARY KEY, cut_after_id INTEGER NOT NULL, last_hash BLOB NOT NULL,
                                     at_utc TEXT NOT NULL, mac BLOB NOT NULL);
            CREATE TABLE daily_counts (local_day TEXT NOT NULL, verdict TEXT NOT NULL, count INTEGER NOT NULL,
                                       PRIMARY KEY (local_day, verdict));
        )"),
        // 2: the evidence journal and run bookkeeping.
        QStringLiteral(R"(
            CREATE TABLE evidence (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, cause TEXT NOT NULL,
                                   started_utc TEXT NOT NULL, ended_utc TEXT, manual INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX evidence_started ON evidence(started_utc);
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        )"),
    };
    return steps;
}

/// The stored UTC time, `yyyy-MM-ddTHH:mm:ss.zzzZ` as append() writes it, read without
/// QDateTime::fromString (which dominated reading a month of visits); other spellings take the slow path.
QDateTime parseUtc(const QString& t)
{
    const auto num = [&t](int at, int len) {
        int n = 0;
        for (int i = at; i < at + len; ++i) {
            const char16_t c = t[i].unicode();
            if (c < u'0' || c > u'9') {
                return -1;
            }
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    if (t.size() == 24 && t[4] == u'-' && t[7] == u'-' && t[10] == u'T' && t[13] == u':' && t[16] == u':' && t[19] == u'.' &&
        t[23] == u'Z') {
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const QTime time(num(11, 2), num(14, 2), num(17, 2), num(20, 3));
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    return QDateTime::fromString(t, Qt::ISODateWithMs);
}

Visit readVisit(const Statement& st)
{
    Visit v;
    v.id = st.int64(0);
    v.atUtc = parseUtc(st.text(1));
    v.atLocal = st.text(2);
    v.verdict = st.text(3);
    v.reasons = st.text(4);
    v.format = st.text(5);
    v.type = st.text(6);
    v.policy = st.text(7);
    v.country = st.text(8);
    v.input = st.text(9);
    v.staff = st.text(10);
    v.idHash = st.blob(11);
    v.holderName = st.text(12);
    v.holderBirth = st.text(13);
    return v;
}

const QString kColumns = QStringLiteral(
    "id, at_utc, at_local, verdict, reasons, format, type, policy, country, input, staff, id_hash, holder_name, holder_birth");
} // namespace

VisitLog::VisitLog(std::unique_ptr<Database> db, QByteArray secret, const Clock& clock, Options options)
    : m_db(std::move(db)), m_secret(std::move(secret)), m_rowMac(m_secret), m_clock(clock), m_options(options)
{
}

Result<std::unique_ptr<VisitLog>> VisitLog::open(const QString& path, const Clock& clock, Options options)
{
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    const QString keyPath = path + QStringLiteral(".key");
    QByteArray secret;
    QFile key(keyPath);
    if (key.exists()) {
        if (!key.open(QIODevice::ReadOnly) || (secret = key.readAll()).size() != 32) {
            return Error{QStringLiteral("log.key_missing"), keyPath + QStringLiteral(" is unreadable or not a PassDesk log key")};
        }
    } else if (existed) {
        return Error{QStringLiteral("log.key_missing"), QStringLiteral("the log's key %1 is missing").arg(keyPath)};
    } else {
        secret.resize(32);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(secret.data()), reinterpret_cast<quint32*>(secret.data() + 32));
        if (!key.open(QIODevice::WriteOnly | QIODevice::NewOnly) || key.write(secret) != 32 || !key.flush()) {
            return Error{QStringLiteral("db.open"), QStringLiteral("cannot write ") + keyPath};
        }
        key.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        key.close();
    }
    auto db = Database::open(path);
    if (!db) {
        return db.error();
    }
    // Durable before the verdict shows; secure_delete so purged visits leave no bytes behind.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA secure_delete=ON"}) {
        if (Status s = (*db)->exec(QString::fromLatin1(pragma)); !s) {
            return s.error();
        }
    }
    if (Status s = (*db)->migrate(migrations()); !s) {
        return s.error();
    }
    return std::unique_ptr<VisitLog>(new VisitLog(std::move(db).value(), secret, clock, options));
}

Result<std::unique_ptr<VisitLog>> VisitLog::openOrReplace(const QString& path, const Clock& clock, Options options, QString* movedTo,
                                                          QString* whyCode)
{
    auto log = open(path, clock, options);
    if (log || (log.error().code != QLatin1String("db.corrupt") && log.error().code != QLatin1String("log.key_missing"))) {
        return log;
    }
    const Error why = log.error();
    const QString aside = path + QStringLiteral(".unreadable-") + clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(path, aside)) {
        return Error{QStringLiteral("db.open"), QStringLiteral("%1 is unreadable (%2) and could not be moved aside").arg(path, why.message)};
    }
    for (const char* suffix : {"-wal", "-shm", ".key"}) {
        const QString extra = path + QLatin1String(suffix);
        if (QFile::exists(extra)) {
            QFile::rename(extra, aside + QLatin1String(suffix));
        }
    }
    if (movedTo != nullptr) {
        *movedTo = aside;
    }
    if (whyCode != nullptr) {
        *whyCode = why.code;
    }
    auto fresh = open(path, clock, options);
    if (!fresh) {
        return fresh;
    }
    EvidenceJournal journal((*fresh)->database(), clock);
    const QDateTime now = clock.now();
    (void)journal.record(QStringLiteral("log_replaced"),
                         QStringLiteral("the visitor log was unreadable (%1); moved aside to %2 and a new log started").arg(why.message, aside),
                         now, now, false);
    return fresh;
}

QString VisitLog::countryOf(const credential::Verification& verification)
{
    const QString& claimed = verification.credential.issuingCountry;
    const bool code = claimed.size() >= 2 && claimed.size() <= 3 &&
                      std::all_of(claimed.begin(), claimed.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (verification.holderVerified()) {
        return code ? claimed : QString();
    }
    if (claimed.isEmpty()) {
        return {};
    }
    return code ? QStringLiteral("unverified:") + claimed : QStringLiteral("unverified");
}

Visit VisitLog::visitFrom(const credential::Verification& verification, const rules::Verdict& verdict, const QString& input,
                          const QDateTime& at, const QString& staff) const
{
    const auto& c = verification.credential;
    Visit v;
    v.atUtc = at.toUTC();
    v.atLocal = at.toLocalTime().toOffsetFromUtc(at.toLocalTime().offsetFromUtc()).toString(Qt::ISODate);
    v.verdict = toString(verdict.kind);
    v.reasons = verdict.reasons.join(QLatin1Char(' '));
    v.format = toString(c.format);
    v.type = toString(c.type);
    v.policy = verdict.policy;
    v.country = countryOf(verification);
    v.input = input;
    v.staff = staff;
    v.idHash = idHash(c.identifier);
    // An unsigned name is not the visitor's: contact tracing must not chase whoever a forger typed.
    if (m_options.contactLogging && verification.holderVerified()) {
        v.holderName = c.holder.displayName();
        v.holderBirth = c.holder.dateOfBirth;
    }
    return v;
}

QByteArray VisitLog::idHash(const QString& identifier) const
{
    if (identifier.isEmpty()) {
        return {};
    }
    return crypto::Sha256::hmac(m_secret, QByteArrayLiteral("id\x1f") + identifier.toUtf8()).left(16);
}

QByteArray VisitLog::mac(const Visit& v, const QByteArray& prev) const
{
    const QString atUtcText = v.atUtc.toString(Qt::ISODateWithMs);
    // verifyChain() builds the same bytes from the stored columns; the two must stay in step.
    QByteArray data;
    data.reserve(prev.size() + 256);
    data.append(prev).append(QByteArray::number(v.id)).append('\x1f');
    for (const QString* f : {&atUtcText, &v.atLocal, &v.verdict, &v.reasons, &v.format, &v.type, &v.policy, &v.country, &v.input, &v.staff}) {
        data.append(f->toUtf8()).append('\x1f');
    }
    data.append(v.idHash.toHex()).append('\x1f');
    data.append(v.holderName.toUtf8()).append('\x1f').append(v.holderBirth.toUtf8()).append('\x1f');
    return m_rowMac.mac(data);
}

QByteArray VisitLog::headMac(qint64 id, const QByteArray& hash) const
{
    return crypto::Sha256::hmac(m_secret, QByteArrayLiteral("head\x1f") + QByteArray::number(id) + '\x1f' + hash);
}

Result<qint64> VisitLog::append(Visit v)
{
    Transaction t(*m_db);
    if (Status s = t.begin(); !s) {
        return s.error();
    }
    QByteArray prev = kZeroHash;
    qint64 lastId = 0;
    {
        auto head = m_db->prepare(QStringLiteral("SELECT last_id, last_hash FROM chain_head WHERE one = 1"));
        if (!head) {
            return head.error();
        }
        auto row = head->step();
        if (!row) {
            return row.error();
        }
        if (*row) {
            lastId = head->int64(0);
            prev = head->blob(1);
        }
    }
    v.id = lastId + 1;
    const QByteArray rowHash = mac(v, prev);
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO visits (id, at_utc, at_local, local_day, verdict, reasons, format, type, policy, "
                                            "country, input, staff, id_hash, holder_name, holder_birth, prev_hash, row_hash) "
                                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    if (!ins) {
        return ins.error();
    }
    ins->bind(1, v.id)
        .bind(2, v.atUtc.toString(Qt::ISODateWithMs))
        .bind(3, v.atLocal)
        .bind(4, v.atLocal.left(10))
        .bind(5, v.verdict)
        .bind(6, v.reasons)
        .bind(7, v.format)
        .bind(8, v.type)
        .bind(9, v.policy)
        .bind(10, v.country)
        .bind(11, v.input)
        .bind(12, v.staff)
        .bind(13, v.idHash.isEmpty() ? QVariant() : QVariant(v.idHash))
        .bind(14, v.holderName.isEmpty() ? QVariant() : QVariant(v.holderName))
        .bind(15, v.holderBirth.isEmpty() ? QVariant() : QVariant(v.holderBirth))
        .bind(16, prev)
        .bind(17, rowHash);
    if (Status s = ins->exec(); !s) {
        return s.error();
    }
    auto head = m_db->prepare(QStringLiteral("INSERT INTO chain_head (one, last_id, last_hash, mac) VALUES (1, ?, ?, ?) "
                                             "ON CONFLICT(one) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash, mac = excluded.mac"));
    if (!head) {
        return head.error();
    }
    head->bind(1, v.id).bind(2, rowHash).bind(3, headMac(v.id, rowHash));
    if (Status s = head->exec(); !s) {
        return s.error();
    }
    if (Status s = t.commit(); !s) {
        return s.error();
    }
    return v.id;
}

Result<VisitLog::ChainReport> VisitLog::verifyChain()
{
    ChainReport report;
    // Where the chain starts: after the newest retention cut, if any.
    qint64 cutAfter = 0;
    QByteArray prev = kZeroHash;
    {
        auto cut = m_db->prepare(QStringLiteral("SELECT cut_after_id, last_hash, at_utc, mac FROM chain_cuts ORDER BY id DESC LIMIT 1"));
        if (!cut) {
            return cut.error();
        }
        auto row = cut->step();
        if (!row) {
            return row.error();
        }
        if (*row) {
            cutAfter = cut->int64(0);
            prev = cut->blob(1);
            const QByteArray expect = crypto::Sha256::hmac(m_secret, QByteArrayLiteral("cut\x1f") + QByteArray::number(cutAfter) + '\x1f' + prev +
                                                                         '\x1f' + cut->text(2).toUtf8());
            if (cut->blob(3) != expect) {
                report.problem = QStringLiteral("the retention checkpoint was altered");
                return report;
            }
        }
    }
    auto st = m_db->prepare(QStringLiteral("SELECT %1, prev_hash, row_hash FROM visits ORDER BY id").arg(kColumns));
    if (!st) {
        return st.error();
    }
    qint64 expectedId = cutAfter + 1;
    while (true) {
        auto row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        const qint64 id = st->int64(0);
        ++report.rows;
        if (id != expectedId) {
            report.firstBad = id;
            report.problem = id > expectedId ? QStringLiteral("rows %1 to %2 are missing (deleted)").arg(expectedId).arg(id - 1)
                                             : QStringLiteral("row %1 is out of sequence (inserted)").arg(id);
            return report;
        }
        if (st->blob(14) != prev) {
            report.firstBad = id;
            report.problem = QStringLiteral("row %1 does not follow the row before it (a row was inserted or deleted)").arg(id);
            return report;
        }
        // The MAC input straight from the stored UTF-8 (the same bytes mac() makes from a Visit), so a
        // month of rows is checked without converting every field to QString and back.
        QByteArray data;
        data.reserve(prev.size() + 256);
        data.append(prev).append(QByteArray::number(id)).append('\x1f');
        for (int column = 1; column <= 10; ++column) { // at_utc .. staff, in mac()'s order
            data.append(st->blob(column)).append('\x1f');
        }
        data.append(st->blob(11).toHex()).append('\x1f');
        data.append(st->blob(12)).append('\x1f').append(st->blob(13)).append('\x1f');
        const QByteArray expect = m_rowMac.mac(data);
        if (st->blob(15) != expect) {
            report.firstBad = id;
            report.problem = QStringLiteral("row %1 was edited").arg(id);
            return report;
        }
        prev = expect;
        ++expectedId;
    }
    // The head says where the chain ended: rows deleted from the end show here.
    auto head = m_db->prepare(QStringLiteral("SELECT last_id, last_hash, mac FROM chain_head WHERE one = 1"));
    if (!head) {
        return head.error();
    }
    auto row = head->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        if (report.rows > 0 || cutAfter > 0) {
            report.problem = QStringLiteral("the chain's head record is missing");
        }
        return report;
    }
    const qint64 lastId = head->int64(0);
    const QByteArray lastHash = head->blob(1);
    if (head->blob(2) != headMac(lastId, lastHash)) {
        report.problem = QStringLiteral("the chain's head record was altered");
    } else if (lastId != expectedId - 1 || lastHash != prev) {
        report.firstBad = expectedId;
        report.problem = QStringLiteral("rows %1 to %2 at the end are missing (deleted)").arg(expectedId).arg(lastId);
    }
    return report;
}

Result<QList<Visit>> VisitLog::listDay(const QDate& day)
{
    return listRange(day, day);
}

Result<QList<Visit>> VisitLog::listRange(const QDate& from, const QDate& to)
{
    auto st = m_db->prepare(QStringLiteral("SELECT %1, prev_hash, row_hash FROM visits WHERE local_day >= ? AND local_day <= ? ORDER BY id")
                                .arg(kColumns));
    if (!st) {
        return st.error();
    }
    st->bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QList<Visit> out;
    while (true) {
        auto row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        Visit v = readVisit(*st);
        v.prevHash = st->blob(14);
        v.rowHash = st->blob(15);
        out.append(std::move(v));
    }
    return out;
}

Result<QList<ChainCheckpoint>> VisitLog::checkpoints()
{
    QList<ChainCheckpoint> out;
    for (const bool cuts : {true, false}) {
        auto st = m_db->prepare(cuts ? QStringLiteral("SELECT cut_after_id, last_hash, at_utc FROM chain_cuts ORDER BY id")
                                     : QStringLiteral("SELECT last_id, last_hash, '' FROM chain_head WHERE one = 1"));
        if (!st) {
            return st.error();
        }
        while (true) {
            auto row = st->step();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            out.append({cuts ? QStringLiteral("cut") : QStringLiteral("head"), st->int64(0), st->blob(1), st->text(2)});
        }
    }
    return out;
}

Result<int> VisitLog::purge()
{
    const QString cutoff = m_clock.now().toUTC().addDays(-m_options.retentionDays).toString(Qt::ISODateWithMs);
    Transaction t(*m_db);
    if (Status s = t.begin(); !s) {
        return s.error();
    }
    auto last = m_db->prepare(QStringLiteral("SELECT id, row_hash FROM visits WHERE at_utc < ? ORDER BY id DESC LIMIT 1"));
    if (!last) {
        return last.error();
    }
    last->bind(1, cutoff);
    auto row = last->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return 0;
    }
    const qint64 cutAfter = last->int64(0);
    const QByteArray lastHash = last->blob(1);
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    // Counts survive without personal data.
    if (Status s = m_db->exec(QStringLiteral("INSERT INTO daily_counts (local_day, verdict, count) SELECT local_day, verdict, count(*) FROM visits "
                                             "WHERE id <= %1 GROUP BY local_day, verdict ON CONFLICT(local_day, verdict) DO UPDATE SET count = count + excluded.count")
                                  .arg(cutAfter));
        !s) {
        return s.error();
    }
    qint64 deleted = 0;
    {
        auto n = m_db->prepare(QStringLiteral("SELECT count(*) FROM visits WHERE id <= ?"));
        if (!n) {
            return n.error();
        }
        n->bind(1, cutAfter);
        if (auto r = n->step(); r && *r) {
            deleted = n->int64(0);
        }
    }
    auto del = m_db->prepare(QStringLiteral("DELETE FROM visits WHERE id <= ?"));
    if (!del) {
        return del.error();
    }
    del->bind(1, cutAfter);
    if (Status s = del->exec(); !s) {
        return s.error();
    }
    auto cut = m_db->prepare(QStringLiteral("INSERT INTO chain_cuts (cut_after_id, last_hash, at_utc, mac) VALUES (?, ?, ?, ?)"));
    if (!cut) {
        return cut.error();
    }
    cut->bind(1, cutAfter).bind(2, lastHash).bind(3, now).bind(4, crypto::Sha256::hmac(m_secret, QByteArrayLiteral("cut\x1f") + QByteArray::number(cutAfter) +
                                                                                                        '\x1f' + lastHash + '\x1f' + now.toUtf8()));
    if (Status s = cut->exec(); !s) {
        return s.error();
    }
    if (Status s = t.commit(); !s) {
        return s.error();
    }
    // Old pages leave the write-ahead log too, not only the main file.
    (void)m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return int(deleted);
}

Result<QList<QPair<QString, qint64>>> VisitLog::countDay(const QDate& day)
{
    return counts(QStringLiteral("SELECT verdict, count(*) FROM visits WHERE local_day = ? GROUP BY verdict ORDER BY verdict"), day);
}

Result<QList<QPair<QString, qint64>>> VisitLog::dailyCounts(const QDate& day)
{
    return counts(QStringLiteral("SELECT verdict, count FROM daily_counts WHERE local_day = ? ORDER BY verdict"), day);
}

Result<QList<QPair<QString, qint64>>> VisitLog::counts(const QString& query, const QDate& day)
{
    auto st = m_db->prepare(query);
    if (!st) {
        return st.error();
    }
    st->bind(1, day.toString(Qt::ISODate));
    QList<QPair<QString, qint64>> out;
    while (true) {
        auto row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        out.append({st->text(0), st->int64(1)});
    }
    return out;
}

bool VisitLog::markReuse(rules::Verdict& verdict, const credential::Verification& verification, std::chrono::seconds window)
{
    if (verdict.kind != rules::VerdictKind::Valid && verdict.kind != rules::VerdictKind::CheckId) {
        return false;
    }
    const auto first = admittedWithin(idHash(verification.credential.identifier), window);
    if (!first) {
        return false;
    }
    verdict.kind = rules::VerdictKind::CheckId;
    verdict.reasons.prepend(QStringLiteral("visit.reused"));
    verdict.firstAdmitted = *first;
    return true;
}

std::optional<QDateTime> VisitLog::admittedWithin(const QByteArray& idHash, std::chrono::seconds window)
{
    if (idHash.isEmpty()) {
        return std::nullopt;
    }
    auto st = m_db->prepare(QStringLiteral("SELECT min(at_utc) FROM visits WHERE id_hash = ? AND verdict IN ('valid', 'check-id') AND at_utc >= ?"));
    if (!st) {
        return std::nullopt;
    }
    st->bind(1, idHash).bind(2, m_clock.now().toUTC().addSecs(-window.count()).toString(Qt::ISODateWithMs));
    auto row = st->step();
    if (!row || !*row || st->isNull(0)) {
        return std::nullopt;
    }
    return QDateTime::fromString(st->text(0), Qt::ISODateWithMs);
}

} // namespace passdesk::log

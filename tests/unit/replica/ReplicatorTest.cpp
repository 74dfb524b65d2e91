#include "ReplicaTestServer.h"

#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"
#include "replica/PgConnection.h"
#include "replica/ReplicaSchema.h"
#include "replica/Replicator.h"
#include "rules/Policy.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace passdesk;
using namespace passdesk::replica;

namespace {

std::unique_ptr<PgConnection> connect(const PgParams& params)
{
    auto conn = PgConnection::open(params);
    INFO((conn ? QString() : conn.error().message).toStdString());
    REQUIRE(conn.ok());
    return std::move(conn).value();
}

/// The shared server with the schema applied (once per binary).
test::PgTestServer& server()
{
    test::PgTestServer& s = test::replicaServer();
    INFO(s.error().toStdString());
    REQUIRE(s.error().isEmpty());
    if (!s.running()) {
        REQUIRE(s.start());
    }
    static bool applied = false;
    if (!applied) {
        auto admin = connect(s.admin());
        const Status st = ReplicaSchema::apply(*admin);
        INFO((st ? QString() : st.error().message).toStdString());
        REQUIRE(st.ok());
        applied = true;
    }
    return s;
}

std::unique_ptr<PgConnection> admin()
{
    return connect(server().admin());
}

/// Names no other test case uses on the shared server.
QString fresh(const char* prefix)
{
    static int n = 0;
    return QStringLiteral("%1_%2").arg(QLatin1String(prefix)).arg(++n);
}

QString venue(bool contactLogging = false)
{
    const QString v = fresh("venue");
    const Status s = ReplicaSchema::addVenue(*admin(), v, contactLogging);
    REQUIRE(s.ok());
    return v;
}

credential::Verification verified(const QString& uvci)
{
    credential::Verification v;
    v.outcome = credential::Outcome::Verified;
    v.checks.signature = true;
    v.credential.format = credential::Format::EuDcc;
    v.credential.type = credential::CertificateType::Vaccination;
    v.credential.identifier = uvci;
    v.credential.issuingCountry = QStringLiteral("KR");
    v.credential.holder.familyName = QStringLiteral("김");
    v.credential.holder.givenName = QStringLiteral("민준");
    v.credential.holder.dateOfBirth = QStringLiteral("1985-03-14");
    return v;
}

/// One counter: its own SQLite log and evidence journal, its login role on the server, and a replicator
/// on a connection of its own to the log (as the app's replicator thread has).
struct Counter
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    QString id;
    QString role;
    QString password = QStringLiteral("pw-") + fresh("secret");
    std::unique_ptr<log::VisitLog> log;
    std::unique_ptr<log::EvidenceJournal> journal;
    std::unique_ptr<log::Database> replicaDb;
    std::unique_ptr<Replicator> replicator;

    explicit Counter(const QString& venueId, log::VisitLog::Options logOptions = {}, bool shipNames = false)
    {
        id = fresh("counter");
        role = QStringLiteral("pd_") + id;
        const Status s = ReplicaSchema::addCounter(*admin(), id, venueId, role, password);
        INFO((s ? QString() : s.error().message).toStdString());
        REQUIRE(s.ok());
        openLog(logOptions, shipNames);
    }

    void openLog(log::VisitLog::Options logOptions = {}, bool shipNames = false)
    {
        replicator.reset();
        replicaDb.reset();
        journal.reset();
        const QString path = dir.filePath(QStringLiteral("visits.db"));
        auto l = log::VisitLog::open(path, clock, logOptions);
        REQUIRE(l.ok());
        log = std::move(l).value();
        journal = std::make_unique<log::EvidenceJournal>(log->database(), clock);
        auto db = log::Database::open(path, false);
        REQUIRE(db.ok());
        replicaDb = std::move(db).value();
        replicator = std::make_unique<Replicator>(*replicaDb, params(), Replicator::Options{id, shipNames, 2000});
    }

    PgParams params() const { return server().as(role, password); }

    void scan(int n)
    {
        rules::Policy policy;
        for (int i = 0; i < n; ++i) {
            const auto v = verified(QStringLiteral("URN:UVCI:01:KR:%1:%2").arg(id).arg(i));
            REQUIRE(log->append(log->visitFrom(v, policy.decide(v, clock.now()), QStringLiteral("camera"), clock.now())).ok());
            clock.advance(std::chrono::seconds(30));
        }
    }

    Replicator::Progress replicate()
    {
        auto p = replicator->replicateOnce();
        INFO((p ? QString() : p.error().code + QStringLiteral(": ") + p.error().message).toStdString());
        REQUIRE(p.ok());
        return *p;
    }
};

qint64 scalar(PgConnection& conn, const QString& sql, const QList<QVariant>& params = {})
{
    auto r = conn.exec(sql, params);
    INFO((r ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    REQUIRE(r->rows() == 1);
    return r->int64(0, 0);
}

qint64 serverVisits(const QString& counter)
{
    return scalar(*admin(), QStringLiteral("SELECT count(*) FROM passdesk.visits WHERE counter_id = $1"), {counter});
}

/// Rows of the counter's server chain whose seq or prev_hash does not follow the row before.
qint64 chainBreaks(const QString& counter)
{
    return scalar(*admin(), QStringLiteral("SELECT count(*) FROM (SELECT seq, prev_hash, lag(seq) OVER w AS pseq, lag(row_hash) OVER w AS phash "
                                           "FROM passdesk.visits WHERE counter_id = $1 WINDOW w AS (ORDER BY seq)) t "
                                           "WHERE pseq IS NOT NULL AND (seq <> pseq + 1 OR prev_hash <> phash)"),
                  {counter});
}

/// Inserts a visit as `conn`'s role, with the columns of the counter's local row `seq` and the
/// changes in `override` (column -> value).
Result<PgRows> insertVisit(PgConnection& conn, Counter& c, qint64 seq, const QMap<QString, QVariant>& override = {})
{
    auto st = c.replicaDb->prepare(QStringLiteral("SELECT at_utc, at_local, local_day, verdict, reasons, format, type, policy, country, input, "
                                                  "staff, id_hash, prev_hash, row_hash FROM visits WHERE id = ?"));
    REQUIRE(st.ok());
    st->bind(1, seq);
    auto row = st->step();
    REQUIRE(row.ok());
    REQUIRE(*row);
    const QStringList names{QStringLiteral("at_utc"), QStringLiteral("at_local"), QStringLiteral("local_day"), QStringLiteral("verdict"),
                            QStringLiteral("reasons"), QStringLiteral("format"), QStringLiteral("type"), QStringLiteral("policy"),
                            QStringLiteral("country"), QStringLiteral("input"), QStringLiteral("staff"), QStringLiteral("id_hash"),
                            QStringLiteral("prev_hash"), QStringLiteral("row_hash")};
    QList<QVariant> values{override.value(QStringLiteral("counter_id"), c.id), override.value(QStringLiteral("seq"), seq)};
    for (int i = 0; i < names.size(); ++i) {
        const bool blob = names[i].endsWith(QLatin1String("hash"));
        values.append(override.value(names[i], blob ? QVariant(st->blob(i)) : QVariant(st->text(i))));
    }
    return conn.exec(QStringLiteral("INSERT INTO passdesk.visits (counter_id, seq, at_utc, at_local, local_day, verdict, reasons, format, type, "
                                    "policy, country, input, staff, id_hash, prev_hash, row_hash) "
                                    "VALUES ($1, $2::bigint, $3, $4, $5::date, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"),
                     values);
}

} // namespace

TEST_CASE("The server schema applies again without harm, and a wrong password is refused", "[replica]")
{
    auto a = admin();
    const Status again = ReplicaSchema::apply(*a);
    INFO((again ? QString() : again.error().message).toStdString());
    CHECK(again.ok());
    CHECK(scalar(*a, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'passdesk'")) == 5);

    Counter c(venue());
    PgParams wrong = c.params();
    wrong.password = QStringLiteral("not-the-password");
    auto refused = PgConnection::open(wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == QStringLiteral("pg.connect"));
    CHECK(refused.error().message.contains(QStringLiteral("password authentication failed")));
    // The role's password is stored as SCRAM-SHA-256, never in the clear.
    auto stored = a->exec(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = $1"), {c.role});
    REQUIRE(stored.ok());
    REQUIRE(stored->rows() == 1);
    CHECK(stored->text(0, 0).startsWith(QStringLiteral("SCRAM-SHA-256$")));
    CHECK_FALSE(stored->text(0, 0).contains(c.password));
}

TEST_CASE("A counter's visits and closed evidence reach the server with their chain hashes", "[replica]")
{
    Counter c(venue());
    c.scan(5);
    REQUIRE(c.journal->record(QStringLiteral("camera_lost"), QStringLiteral("USB camera unplugged"), c.clock.now().addSecs(-60),
                              c.clock.now(), false).ok());
    auto open = c.journal->begin(QStringLiteral("trust_stale"), QStringLiteral("trust list older than 48 h"));
    REQUIRE(open.ok());
    REQUIRE(c.journal->record(QStringLiteral("manual_outage"), QStringLiteral("staff entry"), c.clock.now(), c.clock.now(), true).ok());

    const auto p = c.replicate();
    CHECK(p.visitsSent == 5);
    CHECK(p.visitsBacklog == 0);
    CHECK(p.serverVisitSeq == 5);
    // The open period holds back itself and the entry after it.
    CHECK(p.evidenceSent == 1);
    CHECK(p.evidenceBacklog == 2);
    CHECK(serverVisits(c.id) == 5);
    CHECK(chainBreaks(c.id) == 0);

    // Exactly the local chain values, row by row.
    auto local = c.log->listRange(QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(local.ok());
    REQUIRE(local->size() == 5);
    auto rows = admin()->exec(QStringLiteral("SELECT seq, prev_hash, row_hash, verdict, at_utc FROM passdesk.visits WHERE counter_id = $1 ORDER BY seq"), {c.id});
    REQUIRE(rows.ok());
    REQUIRE(rows->rows() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(rows->int64(i, 0) == local->at(i).id);
        CHECK(rows->bytes(i, 1) == local->at(i).prevHash);
        CHECK(rows->bytes(i, 2) == local->at(i).rowHash);
        CHECK(rows->text(i, 3) == local->at(i).verdict);
        CHECK(rows->text(i, 4) == local->at(i).atUtc.toString(Qt::ISODateWithMs));
    }

    // Nothing new: nothing sent. Once the period closes, it and the one after it follow.
    const auto idle = c.replicate();
    CHECK(idle.visitsSent == 0);
    CHECK(idle.evidenceSent == 0);
    c.clock.advance(std::chrono::minutes(5));
    REQUIRE(c.journal->end(*open).ok());
    const auto later = c.replicate();
    CHECK(later.evidenceSent == 2);
    CHECK(later.evidenceBacklog == 0);
    auto ev = admin()->exec(QStringLiteral("SELECT seq, kind, manual, prev_hash, row_hash FROM passdesk.evidence WHERE counter_id = $1 ORDER BY seq"), {c.id});
    REQUIRE(ev.ok());
    REQUIRE(ev->rows() == 3);
    CHECK(ev->text(1, 1) == QStringLiteral("trust_stale"));
    CHECK(ev->text(2, 2) == QStringLiteral("t"));
    for (int i = 1; i < 3; ++i) {
        CHECK(ev->bytes(i, 3) == ev->bytes(i - 1, 4));
    }
}

TEST_CASE("A resend of rows the server has adds no duplicates; a gap, a wrong previous hash and a rewrite are refused", "[replica]")
{
    Counter c(venue());
    c.scan(5);
    REQUIRE(c.replicate().visitsSent == 5);
    auto conn = connect(c.params());

    SECTION("the same rows again are skipped")
    {
        for (qint64 seq = 1; seq <= 5; ++seq) {
            auto r = insertVisit(*conn, c, seq);
            INFO((r ? QString() : r.error().message).toStdString());
            CHECK(r.ok());
        }
        CHECK(serverVisits(c.id) == 5);
        // And a second replicator for the same log sends nothing twice either.
        Replicator again(*c.replicaDb, c.params(), Replicator::Options{c.id, false, 2000});
        c.scan(2);
        auto p = again.replicateOnce();
        REQUIRE(p.ok());
        CHECK(p->visitsSent == 2);
        CHECK(c.replicate().visitsSent == 0);
        CHECK(serverVisits(c.id) == 7);
        CHECK(chainBreaks(c.id) == 0);
    }
    SECTION("a gap")
    {
        c.scan(2); // local rows 6 and 7; send 7 without 6
        auto r = insertVisit(*conn, c, 7);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("replica.gap"));
        CHECK(serverVisits(c.id) == 5);
    }
    SECTION("a wrong previous hash")
    {
        c.scan(1);
        auto r = insertVisit(*conn, c, 6, {{QStringLiteral("prev_hash"), QByteArray(32, '\x07')}});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("replica.prev_mismatch"));
        CHECK(serverVisits(c.id) == 5);
    }
    SECTION("a local row edited after it was written stops its batch, and nothing of the batch arrives")
    {
        c.scan(4); // rows 6 to 9; row 8 no longer chains to row 7
        REQUIRE(c.replicaDb->exec(QStringLiteral("UPDATE visits SET prev_hash = zeroblob(32) WHERE id = 8")).ok());
        auto p = c.replicator->replicateOnce();
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().code == QStringLiteral("replica.prev_mismatch"));
        CHECK(serverVisits(c.id) == 5);
        CHECK(c.replicator->connected()); // a refusal is not an outage: the connection stays
    }
    SECTION("a rewrite of a row the server has")
    {
        auto r = insertVisit(*conn, c, 3, {{QStringLiteral("verdict"), QStringLiteral("invalid")}});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("replica.rewrite"));
        auto verdict = admin()->exec(QStringLiteral("SELECT verdict FROM passdesk.visits WHERE counter_id = $1 AND seq = 3"), {c.id});
        REQUIRE(verdict.ok());
        CHECK(verdict->text(0, 0) == QStringLiteral("valid"));
    }
    SECTION("even the administrator cannot update a shipped row")
    {
        auto r = admin()->exec(QStringLiteral("UPDATE passdesk.visits SET verdict = 'invalid' WHERE counter_id = $1"), {c.id});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("replica.rewrite"));
    }
    SECTION("an evidence entry whose hash does not match its fields")
    {
        auto r = conn->exec(QStringLiteral("INSERT INTO passdesk.evidence (counter_id, seq, kind, cause, started_utc, ended_utc, manual, prev_hash, row_hash) "
                                           "VALUES ($1, 1, 'camera_lost', 'x', '2026-03-01T12:00:00.000Z', '2026-03-01T12:01:00.000Z', false, $2, $3)"),
                            {c.id, QByteArray(32, '\0'), Replicator::evidenceHash(QByteArray(32, '\0'), 1, QStringLiteral("camera_lost"), QStringLiteral("y"),
                                                                                   QStringLiteral("2026-03-01T12:00:00.000Z"),
                                                                                   QStringLiteral("2026-03-01T12:01:00.000Z"), false)});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("replica.hash"));
    }
}

TEST_CASE("A replaced local log is not shipped over the server's chain", "[replica]")
{
    Counter c(venue());
    c.scan(3);
    REQUIRE(c.replicate().visitsSent == 3);
    // A fresh log in the same place (as openOrReplace starts after a corrupt file): its row 3 is not the server's.
    c.replicator.reset();
    c.replicaDb.reset();
    c.journal.reset();
    c.log.reset();
    for (const char* suffix : {"", "-wal", "-shm", ".key"}) {
        QFile::remove(c.dir.filePath(QStringLiteral("visits.db") + QLatin1String(suffix)));
    }
    c.openLog();
    c.scan(4);
    auto p = c.replicator->replicateOnce();
    REQUIRE_FALSE(p.ok());
    CHECK(p.error().code == QStringLiteral("replica.diverged"));
    CHECK(serverVisits(c.id) == 3);
}

TEST_CASE("After the server stops, replication fails cleanly and resumes where the server has the chain", "[replica][outage]")
{
    Counter c(venue());
    c.scan(3);
    REQUIRE(c.replicate().visitsSent == 3);
    REQUIRE(c.replicator->connected());

    test::PgTestServer& s = server();
    REQUIRE(s.stop());
    c.scan(4); // the counter keeps scanning and logging while the server is down
    auto down = c.replicator->replicateOnce();
    REQUIRE_FALSE(down.ok());
    CHECK((down.error().code == QStringLiteral("pg.lost") || down.error().code == QStringLiteral("pg.connect")));
    CHECK_FALSE(c.replicator->connected());
    auto still = c.replicator->replicateOnce();
    REQUIRE_FALSE(still.ok());
    CHECK(still.error().code == QStringLiteral("pg.connect"));

    REQUIRE(s.start());
    const auto p = c.replicate();
    CHECK(p.visitsSent == 4);
    CHECK(p.visitsBacklog == 0);
    CHECK(serverVisits(c.id) == 7);
    CHECK(chainBreaks(c.id) == 0);
}

TEST_CASE("Row-level security: a counter inserts only its own rows and reads, updates or deletes none; an owner reads only its venues",
          "[replica][rls]")
{
    const QString v1 = venue();
    const QString v2 = venue();
    Counter a(v1);
    Counter b(v1);
    Counter other(v2);
    for (Counter* c : {&a, &b, &other}) {
        c->scan(3);
        REQUIRE(c->replicate().visitsSent == 3);
    }
    auto asA = connect(a.params());

    SECTION("a counter cannot read any row, its own included")
    {
        for (const QString& table : {QStringLiteral("visits"), QStringLiteral("evidence"), QStringLiteral("counters")}) {
            auto r = asA->exec(QStringLiteral("SELECT count(*) FROM passdesk.") + table);
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == QStringLiteral("pg.denied"));
        }
    }
    SECTION("a counter cannot update or delete another counter's rows, nor its own")
    {
        for (const QString& id : {b.id, a.id}) {
            auto up = asA->exec(QStringLiteral("UPDATE passdesk.visits SET verdict = 'invalid' WHERE counter_id = $1"), {id});
            REQUIRE_FALSE(up.ok());
            CHECK(up.error().code == QStringLiteral("pg.denied"));
            auto del = asA->exec(QStringLiteral("DELETE FROM passdesk.visits WHERE counter_id = $1"), {id});
            REQUIRE_FALSE(del.ok());
            CHECK(del.error().code == QStringLiteral("pg.denied"));
            auto delEvidence = asA->exec(QStringLiteral("DELETE FROM passdesk.evidence WHERE counter_id = $1"), {id});
            REQUIRE_FALSE(delEvidence.ok());
            CHECK(delEvidence.error().code == QStringLiteral("pg.denied"));
        }
        // Without a WHERE clause no SELECT right is needed: the refusal must come from the grants themselves.
        for (const QString& sql : {QStringLiteral("DELETE FROM passdesk.visits"), QStringLiteral("DELETE FROM passdesk.evidence"),
                                   QStringLiteral("UPDATE passdesk.visits SET verdict = 'invalid'"), QStringLiteral("TRUNCATE passdesk.visits")}) {
            auto r = asA->exec(sql);
            INFO(sql.toStdString());
            REQUIRE_FALSE(r.ok());
            CHECK(r.error().code == QStringLiteral("pg.denied"));
        }
        CHECK(serverVisits(a.id) == 3);
        CHECK(serverVisits(b.id) == 3);
        CHECK(scalar(*admin(), QStringLiteral("SELECT count(*) FROM passdesk.visits WHERE counter_id IN ($1, $2) AND verdict = 'valid'"), {a.id, b.id}) == 6);
    }
    SECTION("a counter cannot insert rows for another counter, even ones that would chain")
    {
        b.scan(1);
        auto r = insertVisit(*asA, b, 4);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == QStringLiteral("pg.denied"));
        CHECK(serverVisits(b.id) == 3);
        // ... and learns nothing of that chain from the refusal (the same answer for a resend of B's row 1).
        auto resend = insertVisit(*asA, b, 1);
        REQUIRE_FALSE(resend.ok());
        CHECK(resend.error().code == QStringLiteral("pg.denied"));
    }
    SECTION("a counter learns only its own high-water mark")
    {
        a.scan(2);
        REQUIRE(a.replicate().visitsSent == 2);
        auto hw = asA->exec(QStringLiteral("SELECT visit_seq FROM passdesk.high_water()"));
        REQUIRE(hw.ok());
        CHECK(hw->int64(0, 0) == 5);
        auto asB = connect(b.params());
        auto hwB = asB->exec(QStringLiteral("SELECT visit_seq FROM passdesk.high_water()"));
        REQUIRE(hwB.ok());
        CHECK(hwB->int64(0, 0) == 3);
        auto probe = asA->exec(QStringLiteral("SELECT passdesk.counter_of($1::name)"), {b.role});
        REQUIRE(probe.ok()); // allowed: it maps a role to its counter id, which the counter's set-up knows anyway
    }
    SECTION("an owner reads every counter of its venue and nothing of another venue")
    {
        const QString ownerRole = fresh("owner");
        REQUIRE(ReplicaSchema::addOwner(*admin(), ownerRole, QStringLiteral("owner-pw"), {v1}).ok());
        auto owner = connect(server().as(ownerRole, QStringLiteral("owner-pw")));
        CHECK(scalar(*owner, QStringLiteral("SELECT count(*) FROM passdesk.visits")) == 6);
        CHECK(scalar(*owner, QStringLiteral("SELECT count(DISTINCT counter_id) FROM passdesk.visits")) == 2);
        CHECK(scalar(*owner, QStringLiteral("SELECT count(*) FROM passdesk.visits WHERE counter_id = $1"), {other.id}) == 0);
        CHECK(scalar(*owner, QStringLiteral("SELECT count(*) FROM passdesk.visits WHERE venue_id = $1"), {v2}) == 0);
        auto up = owner->exec(QStringLiteral("UPDATE passdesk.visits SET verdict = 'invalid'"));
        REQUIRE_FALSE(up.ok());
        CHECK(up.error().code == QStringLiteral("pg.denied"));
        auto ins = insertVisit(*owner, a, 1);
        REQUIRE_FALSE(ins.ok());
        CHECK(ins.error().code == QStringLiteral("pg.denied"));
        auto hw = owner->exec(QStringLiteral("SELECT * FROM passdesk.high_water()"));
        REQUIRE_FALSE(hw.ok());
        CHECK(hw.error().code == QStringLiteral("pg.denied"));
    }
}

TEST_CASE("Names leave the counter only with contact logging on, and only to a venue that logs contacts", "[replica][privacy]")
{
    const log::VisitLog::Options contacts{true, 28};

    SECTION("contact logging off in the replicator: the names stay on the counter")
    {
        Counter c(venue(true), contacts, false);
        c.scan(2);
        REQUIRE(c.replicate().visitsSent == 2);
        CHECK(scalar(*admin(), QStringLiteral("SELECT count(*) FROM passdesk.visits WHERE counter_id = $1 AND holder_name IS NULL AND holder_birth IS NULL"),
                     {c.id}) == 2);
    }
    SECTION("contact logging on: the names arrive")
    {
        Counter c(venue(true), contacts, true);
        c.scan(2);
        REQUIRE(c.replicate().visitsSent == 2);
        auto r = admin()->exec(QStringLiteral("SELECT holder_name, holder_birth FROM passdesk.visits WHERE counter_id = $1 ORDER BY seq"), {c.id});
        REQUIRE(r.ok());
        REQUIRE(r->rows() == 2);
        auto local = c.log->listRange(QDate(2026, 1, 1), QDate(2026, 12, 31));
        REQUIRE(local.ok());
        REQUIRE_FALSE(local->at(0).holderName.isEmpty());
        CHECK(r->text(0, 0) == local->at(0).holderName);
        CHECK(r->text(0, 1) == QStringLiteral("1985-03-14"));
    }
    SECTION("a venue without contact logging refuses names, and nothing of the batch arrives")
    {
        Counter c(venue(false), contacts, true);
        c.scan(2);
        auto p = c.replicator->replicateOnce();
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().code == QStringLiteral("replica.names"));
        CHECK(serverVisits(c.id) == 0);
    }
}

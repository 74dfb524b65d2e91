#include "log/EvidenceJournal.h"

#include "log/MetaStore.h"

namespace passdesk::log {

namespace {
QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

EvidenceJournal::EvidenceJournal(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<qint64> EvidenceJournal::record(const QString& kind, const QString& cause, const QDateTime& started, const QDateTime& ended, bool manual)
{
    auto st = m_db.prepare(QStringLiteral("INSERT INTO evidence (kind, cause, started_utc, ended_utc, manual) VALUES (?, ?, ?, ?, ?)"));
    if (!st) {
        return st.error();
    }
    st->bind(1, kind).bind(2, cause).bind(3, iso(started)).bind(4, ended.isValid() ? QVariant(iso(ended)) : QVariant()).bind(5, manual ? 1 : 0);
    if (Status s = st->exec(); !s) {
        return s.error();
    }
    return m_db.lastInsertRowId();
}

Result<qint64> EvidenceJournal::begin(const QString& kind, const QString& cause)
{
    return record(kind, cause, m_clock.now(), QDateTime(), false);
}

Status EvidenceJournal::end(qint64 id)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE evidence SET ended_utc = ? WHERE id = ? AND ended_utc IS NULL"));
    if (!st) {
        return st.error();
    }
    st->bind(1, iso(m_clock.now())).bind(2, id);
    return st->exec();
}

Result<QList<EvidenceEvent>> EvidenceJournal::list(const QDateTime& from, const QDateTime& to)
{
    auto st = m_db.prepare(QStringLiteral("SELECT id, kind, cause, started_utc, ended_utc, manual FROM evidence "
                                          "WHERE started_utc <= ? AND (ended_utc IS NULL OR ended_utc >= ?) ORDER BY started_utc, id"));
    if (!st) {
        return st.error();
    }
    st->bind(1, iso(to)).bind(2, iso(from));
    QList<EvidenceEvent> out;
    while (true) {
        auto row = st->step();
        if (!row) {
            return row.error();
        }
        if (!*row) {
            break;
        }
        EvidenceEvent e;
        e.id = st->int64(0);
        e.kind = st->text(1);
        e.cause = st->text(2);
        e.started = QDateTime::fromString(st->text(3), Qt::ISODateWithMs);
        e.ended = st->isNull(4) ? QDateTime() : QDateTime::fromString(st->text(4), Qt::ISODateWithMs);
        e.manual = st->int64(5) != 0;
        out.append(e);
    }
    return out;
}

std::optional<EvidenceEvent> EvidenceJournal::startRun()
{
    std::optional<EvidenceEvent> found;
    if (MetaStore::get(m_db, QStringLiteral("running")) == QLatin1String("1")) {
        EvidenceEvent e;
        e.kind = QStringLiteral("unclean_shutdown");
        e.cause = QStringLiteral("the previous run ended without closing (crash, power cut or kill)");
        e.started = QDateTime::fromString(MetaStore::get(m_db, QStringLiteral("heartbeat")), Qt::ISODateWithMs);
        e.ended = m_clock.now();
        if (!e.started.isValid()) {
            e.started = e.ended;
        }
        if (auto id = record(e.kind, e.cause, e.started, e.ended, false)) {
            e.id = *id;
            found = e;
        }
    }
    (void)MetaStore::set(m_db, QStringLiteral("running"), QStringLiteral("1"));
    (void)heartbeat();
    return found;
}

Status EvidenceJournal::heartbeat()
{
    return MetaStore::set(m_db, QStringLiteral("heartbeat"), iso(m_clock.now()));
}

Status EvidenceJournal::endRun()
{
    (void)heartbeat();
    return MetaStore::set(m_db, QStringLiteral("running"), QStringLiteral("0"));
}

bool EvidenceJournal::checkClock(std::chrono::seconds tolerance)
{
    const QDateTime wall = m_clock.now();
    const auto mono = m_clock.monotonic();
    if (!m_clockRef) {
        m_clockRef = {wall, mono};
        return false;
    }
    const qint64 wallMs = m_clockRef->first.msecsTo(wall);
    const qint64 monoMs = std::chrono::duration_cast<std::chrono::milliseconds>(mono - m_clockRef->second).count();
    const qint64 jumpMs = wallMs - monoMs;
    m_clockRef = {wall, mono};
    if (std::abs(jumpMs) <= std::chrono::duration_cast<std::chrono::milliseconds>(tolerance).count()) {
        return false;
    }
    const QString cause = QStringLiteral("the wall clock jumped %1 %2 s against the monotonic clock")
                              .arg(jumpMs > 0 ? QStringLiteral("forward") : QStringLiteral("back"))
                              .arg(std::abs(jumpMs) / 1000);
    return record(QStringLiteral("clock_jump"), cause, wall.addMSecs(-wallMs), wall, false).ok();
}

} // namespace passdesk::log

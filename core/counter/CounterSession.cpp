#include "counter/CounterSession.h"

#include "log/MetaStore.h"

namespace passdesk::counter {

namespace {
constexpr const char* kLogReplacedKey = "log.replaced.unacknowledged";

QString errorText(const Error& e)
{
    return e.message + QStringLiteral(" [") + e.code + QLatin1Char(']');
}
} // namespace

CounterSession::CounterSession(std::unique_ptr<scan::FrameSource> source,
                               std::shared_ptr<const trust::TrustStore> trust, const Clock& clock, Options options)
    : m_source(std::move(source)), m_clock(clock), m_options(std::move(options)), m_pipeline(std::move(trust), clock)
{
}

CounterSession::~CounterSession()
{
    close();
}

InputKind CounterSession::frameInput() const
{
    return m_source && m_source->isCamera() ? InputKind::Camera : InputKind::File;
}

Result<CounterSession::Opened> CounterSession::open()
{
    Opened opened;
    m_lastCode = std::chrono::steady_clock::now();
    m_lastCodeWall = m_clock.now();
    if (m_options.logPath.isEmpty()) {
        return opened;
    }
    if (m_log) {
        if (!m_runOpen) { // started again after close(): a new evidence run on the same log
            opened.unclean = m_journal->startRun();
            m_runOpen = true;
        }
        return opened;
    }
    QString movedTo;
    QString why;
    auto log = log::VisitLog::openOrReplace(m_options.logPath, m_clock, m_options.log, &movedTo, &why);
    if (!log) {
        return log.error();
    }
    m_log = std::move(log).value();
    log::Database& db = m_log->database();
    // Kept in the new log until the owner acknowledges it, so a restart does not lose the notice.
    if (!movedTo.isEmpty()) {
        opened.replacedNow = true;
        (void)log::MetaStore::set(db, QString::fromLatin1(kLogReplacedKey), why + QLatin1Char('\n') + movedTo);
    }
    const QString pending = log::MetaStore::get(db, QString::fromLatin1(kLogReplacedKey));
    if (!pending.isEmpty()) {
        opened.why = pending.section(QLatin1Char('\n'), 0, 0);
        opened.movedTo = pending.section(QLatin1Char('\n'), 1);
    }
    if (auto purged = m_log->purge()) {
        opened.purged = *purged;
    }
    m_journal = std::make_unique<log::EvidenceJournal>(db, m_clock);
    opened.unclean = m_journal->startRun(); // records an unclean end of the previous run
    m_runOpen = true;
    (void)m_journal->checkClock();
    m_lastHeartbeat = std::chrono::steady_clock::now();
    storeVenue();
    setTrustRepository(m_repository);
    return opened;
}

void CounterSession::endPeriod(std::optional<qint64>& period)
{
    if (period && m_journal) {
        (void)m_journal->end(*period);
    }
    period.reset();
}

void CounterSession::close()
{
    if (!m_journal || !m_runOpen) {
        return;
    }
    endPeriod(m_cameraLost);
    endPeriod(m_noDecodeOpen);
    endPeriod(m_serviceDown);
    endPeriod(m_scannerLost);
    // A run of failed appends still going at the end is recorded as far as it went (if the log takes it).
    recordLogErrorPeriod();
    (void)m_journal->endRun();
    m_runOpen = false;
}

void CounterSession::sourceStateChanged(scan::SourceState state)
{
    // Evidence: every period the camera was gone.
    if (state == scan::SourceState::Lost || state == scan::SourceState::Live) {
        period(m_cameraLost, state == scan::SourceState::Live, QStringLiteral("camera_lost"), m_source->name());
    }
}

CounterSession::Step CounterSession::step()
{
    Step result;
    const auto started = std::chrono::steady_clock::now();
    result.frame = m_source->read();
    if (m_source->state() != m_lastState) {
        m_lastState = m_source->state();
        result.stateChanged = true;
        sourceStateChanged(m_lastState);
    }
    if (m_journal && started - m_lastHeartbeat >= m_options.heartbeatInterval) {
        m_lastHeartbeat = started;
        (void)m_journal->heartbeat();
        (void)m_journal->checkClock();
        if (m_staleMonitor) {
            m_staleMonitor->check();
        }
    }
    if (result.frame) {
        auto decoded = m_pipeline.processFrame(*result.frame, frameInput());
        result.codes = std::move(decoded.codes);
        result.decodeMs = decoded.decodeMs;
        if (decoded.outcome) {
            result.delivery = deliver(*decoded.outcome);
        }
    }
    watchDecodes(!result.codes.isEmpty());
    return result;
}

std::optional<CounterSession::Delivery> CounterSession::submitText(const QString& text, InputKind input)
{
    auto outcome = m_pipeline.processText(text, input);
    if (!outcome) {
        return std::nullopt;
    }
    return deliver(*outcome);
}

CounterSession::Delivery CounterSession::admitExemption(const QString& exemptionId)
{
    ScanOutcome outcome;
    outcome.input = InputKind::Manual;
    outcome.at = m_clock.now();
    outcome.captured = std::chrono::steady_clock::now();
    outcome.verdict.kind = rules::VerdictKind::Valid;
    outcome.verdict.policy = m_pipeline.policy().name;
    outcome.verdict.reasons = {QStringLiteral("policy.exemption"), QStringLiteral("exemption.") + exemptionId};
    outcome.decided = outcome.captured;
    return deliver(outcome);
}

CounterSession::Delivery CounterSession::deliver(const ScanOutcome& checked)
{
    Delivery delivery;
    ScanOutcome outcome = checked;
    if (m_options.logPath.isEmpty()) {
        delivery.outcome = std::move(outcome);
        return delivery;
    }
    if (!m_log) {
        delivery.logError = QStringLiteral("the visitor log is not open [log.closed]");
        return delivery;
    }
    m_log->markReuse(outcome.verdict, outcome.verification, m_options.reuseWindow);
    if (m_countedDay != m_clock.now().toLocalTime().date()) {
        delivery.recounted = countToday(); // past midnight: today's figures start again, before this visit is added
    }
    auto id = m_log->append(m_log->visitFrom(outcome.verification, outcome.verdict, toString(outcome.input),
                                             m_clock.now(), m_options.staff));
    if (!id) {
        if (!m_logErrorSince.isValid()) {
            m_logErrorSince = m_clock.now();
            m_logErrorCause = errorText(id.error());
        }
        delivery.logError = errorText(id.error());
        return delivery; // not on disk, so not on screen
    }
    recordLogErrorPeriod();
    delivery.logged = *id;
    delivery.outcome = std::move(outcome);
    return delivery;
}

void CounterSession::recordLogErrorPeriod()
{
    // The failure period is written once the log works again (while it fails, so may this).
    if (m_logErrorSince.isValid() && m_journal) {
        (void)m_journal->record(QStringLiteral("log_error"), m_logErrorCause, m_logErrorSince, m_clock.now(), false);
    }
    m_logErrorSince = QDateTime();
    m_logErrorCause.clear();
}

void CounterSession::watchDecodes(bool codeSeen)
{
    const auto now = std::chrono::steady_clock::now();
    if (codeSeen || m_source->state() != scan::SourceState::Live) {
        m_lastCode = now;
        m_lastCodeWall = m_clock.now();
        endPeriod(m_noDecodeOpen);
        return;
    }
    if (!m_noDecodeOpen && m_journal && now - m_lastCode >= m_options.noDecodeLimit) {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_options.noDecodeLimit).count();
        const QString cause =
            QStringLiteral("%1: no readable code for %2 min while live").arg(m_source->name()).arg(minutes);
        if (auto id = m_journal->record(QStringLiteral("no_decode"), cause, m_lastCodeWall, QDateTime(), false)) {
            m_noDecodeOpen = *id;
        }
    }
}

void CounterSession::setTrustRepository(std::shared_ptr<const trust::TrustRepository> repository)
{
    m_repository = std::move(repository);
    m_staleMonitor.reset();
    if (m_repository && m_journal) {
        m_staleMonitor = std::make_unique<TrustStaleMonitor>(*m_repository, *m_journal, m_clock);
        m_staleMonitor->check();
    }
}

void CounterSession::period(std::optional<qint64>& open, bool fine, const QString& kind, const QString& cause)
{
    if (!m_journal) {
        return;
    }
    if (fine) {
        endPeriod(open);
    } else if (!open) {
        if (auto id = m_journal->begin(kind, cause)) {
            open = *id;
        }
    }
}

void CounterSession::serviceStatus(const QString& service, bool reachable, const QString& problem)
{
    period(m_serviceDown, reachable, QStringLiteral("service_unreachable"), service + QStringLiteral(": ") + problem);
    if (m_staleMonitor) {
        m_staleMonitor->check();
    }
}

void CounterSession::scannerStatus(const QString& port, bool connected, const QString& detail)
{
    period(m_scannerLost, connected, QStringLiteral("scanner_lost"), port + QStringLiteral(": ") + detail);
}

void CounterSession::setVenue(const report::VenueProfile& venue)
{
    m_venue = venue;
    storeVenue();
}

void CounterSession::storeVenue()
{
    if (!m_log || !m_venue) {
        return; // stored once the log is open
    }
    if (report::VenueProfile::load(m_log->database()).toJson() != m_venue->toJson()) {
        (void)m_venue->save(m_log->database());
    }
}

void CounterSession::acknowledgeLogReplaced()
{
    if (m_log) {
        (void)log::MetaStore::set(m_log->database(), QString::fromLatin1(kLogReplacedKey), QString());
    }
}

std::optional<CounterSession::DayCount> CounterSession::countToday()
{
    if (!m_log) {
        return std::nullopt;
    }
    const QDate today = m_clock.now().toLocalTime().date();
    auto counts = m_log->countDay(today);
    if (!counts) {
        return std::nullopt; // the window keeps counting its own scans
    }
    DayCount count;
    count.day = today;
    for (const auto& [verdict, n] : *counts) {
        (verdict == QLatin1String("valid") || verdict == QLatin1String("check-id") ? count.admitted : count.refused) +=
            n;
    }
    m_countedDay = today;
    return count;
}

Status CounterSession::recordOutage(const QDateTime& started, const QDateTime& ended, const QString& note)
{
    if (!m_journal) {
        return Error{QStringLiteral("log.closed"), QStringLiteral("the visitor log is not open")};
    }
    if (!started.isValid() || !ended.isValid() || ended < started) {
        return Error{QStringLiteral("outage.order"), QStringLiteral("the end of the outage is before its start")};
    }
    auto id = m_journal->record(QStringLiteral("manual_outage"), note.trimmed(), started.toUTC(), ended.toUTC(), true);
    if (!id) {
        return id.error();
    }
    return {};
}

} // namespace passdesk::counter

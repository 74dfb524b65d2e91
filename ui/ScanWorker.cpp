#include "ScanWorker.h"

#include "log/MetaStore.h"

#include <opencv2/imgproc.hpp>

namespace passdesk::ui {

namespace {
constexpr const char* kLogReplacedKey = "log.replaced.unacknowledged";

QImage toImage(const cv::Mat& m)
{
    if (m.type() == CV_8UC1) {
        return QImage(m.data, m.cols, m.rows, int(m.step[0]), QImage::Format_Grayscale8).copy();
    }
    if (m.type() == CV_8UC3) {
        cv::Mat rgb;
        cv::cvtColor(m, rgb, cv::COLOR_BGR2RGB);
        return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step[0]), QImage::Format_RGB888).copy();
    }
    return {};
}
} // namespace

ScanWorker::ScanWorker(std::unique_ptr<scan::FrameSource> source, std::shared_ptr<const trust::TrustStore> trust, const Clock& clock,
                       QString logPath)
    : m_source(std::move(source)), m_pipeline(std::make_unique<scan::ScanPipeline>(std::move(trust), clock)), m_clock(clock),
      m_logPath(std::move(logPath))
{
    qRegisterMetaType<passdesk::scan::ScanOutcome>();
}

ScanWorker::~ScanWorker() = default;

void ScanWorker::start()
{
    if (m_timer == nullptr) {
        m_timer = new QTimer(this); // created on the worker thread
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ScanWorker::tick);
    }
    if (!m_logPath.isEmpty() && !m_log) {
        // Opened here so the SQLite connection lives on this thread.
        QString movedTo;
        QString why;
        auto opened = log::VisitLog::openOrReplace(m_logPath, m_clock, m_logOptions, &movedTo, &why);
        if (opened) {
            // Kept in the new log until the owner acknowledges it, so a restart does not lose the notice.
            log::Database& db = (*opened)->database();
            if (!movedTo.isEmpty()) {
                (void)log::MetaStore::set(db, QString::fromLatin1(kLogReplacedKey), why + QLatin1Char('\n') + movedTo);
            }
            const QString pending = log::MetaStore::get(db, QString::fromLatin1(kLogReplacedKey));
            if (!pending.isEmpty()) {
                Q_EMIT logReplaced(pending.section(QLatin1Char('\n'), 1), pending.section(QLatin1Char('\n'), 0, 0));
            }
        }
        if (!opened) {
            Q_EMIT logFailed(opened.error().message + QStringLiteral(" [") + opened.error().code + QLatin1Char(']'));
        } else {
            m_log = std::move(opened).value();
            (void)m_log->purge();
            m_journal = std::make_unique<log::EvidenceJournal>(m_log->database(), m_clock);
            (void)m_journal->startRun(); // records an unclean end of the previous run
            (void)m_journal->checkClock();
            storeVenue();
            setTrustRepository(m_repository);
            countToday();
        }
    }
    m_running = true;
    m_lastCode = std::chrono::steady_clock::now();
    m_lastCodeWall = m_clock.now();
    Q_EMIT sourceStateChanged(m_source->name(), int(m_source->state()));
    m_timer->start(0);
}

void ScanWorker::stop()
{
    if (m_journal) {
        if (m_cameraLost) {
            (void)m_journal->end(*m_cameraLost);
            m_cameraLost.reset();
        }
        if (m_noDecodeOpen) {
            (void)m_journal->end(*m_noDecodeOpen);
            m_noDecodeOpen.reset();
        }
        if (m_serviceDown) {
            (void)m_journal->end(*m_serviceDown);
            m_serviceDown.reset();
        }
        if (m_scannerLost) {
            (void)m_journal->end(*m_scannerLost);
            m_scannerLost.reset();
        }
        (void)m_journal->endRun();
    }
    m_running = false;
    if (m_timer != nullptr) {
        m_timer->stop();
    }
}

void ScanWorker::submitText(const QString& text, int inputKind)
{
    if (auto outcome = m_pipeline->processText(text, scan::InputKind(inputKind))) {
        deliver(*outcome);
    }
}

void ScanWorker::setPolicy(const rules::Policy& policy)
{
    m_pipeline->setPolicy(policy);
}

void ScanWorker::setTrust(std::shared_ptr<const trust::TrustStore> trust)
{
    m_pipeline->setTrust(std::move(trust));
}

void ScanWorker::setReuseWindow(std::chrono::seconds window)
{
    m_reuseWindow = window;
}

void ScanWorker::setLogOptions(const log::VisitLog::Options& options)
{
    m_logOptions = options;
}

void ScanWorker::setStaff(const QString& staff)
{
    m_staff = staff;
}

void ScanWorker::setNoDecodeLimit(std::chrono::seconds limit)
{
    m_noDecodeLimit = limit;
}

void ScanWorker::recordOutage(const QDateTime& started, const QDateTime& ended, const QString& note)
{
    if (!m_journal) {
        Q_EMIT outageRecorded(tr("the visitor log is not open"));
        return;
    }
    if (!started.isValid() || !ended.isValid() || ended < started) {
        Q_EMIT outageRecorded(tr("the end of the outage is before its start"));
        return;
    }
    auto id = m_journal->record(QStringLiteral("manual_outage"), note.trimmed(), started.toUTC(), ended.toUTC(), true);
    Q_EMIT outageRecorded(id ? QString() : id.error().message);
}

void ScanWorker::acknowledgeLogReplaced()
{
    if (m_log) {
        (void)log::MetaStore::set(m_log->database(), QString::fromLatin1(kLogReplacedKey), QString());
    }
}

void ScanWorker::countToday()
{
    if (!m_log) {
        return;
    }
    const QDate today = m_clock.now().toLocalTime().date();
    auto counts = m_log->countDay(today);
    if (!counts) {
        return; // the window keeps counting its own scans
    }
    qint64 admitted = 0;
    qint64 refused = 0;
    for (const auto& [verdict, n] : *counts) {
        (verdict == QLatin1String("valid") || verdict == QLatin1String("check-id") ? admitted : refused) += n;
    }
    m_countedDay = today;
    Q_EMIT todayCounted(today, admitted, refused);
}

void ScanWorker::setTrustRepository(std::shared_ptr<const trust::TrustRepository> repository)
{
    m_repository = std::move(repository);
    m_staleMonitor.reset();
    if (m_repository && m_journal) {
        m_staleMonitor = std::make_unique<update::TrustStaleMonitor>(*m_repository, *m_journal, m_clock);
        m_staleMonitor->check();
    }
}

void ScanWorker::scannerStatus(const QString& port, bool connected, const QString& detail)
{
    if (!m_journal) {
        return;
    }
    if (connected && m_scannerLost) {
        (void)m_journal->end(*m_scannerLost);
        m_scannerLost.reset();
    } else if (!connected && !m_scannerLost) {
        if (auto id = m_journal->begin(QStringLiteral("scanner_lost"), port + QStringLiteral(": ") + detail)) {
            m_scannerLost = *id;
        }
    }
}

void ScanWorker::serviceStatus(const QString& service, bool reachable, const QString& problem)
{
    if (!m_journal) {
        return;
    }
    if (reachable && m_serviceDown) {
        (void)m_journal->end(*m_serviceDown);
        m_serviceDown.reset();
    } else if (!reachable && !m_serviceDown) {
        if (auto id = m_journal->begin(QStringLiteral("service_unreachable"), service + QStringLiteral(": ") + problem)) {
            m_serviceDown = *id;
        }
    }
    if (m_staleMonitor) {
        m_staleMonitor->check();
    }
}

void ScanWorker::setVenue(const report::VenueProfile& venue)
{
    m_venue = venue;
    storeVenue();
}

void ScanWorker::storeVenue()
{
    if (!m_log || !m_venue) {
        return; // stored once the log is open
    }
    if (report::VenueProfile::load(m_log->database()).toJson() != m_venue->toJson()) {
        (void)m_venue->save(m_log->database());
    }
}

void ScanWorker::admitExemption(const QString& exemptionId)
{
    scan::ScanOutcome outcome;
    outcome.input = scan::InputKind::Manual;
    outcome.at = m_clock.now();
    outcome.captured = std::chrono::steady_clock::now();
    outcome.verdict.kind = rules::VerdictKind::Valid;
    outcome.verdict.policy = m_pipeline->policy().name;
    outcome.verdict.reasons = {QStringLiteral("policy.exemption"), QStringLiteral("exemption.") + exemptionId};
    outcome.decided = outcome.captured;
    deliver(outcome);
}

void ScanWorker::logErrorRecovered()
{
    // The failure period is written once the log works again (while it fails, so may this).
    if (m_logErrorSince.isValid() && m_journal) {
        (void)m_journal->record(QStringLiteral("log_error"), m_logErrorCause, m_logErrorSince, m_clock.now(), false);
    }
    m_logErrorSince = QDateTime();
    m_logErrorCause.clear();
}

void ScanWorker::watchDecodes(bool codeSeen)
{
    const auto now = std::chrono::steady_clock::now();
    if (codeSeen || m_source->state() != scan::SourceState::Live) {
        m_lastCode = now;
        m_lastCodeWall = m_clock.now();
        if (m_noDecodeOpen && m_journal) {
            (void)m_journal->end(*m_noDecodeOpen);
        }
        m_noDecodeOpen.reset();
        return;
    }
    if (!m_noDecodeOpen && m_journal && now - m_lastCode >= m_noDecodeLimit) {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_noDecodeLimit).count();
        const QString cause = QStringLiteral("%1: no readable code for %2 min while live").arg(m_source->name()).arg(minutes);
        if (auto id = m_journal->record(QStringLiteral("no_decode"), cause, m_lastCodeWall, QDateTime(), false)) {
            m_noDecodeOpen = *id;
        }
    }
}

void ScanWorker::setFixedTime(const QDateTime& at)
{
    m_pipeline->setFixedTime(at.isValid() ? std::optional<QDateTime>(at) : std::nullopt);
}

void ScanWorker::deliver(const scan::ScanOutcome& checked)
{
    scan::ScanOutcome outcome = checked;
    if (!m_logPath.isEmpty()) {
        if (m_log) {
            m_log->markReuse(outcome.verdict, outcome.verification, m_reuseWindow);
        }
        if (!m_log) {
            Q_EMIT logFailed(tr("the visitor log is not open"));
            return;
        }
        if (m_countedDay != m_clock.now().toLocalTime().date()) {
            countToday(); // past midnight: today's figures start again, before this visit is added
        }
        auto id = m_log->append(m_log->visitFrom(outcome.verification, outcome.verdict, toString(outcome.input), m_clock.now(), m_staff));
        if (!id) {
            if (!m_logErrorSince.isValid()) {
                m_logErrorSince = m_clock.now();
                m_logErrorCause = id.error().message + QStringLiteral(" [") + id.error().code + QLatin1Char(']');
            }
            Q_EMIT logFailed(id.error().message + QStringLiteral(" [") + id.error().code + QLatin1Char(']'));
            return; // not on disk, so not on screen
        }
        logErrorRecovered();
        Q_EMIT logged(*id);
    }
    Q_EMIT outcomeReady(outcome);
}

void ScanWorker::tick()
{
    if (!m_running) {
        return;
    }
    const auto started = std::chrono::steady_clock::now();
    auto frame = m_source->read();
    if (m_source->state() != m_lastState) {
        m_lastState = m_source->state();
        Q_EMIT sourceStateChanged(m_source->name(), int(m_lastState));
        // Evidence: every period the camera was gone.
        if (m_journal && m_lastState == scan::SourceState::Lost && !m_cameraLost) {
            if (auto id = m_journal->begin(QStringLiteral("camera_lost"), m_source->name())) {
                m_cameraLost = *id;
            }
        } else if (m_journal && m_lastState == scan::SourceState::Live && m_cameraLost) {
            (void)m_journal->end(*m_cameraLost);
            m_cameraLost.reset();
        }
    }
    if (m_journal && started - m_lastHeartbeat > std::chrono::seconds(5)) {
        m_lastHeartbeat = started;
        (void)m_journal->heartbeat();
        (void)m_journal->checkClock();
        if (m_staleMonitor) {
            m_staleMonitor->check();
        }
    }
    bool codeSeen = false;
    if (frame) {
        const auto result = m_pipeline->processFrame(*frame, m_source->name().startsWith(QLatin1String("camera")) ? scan::InputKind::Camera
                                                                                                                : scan::InputKind::File);
        if (result.outcome) {
            deliver(*result.outcome);
        }
        codeSeen = !result.codes.isEmpty();
        const auto now = std::chrono::steady_clock::now();
        if (now - m_lastPreview >= std::chrono::milliseconds(kPreviewIntervalMs) || !result.codes.isEmpty()) {
            m_lastPreview = now;
            QList<QPolygonF> outlines;
            for (const auto& code : result.codes) {
                outlines.append(QPolygonF({code.corners[0], code.corners[1], code.corners[2], code.corners[3]}));
            }
            Q_EMIT previewReady(toImage(frame->image), outlines);
        }
    }
    watchDecodes(codeSeen);
    if (m_source->state() == scan::SourceState::Finished) {
        return;
    }
    // Recorded sources are paced like video; a camera paces itself in read().
    const auto spent = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    const auto wait = m_source->frameInterval() - spent;
    m_timer->start(int(std::max<std::chrono::milliseconds::rep>(0, wait.count())));
}

} // namespace passdesk::ui

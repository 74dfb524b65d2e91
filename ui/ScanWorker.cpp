#include "ScanWorker.h"

#include <opencv2/imgproc.hpp>

namespace passdesk::ui {

namespace {
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

counter::CounterSessionOptions optionsFor(QString logPath)
{
    counter::CounterSessionOptions options;
    options.logPath = std::move(logPath);
    return options;
}
} // namespace

ScanWorker::ScanWorker(std::unique_ptr<scan::FrameSource> source, std::shared_ptr<const trust::TrustStore> trust,
                       const Clock& clock, QString logPath)
    : m_session(std::move(source), std::move(trust), clock, optionsFor(std::move(logPath)))
{
    qRegisterMetaType<passdesk::counter::ScanOutcome>();
}

ScanWorker::~ScanWorker() = default;

void ScanWorker::start()
{
    if (m_timer == nullptr) {
        m_timer = new QTimer(this); // created on the worker thread
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ScanWorker::tick);
    }
    // Opened here so the SQLite connection lives on this thread (after stop(), open() starts a new run).
    auto opened = m_session.open();
    if (!opened) {
        Q_EMIT logFailed(opened.error().message + QStringLiteral(" [") + opened.error().code + QLatin1Char(']'));
    } else {
        if (!opened->movedTo.isEmpty()) {
            Q_EMIT logReplaced(opened->movedTo, opened->why);
        }
        countToday();
    }
    m_running = true;
    Q_EMIT sourceStateChanged(m_session.source().name(), int(m_session.source().state()));
    m_timer->start(0);
}

void ScanWorker::stop()
{
    m_session.close();
    m_running = false;
    if (m_timer != nullptr) {
        m_timer->stop();
    }
}

void ScanWorker::submitText(const QString& text, int inputKind)
{
    if (auto delivery = m_session.submitText(text, counter::InputKind(inputKind))) {
        deliver(*delivery);
    }
}

void ScanWorker::setPolicy(const rules::Policy& policy)
{
    m_session.pipeline().setPolicy(policy);
}

void ScanWorker::setTrust(std::shared_ptr<const trust::TrustStore> trust)
{
    m_session.pipeline().setTrust(std::move(trust));
}

void ScanWorker::setFixedTime(const QDateTime& at)
{
    m_session.pipeline().setFixedTime(at.isValid() ? std::optional<QDateTime>(at) : std::nullopt);
}

void ScanWorker::setReuseWindow(std::chrono::seconds window)
{
    m_session.setReuseWindow(window);
}

void ScanWorker::setLogOptions(const log::VisitLog::Options& options)
{
    m_session.setLogOptions(options);
}

void ScanWorker::setStaff(const QString& staff)
{
    m_session.setStaff(staff);
}

void ScanWorker::setNoDecodeLimit(std::chrono::seconds limit)
{
    m_session.setNoDecodeLimit(limit);
}

void ScanWorker::admitExemption(const QString& exemptionId)
{
    deliver(m_session.admitExemption(exemptionId));
}

void ScanWorker::setTrustRepository(std::shared_ptr<const trust::TrustRepository> repository)
{
    m_session.setTrustRepository(std::move(repository));
}

void ScanWorker::serviceStatus(const QString& service, bool reachable, const QString& problem)
{
    m_session.serviceStatus(service, reachable, problem);
}

void ScanWorker::scannerStatus(const QString& port, bool connected, const QString& detail)
{
    m_session.scannerStatus(port, connected, detail);
}

void ScanWorker::setVenue(const report::VenueProfile& venue)
{
    m_session.setVenue(venue);
}

void ScanWorker::acknowledgeLogReplaced()
{
    m_session.acknowledgeLogReplaced();
}

void ScanWorker::countToday()
{
    if (auto count = m_session.countToday()) {
        announce(*count);
    }
}

void ScanWorker::announce(const counter::CounterSession::DayCount& count)
{
    Q_EMIT todayCounted(count.day, count.admitted, count.refused);
}

void ScanWorker::recordOutage(const QDateTime& started, const QDateTime& ended, const QString& note)
{
    const Status stored = m_session.recordOutage(started, ended, note);
    if (stored) {
        Q_EMIT outageRecorded(QString());
    } else if (stored.error().code == QLatin1String("log.closed")) {
        Q_EMIT outageRecorded(tr("the visitor log is not open"));
    } else if (stored.error().code == QLatin1String("outage.order")) {
        Q_EMIT outageRecorded(tr("the end of the outage is before its start"));
    } else {
        Q_EMIT outageRecorded(stored.error().message);
    }
}

void ScanWorker::deliver(const counter::CounterSession::Delivery& delivery)
{
    if (delivery.recounted) {
        announce(*delivery.recounted);
    }
    if (!delivery.logError.isEmpty()) {
        Q_EMIT logFailed(delivery.logError); // not on disk, so not on screen
        return;
    }
    if (delivery.logged > 0) {
        Q_EMIT logged(delivery.logged);
    }
    if (delivery.outcome) {
        Q_EMIT outcomeReady(*delivery.outcome);
    }
}

void ScanWorker::tick()
{
    if (!m_running) {
        return;
    }
    const auto started = std::chrono::steady_clock::now();
    const auto step = m_session.step();
    const scan::FrameSource& source = m_session.source();
    if (step.stateChanged) {
        Q_EMIT sourceStateChanged(source.name(), int(source.state()));
    }
    if (step.delivery) {
        deliver(*step.delivery);
    }
    if (step.frame) {
        const auto now = std::chrono::steady_clock::now();
        if (now - m_lastPreview >= std::chrono::milliseconds(kPreviewIntervalMs) || !step.codes.isEmpty()) {
            m_lastPreview = now;
            QList<QPolygonF> outlines;
            for (const auto& code : step.codes) {
                outlines.append(QPolygonF({code.corners[0], code.corners[1], code.corners[2], code.corners[3]}));
            }
            Q_EMIT previewReady(toImage(step.frame->image), outlines);
        }
    }
    if (source.state() == scan::SourceState::Finished) {
        return;
    }
    // Recorded sources are paced like video; a camera paces itself in read().
    const auto spent =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    const auto wait = source.frameInterval() - spent;
    m_timer->start(int(std::max<std::chrono::milliseconds::rep>(0, wait.count())));
}

} // namespace passdesk::ui

#pragma once

#include "ScanTypes.h"
#include "counter/CounterSession.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QPolygonF>
#include <QTimer>

#include <memory>

namespace passdesk::ui {

/// Runs a counter::CounterSession on its own thread (moveToThread), so the GUI thread never waits on a
/// camera read, a decode or a log write: a Qt shell that paces the session's steps with a timer and
/// turns its results into signals. Frames that arrive while a decode runs are simply not read (the
/// camera keeps one buffered frame), which is how frames are dropped under load.
class ScanWorker : public QObject
{
    Q_OBJECT
public:
    /// With `logPath`, every verdict is committed to the visitor log (on this thread) before it is
    /// sent to the screen; a verdict that cannot be logged is not shown (logFailed instead).
    ScanWorker(std::unique_ptr<scan::FrameSource> source, std::shared_ptr<const trust::TrustStore> trust, const Clock& clock,
               QString logPath = {});
    ~ScanWorker() override;

    /// Latest preview at most this often (the verdict path is not throttled).
    static constexpr int kPreviewIntervalMs = 66;

public Q_SLOTS:
    void start();
    void stop();
    /// Text from a wedge or serial scanner, or typed by hand.
    void submitText(const QString& text, int inputKind);
    void setPolicy(const passdesk::rules::Policy& policy);
    void setTrust(std::shared_ptr<const passdesk::trust::TrustStore> trust);
    void setFixedTime(const QDateTime& at);
    /// A valid certificate admitted again within this window shows CHECK ID (default 2 hours).
    void setReuseWindow(std::chrono::seconds window);
    /// Contact logging and retention for the visitor log; call before start().
    void setLogOptions(const passdesk::log::VisitLog::Options& options);
    /// The staff member signed in at the counter, written with every visit (empty: nobody).
    void setStaff(const QString& staff);
    /// A live source with no readable code for this long opens a `no_decode` evidence period, closed by
    /// the next code read (default 30 minutes).
    void setNoDecodeLimit(std::chrono::seconds limit);
    /// Staff admit someone under one of the policy's exemptions (medical letter, lone diner): logged
    /// as a manual visit with `policy.exemption` and `exemption.<id>`, then shown like a scan.
    void admitExemption(const QString& exemptionId);
    /// The trust repository whose sets' age the stale-trust evidence watches (on this thread's journal).
    void setTrustRepository(std::shared_ptr<const passdesk::trust::TrustRepository> repository);
    /// An online service's last answer: a failure opens a `service_unreachable` evidence period (once),
    /// a success closes it.
    void serviceStatus(const QString& service, bool reachable, const QString& problem);
    /// The serial barcode scanner's port opened (`connected`) or lost: a loss opens a `scanner_lost`
    /// evidence period (once), the next open closes it.
    void scannerStatus(const QString& port, bool connected, const QString& detail);
    /// The venue's identity, stored in the log (where exports read it) when it differs.
    void setVenue(const passdesk::report::VenueProfile& venue);
    /// The owner has seen that the log was moved aside: logReplaced is not sent again.
    void acknowledgeLogReplaced();
    /// Counts the visitor log's visits of today (local day) and answers with todayCounted.
    void countToday();
    /// Staff's manual outage entry (evidence journal, marked manual). Answered with outageRecorded.
    void recordOutage(const QDateTime& started, const QDateTime& ended, const QString& note);

Q_SIGNALS:
    void previewReady(const QImage& frame, const QList<QPolygonF>& codes);
    void outcomeReady(const passdesk::counter::ScanOutcome& outcome);
    void sourceStateChanged(const QString& sourceName, int state);
    void logged(qint64 visitId);
    void logFailed(const QString& message);
    /// The log was unreadable (`why`: db.corrupt, log.key_missing) and was moved aside to `movedTo`; a
    /// fresh one was started. Sent again at every start until acknowledgeLogReplaced().
    void logReplaced(const QString& movedTo, const QString& why);
    /// A manual outage entry was stored (`error` empty) or refused.
    void outageRecorded(const QString& error);
    /// The log's visits on local day `day`, counted once the log is open and again when the day
    /// changes; visits shown after this signal are not in it.
    void todayCounted(const QDate& day, qint64 admitted, qint64 refused);

private:
    void tick();
    void deliver(const counter::CounterSession::Delivery& delivery);
    void announce(const counter::CounterSession::DayCount& count);

    counter::CounterSession m_session;
    QTimer* m_timer = nullptr;
    std::chrono::steady_clock::time_point m_lastPreview{};
    bool m_running = false;
};

} // namespace passdesk::ui

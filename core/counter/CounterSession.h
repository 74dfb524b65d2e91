#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "counter/ScanPipeline.h"
#include "counter/TrustStaleMonitor.h"
#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"
#include "report/VenueProfile.h"
#include "scan/FrameSource.h"
#include "trust/TrustRepository.h"

#include <QDate>

#include <chrono>
#include <memory>
#include <optional>

namespace passdesk::counter {

/// How a CounterSession logs (see CounterSession).
struct CounterSessionOptions
{
    QString logPath;                             ///< the visitor log; empty: verdicts are not logged
    log::VisitLog::Options log;                  ///< contact logging and retention
    std::chrono::seconds reuseWindow{2 * 3600};  ///< a valid certificate admitted again within it shows CHECK ID
    QString staff;                               ///< who is signed in at the counter (written with every visit)
    std::chrono::seconds noDecodeLimit{30 * 60}; ///< a live source with no readable code this long is evidence
    std::chrono::seconds heartbeatInterval{5};   ///< how often the evidence run's heartbeat is written
};

/// One counter session, the one sequence the window (ui/ScanWorker) and the headless scan
/// (`passdesk-cli scan`, the GUI's headless demo) both run: open the visitor log (moving an unreadable
/// one aside), purge old visits, start the evidence run, then for every frame or scanner text: decode,
/// check, mark re-use, append the visit and only then hand the verdict back to be shown. Along the way it
/// keeps the evidence journal: camera losses, clock jumps, heartbeats, long stretches with no readable
/// code, log write failures, stale trust data, scanner and service outages.
///
/// Synchronous and single-threaded (the caller owns the thread and the pacing); never links Qt Widgets.
class CounterSession
{
public:
    using Options = CounterSessionOptions;

    /// What opening the log found.
    struct Opened
    {
        QString movedTo;          ///< not empty: an unreadable log was moved here (pending until acknowledged)
        QString why;              ///< why it was moved: db.corrupt, log.key_missing
        bool replacedNow = false; ///< the move happened at this start (rather than an earlier one)
        std::optional<log::EvidenceEvent> unclean; ///< the previous run's unclean end, recorded now
        int purged = 0;                            ///< visits deleted for being older than the retention period
    };

    /// The visits of one local day, split as the counter's "Today" figures show them.
    struct DayCount
    {
        QDate day;
        qint64 admitted = 0;
        qint64 refused = 0;
    };

    /// A verdict on its way to the screen. When a log is kept, `outcome` is set only once the visit is on
    /// disk (`logged` is its row id); a visit that could not be written has `logError` instead and must
    /// not be shown.
    struct Delivery
    {
        std::optional<ScanOutcome> outcome;
        qint64 logged = 0;
        QString logError;
        std::optional<DayCount> recounted; ///< the local day changed before this visit: today's figures anew
    };

    /// One frame's worth of work (step()).
    struct Step
    {
        std::optional<scan::Frame> frame; ///< the frame read, for the preview
        QList<scan::DecodedCode> codes;
        double decodeMs = 0;
        bool stateChanged = false;        ///< the source's state differs from the previous step's
        std::optional<Delivery> delivery; ///< a new certificate was checked
    };

    CounterSession(std::unique_ptr<scan::FrameSource> source, std::shared_ptr<const trust::TrustStore> trust,
                   const Clock& clock, Options options = {});
    ~CounterSession();
    CounterSession(const CounterSession&) = delete;
    CounterSession& operator=(const CounterSession&) = delete;

    /// Opens the visitor log and starts the evidence run (nothing to do without a log path). Errors: the
    /// log's (`db.*`, `log.*`); the session then runs without a log and every delivery fails.
    Result<Opened> open();
    /// Closes every open evidence period and ends the run cleanly. Idempotent.
    void close();

    /// Reads one frame and does everything it calls for.
    Step step();
    /// Text from a wedge or serial scanner, or typed by hand (nothing: not a certificate, or a repeat).
    std::optional<Delivery> submitText(const QString& text, InputKind input);
    /// Staff admit someone under one of the policy's exemptions: logged as a manual visit with
    /// `policy.exemption` and `exemption.<id>`, then shown like a scan.
    Delivery admitExemption(const QString& exemptionId);

    ScanPipeline& pipeline() { return m_pipeline; }
    const scan::FrameSource& source() const { return *m_source; }
    /// The input kind a frame of this session's source is logged with.
    InputKind frameInput() const;
    bool logOpen() const { return m_log != nullptr; }
    log::VisitLog* visitLog() { return m_log.get(); }
    log::EvidenceJournal* journal() { return m_journal.get(); }

    void setReuseWindow(std::chrono::seconds window) { m_options.reuseWindow = window; }
    void setStaff(const QString& staff) { m_options.staff = staff; }
    void setNoDecodeLimit(std::chrono::seconds limit) { m_options.noDecodeLimit = limit; }
    /// Contact logging and retention; takes effect at open().
    void setLogOptions(const log::VisitLog::Options& options) { m_options.log = options; }
    /// The trust repository whose sets' age the stale-trust evidence watches.
    void setTrustRepository(std::shared_ptr<const trust::TrustRepository> repository);
    /// An online service's last answer: a failure opens a `service_unreachable` period (once), a success
    /// closes it.
    void serviceStatus(const QString& service, bool reachable, const QString& problem);
    /// The serial scanner's port opened or was lost (`scanner_lost` period).
    void scannerStatus(const QString& port, bool connected, const QString& detail);
    /// The venue's identity, stored in the log (where exports read it) when it differs.
    void setVenue(const report::VenueProfile& venue);
    /// The owner has seen that the log was moved aside.
    void acknowledgeLogReplaced();
    /// The log's visits of today (local day); nothing without a log or when the count fails.
    std::optional<DayCount> countToday();
    /// Staff's manual outage entry (evidence journal, marked manual). Errors: `log.closed`, `outage.order`, `db.*`.
    Status recordOutage(const QDateTime& started, const QDateTime& ended, const QString& note);

private:
    Delivery deliver(const ScanOutcome& checked);
    void sourceStateChanged(scan::SourceState state);
    void watchDecodes(bool codeSeen);
    /// Writes the period of failed appends now ending (if there is one) as `log_error`.
    void recordLogErrorPeriod();
    void storeVenue();
    void endPeriod(std::optional<qint64>& period);
    /// Opens `open` as a `kind` period when not `fine` (once), closes it when `fine`.
    void period(std::optional<qint64>& open, bool fine, const QString& kind, const QString& cause);

    std::unique_ptr<scan::FrameSource> m_source;
    const Clock& m_clock;
    Options m_options;
    ScanPipeline m_pipeline;
    std::unique_ptr<log::VisitLog> m_log;
    std::unique_ptr<log::EvidenceJournal> m_journal;
    std::shared_ptr<const trust::TrustRepository> m_repository;
    std::unique_ptr<TrustStaleMonitor> m_staleMonitor;
    std::optional<report::VenueProfile> m_venue;
    std::optional<qint64> m_cameraLost;
    std::optional<qint64> m_serviceDown;
    std::optional<qint64> m_scannerLost;
    std::optional<qint64> m_noDecodeOpen;
    std::chrono::steady_clock::time_point m_lastHeartbeat{};
    std::chrono::steady_clock::time_point m_lastCode{};
    QDateTime m_lastCodeWall;
    QDateTime m_logErrorSince; ///< first failed append of the current run of failures
    QString m_logErrorCause;
    QDate m_countedDay; ///< the local day countToday() last answered for
    scan::SourceState m_lastState = scan::SourceState::Starting;
    bool m_runOpen = false;
};

} // namespace passdesk::counter

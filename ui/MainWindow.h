#pragma once

#include "ScanTypes.h"
#include "UiLanguage.h"
#include "settings/AppSettings.h"
#include "trust/TrustRepository.h"
#include "update/TrustFetcher.h"
#include "update/TrustUpdateScheduler.h"

#include <QLabel>
#include <QPushButton>
#include <QMainWindow>
#include <QThread>
#include <QTimer>

#include <memory>
#include <vector>

namespace passdesk::ui {

class CameraView;
class ScanWorker;
class SerialScanner;
class VerdictPanel;
class VerdictSound;
class WedgeScannerFilter;

/// What the counter window needs to start: the owner's settings plus what this run resolved.
struct CounterOptions
{
    AppSettings settings;                        ///< saved choices (command-line options already applied)
    QString settingsPath;                        ///< where the settings dialog saves them; empty: not saved
    QString sourceSpec = QStringLiteral("demo"); ///< camera[:N], demo, a file, folder or video (resolved)
    QString demoFootageDir;                      ///< where `demo` finds its stills
    QString trustPath;                           ///< trust list or certificate folder to import (resolved)
    QString trustLabel;                          ///< shown in the status bar (e.g. "demo trust list - TEST ONLY")
    QDateTime fixedTime;                         ///< check certificates at this instant (demo, tests)
    QString logPath;                             ///< the visitor log database, or empty for none
    QString policyDir;                           ///< the owner's imported policies (empty: built-ins only)
    QString trustStoreDir;                       ///< where applied trust updates are kept (empty: in memory)
};

/// The counter screen: live preview, the verdict panel, and a status bar with the camera state,
/// trust list age, today's counts, the clock and the active policy. Scanning runs on a worker
/// thread; this window only paints what it is sent.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const CounterOptions& options, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    VerdictPanel* verdictPanel() const { return m_verdict; }
    CameraView* cameraView() const { return m_camera; }
    QLabel* cameraStateLabel() const { return m_cameraState; }
    /// The status bar's "Today: N admitted, M refused".
    QLabel* countsLabel() const { return m_counts; }
    QString language() const { return m_language; }
    /// Frame arrival to verdict on screen, for every verdict shown (milliseconds).
    const std::vector<double>& latenciesMs() const { return m_latencies; }
    int verdictCount() const { return m_count; }
    /// The last visitor log error, empty while logging works.
    QString logError() const { return m_logError; }
    /// Set when an unreadable log was moved aside (this start or an earlier one) and the owner has not
    /// acknowledged it yet; shown on the counter screen until then, in the UI language.
    QString logNotice() const { return m_logNotice; }
    /// The counter screen's notice bar (the log notice and its acknowledge button).
    QWidget* noticeBar() const { return m_noticeBar; }
    const CounterOptions& options() const { return m_options; }
    /// The policy in force at the counter (settings.policy among the built-in and imported ones).
    const rules::Policy& activePolicy() const { return m_activePolicy; }
    /// Why the last trust update was refused (empty when it applied, or none was tried).
    QString trustUpdateError() const { return m_updateError; }
    /// The last answer to a manual outage entry (empty when stored).
    QString outageResult() const { return m_outageResult; }

public Q_SLOTS:
    void setLanguage(const QString& language);
    /// Text from a scanner or typed by hand, checked like a camera scan.
    void submitText(const QString& text, passdesk::counter::InputKind kind);
    /// Owner menu: PIN, then the day view of the visitor log.
    void openOwnerReview();
    /// Owner menu: PIN, then the settings dialog; saved settings apply at once.
    void openSettings();
    /// Applies settings now (camera and scanner are reopened when they changed) and saves them.
    void applySettings(const passdesk::ui::AppSettings& settings);
    /// Owner menu: PIN, then the report export dialog.
    void openExport();
    /// Owner menu: PIN, then the first-run wizard again.
    void rerunSetup();
    /// Counter menu: the staff member at the counter, written with every visit.
    void signInStaff(const QString& name);
    /// Counter menu: staff record a period when checking was impossible (marked manual).
    void recordOutage();
    /// PIN, then the log notice is acknowledged: it leaves the counter screen and is not shown again.
    void acknowledgeLogNotice();

Q_SIGNALS:
    /// A background trust update finished (`error` empty: applied and live).
    void trustUpdated(const QString& error);
    void verdictShown(const passdesk::counter::ScanOutcome& outcome);
    /// A manual outage entry was stored (`error` empty) or refused.
    void outageRecorded(const QString& error);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    /// settings.policy among the built-in and imported policies (reads the files), with the owner's
    /// overrides; kept in m_activePolicy whenever the settings change.
    rules::Policy resolvePolicy() const;
    /// The owner's PIN (set it the first time); true when given.
    bool askOwnerPin();
    void startScanning();
    void stopScanning();
    void startSerial();
    void applyLook();
    void storeVenue();
    void startTrustUpdates();
    void retranslate();
    void onOutcome(const counter::ScanOutcome& outcome);
    void onSourceState(const QString& name, int state);
    void manualEntry();
    void updateStatus();
    QString logErrorText(const QString& error) const;

    const Clock& m_clock;
    CounterOptions m_options;
    QString m_language;
    QString m_previousLanguage; ///< the language before the last switch, for Ctrl+L; empty at first
    UiLanguage m_uiLanguage;
    CameraView* m_camera = nullptr;
    VerdictPanel* m_verdict = nullptr;
    QLabel* m_cameraState = nullptr;
    QLabel* m_trustState = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_policy = nullptr;
    QLabel* m_clockLabel = nullptr;
    QTimer m_statusTimer;
    QThread m_thread;
    ScanWorker* m_worker = nullptr;
    WedgeScannerFilter* m_wedge = nullptr;
    SerialScanner* m_serial = nullptr;
    VerdictSound* m_sound = nullptr;
    QLabel* m_serialState = nullptr;
    QString m_serialDetail;
    bool m_serialOpen = false;
    QString m_logError;
    QString m_logNotice;
    QString m_logMovedTo;  ///< where the unreadable log was moved, empty when no notice is pending
    QString m_logMovedWhy; ///< the error code that made it unreadable
    QWidget* m_noticeBar = nullptr;
    QLabel* m_noticeText = nullptr;
    QPushButton* m_noticeAck = nullptr;
    QString m_outageResult;
    QLabel* m_staffState = nullptr;
    std::shared_ptr<const trust::TrustStore> m_trust;
    rules::Policy m_activePolicy;
    std::shared_ptr<trust::TrustRepository> m_repository;
    update::TrustFetcher* m_fetcher = nullptr;
    update::TrustUpdateScheduler* m_scheduler = nullptr;
    QString m_updateError;
    qint64 m_lastLogged = 0;
    QString m_sourceName;
    scan::SourceState m_sourceState = scan::SourceState::Starting;
    QDateTime m_trustLoaded;
    QString m_trustError;
    int m_count = 0;
    qint64 m_admitted = 0;
    qint64 m_refused = 0;
    QDate m_countsDay;        ///< the local day m_admitted and m_refused are for
    bool m_countAsked = false; ///< a recount of the log is on its way from the scan thread
    std::vector<double> m_latencies;
};

} // namespace passdesk::ui

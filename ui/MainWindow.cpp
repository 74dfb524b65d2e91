#include "MainWindow.h"

#include "OwnerView.h"
#include "report/ExportDialog.h"
#include "report/InspectorWindow.h"
#include "settings/FirstRunWizard.h"
#include "settings/OutageDialog.h"
#include "settings/SettingsDialog.h"
#include "settings/Autostart.h"
#include "settings/StaffDialog.h"

#include "CameraView.h"
#include "ElidedLabel.h"
#include "ScanWorker.h"
#include "SerialScanner.h"
#include "VerdictPanel.h"
#include "VerdictSound.h"
#include "WedgeScannerFilter.h"

#include "trust/TrustStartup.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QStatusBar>

namespace passdesk::ui {

namespace {
constexpr int kStaleTrustDays = 7;

// A status-bar text that elides, with the whole text as its tooltip, when the bar is too narrow for all
// of them (German and Italian at 1280 px) instead of widening the window past the screen.
// `minimumLetters`: short of room, the labels with the fewest give way first.
ElidedLabel* statusLabel(const QString& name, int minimumLetters = 8)
{
    auto* l = new ElidedLabel;
    l->setMinimumLetters(minimumLetters);
    l->setObjectName(name);
    l->setAccessibleName(name);
    l->setMargin(4);
    return l;
}
} // namespace

MainWindow::MainWindow(const CounterOptions& options, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_clock(clock), m_options(options)
{
    setObjectName(QStringLiteral("counterWindow"));
    resize(1280, 800);

    auto* central = new QWidget(this);
    auto* outer = new QVBoxLayout(central);
    outer->setContentsMargins(12, 12, 12, 12);
    outer->setSpacing(12);
    // A notice that must stay on the counter screen until the owner has seen it (not the camera's
    // message line, which the next camera state overwrites).
    m_noticeBar = new QFrame(central);
    m_noticeBar->setObjectName(QStringLiteral("noticeBar"));
    m_noticeBar->setStyleSheet(QStringLiteral("#noticeBar { background: #f2a900; border-radius: 8px; } QLabel { color: #1a1a1a; }"));
    auto* noticeLayout = new QHBoxLayout(m_noticeBar);
    m_noticeText = new QLabel(m_noticeBar);
    m_noticeText->setObjectName(QStringLiteral("noticeText"));
    m_noticeText->setWordWrap(true);
    QFont noticeFont = m_noticeText->font();
    noticeFont.setPointSize(noticeFont.pointSize() + 3);
    noticeFont.setBold(true);
    m_noticeText->setFont(noticeFont);
    m_noticeAck = new QPushButton(m_noticeBar);
    m_noticeAck->setObjectName(QStringLiteral("noticeAcknowledge"));
    m_noticeAck->setFocusPolicy(Qt::NoFocus); // never the target of a scanner's Return
    connect(m_noticeAck, &QPushButton::clicked, this, &MainWindow::acknowledgeLogNotice);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_noticeAck);
    m_noticeBar->hide();
    outer->addWidget(m_noticeBar);
    auto* layout = new QHBoxLayout;
    layout->setSpacing(12);
    outer->addLayout(layout, 1);
    m_camera = new CameraView(central);
    m_verdict = new VerdictPanel(central);
    layout->addWidget(m_camera, 3);
    layout->addWidget(m_verdict, 2);
    setCentralWidget(central);

    // The trust list's age and the staff name give way first; the camera state, today's counts and the
    // policy stay readable longest.
    m_cameraState = statusLabel(QStringLiteral("cameraState"), 32);
    m_trustState = statusLabel(QStringLiteral("trustState"));
    m_counts = statusLabel(QStringLiteral("todayCounts"), 40);
    m_policy = statusLabel(QStringLiteral("activePolicy"), 32);
    // The clock is short and always shown whole: a plain label, never elided.
    m_clockLabel = new QLabel;
    m_clockLabel->setObjectName(QStringLiteral("clock"));
    m_clockLabel->setAccessibleName(QStringLiteral("clock"));
    m_clockLabel->setMargin(4);
    statusBar()->addWidget(m_cameraState);
    statusBar()->addWidget(m_trustState);
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_policy);
    statusBar()->addPermanentWidget(m_clockLabel);
    QFont big = statusBar()->font();
    big.setPointSize(big.pointSize() + 2);
    statusBar()->setFont(big);

    m_staffState = statusLabel(QStringLiteral("staffState"));
    statusBar()->insertWidget(2, m_staffState);

    // Trust: imported whole before the first scan; a failure is shown, never hidden. Updates (fetched in
    // the background, verified, swapped in whole) sit on top of the imported set.
    trust::TrustStartup::Options trustOptions;
    if (!options.trustPath.isEmpty()) {
        trustOptions.importPaths << options.trustPath;
    }
    trustOptions.storeDir = options.trustStoreDir;
    trustOptions.pinFile = options.settings.trustPinPath;
    const auto loaded = trust::TrustStartup::load(trustOptions, clock.now());
    m_repository = loaded.repository;
    m_trust = loaded.snapshot;
    m_trustLoaded = loaded.loadedAt;
    if (loaded.error) {
        m_trustError = loaded.error->message;
    }

    m_wedge = new WedgeScannerFilter(this);
    qApp->installEventFilter(m_wedge);
    connect(m_wedge, &WedgeScannerFilter::scanned, this, [this](const QString& text) { submitText(text, counter::InputKind::Wedge); });
    m_sound = new VerdictSound(this);
    connect(m_wedge, &WedgeScannerFilter::dropped, this, [this] {
        m_sound->play(rules::VerdictKind::Unreadable);
        statusBar()->showMessage(tr("Scanner input that is not a certificate was ignored (nothing was typed)."), 5000);
    });

    m_activePolicy = resolvePolicy();
    startScanning();
    startSerial();
    applyLook();
    startTrustUpdates();
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start(1000);
    setLanguage(options.settings.language);
}

void MainWindow::startScanning()
{
    const AppSettings& settings = m_options.settings;
    QString error;
    auto source = scan::FrameSource::create(m_options.sourceSpec, m_options.demoFootageDir, &error);
    if (!source) {
        m_camera->setMessage(error);
        m_sourceName.clear();
        return;
    }
    m_sourceName = source->name();
    m_worker = new ScanWorker(std::move(source), m_repository->snapshot(), m_clock, m_options.logPath);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ScanWorker::previewReady, m_camera, &CameraView::showFrame);
    connect(m_worker, &ScanWorker::outcomeReady, this, &MainWindow::onOutcome);
    connect(m_worker, &ScanWorker::sourceStateChanged, this, &MainWindow::onSourceState);
    connect(m_worker, &ScanWorker::logged, this, [this](qint64 id) {
        m_lastLogged = id;
        m_logError.clear();
    });
    connect(m_worker, &ScanWorker::logReplaced, this, [this](const QString& movedTo, const QString& why) {
        m_logMovedTo = movedTo;
        m_logMovedWhy = why;
        updateStatus();
    });
    connect(m_worker, &ScanWorker::logFailed, this, [this](const QString& message) {
        m_logError = message;
        m_camera->setMessage(logErrorText(message));
        updateStatus();
    });
    // Today's figures come from the log (visits made by passdesk-cli scan or an earlier run count too),
    // counted on the scan thread that owns the connection; this window then adds what it shows.
    connect(m_worker, &ScanWorker::todayCounted, this, [this](const QDate& day, qint64 admitted, qint64 refused) {
        m_countsDay = day;
        m_admitted = admitted;
        m_refused = refused;
        m_countAsked = false;
        updateStatus();
    });
    connect(m_worker, &ScanWorker::outageRecorded, this, [this](const QString& problem) {
        m_outageResult = problem;
        Q_EMIT outageRecorded(problem);
    });
    const rules::Policy policy = activePolicy();
    log::VisitLog::Options logOptions;
    logOptions.contactLogging = settings.contactLogging;
    logOptions.retentionDays = settings.retentionDays;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, policy, logOptions, at = m_options.fixedTime, s = settings] {
        w->setPolicy(policy);
        w->setFixedTime(at);
        w->setReuseWindow(std::chrono::minutes(s.reuseWindowMinutes));
        w->setLogOptions(logOptions);
        w->setStaff(s.currentStaff);
        w->setNoDecodeLimit(std::chrono::minutes(s.noDecodeMinutes));
    });
    QMetaObject::invokeMethod(m_worker, [w = m_worker, repo = std::shared_ptr<const trust::TrustRepository>(m_repository)] {
        w->setTrustRepository(repo);
    });
    m_thread.setObjectName(QStringLiteral("scan"));
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &ScanWorker::start, Qt::QueuedConnection);
    storeVenue();
}

void MainWindow::stopScanning()
{
    if (m_worker != nullptr) {
        QMetaObject::invokeMethod(m_worker, &ScanWorker::stop, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait(); // the worker is deleted with the thread's finish
    m_worker = nullptr;
}

void MainWindow::startSerial()
{
    delete m_serial;
    m_serial = nullptr;
    m_serialOpen = false;
    m_serialDetail.clear();
    const QString port = m_options.settings.serialPort;
    if (port.isEmpty()) {
        if (m_serialState != nullptr) {
            m_serialState->hide();
        }
        return;
    }
    if (m_serialState == nullptr) {
        m_serialState = statusLabel(QStringLiteral("serialScannerState"));
        statusBar()->insertWidget(1, m_serialState);
    }
    m_serialState->show();
    m_serial = new SerialScanner(port, this);
    connect(m_serial, &SerialScanner::scanned, this, [this](const QString& text) { submitText(text, counter::InputKind::Serial); });
    connect(m_serial, &SerialScanner::stateChanged, this, [this](bool open, const QString& detail) {
        m_serialOpen = open;
        m_serialDetail = detail;
        updateStatus();
        if (m_worker != nullptr) {
            // Evidence: every period the scanner was unplugged, journalled on the scan thread.
            QMetaObject::invokeMethod(m_worker, [w = m_worker, port = m_options.settings.serialPort, open, detail] {
                w->scannerStatus(port, open, detail);
            });
        }
    });
}

void MainWindow::applyLook()
{
    const AppSettings& settings = m_options.settings;
    m_verdict->setClearAfter(settings.clearAfterSeconds);
    m_verdict->setHighContrast(settings.highContrast);
    m_sound->setEnabled(settings.sound);
    m_sound->setSpoken(settings.spokenPrompts);
    m_sound->setLanguage(m_language);
    setStyleSheet(settings.highContrast ? QStringLiteral("QMainWindow, QStatusBar, QMenuBar { background: #000000; color: #ffffff; }"
                                                         "QStatusBar QLabel { color: #ffffff; }")
                                        : QString());
}

void MainWindow::applySettings(const AppSettings& settings)
{
    AppSettings next = settings;
    next.normalise();
    const AppSettings previous = m_options.settings;
    m_options.settings = next;
    m_activePolicy = resolvePolicy();
    if (!m_options.settingsPath.isEmpty()) {
        QString error;
        if (!next.save(m_options.settingsPath, &error)) {
            m_camera->setMessage(tr("Settings could not be saved: %1").arg(error));
        }
    }
    if (next.kiosk != previous.kiosk || next.kiosk != Autostart::isEnabled()) {
        QString error;
        if (!Autostart::apply(next.kiosk, &error)) {
            m_camera->setMessage(tr("The start-at-login entry could not be written: %1").arg(error));
        }
    }
    const bool sourceChanged = next.source != previous.source && !next.source.isEmpty();
    if (sourceChanged) {
        m_options.sourceSpec = next.source;
    }
    const bool logChanged = next.contactLogging != previous.contactLogging || next.retentionDays != previous.retentionDays;
    if (sourceChanged || logChanged) {
        stopScanning(); // the log reopens with the new options; the camera with the new device
        startScanning();
    } else if (m_worker != nullptr) {
        QMetaObject::invokeMethod(m_worker, [w = m_worker, s = next, policy = activePolicy()] {
            w->setPolicy(policy);
            w->setReuseWindow(std::chrono::minutes(s.reuseWindowMinutes));
            w->setStaff(s.currentStaff);
            w->setNoDecodeLimit(std::chrono::minutes(s.noDecodeMinutes));
        });
    }
    if (next.serialPort != previous.serialPort) {
        startSerial();
    }
    if (next.trustUrl != previous.trustUrl || next.trustCaPath != previous.trustCaPath) {
        startTrustUpdates();
    }
    applyLook();
    if (next.venue.toJson() != previous.venue.toJson()) {
        storeVenue();
    }
    if (next.language != m_language) {
        setLanguage(next.language);
    } else if (next.policy != previous.policy) {
        buildMenus(); // the exemptions menu follows the policy
    }
    updateStatus();
}

void MainWindow::startTrustUpdates()
{
    delete m_scheduler;
    m_scheduler = nullptr;
    delete m_fetcher;
    m_fetcher = nullptr;
    const QUrl url(m_options.settings.trustUrl);
    if (m_options.settings.trustUrl.isEmpty()) {
        return;
    }
    update::FetchSettings settings;
    if (!m_options.settings.trustCaPath.isEmpty()) {
        if (auto ca = update::TrustFetcher::loadCaFile(m_options.settings.trustCaPath)) {
            settings.caCertificates = *ca;
        }
    }
    // On the GUI thread's event loop: downloads are asynchronous, and the scan thread only ever
    // receives a finished, verified snapshot.
    m_fetcher = new update::TrustFetcher(*m_repository, m_clock, settings, this);
    connect(m_fetcher, &update::TrustFetcher::finished, this,
            [this](trust::TrustSetKind, const QUrl& from, const QString& errorCode, const QString& message) {
                const bool reached = !errorCode.startsWith(QLatin1String("fetch."));
                if (errorCode.isEmpty()) {
                    m_updateError.clear();
                    m_trustError.clear();
                    m_trustLoaded = m_clock.now();
                    m_trust = m_repository->snapshot();
                    if (m_worker != nullptr) {
                        QMetaObject::invokeMethod(m_worker, [w = m_worker, snapshot = m_trust] { w->setTrust(snapshot); });
                    }
                } else {
                    m_updateError = message + QStringLiteral(" [") + errorCode + QLatin1Char(']');
                }
                if (m_worker != nullptr) {
                    QMetaObject::invokeMethod(m_worker, [w = m_worker, service = from.host(), reached, problem = m_updateError] {
                        w->serviceStatus(QStringLiteral("trust list server ") + service, reached, problem);
                    });
                }
                updateStatus();
                Q_EMIT trustUpdated(errorCode.isEmpty() ? QString() : m_updateError);
            });
    m_scheduler = new update::TrustUpdateScheduler(*m_fetcher, this);
    m_scheduler->addSource({trust::TrustSetKind::DscList, url, {}});
    m_scheduler->start();
}

void MainWindow::storeVenue()
{
    // Exports (GUI and passdesk-cli export) read the venue from the log; the scan thread owns it.
    if (m_worker != nullptr && !m_options.settings.venue.name.isEmpty()) {
        QMetaObject::invokeMethod(m_worker, [w = m_worker, venue = m_options.settings.venue] { w->setVenue(venue); });
    }
}

void MainWindow::signInStaff(const QString& name)
{
    AppSettings next = m_options.settings;
    if (!name.isEmpty() && !next.staff.contains(name)) {
        next.staff.append(name);
    }
    next.currentStaff = name;
    applySettings(next);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(m_wedge);
    stopScanning();
}

void MainWindow::buildMenus()
{
    // clear() only removes the menus' actions; the menus themselves go too (later: one of their
    // actions may be what called this).
    const auto old = menuBar()->findChildren<QMenu*>(QString(), Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    for (QMenu* menu : old) {
        menu->deleteLater();
    }
    auto* file = menuBar()->addMenu(tr("&Counter"));
    auto* manual = file->addAction(tr("&Enter certificate text..."), this, &MainWindow::manualEntry);
    manual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    auto* clear = file->addAction(tr("&Clear verdict"), m_verdict, &VerdictPanel::clear);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    auto* signIn = file->addAction(tr("&Sign in staff..."), this, [this] {
        StaffDialog dialog(m_options.settings.staff, m_options.settings.currentStaff, this);
        if (dialog.exec() == QDialog::Accepted) {
            signInStaff(dialog.selected());
        }
    });
    signIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    auto* outage = file->addAction(tr("Record an &outage..."), this, &MainWindow::recordOutage);
    outage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    outage->setEnabled(!m_options.logPath.isEmpty());
    const rules::Policy& policy = m_activePolicy;
    if (!policy.exemptions.isEmpty()) {
        auto* exempt = file->addMenu(tr("Admit with an &exemption"));
        int n = 0;
        for (const auto& e : policy.exemptions) {
            auto* a = exempt->addAction(e.displayName(m_language), this, [this, id = e.id] {
                if (m_worker != nullptr) {
                    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->admitExemption(id); });
                }
            });
            a->setObjectName(QStringLiteral("exemption-") + e.id);
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + n++)));
        }
    }
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* owner = menuBar()->addMenu(tr("&Owner"));
    auto* review = owner->addAction(tr("&Review the visitor log..."), this, &MainWindow::openOwnerReview);
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    review->setEnabled(!m_options.logPath.isEmpty());
    auto* settings = owner->addAction(tr("&Settings..."), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    auto* exportReport = owner->addAction(tr("&Export a report..."), this, &MainWindow::openExport);
    exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportReport->setEnabled(!m_options.logPath.isEmpty());
    owner->addAction(tr("Run the first-run &set-up again..."), this, &MainWindow::rerunSetup);

    // Inspectors need no PIN: the inspector window reads a bundle and changes nothing.
    auto* inspect = menuBar()->addMenu(tr("&Inspector"));
    auto* openBundle = inspect->addAction(tr("&Check a report bundle..."), this, [this] {
        InspectorWindow window(m_language, this);
        window.exec();
    });
    openBundle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    auto* view = menuBar()->addMenu(tr("&View"));
    auto* full = view->addAction(tr("&Full screen"), this, [this] { isFullScreen() ? showNormal() : showFullScreen(); });
    full->setShortcut(QKeySequence(Qt::Key_F11));
    // Each language is listed in its own name, so staff who cannot read the current one still find theirs.
    auto* languages = view->addMenu(tr("&Language"));
    for (const QString& language : UiLanguage::supported()) {
        auto* choice = languages->addAction(UiLanguage::nativeName(language), this, [this, language] { setLanguage(language); });
        choice->setObjectName(QStringLiteral("language-") + language);
        choice->setCheckable(true);
        choice->setChecked(language == m_language);
    }
    languages->addSeparator();
    // Ctrl+L goes back to the language used before, as Alt+Tab does for windows: a counter serves in two
    // languages at a time (its own and a guest's), and one key should reach the other in one press.
    // Before any switch, English and Korean pair up, and German or Italian pair with English.
    const QString other = !m_previousLanguage.isEmpty() ? m_previousLanguage
                          : m_language == QLatin1String("en") ? QStringLiteral("ko")
                                                              : QStringLiteral("en");
    auto* back = languages->addAction(tr("Switch to %1").arg(UiLanguage::nativeName(other)), this,
                                      [this, other] { setLanguage(other); });
    back->setObjectName(QStringLiteral("languageBack"));
    back->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    auto* contrast = view->addAction(tr("&High contrast"), this, [this](bool on) {
        AppSettings next = m_options.settings;
        next.highContrast = on;
        applySettings(next);
    });
    contrast->setCheckable(true);
    contrast->setChecked(m_options.settings.highContrast);
    contrast->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
}

void MainWindow::setLanguage(const QString& language)
{
    const QString next = UiLanguage::normalised(language);
    if (!m_language.isEmpty() && next != m_language) {
        m_previousLanguage = m_language;
    }
    m_language = next;
    m_uiLanguage.install(m_language); // sends LanguageChange to every widget
    m_verdict->setLanguage(m_language);
    m_sound->setLanguage(m_language);
    m_options.settings.language = m_language;
    retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("PassDesk - counter"));
    buildMenus();
    onSourceState(m_sourceName, int(m_sourceState));
    updateStatus();
}

QString MainWindow::logErrorText(const QString& error) const
{
    return tr("Visitor log error: %1. Verdicts are not shown until the log works again.").arg(error);
}

void MainWindow::openOwnerReview()
{
    // A connection of the GUI thread's own: WAL lets it read while the scan thread writes.
    auto log = log::VisitLog::open(m_options.logPath, m_clock, {});
    if (!log) {
        m_camera->setMessage(logErrorText(log.error().message));
        return;
    }
    auth::OwnerGate gate((*log)->database(), m_clock);
    PinDialog pin(gate, this);
    if (pin.exec() != QDialog::Accepted) {
        return;
    }
    OwnerView view(**log, gate, m_clock, this, m_language);
    view.exec();
}

rules::Policy MainWindow::resolvePolicy() const
{
    rules::Policy policy = rules::Policy::find(rules::Policy::available(m_options.policyDir), m_options.settings.policy);
    policy.alwaysCheckId = policy.alwaysCheckId || m_options.settings.alwaysCheckId;
    if (m_options.settings.minorsBornFrom > 0 && policy.thresholds) {
        policy.minorsBornFrom = m_options.settings.minorsBornFrom; // the cutoff moved with the calendar
    }
    return policy;
}

bool MainWindow::askOwnerPin()
{
    if (m_options.logPath.isEmpty()) {
        return true; // no log, no PIN (tests, a counter run without logging)
    }
    auto log = log::VisitLog::open(m_options.logPath, m_clock, {});
    if (!log) {
        m_camera->setMessage(logErrorText(log.error().message));
        return false;
    }
    auth::OwnerGate gate((*log)->database(), m_clock);
    PinDialog pin(gate, this);
    return pin.exec() == QDialog::Accepted;
}

void MainWindow::openSettings()
{
    if (!askOwnerPin()) {
        return;
    }
    SettingsDialog dialog(m_options.settings, this);
    if (dialog.exec() == QDialog::Accepted) {
        applySettings(dialog.settings());
    }
}

void MainWindow::openExport()
{
    if (!askOwnerPin()) {
        return;
    }
    ExportDialog dialog(m_options.logPath, m_options.settings.venue, m_language, m_clock, this);
    dialog.exec();
}

void MainWindow::rerunSetup()
{
    if (!askOwnerPin()) {
        return;
    }
    FirstRunWizard wizard(m_options.settings, m_options.logPath, QFileInfo(m_options.demoFootageDir).absolutePath(), m_clock, this);
    if (wizard.exec() == QDialog::Accepted) {
        applySettings(wizard.result());
    }
    setLanguage(m_options.settings.language); // the wizard's catalogue is gone; put the counter's back
}

void MainWindow::recordOutage()
{
    OutageDialog dialog(m_clock.now(), this);
    if (dialog.exec() != QDialog::Accepted || m_worker == nullptr) {
        return;
    }
    QMetaObject::invokeMethod(m_worker, [w = m_worker, from = dialog.started(), to = dialog.ended(), note = dialog.note()] {
        w->recordOutage(from, to, note);
    });
}

void MainWindow::acknowledgeLogNotice()
{
    if (m_logMovedTo.isEmpty() || !askOwnerPin()) {
        return;
    }
    if (m_worker != nullptr) {
        QMetaObject::invokeMethod(m_worker, &ScanWorker::acknowledgeLogReplaced, Qt::QueuedConnection);
    }
    m_logMovedTo.clear();
    m_logMovedWhy.clear();
    updateStatus();
}

void MainWindow::submitText(const QString& text, counter::InputKind kind)
{
    if (m_worker != nullptr) {
        QMetaObject::invokeMethod(m_worker, [w = m_worker, text, kind] { w->submitText(text, int(kind)); });
    }
}

void MainWindow::manualEntry()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Enter certificate text"),
                                                        tr("Paste the text of the QR code (HC1:... or shc:/...):"), QString(), &ok);
    if (ok && !text.trimmed().isEmpty()) {
        submitText(text.trimmed(), counter::InputKind::Manual);
    }
}

void MainWindow::onOutcome(const counter::ScanOutcome& outcome)
{
    m_verdict->showOutcome(outcome);
    m_verdict->repaint(); // on screen now, so the latency below is to the pixels
    m_latencies.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - outcome.captured).count());
    ++m_count;
    if (m_options.logPath.isEmpty() && m_countsDay != m_clock.now().toLocalTime().date()) {
        m_countsDay = m_clock.now().toLocalTime().date(); // no log: this window's own scans, from midnight
        m_admitted = 0;
        m_refused = 0;
    }
    if (outcome.verdict.kind == rules::VerdictKind::Valid || outcome.verdict.kind == rules::VerdictKind::CheckId) {
        ++m_admitted;
    } else {
        ++m_refused;
    }
    updateStatus();
    m_sound->play(outcome.verdict.kind);
    Q_EMIT verdictShown(outcome);
}

void MainWindow::onSourceState(const QString& name, int state)
{
    m_sourceName = name;
    m_sourceState = scan::SourceState(state);
    QString text;
    QString message;
    switch (m_sourceState) {
    case scan::SourceState::Starting:
        text = tr("Camera: %1 starting").arg(name);
        message = tr("Starting %1...").arg(name);
        break;
    case scan::SourceState::Live:
        text = tr("Camera: %1 live").arg(name);
        break;
    case scan::SourceState::Lost:
        text = tr("Camera: %1 DISCONNECTED").arg(name);
        message = tr("Camera disconnected. Plug it back in; PassDesk reconnects by itself.");
        break;
    case scan::SourceState::Finished:
        text = tr("Camera: %1 ended").arg(name); // the last frame stays up; the status bar says it ended
        break;
    }
    if (name.isEmpty()) {
        text = tr("Camera: none");
    }
    m_cameraState->setText(QStringLiteral("● ") + text);
    m_cameraState->setStyleSheet(m_sourceState == scan::SourceState::Live ? QStringLiteral("color: #1b7f3b;")
                                                                           : QStringLiteral("color: #b3261e; font-weight: bold;"));
    if (!m_logError.isEmpty()) {
        message = logErrorText(m_logError);
    }
    m_camera->setMessage(message);
}

void MainWindow::updateStatus()
{
    const QDateTime now = m_clock.now();
    // Composed here, not when it arrived, so it follows the UI language (Ctrl+L).
    if (m_logMovedTo.isEmpty()) {
        m_logNotice.clear();
    } else {
        const QString why = m_logMovedWhy == QLatin1String("log.key_missing")
                                ? tr("its key file (.key) is missing, for example after a restore from a backup")
                                : tr("the file is damaged or is not a PassDesk visitor log");
        m_logNotice = tr("The visitor log could not be read: %1. It was moved aside to %2 (nothing was deleted) and a new log was "
                         "started. The owner must acknowledge this.")
                          .arg(why, m_logMovedTo);
    }
    if (m_noticeText->text() != m_logNotice) {
        m_noticeText->setText(m_logNotice);
    }
    m_noticeAck->setText(tr("Owner: acknowledge..."));
    m_noticeBar->setVisible(!m_logNotice.isEmpty());
    m_clockLabel->setText(now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!m_options.logPath.isEmpty() && m_countsDay.isValid() && m_countsDay != now.toLocalTime().date() && !m_countAsked &&
        m_worker != nullptr) {
        m_countAsked = true; // midnight passed with no scan: the log's count of the new day
        QMetaObject::invokeMethod(m_worker, &ScanWorker::countToday, Qt::QueuedConnection);
    }
    m_counts->setText(tr("Today: %1 admitted, %2 refused").arg(m_admitted).arg(m_refused) +
                      (m_options.logPath.isEmpty() ? tr(" (not logged)") : m_logError.isEmpty() ? QString() : tr(" (LOG ERROR)")));
    if (m_serialState != nullptr) {
        m_serialState->setText(m_serialOpen ? tr("Scanner: %1 connected").arg(m_options.settings.serialPort)
                                            : tr("Scanner: %1 not connected (%2)").arg(m_options.settings.serialPort, m_serialDetail));
        m_serialState->setStyleSheet(m_serialOpen ? QString() : QStringLiteral("color: #b3261e; font-weight: bold;"));
    }
    const rules::Policy& policy = m_activePolicy;
    QString policyText = tr("Policy: %1").arg(policy.displayName(m_language));
    if (policy.alwaysCheckId) {
        policyText += tr(" + ID check");
    }
    const bool inForce = policy.inForce(m_options.fixedTime.isValid() ? m_options.fixedTime : now);
    if (!inForce) {
        policyText += tr(" (not in force on this date)");
    }
    m_policy->setText(policyText);
    m_policy->setStyleSheet(inForce ? QString() : QStringLiteral("color: #b26a00; font-weight: bold;"));
    const QString staff = m_options.settings.currentStaff;
    m_staffState->setText(staff.isEmpty() ? tr("Staff: not signed in") : tr("Staff: %1").arg(staff));
    if (!m_trustError.isEmpty()) {
        m_trustState->setText(tr("Trust list: NOT LOADED (%1)").arg(m_trustError));
        m_trustState->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    } else if (!m_trustLoaded.isValid()) {
        m_trustState->setText(tr("Trust list: none"));
        m_trustState->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    } else {
        const qint64 days = m_trustLoaded.daysTo(now);
        const QString age = tr("Trust list: updated %n day(s) ago", nullptr, int(days));
        m_trustState->setText(m_options.trustLabel.isEmpty() ? age : age + QStringLiteral(" (") + m_options.trustLabel + QLatin1Char(')'));
        m_trustState->setStyleSheet(days > kStaleTrustDays ? QStringLiteral("color: #b26a00; font-weight: bold;") : QString());
        if (!m_updateError.isEmpty()) {
            m_trustState->setText(m_trustState->text() + tr(" - last update refused (%1); the previous list stays in use").arg(m_updateError));
            m_trustState->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold;"));
        }
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_worker != nullptr) {
        QMetaObject::invokeMethod(m_worker, &ScanWorker::stop, Qt::BlockingQueuedConnection);
    }
    event->accept();
}

} // namespace passdesk::ui

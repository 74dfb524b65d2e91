// Settings, staff sign-in, manual outages, evidence the counter records by itself, high contrast, spoken
// prompts and the first-run wizard, driven offscreen. With PASSDESK_SCREENSHOTS=<dir> the wizard test
// saves every page there (run under Xvfb for the README's pictures).
#include "CameraView.h"
#include "MainWindow.h"
#include "ScanWorker.h"
#include "VerdictPanel.h"
#include "VerdictSound.h"
#include "auth/OwnerGate.h"
#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"
#include "scan/FileSource.h"
#include "settings/AppSettings.h"
#include "settings/FirstRunWizard.h"
#include "settings/OutageDialog.h"
#include "settings/PrivacyForm.h"
#include "settings/Autostart.h"
#include "settings/SettingsDialog.h"
#include "settings/StaffDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace passdesk;

namespace {
const QString kDemo = QStringLiteral(PASSDESK_SOURCE_DIR "/resources/demo");

QString demoText(const QString& file)
{
    QFile f(kDemo + QStringLiteral("/certificates/") + file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(f.readAll()).trimmed();
}

ui::CounterOptions options(const QString& dir)
{
    ui::CounterOptions o;
    o.sourceSpec = kDemo + QStringLiteral("/footage/001-valid-vaccination.jpg");
    o.demoFootageDir = kDemo + QStringLiteral("/footage");
    o.trustPath = kDemo + QStringLiteral("/trust-list.json");
    o.settings.language = QStringLiteral("en");
    o.settings.sound = false;
    o.fixedTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    o.logPath = dir + QStringLiteral("/visits.db");
    o.settingsPath = dir + QStringLiteral("/passdesk.ini");
    return o;
}

// A picture with no code in it, as a camera pointed at an empty counter sees.
QString blankImage(const QString& dir)
{
    const QString path = dir + QStringLiteral("/blank.png");
    QImage image(640, 480, QImage::Format_Grayscale8);
    image.fill(200);
    image.save(path);
    return path;
}

QList<log::EvidenceEvent> evidence(const QString& logPath, const Clock& clock)
{
    auto log = log::VisitLog::open(logPath, clock, {});
    if (!log) {
        return {};
    }
    log::EvidenceJournal journal((*log)->database(), clock);
    auto events = journal.list(QDateTime::currentDateTimeUtc().addDays(-2), QDateTime::currentDateTimeUtc().addDays(2));
    return events ? *events : QList<log::EvidenceEvent>{};
}

// Runs `fill` on the next modal dialog of type T as soon as it is open.
template <typename T, typename F>
void whenModal(F fill)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fill] {
        if (auto* d = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(d);
        }
    });
    timer->start();
}

void shoot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("PASSDESK_SCREENSHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
    }
}
} // namespace

class SettingsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void settingsRoundTrip();
    void brokenSettingsAreMovedAsideAndReset();
    void settingsDialogAppliesAndSaves();
    void kioskStartAtLoginEntry();
    void staffSignInIsLoggedWithVisits();
    void manualOutageIsRecordedAsManual();
    void longSilenceOnALiveSourceIsEvidence();
    void logErrorsBecomeEvidenceOnceTheLogWorksAgain();
    void spokenPromptsExistForEveryVerdictAndLanguage();
    void policyExemptionIsAdmittedAndLogged();
    void unreachableTrustServerKeepsTheListAndIsEvidence();
    void firstRunWizardEndToEnd();
    void firstRunWizardSpeaksTheChosenLanguage();

private:
    SystemClock m_clock;
};

void SettingsTest::settingsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("passdesk.ini"));
    ui::AppSettings s;
    s.language = QStringLiteral("en");
    s.clearAfterSeconds = 9;
    s.highContrast = true;
    s.spokenPrompts = true;
    s.staff = {QStringLiteral("김지민"), QStringLiteral("Alex")};
    s.currentStaff = QStringLiteral("Alex");
    s.contactLogging = true;
    s.retentionDays = 14;
    s.venue.name = QStringLiteral("을지로 국수집");
    s.venue.registrationNumber = QStringLiteral("123-45-67890");
    s.venue.facilityType = QStringLiteral("restaurant-cafe");
    s.firstRunDone = true;
    QVERIFY(s.save(path));
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    QString notice;
    const ui::AppSettings back = ui::AppSettings::load(path, &notice);
    QVERIFY(notice.isEmpty());
    QCOMPARE(back.language, s.language);
    QCOMPARE(back.clearAfterSeconds, 9);
    QVERIFY(back.highContrast && back.spokenPrompts && back.contactLogging && back.firstRunDone);
    QCOMPARE(back.staff, s.staff);
    QCOMPARE(back.currentStaff, QStringLiteral("Alex"));
    QCOMPARE(back.retentionDays, 14);
    QCOMPARE(back.venue.name, s.venue.name);
    QCOMPARE(back.venue.registrationNumber, s.venue.registrationNumber);

    // Out-of-range values are brought back into range, not trusted.
    ui::AppSettings odd;
    odd.clearAfterSeconds = -5;
    odd.retentionDays = 0;
    odd.language = QStringLiteral("fr");
    odd.currentStaff = QStringLiteral("nobody on the list");
    odd.normalise();
    QCOMPARE(odd.clearAfterSeconds, 0);
    QCOMPARE(odd.retentionDays, 1);
    QCOMPARE(odd.language, QStringLiteral("ko"));
    QVERIFY(odd.currentStaff.isEmpty());
}

void SettingsTest::brokenSettingsAreMovedAsideAndReset()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("passdesk.ini"));
    const QString db = dir.filePath(QStringLiteral("visits.db"));
    {
        auto log = log::VisitLog::open(db, m_clock, {});
        QVERIFY(log.ok());
    }
    const QByteArray dbBefore = [&db] {
        QFile f(db);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\x00\xff\xfe garbage [[[ = = \n\x01", 22));
    f.close();
    QString notice;
    const ui::AppSettings s = ui::AppSettings::load(path, &notice);
    QVERIFY(notice.contains(QStringLiteral("could not be read")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("passdesk.ini.broken-*")}).size(), 1);
    QCOMPARE(s.retentionDays, ui::AppSettings{}.retentionDays); // defaults
    QVERIFY(!s.firstRunDone);
    QFile after(db);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), dbBefore); // the visitor log is untouched
}

void SettingsTest::settingsDialogAppliesAndSaves()
{
    QTemporaryDir dir;
    auto o = options(dir.path());
    o.logPath.clear(); // no PIN needed without a log
    ui::MainWindow w(o, m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    ui::SettingsDialog dialog(w.options().settings);
    dialog.timeoutField()->setValue(12);
    dialog.highContrastField()->setChecked(true);
    dialog.spokenField()->setChecked(true);
    dialog.staffList()->addItem(QStringLiteral("박서연"));
    dialog.privacyForm()->retentionField()->setValue(21);
    shoot(&dialog, QStringLiteral("settings-counter"));
    const ui::AppSettings edited = dialog.settings();
    QCOMPARE(edited.clearAfterSeconds, 12);
    QCOMPARE(edited.retentionDays, 21);
    QCOMPARE(edited.staff, QStringList{QStringLiteral("박서연")});

    w.applySettings(edited);
    QCOMPARE(w.verdictPanel()->clearAfter(), 12);
    QVERIFY(w.verdictPanel()->highContrast());
    QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
    QVERIFY(w.verdictPanel()->styleSheet().contains(QStringLiteral("#00e676"))); // the high-contrast green
    shoot(&w, QStringLiteral("counter-high-contrast"));
    const ui::AppSettings saved = ui::AppSettings::load(o.settingsPath);
    QCOMPARE(saved.clearAfterSeconds, 12);
    QVERIFY(saved.highContrast && saved.spokenPrompts);
    QCOMPARE(saved.retentionDays, 21);

    // A bad trust address blocks saving, with the reason shown.
    ui::SettingsDialog bad(saved);
    bad.findChild<QLineEdit*>(QStringLiteral("trustUrl"))->setText(QStringLiteral("http://example.org/list"));
    QVERIFY(!bad.findChild<QLabel*>(QStringLiteral("settingsProblem"))->text().isEmpty());
}

void SettingsTest::kioskStartAtLoginEntry()
{
    QTemporaryDir dir;
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    auto o = options(dir.path());
    o.logPath.clear();
    ui::MainWindow w(o, m_clock);
    const QString entry = ui::Autostart::entryPath();
    QVERIFY2(entry.startsWith(dir.path()), qPrintable(entry));
    QVERIFY(!QFile::exists(entry));

    ui::SettingsDialog dialog(w.options().settings);
    QVERIFY(!dialog.kioskField()->isChecked());
    dialog.kioskField()->setChecked(true);
    w.applySettings(dialog.settings());
    QVERIFY(ui::Autostart::isEnabled());
    QVERIFY(ui::AppSettings::load(o.settingsPath).kiosk);
    // The entry is a valid desktop entry that starts the counter full screen.
    const QString validate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    QVERIFY2(!validate.isEmpty(), "desktop-file-validate is missing: run packaging/install-deps.sh");
    QProcess check;
    check.start(validate, {entry});
    QVERIFY(check.waitForFinished(30000));
    const QByteArray said = check.readAllStandardOutput() + check.readAllStandardError();
    QVERIFY2(check.exitCode() == 0 && said.isEmpty(), said.constData());

    ui::AppSettings off = w.options().settings;
    off.kiosk = false;
    w.applySettings(off);
    QVERIFY(!QFile::exists(entry));
    if (previous.isEmpty()) {
        qunsetenv("XDG_CONFIG_HOME");
    } else {
        qputenv("XDG_CONFIG_HOME", previous);
    }
}

void SettingsTest::staffSignInIsLoggedWithVisits()
{
    QTemporaryDir dir;
    auto o = options(dir.path());
    o.sourceSpec = blankImage(dir.path()); // nothing from the camera: the scanner text below only
    {
        ui::MainWindow w(o, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.signInStaff(QStringLiteral("김지민"));
        QCOMPARE(w.options().settings.currentStaff, QStringLiteral("김지민"));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("staffState"))->text().contains(QStringLiteral("김지민")));
        w.submitText(demoText(QStringLiteral("valid-vaccination.hc1.txt")), counter::InputKind::Wedge);
        QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
        // Signed out: the next visit carries no name.
        ui::StaffDialog* seen = nullptr;
        whenModal<ui::StaffDialog>([&seen](ui::StaffDialog* d) {
            seen = d;
            d->nameField()->setCurrentText(QString());
            d->accept();
        });
        w.activateWindow(); // shortcuts reach the active window only
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(seen != nullptr);
        QVERIFY(w.options().settings.currentStaff.isEmpty());
        w.verdictPanel()->clear();
        w.submitText(demoText(QStringLiteral("valid-test.hc1.txt")), counter::InputKind::Manual);
        QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
    }
    auto log = log::VisitLog::open(o.logPath, m_clock, {});
    QVERIFY(log.ok());
    const auto visits = (*log)->listDay(QDate::currentDate());
    QVERIFY(visits.ok());
    QCOMPARE(visits->size(), 2);
    QCOMPARE(visits->at(0).staff, QStringLiteral("김지민"));
    QCOMPARE(visits->at(0).input, QStringLiteral("wedge"));
    QVERIFY(visits->at(1).staff.isEmpty());
    QVERIFY((*log)->verifyChain()->ok());
}

void SettingsTest::manualOutageIsRecordedAsManual()
{
    {
        ui::OutageDialog d(QDateTime::currentDateTimeUtc());
        QVERIFY(!d.saveButton()->isEnabled()); // a note is required
        d.noteField()->setPlainText(QStringLiteral("정전 (power cut)"));
        QVERIFY(d.saveButton()->isEnabled());
        d.endField()->setDateTime(d.startField()->dateTime().addSecs(-60));
        QVERIFY(!d.saveButton()->isEnabled()); // end before start
    }
    QTemporaryDir dir;
    auto o = options(dir.path());
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    {
        ui::MainWindow w(o, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy recorded(&w, &ui::MainWindow::outageRecorded);
        whenModal<ui::OutageDialog>([start](ui::OutageDialog* d) {
            d->startField()->setDateTime(start.toLocalTime());
            d->endField()->setDateTime(start.addSecs(1800).toLocalTime());
            d->noteField()->setPlainText(QStringLiteral("정전 (power cut)"));
            d->saveButton()->click();
        });
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, 10000);
        QVERIFY2(recorded.at(0).at(0).toString().isEmpty(), qPrintable(recorded.at(0).at(0).toString()));
    }
    const auto events = evidence(o.logPath, m_clock);
    const auto it = std::find_if(events.cbegin(), events.cend(), [](const auto& e) { return e.kind == QStringLiteral("manual_outage"); });
    QVERIFY(it != events.cend());
    QVERIFY(it->manual);
    QCOMPARE(it->cause, QStringLiteral("정전 (power cut)"));
    QCOMPARE(it->started.toSecsSinceEpoch() / 60, start.toSecsSinceEpoch() / 60);
    QCOMPARE(it->started.secsTo(it->ended), 1800);
}

void SettingsTest::longSilenceOnALiveSourceIsEvidence()
{
    QTemporaryDir dir;
    // A live source that shows no code: a blank frame, looped like a camera watching an empty counter.
    auto source = std::make_unique<scan::FileSource>(blankImage(dir.path()), true, std::chrono::milliseconds(50));
    auto store = std::make_shared<trust::TrustStore>();
    QThread thread;
    auto* worker = new ui::ScanWorker(std::move(source), store, m_clock, dir.filePath(QStringLiteral("visits.db")));
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(worker, [worker] { worker->setNoDecodeLimit(std::chrono::seconds(1)); }, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(worker, &ui::ScanWorker::start, Qt::BlockingQueuedConnection);
    QTest::qWait(2500);
    // Open while the silence lasts...
    QMetaObject::invokeMethod(worker, [] {}, Qt::BlockingQueuedConnection);
    {
        const auto events = evidence(dir.filePath(QStringLiteral("visits.db")), m_clock);
        const auto it = std::find_if(events.cbegin(), events.cend(), [](const auto& e) { return e.kind == QStringLiteral("no_decode"); });
        QVERIFY2(it != events.cend(), "no no_decode period was opened");
        QVERIFY(!it->ended.isValid());
        QVERIFY(!it->manual);
        QVERIFY(it->cause.contains(QStringLiteral("no readable code")));
    }
    // ...and closed when the run ends.
    QMetaObject::invokeMethod(worker, &ui::ScanWorker::stop, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    const auto events = evidence(dir.filePath(QStringLiteral("visits.db")), m_clock);
    const auto it = std::find_if(events.cbegin(), events.cend(), [](const auto& e) { return e.kind == QStringLiteral("no_decode"); });
    QVERIFY(it != events.cend());
    QVERIFY(it->ended.isValid());
    QVERIFY(it->started.secsTo(it->ended) >= 1);
}

void SettingsTest::logErrorsBecomeEvidenceOnceTheLogWorksAgain()
{
    QTemporaryDir dir;
    auto o = options(dir.path());
    o.sourceSpec = blankImage(dir.path());
    ui::MainWindow w(o, m_clock);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(o.logPath), 10000);
    // The database refuses writes for a while (as with a full disk or an I/O error): a second
    // connection installs a trigger that fails every insert, then removes it.
    auto db = log::Database::open(o.logPath);
    QVERIFY(db.ok());
    // (Retried until the scan thread has created the tables.)
    QString problem;
    const auto createTrigger = [&db, &problem] {
        const Status st = (*db)->exec(QStringLiteral("CREATE TRIGGER IF NOT EXISTS simulate_io_error BEFORE INSERT ON visits "
                                                     "BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END"));
        problem = st.ok() ? QString() : st.error().message;
        return st.ok();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(createTrigger(), qPrintable(problem), 10000);
    w.submitText(demoText(QStringLiteral("valid-vaccination.hc1.txt")), counter::InputKind::Manual);
    QTRY_VERIFY_WITH_TIMEOUT(!w.logError().isEmpty(), 10000);
    QVERIFY(w.verdictPanel()->isIdle()); // not logged, so not shown
    QVERIFY((*db)->exec(QStringLiteral("DROP TRIGGER simulate_io_error")).ok());
    w.submitText(demoText(QStringLiteral("valid-test.hc1.txt")), counter::InputKind::Manual);
    QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
    QTRY_VERIFY(w.logError().isEmpty());
    const auto events = evidence(o.logPath, m_clock);
    const auto it = std::find_if(events.cbegin(), events.cend(), [](const auto& e) { return e.kind == QStringLiteral("log_error"); });
    QVERIFY2(it != events.cend(), "the failure period was not recorded");
    QVERIFY(it->cause.contains(QStringLiteral("simulated")));
    QVERIFY(it->ended.isValid() && it->started <= it->ended);
}

void SettingsTest::policyExemptionIsAdmittedAndLogged()
{
    QTemporaryDir dir;
    auto o = options(dir.path());
    o.sourceSpec = blankImage(dir.path());
    o.settings.policy = QStringLiteral("kr-2022-01-03");
    o.settings.venue.name = QStringLiteral("을지로 국수집");
    o.settings.venue.facilityType = QStringLiteral("restaurant-cafe");
    o.fixedTime = QDateTime(QDate(2022, 1, 20), QTime(3, 0), Qt::UTC);
    {
        ui::MainWindow w(o, m_clock);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.activePolicy().id, QStringLiteral("kr-2022-01-03"));
        QCOMPARE(w.activePolicy().minorsBornFrom, 2004); // the policy's own cutoff...
        ui::AppSettings later = w.options().settings;
        later.minorsBornFrom = 2005; // ...until the owner moves it with the calendar
        w.applySettings(later);
        QCOMPARE(w.activePolicy().minorsBornFrom, 2005);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("activePolicy"))->text().contains(QStringLiteral("Korea vaccine pass")));
        auto* medical = w.findChild<QAction*>(QStringLiteral("exemption-medical"));
        QVERIFY(medical != nullptr);
        medical->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
        QCOMPARE(rules::toString(w.verdictPanel()->kind()), QStringLiteral("valid"));
        QVERIFY2(w.verdictPanel()->reasonText().contains(QStringLiteral("exemption")), qPrintable(w.verdictPanel()->reasonText()));
        // The standard policy has no exemptions, so no menu.
        ui::AppSettings standard = w.options().settings;
        standard.policy = QStringLiteral("standard");
        w.applySettings(standard);
        QTRY_VERIFY(w.findChild<QAction*>(QStringLiteral("exemption-medical")) == nullptr);
    }
    auto log = log::VisitLog::open(o.logPath, m_clock, {});
    QVERIFY(log.ok());
    const auto visits = (*log)->listDay(QDate::currentDate());
    QVERIFY(visits.ok());
    QCOMPARE(visits->size(), 1);
    QCOMPARE(visits->at(0).reasons, QStringLiteral("policy.exemption exemption.medical"));
    QCOMPARE(visits->at(0).input, QStringLiteral("manual"));
    QCOMPARE(visits->at(0).policy, QStringLiteral("kr-2022-01-03"));
    // The venue from the settings is in the log, where exports read it.
    QCOMPARE(report::VenueProfile::load((*log)->database()).name, QStringLiteral("을지로 국수집"));
}

void SettingsTest::unreachableTrustServerKeepsTheListAndIsEvidence()
{
    QTemporaryDir dir;
    auto o = options(dir.path());
    o.sourceSpec = blankImage(dir.path());
    o.trustStoreDir = dir.filePath(QStringLiteral("trust"));
    o.settings.trustUrl = QStringLiteral("https://127.0.0.1:9/dsc-list"); // nothing listens there
    {
        ui::MainWindow w(o, m_clock);
        QSignalSpy updated(&w, &ui::MainWindow::trustUpdated);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 30000);
        QVERIFY2(updated.at(0).at(0).toString().contains(QStringLiteral("fetch.")), qPrintable(updated.at(0).at(0).toString()));
        // The imported list stays live: a demo certificate still verifies.
        w.submitText(demoText(QStringLiteral("valid-vaccination.hc1.txt")), counter::InputKind::Manual);
        QTRY_VERIFY_WITH_TIMEOUT(!w.verdictPanel()->isIdle(), 10000);
        QCOMPARE(rules::toString(w.verdictPanel()->kind()), QStringLiteral("valid"));
        QTRY_VERIFY(w.findChild<QLabel*>(QStringLiteral("trustState"))->text().contains(QStringLiteral("last update refused")));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto events = evidence(o.logPath, m_clock);
                return std::any_of(events.cbegin(), events.cend(), [](const auto& e) { return e.kind == QStringLiteral("service_unreachable"); });
            }(),
            10000);
    }
    const auto events = evidence(o.logPath, m_clock);
    const auto it = std::find_if(events.cbegin(), events.cend(), [](const auto& e) { return e.kind == QStringLiteral("service_unreachable"); });
    QVERIFY(it != events.cend());
    QVERIFY(it->cause.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(it->ended.isValid()); // closed when the run ended
}

void SettingsTest::spokenPromptsExistForEveryVerdictAndLanguage()
{
    ui::VerdictSound sound;
    using K = rules::VerdictKind;
    QCOMPARE(ui::VerdictSound::promptLanguages(),
             (QStringList{QStringLiteral("ko"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("it")}));
    QHash<QByteArray, QString> seen; // every language says every verdict in a recording of its own
    for (const QString& language : ui::VerdictSound::promptLanguages()) {
        sound.setLanguage(language);
        QCOMPARE(sound.language(), language);
        for (K kind : {K::Valid, K::CheckId, K::Invalid, K::UnknownIssuer, K::Unreadable}) {
            const QUrl url = sound.promptSource(kind);
            QVERIFY(url.toString().contains(QStringLiteral("prompt-") + language));
            QFile wav(QLatin1Char(':') + url.path());
            QVERIFY2(wav.open(QIODevice::ReadOnly), qPrintable(url.toString()));
            QVERIFY(wav.read(4) == "RIFF");
            QVERIFY(wav.size() > 8000); // a spoken phrase, not an empty file
            wav.seek(0);
            const QByteArray digest = QCryptographicHash::hash(wav.readAll(), QCryptographicHash::Sha256);
            if (kind != K::Unreadable) { // UnknownIssuer and Unreadable share the "show it again" prompt
                QVERIFY2(!seen.contains(digest),
                         qPrintable(url.toString() + QStringLiteral(" repeats ") + seen.value(digest)));
                seen.insert(digest, url.toString());
            }
        }
    }
    // A regional spelling picks its language's prompts; a language without recordings hears English.
    sound.setLanguage(QStringLiteral("de_DE"));
    QCOMPARE(sound.language(), QStringLiteral("de"));
    sound.setLanguage(QStringLiteral("it_IT"));
    QVERIFY(sound.promptSource(K::Invalid).toString().endsWith(QStringLiteral("prompt-it-invalid.wav")));
    sound.setLanguage(QStringLiteral("fr"));
    QCOMPARE(sound.language(), QStringLiteral("en"));
    sound.setSpoken(false);
    sound.play(K::Valid);
    QVERIFY(sound.pendingPrompt() == nullptr);
    sound.setSpoken(true);
    sound.setLanguage(QStringLiteral("ko"));
    sound.play(K::CheckId);
    // Either still waiting for the chime to end, or (no audio device) never started: it is the right one.
    if (sound.pendingPrompt() != nullptr) {
        QCOMPARE(sound.pendingPrompt()->source(), sound.promptSource(K::CheckId));
    }
}

void SettingsTest::firstRunWizardSpeaksTheChosenLanguage()
{
    QTemporaryDir dir;
    ui::AppSettings initial;
    initial.language = QStringLiteral("ko");
    ui::FirstRunWizard wizard(initial, dir.filePath(QStringLiteral("visits.db")), kDemo, m_clock);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    for (const char* name : {"languageKorean", "languageEnglish", "languageGerman", "languageItalian"}) {
        QVERIFY2(wizard.findChild<QRadioButton*>(QLatin1String(name)) != nullptr, name);
    }
    shoot(&wizard, QStringLiteral("wizard-1-language"));
    struct Expected
    {
        const char* button;
        QString language, venueTitle, next, cancel, facility;
    };
    // German first, then back to the first page for Italian: the wizard follows each choice at once.
    for (const Expected& e : {Expected{"languageGerman", QStringLiteral("de"), QStringLiteral("Ihr Betrieb"),
                                       QStringLiteral("&Weiter >"), QStringLiteral("Abbrechen"),
                                       QStringLiteral("식당·카페 / Restaurants und Cafés")},
                              Expected{"languageItalian", QStringLiteral("it"), QStringLiteral("Il vostro locale"),
                                       QStringLiteral("&Avanti >"), QStringLiteral("Annulla"),
                                       QStringLiteral("식당·카페 / Ristoranti e bar")}}) {
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::LanguagePage));
        wizard.findChild<QRadioButton*>(QLatin1String(e.button))->setChecked(true);
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::VenuePage));
        QCOMPARE(wizard.result().language, e.language);
        QCOMPARE(wizard.currentPage()->title(), e.venueTitle);
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), e.next);
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), e.cancel);
        // The facility names come from core's catalogue, beside the official Korean category.
        QCOMPARE(wizard.findChild<QComboBox*>(QStringLiteral("venueFacility"))->currentText(), e.facility);
        shoot(&wizard, QStringLiteral("wizard-2-venue-") + e.language);
        wizard.back();
    }
}

void SettingsTest::firstRunWizardEndToEnd()
{
    QTemporaryDir dir;
    const QString logPath = dir.filePath(QStringLiteral("visits.db"));
    ui::AppSettings initial;
    initial.language = QStringLiteral("ko");
    ui::FirstRunWizard wizard(initial, logPath, kDemo, m_clock);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const auto next = [&wizard] { wizard.button(QWizard::NextButton)->click(); };

    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::LanguagePage));
    shoot(&wizard, QStringLiteral("wizard-1-language"));
    wizard.findChild<QRadioButton*>(QStringLiteral("languageKorean"))->setChecked(true);
    next();

    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::VenuePage));
    QCOMPARE(wizard.currentPage()->title(), QStringLiteral("영업장 정보")); // Korean from here on
    next(); // no name yet: stays, says why
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::VenuePage));
    QVERIFY(!wizard.findChild<QLabel*>(QStringLiteral("pageProblem"))->text().isEmpty());
    wizard.findChild<QLineEdit*>(QStringLiteral("venueName"))->setText(QStringLiteral("을지로 국수집"));
    wizard.findChild<QLineEdit*>(QStringLiteral("venueRegistration"))->setText(QStringLiteral("123-45-678"));
    next(); // a registration number of nine digits is refused
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::VenuePage));
    wizard.findChild<QLineEdit*>(QStringLiteral("venueRegistration"))->setText(QStringLiteral("123-45-67890"));
    wizard.findChild<QLineEdit*>(QStringLiteral("venueAddress"))->setText(QStringLiteral("서울특별시 중구 을지로 1"));
    shoot(&wizard, QStringLiteral("wizard-2-venue"));
    next();

    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::PinPage));
    wizard.findChild<QLineEdit*>(QStringLiteral("wizardPin"))->setText(QStringLiteral("482913"));
    wizard.findChild<QLineEdit*>(QStringLiteral("wizardPinRepeat"))->setText(QStringLiteral("482914"));
    next(); // different PINs
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::PinPage));
    wizard.findChild<QLineEdit*>(QStringLiteral("wizardPinRepeat"))->setText(QStringLiteral("482913"));
    shoot(&wizard, QStringLiteral("wizard-3-pin"));
    next();

    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::PolicyPage));
    wizard.findChild<QCheckBox*>(QStringLiteral("wizardCheckId"))->setChecked(true);
    shoot(&wizard, QStringLiteral("wizard-4-policy"));
    next();

    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::TrustPage));
    wizard.findChild<QRadioButton*>(QStringLiteral("trustFile"))->setChecked(true);
    wizard.findChild<QLineEdit*>(QStringLiteral("wizardTrustPath"))->setText(dir.filePath(QStringLiteral("missing.json")));
    next(); // a file that cannot be imported is refused
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::TrustPage));
    wizard.findChild<QLineEdit*>(QStringLiteral("wizardTrustPath"))->setText(kDemo + QStringLiteral("/trust-list.json"));
    shoot(&wizard, QStringLiteral("wizard-5-trust"));
    next();

    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::CameraPage));
    auto* camera = wizard.findChild<QComboBox*>(QStringLiteral("wizardCamera"));
    const int demo = camera->findData(QStringLiteral("demo"));
    QVERIFY(demo >= 0); // always offered
    camera->setCurrentIndex(demo);
    wizard.findChild<QPushButton*>(QStringLiteral("wizardTestScan"))->click();
    auto* result = wizard.findChild<QLabel*>(QStringLiteral("wizardScanResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("읽음: ")), 15000); // "Read: <verdict> - <name>"
    QTRY_VERIFY_WITH_TIMEOUT(wizard.findChild<ui::CameraView*>()->hasFrame(), 5000);
    shoot(&wizard, QStringLiteral("wizard-6-camera"));
    next();

    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::PrivacyPage));
    auto* privacy = wizard.findChild<ui::PrivacyForm*>();
    QVERIFY(!privacy->contactLogging()); // off unless chosen
    privacy->retentionField()->setValue(28);
    shoot(&wizard, QStringLiteral("wizard-7-privacy"));
    next();

    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::DonePage));
    shoot(&wizard, QStringLiteral("wizard-8-done"));
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result().firstRunDone, true);

    const ui::AppSettings& s = wizard.result();
    QCOMPARE(s.language, QStringLiteral("ko"));
    QCOMPARE(s.venue.name, QStringLiteral("을지로 국수집"));
    QCOMPARE(s.venue.registrationNumber, QStringLiteral("123-45-67890"));
    QCOMPARE(s.venue.facilityType, QStringLiteral("restaurant-cafe"));
    QVERIFY(s.alwaysCheckId);
    QCOMPARE(s.trustPath, kDemo + QStringLiteral("/trust-list.json"));
    QVERIFY(s.source.isEmpty()); // demo chosen: the counter picks the camera when there is one
    QVERIFY(!s.contactLogging);
    // The PIN was stored in the log, and it opens the gate.
    auto log = log::VisitLog::open(logPath, m_clock, {});
    QVERIFY(log.ok());
    auth::OwnerGate gate((*log)->database(), m_clock);
    QVERIFY(gate.hasPin());
    QVERIFY(gate.unlock(QStringLiteral("482913")).ok());
}

QTEST_MAIN(SettingsTest)
#include "SettingsTest.moc"

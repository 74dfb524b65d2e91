// passdesk: the counter console. With a display it opens the counter window (the webcam when there is
// one, else the built-in demo footage); with no display it runs the headless demo: scans the demo
// footage, prints each verdict, writes a report and says where.
#include "MainWindow.h"
#include "UiLanguage.h"
#include "report/InspectorWindow.h"
#include "settings/FirstRunWizard.h"
#include "trust/TrustStartup.h"
#include "Version.h"
#include "cli/ScanCommand.h"
#include "common/AppPaths.h"
#include "common/AppVersion.h"
#include "common/IsoTime.h"
#include "scan/CameraSource.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace {
// Resident set size from /proc, for the soak figures.
long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

bool haveDisplay()
{
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!platform.isEmpty()) {
        return platform != QLatin1String("minimal");
    }
    return !qEnvironmentVariable("DISPLAY").isEmpty() || !qEnvironmentVariable("WAYLAND_DISPLAY").isEmpty();
}

int headlessDemo(const QStringList& extra)
{
    const QString reports = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/reports");
    QDir().mkpath(reports);
    const QString report = reports + QStringLiteral("/demo-") +
                           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".csv");
    QTextStream(stdout) << "PassDesk " << PASSDESK_VERSION << ": no display, so running the headless demo over the demo footage "
                        << "(TEST-ONLY demo issuer).\n\n";
    // The demo's own visitor log (never the venue's): logged exactly as the counter logs, through the
    // same counter session.
    QString demoLog = report;
    demoLog.replace(demoLog.size() - 4, 4, QStringLiteral(".db")); // beside its report, one per run

    const bool ownLog = !extra.contains(QStringLiteral("--db"));
    QStringList args{QStringLiteral("--source"), QStringLiteral("demo"), QStringLiteral("--report"), report};
    if (ownLog) {
        args << QStringLiteral("--db") << demoLog;
    }
    args << extra;
    const int rc = passdesk::cli::runScan(args);
    if (rc == 0) {
        QTextStream(stdout) << "\nReport written to " << report << "\n";
        if (ownLog) {
            QTextStream(stdout) << "Visitor log (demo) in " << demoLog << "  (passdesk-cli log list --date "
                                << QDate::currentDate().toString(Qt::ISODate) << " --db " << demoLog << ")\n";
        }
    }
    return rc;
}
} // namespace

int main(int argc, char** argv)
{
    QStringList raw;
    for (int i = 0; i < argc; ++i) {
        raw << QString::fromLocal8Bit(argv[i]);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PassDesk venue compliance console"));
    parser.addHelpOption();
    parser.addOption(QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                        QStringLiteral("print version, git revision and the resources folder")));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("camera[:N], demo, an image, a folder or a video"),
                                    QStringLiteral("source"));
    const QCommandLineOption trustOpt(QStringLiteral("trust"), QStringLiteral("trust list or certificate folder"), QStringLiteral("path"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("ko, en, de or it"), QStringLiteral("language"));
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("check certificates at this ISO 8601 instant"), QStringLiteral("time"));
    const QCommandLineOption clearAfter(QStringLiteral("clear-after"), QStringLiteral("seconds a verdict stays up"), QStringLiteral("seconds"));
    const QCommandLineOption checkId(QStringLiteral("check-id"), QStringLiteral("ask staff to check ID for every valid certificate"));
    const QCommandLineOption headless(QStringLiteral("headless"), QStringLiteral("run the headless demo even with a display"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("save the window to this PNG after the first verdict (or after --quit-after) and quit"),
                                        QStringLiteral("file"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"), QStringLiteral("quit after this many milliseconds"), QStringLiteral("ms"));
    const QCommandLineOption stats(QStringLiteral("stats"),
                                   QStringLiteral("print resident memory each minute and, at exit, the scans and their latency (frame to screen)"));
    const QCommandLineOption serial(QStringLiteral("serial"), QStringLiteral("a USB serial barcode scanner's port (ttyACM0)"), QStringLiteral("port"));
    const QCommandLineOption mute(QStringLiteral("mute"), QStringLiteral("no verdict sounds"));
    const QCommandLineOption reuse(QStringLiteral("reuse-window"),
                                   QStringLiteral("minutes in which a certificate admitted again shows CHECK ID (default 120)"),
                                   QStringLiteral("minutes"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("the visitor log (default: visits.db in the user's data folder)"),
                                QStringLiteral("path"));
    const QCommandLineOption settingsOpt(QStringLiteral("settings"), QStringLiteral("the settings file (default: passdesk.ini in the user's config folder)"),
                                         QStringLiteral("path"));
    const QCommandLineOption policyOpt(QStringLiteral("policy"),
                                       QStringLiteral("the policy id (standard, kr-2021-12-13, kr-2022-01-03, eu-3g, eu-2g, eu-2g-plus, or an imported one)"),
                                       QStringLiteral("id"));
    const QCommandLineOption inspect(QStringLiteral("inspect"), QStringLiteral("open the inspector's view of an evidence bundle (no PIN, read-only)"),
                                     QStringLiteral("bundle"));
    const QCommandLineOption noWizard(QStringLiteral("no-wizard"), QStringLiteral("do not open the first-run set-up"));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"), QStringLiteral("full screen from the start (the counter PC's start at login)"));
    const QCommandLineOption highContrast(QStringLiteral("high-contrast"), QStringLiteral("black background, bright verdict colours, larger text"));
    parser.addOptions({source, trustOpt, lang, at, clearAfter, checkId, headless, screenshot, quitAfter, stats, serial, mute, db, reuse,
                       settingsOpt, highContrast, noWizard, policyOpt, inspect, kiosk});

    // Before anything that needs a display, so it answers on any machine.
    if (raw.contains(QStringLiteral("--version")) || raw.contains(QStringLiteral("-v"))) {
        QCoreApplication app(argc, argv);
        QTextStream(stdout) << passdesk::app::versionText(QStringLiteral("passdesk"));
        return 0;
    }
    // Help too, before the headless branch: a machine without a display answers --help, it does not run the demo.
    if (raw.contains(QStringLiteral("--help")) || raw.contains(QStringLiteral("-h")) || raw.contains(QStringLiteral("--help-all")) ||
        raw.contains(QStringLiteral("-?"))) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("passdesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PASSDESK_VERSION));
        parser.process(app); // prints the help and exits
        return 0;
    }
    if (!haveDisplay() || raw.contains(QStringLiteral("--headless"))) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("passdesk"));
        return headlessDemo({});
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("passdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PassDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PASSDESK_VERSION));
    // The installed desktop entry's id, so the desktop shows this window under its entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.passdesk.passdesk"));
    QIcon icon;
    for (const char* size : {"48", "128", "256"}) {
        icon.addFile(QStringLiteral(":/passdesk/icons/passdesk-%1.png").arg(QLatin1String(size)));
    }
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("passdesk"), icon));

    parser.process(app);

    if (parser.isSet(inspect)) {
        const QString language = passdesk::ui::UiLanguage::normalised(parser.isSet(lang) ? parser.value(lang) : QLocale().name());
        passdesk::ui::UiLanguage catalogue;
        catalogue.install(language);
        passdesk::ui::InspectorWindow window(language);
        window.openBundle(parser.value(inspect));
        window.show();
        if (parser.isSet(screenshot)) {
            // The check runs on a worker thread: the shot is taken once its verdict is shown.
            QObject::connect(&window, &passdesk::ui::InspectorWindow::checked, &window, [&window, shot = parser.value(screenshot)] {
                QTimer::singleShot(300, &window, [&window, shot] {
                    window.grab().save(shot);
                    QApplication::quit();
                });
            });
        }
        return QApplication::exec();
    }

    // Saved settings first; options on the command line override them for this run.
    passdesk::ui::CounterOptions options;
    options.settingsPath = parser.isSet(settingsOpt) ? parser.value(settingsOpt) : passdesk::ui::AppSettings::defaultPath();
    QString settingsNotice;
    options.settings = passdesk::ui::AppSettings::load(options.settingsPath, &settingsNotice);
    if (!settingsNotice.isEmpty()) {
        QTextStream(stderr) << "passdesk: " << settingsNotice << "\n";
    }
    passdesk::ui::AppSettings& settings = options.settings;
    if (!QFileInfo::exists(options.settingsPath) && !parser.isSet(lang)) {
        // The desktop's language when PassDesk speaks it ("de_DE" -> "de"), else English.
        settings.language = passdesk::ui::UiLanguage::normalised(QLocale().name());
    }
    if (parser.isSet(lang)) {
        settings.language = parser.value(lang);
    }
    if (parser.isSet(clearAfter)) {
        settings.clearAfterSeconds = parser.value(clearAfter).toInt();
    }
    if (parser.isSet(checkId)) {
        settings.alwaysCheckId = true;
    }
    if (parser.isSet(serial)) {
        settings.serialPort = parser.value(serial);
    }
    if (parser.isSet(mute)) {
        settings.sound = false;
    }
    if (parser.isSet(highContrast)) {
        settings.highContrast = true;
    }
    if (parser.isSet(reuse)) {
        settings.reuseWindowMinutes = parser.value(reuse).toInt();
    }
    if (parser.isSet(policyOpt)) {
        settings.policy = parser.value(policyOpt);
    }
    settings.normalise();
    options.policyDir = passdesk::ui::AppSettings::policyDir();
    options.trustStoreDir = passdesk::trust::TrustStartup::defaultStoreDir();

    options.demoFootageDir = passdesk::app::demoDir() + QStringLiteral("/footage");
    options.sourceSpec = parser.isSet(source) ? parser.value(source) : settings.source;
    if (options.sourceSpec.isEmpty()) {
        // The webcam when there is one, the built-in demo otherwise.
        options.sourceSpec = passdesk::scan::CameraSource::present(0) ? QStringLiteral("camera:0") : QStringLiteral("demo");
    }
    options.trustPath = parser.isSet(trustOpt) ? parser.value(trustOpt) : settings.trustPath;
    if (options.trustPath.isEmpty() && options.sourceSpec == QLatin1String("demo")) {
        options.trustPath = passdesk::app::demoDir() + QStringLiteral("/trust-list.json");
        options.trustLabel = QStringLiteral("DEMO - TEST ONLY");
    }
    if (parser.isSet(at)) {
        if (auto t = passdesk::parseIsoInstant(parser.value(at))) {
            options.fixedTime = *t;
        }
    }
    if (parser.isSet(db)) {
        options.logPath = parser.value(db);
    } else {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(data);
        options.logPath = data + QStringLiteral("/visits.db");
    }

    static passdesk::SystemClock clock;
    // The first start (no settings saved yet) opens the set-up wizard; Cancel goes to the counter with
    // the defaults and asks again next time. Not when automated (--screenshot, --quit-after).
    if (!settings.firstRunDone && !parser.isSet(noWizard) && !parser.isSet(screenshot) && !parser.isSet(quitAfter)) {
        passdesk::ui::FirstRunWizard wizard(settings, options.logPath, passdesk::app::demoDir(), clock);
        if (wizard.exec() == QDialog::Accepted) {
            options.settings = wizard.result();
            options.settings.save(options.settingsPath);
            if (!parser.isSet(source) && !options.settings.source.isEmpty()) {
                options.sourceSpec = options.settings.source;
            }
            if (!parser.isSet(trustOpt) && !options.settings.trustPath.isEmpty()) {
                options.trustPath = options.settings.trustPath;
                options.trustLabel.clear();
            }
        }
    }
    passdesk::ui::MainWindow window(options, clock);
    if (parser.isSet(kiosk)) {
        window.showFullScreen();
    } else {
        window.show();
    }
    const QString shot = parser.value(screenshot);
    const auto save = [&window, shot] {
        if (!shot.isEmpty() && !window.grab().save(shot)) {
            QTextStream(stderr) << "passdesk: cannot write " << shot << "\n";
        }
        QApplication::quit();
    };
    if (!shot.isEmpty()) {
        // A moment after the first verdict, so the panel and preview have painted.
        QObject::connect(&window, &passdesk::ui::MainWindow::verdictShown, &window, [save] { QTimer::singleShot(400, save); });
    }
    QTimer rssTimer;
    if (parser.isSet(stats)) {
        QTextStream(stderr) << "stats: start rss " << residentKb() << " kB\n";
        QObject::connect(&rssTimer, &QTimer::timeout, [&window] {
            QTextStream(stderr) << "stats: rss " << residentKb() << " kB after " << window.verdictCount() << " scans\n";
        });
        rssTimer.start(60000);
    }
    if (parser.isSet(quitAfter)) {
        QTimer::singleShot(parser.value(quitAfter).toInt(), &window, save);
    }
    const int rc = QApplication::exec();
    if (parser.isSet(stats)) {
        std::vector<double> ms = window.latenciesMs();
        std::sort(ms.begin(), ms.end());
        const auto quantile = [&ms](double q) { return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, size_t(q * double(ms.size() - 1) + 0.5))]; };
        QTextStream(stderr) << "stats: end rss " << residentKb() << " kB; " << ms.size() << " scans; frame-to-screen latency median "
                            << QString::number(quantile(0.5), 'f', 1) << " ms, p95 " << QString::number(quantile(0.95), 'f', 1) << " ms, max "
                            << QString::number(ms.empty() ? 0.0 : ms.back(), 'f', 1) << " ms\n";
    }
    return rc;
}

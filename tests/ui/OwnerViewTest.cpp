// The owner's review, offscreen: PIN gate (first PIN, wrong PIN, lockout, idle lock), day view
// filters and totals, the evidence timeline. With PASSDESK_SCREENSHOT_DIR set it also saves the day
// view in Korean and English (run under xvfb-run for the README).
#include "rules/Policy.h"
#include "OwnerView.h"
#include "UiLanguage.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolTip>
#include <QSet>
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
    void headerClickSortsByNumberAndTime();
    void chartHasLegendTooltipsAndDescription();
    void reasonsAreWordsInTheUiLanguage();
    void movedAsideLogIsSaidInTheUiLanguage();
    void unverifiedCountryIsSaidInWords();
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

namespace {
void clickHeader(QTableView* table, int column)
{
    QHeaderView* header = table->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

QStringList columnTexts(const QSortFilterProxyModel* model, int column)
{
    QStringList texts;
    for (int r = 0; r < model->rowCount(); ++r) {
        texts << model->index(r, column).data().toString();
    }
    return texts;
}
} // namespace

void OwnerViewTest::headerClickSortsByNumberAndTime()
{
    Day day;
    {
        // Written last but earliest in the day (a visit logged from the back office, say): row 57 at 09:05,
        // so sorting by number and by time give different orders.
        credential::Verification v;
        v.outcome = credential::Outcome::Verified;
        v.credential.format = credential::Format::EuDcc;
        v.credential.type = credential::CertificateType::Vaccination;
        v.credential.issuingCountry = QStringLiteral("KR");
        v.credential.identifier = QStringLiteral("URN:UVCI:01:KR:EARLY");
        const QDateTime at(QDate(2026, 3, 2), QTime(9, 5), Qt::LocalTime);
        QVERIFY(day.log->append(day.log->visitFrom(v, rules::Policy().decide(v, at), QStringLiteral("manual"), at, QStringLiteral("minji"))).ok());
    }
    auth::OwnerGate gate(day.log->database(), day.clock);
    QVERIFY(gate.setPin(QStringLiteral("owner-2026")).ok());
    QVERIFY(gate.unlock(QStringLiteral("owner-2026")).ok());
    ui::OwnerView view(*day.log, gate, day.clock);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView* table = view.table();
    QCOMPARE(table->model(), view.sortedModel());
    QVERIFY(table->isSortingEnabled());
    const QSortFilterProxyModel* sorted = view.sortedModel();
    QCOMPARE(sorted->rowCount(), 57);
    QCOMPARE(sorted->index(0, ui::DayModel::Time).data().toString(), QStringLiteral("09:05:00")); // by time at first

    // The number column: 1, 2, ..., 9, 10, ... (numbers, not text: "10" after "9"), then the other way.
    clickHeader(table, ui::DayModel::Row);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ui::DayModel::Row));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QStringList numbers = columnTexts(sorted, ui::DayModel::Row);
    QStringList expected;
    for (int i = 1; i <= 57; ++i) {
        expected << QString::number(i);
    }
    QCOMPARE(numbers, expected);
    clickHeader(table, ui::DayModel::Row);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(columnTexts(sorted, ui::DayModel::Row), expected);

    // The time column: chronological (the 09:05 visit first although it is row 57), then latest first.
    clickHeader(table, ui::DayModel::Time);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(ui::DayModel::Time));
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QStringList times = columnTexts(sorted, ui::DayModel::Time);
    QCOMPARE(times.first(), QStringLiteral("09:05:00"));
    QCOMPARE(sorted->index(0, ui::DayModel::Row).data().toString(), QStringLiteral("57"));
    QCOMPARE(times.last(), QStringLiteral("19:49:00"));
    for (int r = 1; r < sorted->rowCount(); ++r) {
        const QDateTime before = view.model()->shown().at(sorted->mapToSource(sorted->index(r - 1, 0)).row()).atUtc;
        const QDateTime after = view.model()->shown().at(sorted->mapToSource(sorted->index(r, 0)).row()).atUtc;
        QVERIFY2(before <= after, qPrintable(times.at(r - 1) + QStringLiteral(" > ") + times.at(r)));
    }
    clickHeader(table, ui::DayModel::Time);
    QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    times = columnTexts(sorted, ui::DayModel::Time);
    QCOMPARE(times.first(), QStringLiteral("19:49:00"));
    QCOMPARE(times.last(), QStringLiteral("09:05:00"));
    QCOMPARE(sorted->index(sorted->rowCount() - 1, ui::DayModel::Row).data().toString(), QStringLiteral("57"));

    // A filter keeps the order; a view row maps back to its visit through the proxy.
    view.verdictFilter()->setCurrentIndex(view.verdictFilter()->findData(QStringLiteral("invalid")));
    QCOMPARE(sorted->rowCount(), 7);
    times = columnTexts(sorted, ui::DayModel::Time);
    QStringList descending = times;
    std::sort(descending.begin(), descending.end(), std::greater<>());
    QCOMPARE(times, descending);
    const log::Visit& top = view.model()->shown().at(sorted->mapToSource(sorted->index(0, 0)).row());
    QCOMPARE(top.atLocal.mid(11, 8), times.first());
    QCOMPARE(top.verdict, QStringLiteral("invalid"));
}

void OwnerViewTest::chartHasLegendTooltipsAndDescription()
{
    Day day;
    auth::OwnerGate gate(day.log->database(), day.clock);
    QVERIFY(gate.setPin(QStringLiteral("owner-2026")).ok());
    QVERIFY(gate.unlock(QStringLiteral("owner-2026")).ok());
    ui::OwnerView view(*day.log, gate, day.clock);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    ui::HourlyChart* chart = view.chart();

    const auto legend = chart->legend();
    QCOMPARE(legend.size(), 2);
    QVERIFY(legend.at(0).text.startsWith(QStringLiteral("Admitted")));
    QCOMPARE(legend.at(1).text, QStringLiteral("Refused"));
    QVERIFY(legend.at(0).colour != legend.at(1).colour);

    // Hour 12: 24 visits, one in eight refused.
    QCOMPARE(chart->hourText(12), QStringLiteral("12:00-13:00: 21 admitted, 3 refused"));
    const QPoint noon = chart->barCentre(12);
    QCOMPARE(chart->hourAt(noon), 12);
    QHelpEvent help(QEvent::ToolTip, noon, chart->mapToGlobal(noon));
    QApplication::sendEvent(chart, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), QStringLiteral("12:00-13:00: 21 admitted, 3 refused"));
    const QPoint outside(2, chart->height() - 2); // under the scale, left of the bars
    QCOMPARE(chart->hourAt(outside), -1);
    QHelpEvent away(QEvent::ToolTip, outside, chart->mapToGlobal(outside));
    QApplication::sendEvent(chart, &away);
    QTRY_VERIFY(!QToolTip::isVisible());

    // What a screen reader is told: the totals and every hour with visits.
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(chart);
    QVERIFY(accessible != nullptr);
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("Visits per hour"));
    QString description = accessible->text(QAccessible::Description);
    QVERIFY2(description.startsWith(QStringLiteral("56 visits: 49 admitted, 7 refused.")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("11:00-12:00: 7 admitted, 1 refused")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("12:00-13:00: 21 admitted, 3 refused")), qPrintable(description));
    QVERIFY2(!description.contains(QStringLiteral("15:00-16:00")), qPrintable(description)); // no visits then

    // A filter changes the bars, the tooltips and the description together.
    view.verdictFilter()->setCurrentIndex(view.verdictFilter()->findData(QStringLiteral("invalid")));
    QCOMPARE(chart->hourText(12), QStringLiteral("12:00-13:00: 0 admitted, 3 refused"));
    description = accessible->text(QAccessible::Description);
    QVERIFY2(description.startsWith(QStringLiteral("7 visits: 0 admitted, 7 refused.")), qPrintable(description));
    QCOMPARE(chart->accessibleDescription(), description);

    // In Korean, as the rest of the window.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/passdesk_ko.qm")));
    QApplication::installTranslator(&translator);
    ui::HourlyChart korean;
    korean.setVisits(view.model()->all());
    QCOMPARE(korean.legend().at(1).text, QStringLiteral("거절"));
    QCOMPARE(korean.hourText(12), QStringLiteral("12:00-13:00: 입장 21건, 거절 3건"));
    QApplication::removeTranslator(&translator);
    QVERIFY2(korean.accessibleDescription().startsWith(QStringLiteral("방문 56건: 입장 49건, 거절 7건.")), qPrintable(korean.accessibleDescription()));
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

void OwnerViewTest::unverifiedCountryIsSaidInWords()
{
    Day day;
    auth::OwnerGate gate(day.log->database(), day.clock);
    QVERIFY(gate.setPin(QStringLiteral("owner-2026")).ok());
    QVERIFY(gate.unlock(QStringLiteral("owner-2026")).ok());
    // One visit whose signature verified (its country is the certificate's), beside the day's
    // invalid ones (stored as unverified:KR).
    credential::Verification ok;
    ok.outcome = credential::Outcome::Verified;
    ok.credential.format = credential::Format::EuDcc;
    ok.credential.type = credential::CertificateType::Vaccination;
    ok.credential.issuingCountry = QStringLiteral("DE");
    ok.credential.identifier = QStringLiteral("URN:UVCI:01:DE:SIGNED");
    ok.checks.signature = true;
    const QDateTime at(QDate(2026, 3, 2), QTime(20, 30), Qt::LocalTime);
    (void)day.log->append(day.log->visitFrom(ok, rules::Policy().decide(ok, at), QStringLiteral("camera"), at, QStringLiteral("minji")));

    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/passdesk_ko.qm")));
    for (const bool korean : {false, true}) {
        if (korean) {
            QApplication::installTranslator(&translator);
        }
        ui::OwnerView view(*day.log, gate, day.clock, nullptr, korean ? QStringLiteral("ko") : QStringLiteral("en"));
        QSet<QString> shown;
        QSet<QString> stored;
        for (int r = 0; r < view.model()->rowCount(); ++r) {
            const QModelIndex country = view.model()->index(r, ui::DayModel::Country);
            shown << view.model()->data(country, Qt::DisplayRole).toString();
            stored << view.model()->data(country, Qt::ToolTipRole).toString();
        }
        QVERIFY2(stored.contains(QStringLiteral("unverified:KR")), qPrintable(QStringList(stored.cbegin(), stored.cend()).join(u',')));
        QVERIFY(stored.contains(QStringLiteral("DE")));
        QVERIFY(shown.contains(QStringLiteral("DE")));
        QVERIFY2(shown.contains(korean ? QStringLiteral("KR (검증 안 됨)") : QStringLiteral("KR (not verified)")),
                 qPrintable(QStringList(shown.cbegin(), shown.cend()).join(u',')));
        QVERIFY(!shown.contains(QStringLiteral("unverified:KR")));
    }
    QApplication::removeTranslator(&translator);
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
    for (const QString& lang : ui::UiLanguage::supported()) {
        ui::UiLanguage language; // ui/'s, core's and Qt's catalogues, as the counter installs them
        language.install(lang);
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
    }
}

QTEST_MAIN(OwnerViewTest)
#include "OwnerViewTest.moc"

// Makes the demo visitor log behind the README's report pages: one day (2026-11-26) at a restaurant,
// 140 visits between 11:00 and 21:00 from two staff, some expired, test and unreadable certificates,
// a camera outage and a staff-entered outage. TEST-ONLY data; nobody in it is real.
//   build/dev/tests/passdesk-report-demo-forge OUT.db
//   build/dev/app/passdesk-cli export --db OUT.db --from 2026-11-26 --format pdf --out report.pdf
#include "rules/Policy.h"
#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"
#include "report/VenueProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace passdesk;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: passdesk-report-demo-forge OUT.db\n";
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    for (const char* suffix : {"", ".key", "-wal", "-shm", ".device-key"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    const QDate day(2026, 11, 26);
    FixedClock clock(QDateTime(day, QTime(11, 0), Qt::LocalTime).toUTC());
    auto opened = log::VisitLog::open(path, clock, {});
    if (!opened) {
        QTextStream(stderr) << opened.error().message << "\n";
        return 1;
    }
    auto& log = **opened;
    report::VenueProfile venue;
    venue.name = QStringLiteral("한빛 식당 (데모)");
    venue.registrationNumber = QStringLiteral("123-45-67890");
    venue.facilityType = QStringLiteral("restaurant-cafe");
    venue.address = QStringLiteral("서울특별시 중구 세종대로 110");
    venue.operatorName = QStringLiteral("이서연");
    (void)venue.save(log.database());

    rules::Policy policy;
    log::EvidenceJournal journal(log.database(), clock);
    for (int i = 0; i < 140; ++i) {
        // Busier at lunch and dinner.
        const int minute = i < 60 ? 60 + i * 2 : (i < 80 ? 180 + (i - 60) * 6 : 300 + (i - 80) * 5);
        clock.set(QDateTime(day, QTime(10, 0).addSecs(minute * 60 + (i * 37) % 60), Qt::LocalTime).toUTC());
        credential::Verification v;
        v.credential.format = i % 5 == 0 ? credential::Format::SmartHealthCard : credential::Format::EuDcc;
        v.credential.type = i % 9 == 4 ? credential::CertificateType::Test : credential::CertificateType::Vaccination;
        v.credential.identifier = QStringLiteral("URN:UVCI:01:KR:DEMO%1").arg(i);
        v.credential.issuingCountry = QStringLiteral("KR");
        v.outcome = credential::Outcome::Verified;
        if (i % 13 == 6) {
            v.outcome = credential::Outcome::Invalid;
            v.findings.append({QStringLiteral("cert.expired"), QString(), true});
        } else if (i % 29 == 11) {
            v.outcome = credential::Outcome::UnknownIssuer;
            v.findings.append({QStringLiteral("sig.unknown_kid"), QString(), true});
        }
        rules::Verdict verdict = policy.decide(v, clock.now());
        const QString staff = i < 70 ? QStringLiteral("김하늘") : QStringLiteral("박준호");
        if (!log.append(log.visitFrom(v, verdict, i % 17 == 3 ? QStringLiteral("wedge") : QStringLiteral("camera"), clock.now(), staff))) {
            return 1;
        }
    }
    const auto at = [&](int h, int m, int s = 0) { return QDateTime(day, QTime(h, m, s), Qt::LocalTime).toUTC(); };
    (void)journal.record(QStringLiteral("camera_lost"), QStringLiteral("USB camera /dev/video0 disconnected"), at(12, 41, 12), at(12, 47, 55), false);
    (void)journal.record(QStringLiteral("manual_outage"), QStringLiteral("정전으로 계산대 PC 꺼짐 (staff entry)"), at(16, 5), at(16, 32), true);
    (void)journal.record(QStringLiteral("unclean_shutdown"), QStringLiteral("no clean exit after the last heartbeat"), at(16, 4, 40), at(16, 33, 10), false);
    QTextStream(stdout) << "wrote " << path << ": 140 visits on " << day.toString(Qt::ISODate) << "\n";
    return 0;
}

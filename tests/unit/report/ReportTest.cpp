#include "rules/Policy.h"
#include "crypto/DeviceKey.h"
#include "crypto/Sha256.h"
#include "log/EvidenceJournal.h"
#include "log/VisitLog.h"
#include "report/BundleInspector.h"
#include "report/CsvExporter.h"
#include "report/EvidenceBundle.h"
#include "report/ReportData.h"
#include "report/VenueProfile.h"
#include "qrcode/QrEncoder.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <random>

using namespace passdesk;
using namespace passdesk::report;

namespace {

credential::Verification cert(const QString& uvci, bool expired)
{
    credential::Verification v;
    v.outcome = expired ? credential::Outcome::Invalid : credential::Outcome::Verified;
    if (expired) {
        v.findings.append({QStringLiteral("cert.expired"), QString(), true});
    }
    v.credential.format = credential::Format::EuDcc;
    v.credential.type = credential::CertificateType::Vaccination;
    v.credential.identifier = uvci;
    v.credential.issuingCountry = QStringLiteral("KR");
    return v;
}

/// A log with `n` visits on 2026-03-01 (every 4th invalid), one camera outage, and a venue.
struct Fixture
{
    QTemporaryDir dir;
    FixedClock clock{QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::LocalTime).toUTC()};
    std::unique_ptr<log::VisitLog> log;
    VenueProfile venue;

    explicit Fixture(int n = 12, const QString& staff = QStringLiteral("김하늘"))
    {
        auto opened = log::VisitLog::open(path(), clock, {});
        REQUIRE(opened.ok());
        log = std::move(opened).value();
        rules::Policy policy;
        log::EvidenceJournal journal(log->database(), clock);
        for (int i = 0; i < n; ++i) {
            const auto v = cert(QStringLiteral("URN:UVCI:01:KR:R%1").arg(i), i % 4 == 3);
            REQUIRE(log->append(log->visitFrom(v, policy.decide(v, clock.now()), QStringLiteral("camera"), clock.now(), staff)).ok());
            clock.advance(std::chrono::minutes(7));
        }
        REQUIRE(journal.record(QStringLiteral("camera_lost"), QStringLiteral("USB camera unplugged"), clock.now(),
                               clock.now().addSecs(754), false)
                    .ok());
        venue.name = QStringLiteral("한빛 식당");
        venue.registrationNumber = QStringLiteral("123-45-67890");
        venue.facilityType = QStringLiteral("restaurant-cafe");
        venue.address = QStringLiteral("서울특별시 중구 세종대로 110");
        venue.operatorName = QStringLiteral("이서연");
    }

    QString path() const { return dir.filePath(QStringLiteral("visits.db")); }
    QDate day() const { return QDate(2026, 3, 1); }

    ReportData data()
    {
        auto d = ReportData::gather(*log, venue, day(), day(), clock);
        REQUIRE(d.ok());
        return std::move(d).value();
    }

    crypto::SigningKey key()
    {
        auto k = crypto::DeviceKey::loadOrCreate(crypto::DeviceKey::pathFor(path()));
        REQUIRE(k.ok());
        return *k;
    }

    QByteArray bundle(EvidenceBundle::Written* written = nullptr)
    {
        QBuffer buf;
        buf.open(QIODevice::WriteOnly);
        auto w = EvidenceBundle::write(data(), key(), buf);
        REQUIRE(w.ok());
        if (written != nullptr) {
            *written = *w;
        }
        return buf.data();
    }
};

QJsonObject parse(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray dump(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

/// Edits one visit of a bundle with `edit`, keeping everything else.
QByteArray editVisit(const QByteArray& bytes, int index, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = parse(bytes);
    QJsonArray visits = root.value(QLatin1String("visits")).toArray();
    QJsonObject v = visits[index].toObject();
    edit(v);
    visits[index] = v;
    root.insert(QStringLiteral("visits"), visits);
    return dump(root);
}

} // namespace

TEST_CASE("report data gathers the day's visits, counts, evidence and chain", "[report]")
{
    Fixture f;
    const ReportData d = f.data();
    REQUIRE(d.rows.size() == 12);
    CHECK(d.summary.visits == 12);
    CHECK(d.summary.byVerdict.value(QStringLiteral("invalid")) == 3);
    CHECK(d.summary.byVerdict.value(QStringLiteral("valid")) == 9);
    CHECK(d.summary.byType.value(QStringLiteral("vaccination")) == 12);
    CHECK(d.summary.byHour[10] == 9); // 10:00 to 10:56 local
    CHECK(d.summary.byHour[11] == 3);
    CHECK(d.chain.verifiedAtExport);
    CHECK(d.chain.firstId == 1);
    CHECK(d.chain.lastId == 12);
    CHECK(d.chain.startHash == QByteArray(32, '\0'));
    CHECK(d.chain.gaps.isEmpty());
    REQUIRE(d.evidence.size() == 1);
    CHECK(d.evidence[0].seconds() == 754);
    CHECK(formatDuration(754) == QStringLiteral("00:12:34"));
    CHECK(formatDuration(90061) == QStringLiteral("1d 01:01:01"));
    // Overlapping windows count once: 10:00-10:30 and 10:20-10:40 cover 40 minutes, plus 11:00-11:05.
    const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    const auto win = [&](int from, int to) {
        EvidenceWindow w;
        w.started = t0.addSecs(from * 60);
        w.ended = t0.addSecs(to * 60);
        return w;
    };
    CHECK(coveredSeconds({win(0, 30), win(20, 40), win(60, 65)}) == 45 * 60);
    CHECK(coveredSeconds({win(0, 30), win(5, 10)}) == 30 * 60);
    CHECK(d.rows[0].maskedId.size() == 12);
    CHECK(d.rows[0].maskedId.mid(4, 4) == QStringLiteral("****"));
    CHECK(d.rows[0].staff == QStringLiteral("김하늘"));
    CHECK(d.policies.size() == 1);
}

TEST_CASE("venue profile: 16 facility types, stored in the log's meta table", "[report]")
{
    const auto& types = VenueProfile::facilityTypes();
    CHECK(types.size() == 16);
    QSet<QString> codes;
    for (const auto& t : types) {
        codes.insert(t.code);
        CHECK(!t.ko.isEmpty());
        CHECK(!t.en.isEmpty());
    }
    CHECK(codes.size() == 16);

    Fixture f(1);
    const VenueProfile defaults = VenueProfile::load(f.log->database());
    CHECK(defaults.name == QStringLiteral("PassDesk venue"));
    CHECK(defaults.facilityType == QStringLiteral("restaurant-cafe"));
    REQUIRE(f.venue.save(f.log->database()).ok());
    const VenueProfile loaded = VenueProfile::load(f.log->database());
    CHECK(loaded.name == f.venue.name);
    CHECK(loaded.address == f.venue.address);
    CHECK(loaded.facilityName(QStringLiteral("ko")) == QStringLiteral("식당·카페"));
    CHECK(loaded.facilityName(QStringLiteral("de")) == QStringLiteral("Restaurants und Cafés"));
    CHECK(loaded.facilityName(QStringLiteral("it")) == QStringLiteral("Ristoranti e bar"));
    CHECK(loaded.facilityName(QStringLiteral("en")) == QStringLiteral("Restaurants and cafés"));
    // The official Korean name of every category is in the Korean catalogue too.
    for (const auto& t : VenueProfile::facilityTypes()) {
        VenueProfile p;
        p.facilityType = t.code;
        CHECK(p.facilityName(QStringLiteral("ko")) == t.ko);
    }
    VenueProfile bad = f.venue;
    bad.facilityType = QStringLiteral("zoo");
    CHECK(bad.save(f.log->database()).error().code == QStringLiteral("venue.facility"));
}

TEST_CASE("device key is Ed25519, created owner-only on first use, and stable", "[report]")
{
    Fixture f(0);
    const QString path = crypto::DeviceKey::pathFor(f.path());
    REQUIRE(!QFile::exists(path));
    const auto first = crypto::DeviceKey::loadOrCreate(path);
    REQUIRE(first.ok());
    CHECK(first->publicKey().type() == crypto::PublicKey::Type::Ed25519);
    // Mode 0600: the owner reads and writes, group and others nothing.
    const auto perms = QFile::permissions(path);
    CHECK(perms.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    CHECK_FALSE(perms.testAnyFlags(QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                   QFile::WriteOther | QFile::ExeOther));
    const auto again = crypto::DeviceKey::loadOrCreate(path);
    REQUIRE(again.ok());
    CHECK(crypto::DeviceKey::fingerprint(again->publicKey()) == crypto::DeviceKey::fingerprint(first->publicKey()));
    CHECK(crypto::DeviceKey::fingerprint(first->publicKey()).size() == 64);

    QFile junk(f.dir.filePath(QStringLiteral("junk-key")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a key");
    junk.close();
    CHECK(crypto::DeviceKey::loadOrCreate(junk.fileName()).error().code == QStringLiteral("key.invalid"));
}

TEST_CASE("an untouched bundle is AUTHENTIC with the digest it was written with", "[report][bundle]")
{
    Fixture f;
    EvidenceBundle::Written written;
    const QByteArray bytes = f.bundle(&written);
    const Inspection in = BundleInspector::inspect(bytes);
    INFO(in.part.toStdString() + ": " + in.detail.toStdString());
    CHECK(in.authentic);
    CHECK(in.part.isEmpty());
    CHECK(in.digest == written.digest);
    CHECK(in.keyFingerprint == written.keyFingerprint);
    CHECK(in.report.rows.size() == 12);
    CHECK(in.report.venue.name == QStringLiteral("한빛 식당"));
    CHECK(in.report.summary == f.data().summary);
    CHECK(in.warnings.isEmpty());
    // Pinned to the right device key (by a printed prefix, spaces allowed) it still passes.
    CHECK(BundleInspector::inspect(bytes, crypto::DeviceKey::shortFingerprint(written.keyFingerprint)).authentic);
    // Re-serialised with different layout: the digests are over canonical JSON, so still authentic.
    CHECK(BundleInspector::inspect(dump(parse(bytes))).authentic);
}

TEST_CASE("tampered bundles are ALTERED and name the part", "[report][bundle]")
{
    Fixture f;
    const QByteArray bytes = f.bundle();
    const auto expectAltered = [](const QByteArray& tampered, const QString& part) {
        const Inspection in = BundleInspector::inspect(tampered);
        INFO(in.part.toStdString() + ": " + in.detail.toStdString());
        CHECK_FALSE(in.authentic);
        CHECK(in.part == part);
        CHECK(!in.detail.isEmpty());
    };

    SECTION("a verdict changed")
    {
        // Row 4 (index 3) is invalid; made to look valid.
        expectAltered(editVisit(bytes, 3, [](QJsonObject& v) {
                          REQUIRE(v.value(QLatin1String("verdict")).toString() == QStringLiteral("invalid"));
                          v.insert(QStringLiteral("verdict"), QStringLiteral("valid"));
                          v.insert(QStringLiteral("reasons"), QString());
                      }),
                      QStringLiteral("row 4"));
    }
    SECTION("a row deleted")
    {
        QJsonObject root = parse(bytes);
        QJsonArray visits = root.value(QLatin1String("visits")).toArray();
        visits.removeAt(6);
        root.insert(QStringLiteral("visits"), visits);
        expectAltered(dump(root), QStringLiteral("row 7"));
        CHECK(BundleInspector::inspect(dump(root)).detail.contains(QStringLiteral("deleted")));
    }
    SECTION("a time shifted")
    {
        expectAltered(editVisit(bytes, 1, [](QJsonObject& v) {
                          const QString at = v.value(QLatin1String("at")).toString();
                          v.insert(QStringLiteral("at"), at.left(11) + QStringLiteral("09") + at.mid(13));
                      }),
                      QStringLiteral("row 2"));
    }
    SECTION("the summary edited")
    {
        QJsonObject root = parse(bytes);
        QJsonObject summary = root.value(QLatin1String("summary")).toObject();
        QJsonObject verdicts = summary.value(QLatin1String("byVerdict")).toObject();
        verdicts.insert(QStringLiteral("invalid"), 0);
        verdicts.insert(QStringLiteral("valid"), 12);
        summary.insert(QStringLiteral("byVerdict"), verdicts);
        root.insert(QStringLiteral("summary"), summary);
        expectAltered(dump(root), QStringLiteral("summary"));
    }
    SECTION("the period edited")
    {
        QJsonObject root = parse(bytes);
        root.insert(QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), QStringLiteral("2026-02-28")},
                                                          {QStringLiteral("to"), QStringLiteral("2026-03-01")}});
        expectAltered(dump(root), QStringLiteral("period"));
    }
    SECTION("the key swapped")
    {
        QJsonObject root = parse(bytes);
        const auto other = crypto::SigningKey::generate(crypto::SigningKey::Type::Ed25519);
        root.insert(QStringLiteral("publicKey"), QString::fromLatin1(other.publicKey().toSubjectPublicKeyInfo().toBase64()));
        expectAltered(dump(root), QStringLiteral("key"));
    }
    SECTION("the manifest edited to match an edited summary: the signature fails")
    {
        QJsonObject root = parse(bytes);
        QJsonObject summary = root.value(QLatin1String("summary")).toObject();
        summary.insert(QStringLiteral("visits"), 11);
        root.insert(QStringLiteral("summary"), summary);
        QJsonObject manifest = root.value(QLatin1String("manifest")).toObject();
        manifest.insert(QStringLiteral("summary"), EvidenceBundle::digestOf(summary));
        root.insert(QStringLiteral("manifest"), manifest);
        expectAltered(dump(root), QStringLiteral("signature"));
    }
    SECTION("the file truncated")
    {
        expectAltered(bytes.left(bytes.size() * 2 / 3), QStringLiteral("truncated file"));
        expectAltered(bytes.left(bytes.size() - 3), QStringLiteral("truncated file"));
        expectAltered(QByteArray(), QStringLiteral("truncated file"));
    }
    SECTION("not a bundle")
    {
        expectAltered(QByteArrayLiteral("{\"format\":\"something else\"}\n"), QStringLiteral("format"));
    }
}

TEST_CASE("a bundle forged with another key verifies only until the device key is pinned", "[report][bundle]")
{
    Fixture f;
    EvidenceBundle::Written genuine;
    (void)f.bundle(&genuine);
    // The forger has the data but not the device key, so signs with a key of their own.
    ReportData d = f.data();
    d.rows[3].verdict = QStringLiteral("valid");
    d.rows[3].reasons.clear();
    d.summary = Summary::of(d.rows);
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    REQUIRE(EvidenceBundle::write(d, crypto::SigningKey::generate(crypto::SigningKey::Type::Ed25519), buf).ok());
    CHECK(BundleInspector::inspect(buf.data()).authentic);
    const Inspection pinned = BundleInspector::inspect(buf.data(), genuine.keyFingerprint.left(32));
    CHECK_FALSE(pinned.authentic);
    CHECK(pinned.part == QStringLiteral("key"));
}

TEST_CASE("a report of a log that fails its chain check carries a warning", "[report][bundle]")
{
    Fixture f;
    REQUIRE(f.log->database().exec(QStringLiteral("UPDATE visits SET verdict = 'valid' WHERE id = 8")).ok());
    const ReportData d = f.data();
    CHECK_FALSE(d.chain.verifiedAtExport);
    CHECK(d.chain.problemAtExport.contains(QStringLiteral("row 8")));
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    REQUIRE(EvidenceBundle::write(d, f.key(), buf).ok());
    const Inspection in = BundleInspector::inspect(buf.data());
    CHECK(in.authentic); // the file is what was signed ...
    REQUIRE(in.warnings.size() == 1); // ... and says the log itself was already broken
    CHECK(in.warnings[0].contains(QStringLiteral("row 8")));
}

TEST_CASE("CSV: BOM, header, Hangul, RFC 4180 quoting, formula guard, CRLF", "[report][csv]")
{
    Fixture f(3, QStringLiteral("박, \"민수\""));
    ReportData d = f.data();
    d.rows[2].staff = QStringLiteral("=HYPERLINK(\"x\")");
    d.rows[1].staff = QStringLiteral("이\n준");
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    REQUIRE(CsvExporter::write(d, buf).ok());
    const QByteArray bytes = buf.data();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 5); // header, 3 rows, and the empty string after the last CRLF
    CHECK(lines[0] == CsvExporter::columns().join(QLatin1Char(',')));
    CHECK(lines[0] == QStringLiteral("row_id,date,time,utc_offset,verdict,reasons,cert_type,format,country,input,staff,policy,masked_id,row_hash"));
    CHECK(lines[4].isEmpty());
    CHECK(lines[1].startsWith(QStringLiteral("1,2026-03-01,10:00:00,")));
    CHECK(lines[1].contains(QStringLiteral(",\"박, \"\"민수\"\"\",")));
    CHECK(lines[2].contains(QStringLiteral(",\"이\n준\",")));
    CHECK(lines[3].contains(QStringLiteral(",\"'=HYPERLINK(\"\"x\"\")\",")));
    CHECK(lines[1].endsWith(QString::fromLatin1(d.rows[0].rowHash.toHex())));

    CHECK(CsvExporter::field(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(CsvExporter::field(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CsvExporter::field(QStringLiteral("-1")) == QStringLiteral("'-1"));
    CHECK(CsvExporter::field(QStringLiteral("한글")) == QStringLiteral("한글"));
    // Control characters (an escape sequence, NUL, DEL) never reach a spreadsheet; tab, CR and LF are quoted.
    CHECK(CsvExporter::field(QString::fromUtf8("a\x1b[31mb\x7f", 8)) == QStringLiteral("a\uFFFD[31mb\uFFFD"));
    CHECK(CsvExporter::field(QString(QChar(0)) + QStringLiteral("=1")) == QStringLiteral("\uFFFD=1"));
    CHECK(CsvExporter::field(QStringLiteral("\x01=cmd")) == QStringLiteral("\uFFFD=cmd"));
    CHECK(CsvExporter::field(QStringLiteral("a\tb")) == QStringLiteral("a\tb"));
    CHECK(CsvExporter::line({QStringLiteral("=A1"), QStringLiteral("x,y"), QString()}) == QStringLiteral("'=A1,\"x,y\",\r\n"));
}

TEST_CASE("keyed HMAC context gives the one-shot HMAC's values", "[report][crypto]")
{
    // RFC 4231 test case 2.
    const crypto::HmacSha256 jefe(QByteArrayLiteral("Jefe"));
    CHECK(jefe.mac(QByteArrayLiteral("what do ya want for nothing?")).toHex() ==
          QByteArrayLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    const QByteArray key(32, '\x5a');
    const crypto::HmacSha256 keyed(key);
    for (const QByteArray& data : {QByteArray(), QByteArrayLiteral("a"), QByteArray(1000, 'x'), QByteArrayLiteral("row\x1f한글")}) {
        CHECK(keyed.mac(data) == crypto::Sha256::hmac(key, data)); // and again, reusing the context
        CHECK(keyed.mac(data) == crypto::Sha256::hmac(key, data));
    }
}

TEST_CASE("QR encoder makes a square code", "[report][qr]")
{
    const auto qr = qrcode::QrEncoder::encode(EvidenceBundle::qrText(QString(64, QLatin1Char('a')), QString(64, QLatin1Char('b'))));
    REQUIRE(qr.ok());
    CHECK(qr->size >= 21);
    CHECK(qr->modules.size() == qsizetype(qr->size) * qr->size);
    CHECK(qr->dark(0, 0)); // finder pattern corner
}

TEST_CASE("A row's compact JSON is byte for byte what Qt's JSON writer makes", "[report][bundle]")
{
    // The bundle writer serialises rows directly; the inspector re-serialises them with Qt. Any
    // difference would make an authentic bundle look altered, so check the awkward characters.
    const QStringList awkward{QString(),
                              QStringLiteral("김하늘"),
                              QStringLiteral("quote \" backslash \\ slash / tab \t newline \n return \r"),
                              QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f) + QChar(0x08) + QChar(0x0c),
                              QStringLiteral("emoji 😀 and U+2028 \u2028 U+FEFF \uFEFF"),
                              QStringLiteral("= + - @ formula-looking"),
                              QStringLiteral("cert.expired sig.bad")};
    std::mt19937 random(7);
    for (int i = 0; i < 400; ++i) {
        report::ReportRow r;
        r.id = i == 0 ? 9007199254740991LL : qint64(random() % 1000000);
        const auto pick = [&] { return awkward[qsizetype(random() % awkward.size())]; };
        r.atLocal = pick();
        r.verdict = pick();
        r.reasons = pick();
        r.type = pick();
        r.format = pick();
        r.country = pick();
        r.input = pick();
        r.staff = pick();
        r.policy = pick();
        r.maskedId = pick();
        r.prevHash = QByteArray::number(qulonglong(random()));
        r.rowHash = i % 3 == 0 ? QByteArray() : QByteArray::number(qulonglong(random()));
        INFO(i);
        CHECK(r.compactJson() == QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
    }
}

// The counter session (core/counter/CounterSession): the one sequence the window and the headless scan
// run. Driven here with a scripted frame source whose state a test moves, a fixed clock and a real log.
#include "counter/CounterSession.h"
#include "support/DemoIssuer.h"
#include "log/EvidenceJournal.h"
#include "support/Fixtures.h"
#include "support/QrRenderer.h"
#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <opencv2/imgproc.hpp>

#include <deque>

using namespace passdesk;
using counter::CounterSession;

namespace {

/// Frames and states as a test scripts them: each read() takes the next entry.
class ScriptedSource final : public scan::FrameSource
{
public:
    struct Entry
    {
        scan::SourceState state = scan::SourceState::Live;
        cv::Mat image; ///< empty: no frame
    };
    explicit ScriptedSource(std::deque<Entry> script, bool camera = true)
        : m_script(std::move(script)), m_camera(camera)
    {
    }
    QString name() const override { return QStringLiteral("camera 9"); }
    std::optional<scan::Frame> read() override
    {
        if (m_script.empty()) {
            m_state = scan::SourceState::Finished;
            return std::nullopt;
        }
        Entry e = std::move(m_script.front());
        m_script.pop_front();
        m_state = e.state;
        if (e.image.empty()) {
            return std::nullopt;
        }
        return scan::Frame{e.image, std::chrono::steady_clock::now()};
    }
    scan::SourceState state() const override { return m_state; }
    bool isCamera() const override { return m_camera; }

private:
    std::deque<Entry> m_script;
    bool m_camera;
    scan::SourceState m_state = scan::SourceState::Starting;
};

cv::Mat codeImage(const QByteArray& text)
{
    cv::Mat m;
    cv::copyMakeBorder(test::QrRenderer::modules(QString::fromLatin1(text)), m, 4, 4, 4, 4, cv::BORDER_CONSTANT,
                       cv::Scalar(255));
    cv::resize(m, m, {}, 4, 4, cv::INTER_NEAREST);
    return m;
}

QByteArray validText()
{
    return credential::DemoIssuer::euDccText(test::vaccination(), QStringLiteral("KR"), test::issued(), test::expires(),
                                             test::EuSigner::ec().key, test::EuSigner::ec().certificate);
}

QList<log::EvidenceEvent> evidence(CounterSession& session)
{
    REQUIRE(session.journal() != nullptr);
    auto events = session.journal()->list(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC),
                                          QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC));
    REQUIRE(events);
    return *events;
}

QStringList kinds(const QList<log::EvidenceEvent>& events)
{
    QStringList out;
    for (const auto& e : events) {
        out << e.kind;
    }
    return out;
}

} // namespace

TEST_CASE("A session logs each verdict before handing it back, as a camera visit", "[counter]")
{
    QTemporaryDir dir;
    FixedClock clock(test::during());
    const cv::Mat code = codeImage(validText());
    auto source = std::make_unique<ScriptedSource>(std::deque<ScriptedSource::Entry>{{scan::SourceState::Live, code}});
    counter::CounterSessionOptions options;
    options.logPath = dir.filePath(QStringLiteral("visits.db"));
    options.staff = QStringLiteral("kim");
    CounterSession session(std::move(source), test::EuSigner::ec().store(), clock, options);
    auto opened = session.open();
    REQUIRE(opened);
    CHECK_FALSE(opened->unclean);
    CHECK(opened->movedTo.isEmpty());

    auto step = session.step();
    CHECK(step.stateChanged);
    REQUIRE(step.delivery);
    REQUIRE(step.delivery->outcome);
    CHECK(step.delivery->logError.isEmpty());
    CHECK(step.delivery->outcome->verdict.kind == rules::VerdictKind::Valid);
    REQUIRE(step.delivery->logged > 0);
    auto rows = session.visitLog()->listDay(clock.now().toLocalTime().date());
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    CHECK(rows->front().id == step.delivery->logged);
    CHECK(rows->front().input == QStringLiteral("camera"));
    CHECK(rows->front().staff == QStringLiteral("kim"));
    CHECK(rows->front().country == QStringLiteral("KR"));
    session.close();
    session.close(); // idempotent
}

TEST_CASE("Without a log path the session shows verdicts but logs nothing", "[counter]")
{
    FixedClock clock(test::during());
    auto source = std::make_unique<ScriptedSource>(
        std::deque<ScriptedSource::Entry>{{scan::SourceState::Live, codeImage(validText())}}, false);
    CounterSession session(std::move(source), test::EuSigner::ec().store(), clock);
    REQUIRE(session.open());
    CHECK_FALSE(session.logOpen());
    auto step = session.step();
    REQUIRE(step.delivery);
    REQUIRE(step.delivery->outcome);
    CHECK(step.delivery->logged == 0);
    CHECK(step.delivery->outcome->input == counter::InputKind::File); // not a camera source
}

TEST_CASE("A session records camera losses, clock jumps and silence as evidence, and closes them at the end",
          "[counter][evidence]")
{
    QTemporaryDir dir;
    FixedClock clock(test::during());
    const cv::Mat blank(120, 160, CV_8UC1, cv::Scalar(255));
    std::deque<ScriptedSource::Entry> script{{scan::SourceState::Live, blank},
                                             {scan::SourceState::Lost, {}},
                                             {scan::SourceState::Lost, {}},
                                             {scan::SourceState::Live, blank},
                                             {scan::SourceState::Lost, {}}};
    counter::CounterSessionOptions options;
    options.logPath = dir.filePath(QStringLiteral("visits.db"));
    options.heartbeatInterval = std::chrono::seconds(0); // every step writes a heartbeat and checks the clock
    options.noDecodeLimit = std::chrono::seconds(0);     // any live frame without a code opens a no_decode period
    CounterSession session(std::make_unique<ScriptedSource>(std::move(script)), test::EuSigner::ec().store(), clock,
                           options);
    REQUIRE(session.open());

    session.step(); // live, blank: silence
    CHECK(kinds(evidence(session)) == QStringList{QStringLiteral("no_decode")});
    session.step();                       // lost: silence ends (not live), the camera's absence begins
    session.step();                       // still lost: nothing new
    clock.set(clock.now().addSecs(3600)); // the wall clock jumps an hour, monotonic time does not
    session.step();                       // live again: the loss ends; the heartbeat sees the jump
    session.step();                       // lost again, left open

    auto events = evidence(session);
    CHECK(kinds(events).count(QStringLiteral("camera_lost")) == 2);
    CHECK(kinds(events).count(QStringLiteral("clock_jump")) == 1);
    CHECK(kinds(events).count(QStringLiteral("no_decode")) == 2);
    const auto openNow =
        std::count_if(events.cbegin(), events.cend(), [](const auto& e) { return !e.ended.isValid(); });
    CHECK(openNow == 1); // the second loss
    for (const auto& e : events) {
        if (e.kind == QStringLiteral("camera_lost")) {
            CHECK(e.cause == QStringLiteral("camera 9"));
        }
    }

    session.close();
    events = evidence(session);
    CHECK(std::none_of(events.cbegin(), events.cend(), [](const auto& e) { return !e.ended.isValid(); }));
}

TEST_CASE("A session that ends without close() is an unclean end at the next open", "[counter][evidence]")
{
    QTemporaryDir dir;
    QTemporaryDir disk; // the disk as the power cut left it
    FixedClock clock(test::during());
    counter::CounterSessionOptions options;
    options.logPath = dir.filePath(QStringLiteral("visits.db"));
    {
        CounterSession first(std::make_unique<ScriptedSource>(std::deque<ScriptedSource::Entry>{}),
                             test::EuSigner::ec().store(), clock, options);
        REQUIRE(first.open());
        // The power goes while the session runs: what is on disk at that moment (the database and its
        // write-ahead log, both synced at each commit, and the key beside them) is all the next start sees.
        for (const char* suffix : {"", "-wal", ".key"}) {
            const QString name = QStringLiteral("visits.db") + QLatin1String(suffix);
            if (QFile::exists(dir.filePath(name))) {
                REQUIRE(QFile::copy(dir.filePath(name), disk.filePath(name)));
            }
        }
    }
    options.logPath = disk.filePath(QStringLiteral("visits.db"));
    clock.advance(std::chrono::minutes(10));
    CounterSession second(std::make_unique<ScriptedSource>(std::deque<ScriptedSource::Entry>{}),
                          test::EuSigner::ec().store(), clock, options);
    auto opened = second.open();
    REQUIRE(opened);
    REQUIRE(opened->unclean);
    CHECK(opened->unclean->kind == QStringLiteral("unclean_shutdown"));
}

TEST_CASE("Staff's outage entry and exemptions go through the session's log", "[counter]")
{
    QTemporaryDir dir;
    FixedClock clock(test::during());
    counter::CounterSessionOptions options;
    options.logPath = dir.filePath(QStringLiteral("visits.db"));
    CounterSession session(std::make_unique<ScriptedSource>(std::deque<ScriptedSource::Entry>{}),
                           test::EuSigner::ec().store(), clock, options);
    CHECK(session.recordOutage(clock.now(), clock.now().addSecs(60), QStringLiteral("power")).error().code ==
          QStringLiteral("log.closed"));
    REQUIRE(session.open());
    CHECK(session.recordOutage(clock.now(), clock.now().addSecs(-60), QStringLiteral("power")).error().code ==
          QStringLiteral("outage.order"));
    CHECK(session.recordOutage(clock.now().addSecs(-600), clock.now(), QStringLiteral(" power cut ")));
    const auto delivery = session.admitExemption(QStringLiteral("medical"));
    REQUIRE(delivery.outcome);
    CHECK(delivery.logged > 0);
    auto count = session.countToday();
    REQUIRE(count);
    CHECK(count->admitted == 1);
    CHECK(count->refused == 0);
    const auto events = evidence(session);
    REQUIRE(events.size() == 1);
    CHECK(events.front().manual);
    CHECK(events.front().cause == QStringLiteral("power cut"));
}

TEST_CASE("An unverified certificate's issuing country reaches the log only marked as unverified",
          "[counter][security]")
{
    credential::Verification v;
    v.credential.issuingCountry = QStringLiteral("KR");
    v.checks.signature = true;
    CHECK(log::VisitLog::countryOf(v) == QStringLiteral("KR"));
    v.checks.signature = false;
    CHECK(log::VisitLog::countryOf(v) == QStringLiteral("unverified:KR"));
    v.checks.signature.reset();
    CHECK(log::VisitLog::countryOf(v) == QStringLiteral("unverified:KR"));
    v.credential.issuingCountry = QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"KR\")");
    CHECK(log::VisitLog::countryOf(v) == QStringLiteral("unverified"));
    v.credential.issuingCountry = QString(10000, QLatin1Char('A'));
    CHECK(log::VisitLog::countryOf(v) == QStringLiteral("unverified"));
    v.credential.issuingCountry = QStringLiteral("K\x01");
    CHECK(log::VisitLog::countryOf(v) == QStringLiteral("unverified"));
    v.checks.signature = true; // even a trusted signer's odd value is not copied
    CHECK(log::VisitLog::countryOf(v).isEmpty());
    v.credential.issuingCountry.clear();
    v.checks.signature = false;
    CHECK(log::VisitLog::countryOf(v).isEmpty());
}

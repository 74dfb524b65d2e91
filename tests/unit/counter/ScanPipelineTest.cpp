#include "scan/FileSource.h"
#include "scan/FrameSource.h"
#include "counter/ScanPipeline.h"
#include "scan/WedgeDetector.h"
#include "support/Fixtures.h"
#include "support/FrameCorpus.h"
#include "support/QrRenderer.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace passdesk;
using namespace passdesk::scan;
using namespace passdesk::counter;
using passdesk::rules::VerdictKind;

namespace {
Frame frameOf(const QString& text)
{
    cv::Mat m;
    cv::resize(test::QrRenderer::modules(text), m, {}, 4, 4, cv::INTER_NEAREST);
    return Frame{m, std::chrono::steady_clock::now()};
}

QString validText()
{
    return QString::fromLatin1(credential::DemoIssuer::euDccText(test::vaccination(), QStringLiteral("KR"), test::issued(),
                                                                  test::expires(), test::EuSigner::ec().key,
                                                                  test::EuSigner::ec().certificate));
}
} // namespace

TEST_CASE("A wedge scanner's burst is a scan; a person typing the same text is not", "[scan][wedge]")
{
    WedgeDetector wedge;
    const QString text = QStringLiteral("HC1:NCFOXN%TSMAHN-H9QCUZG%STN4A8NBRT80RBZEJFY3EF4");
    qint64 t = 1000;
    SECTION("scanner: 4 ms a character")
    {
        for (QChar c : text) {
            wedge.key(c, t += 4);
        }
        const auto got = wedge.enter(t += 4);
        REQUIRE(got.has_value());
        CHECK(*got == text);
        CHECK(wedge.pending() == 0);
    }
    SECTION("person: 120 ms a character")
    {
        for (QChar c : text) {
            wedge.key(c, t += 120);
        }
        CHECK_FALSE(wedge.enter(t += 150).has_value());
    }
    SECTION("a scanner burst after some slow typing still counts from where the burst starts")
    {
        for (QChar c : QStringLiteral("hello")) {
            wedge.key(c, t += 200);
        }
        t += 500;
        for (QChar c : text) {
            wedge.key(c, t += 3);
        }
        REQUIRE(wedge.enter(t += 3).has_value());
    }
    SECTION("fast text that is not a certificate, or too short, is ignored")
    {
        for (QChar c : QStringLiteral("0123456789012345678901234567890")) {
            wedge.key(c, t += 3);
        }
        CHECK_FALSE(wedge.enter(t += 3).has_value());
        for (QChar c : QStringLiteral("HC1:AB")) {
            wedge.key(c, t += 3);
        }
        CHECK_FALSE(wedge.enter(t += 3).has_value());
    }
    SECTION("a 600-character code arrives whole")
    {
        const QString longText = QStringLiteral("HC1:") + QString(596, QLatin1Char('A'));
        for (QChar c : longText) {
            wedge.key(c, t += 2);
        }
        const auto got = wedge.enter(t += 2);
        REQUIRE(got.has_value());
        CHECK(got->size() == 600);
    }
    SECTION("a burst stalled now and then by a busy machine is still a scan")
    {
        const QString longText = QStringLiteral("HC1:") + QString(396, QLatin1Char('A'));
        for (qsizetype i = 0; i < longText.size(); ++i) {
            t += (i % 100 == 50) ? 120 : 3; // four stalls of 120 ms in 400 characters
            wedge.key(longText.at(i), t);
        }
        const auto got = wedge.enter(t += 3);
        REQUIRE(got.has_value());
        CHECK(got->size() == 400);
    }
    SECTION("a stall longer than maxStallMs ends the burst")
    {
        const QString longText = QStringLiteral("HC1:") + QString(396, QLatin1Char('A'));
        for (qsizetype i = 0; i < longText.size(); ++i) {
            t += (i == 200) ? 500 : 3;
            wedge.key(longText.at(i), t);
        }
        CHECK_FALSE(wedge.enter(t += 3).has_value()); // what is left does not start with HC1:
    }
    SECTION("a person typing fast bursts with pauses is never a scan")
    {
        // 30 ms rollovers in pairs, 90 ms between the pairs: half the gaps are pauses.
        for (qsizetype i = 0; i < text.size(); ++i) {
            wedge.key(text.at(i), t += (i % 2 == 0) ? 90 : 30);
        }
        CHECK_FALSE(wedge.enter(t += 30).has_value());
        CHECK_FALSE(wedge.looksScanned());
    }
    SECTION("a person's keys just before the burst are not part of it")
    {
        for (QChar c : QStringLiteral("note")) {
            wedge.key(c, t += 100);
        }
        t += 100; // the scanner starts a moment later
        for (QChar c : text) {
            wedge.key(c, t += 3);
        }
        const auto got = wedge.enter(t += 3);
        REQUIRE(got.has_value());
        CHECK(*got == text);
        CHECK(wedge.lastArrived() == text);
    }
    SECTION("runaway noise is dropped")
    {
        for (int i = 0; i < 10000; ++i) {
            wedge.key(QLatin1Char('H'), t += 1);
        }
        CHECK_FALSE(wedge.enter(t += 1).has_value());
    }
}

TEST_CASE("The pipeline turns a frame into a verdict, once per code", "[scan][pipeline]")
{
    FixedClock clock(test::during());
    ScanPipeline pipeline(test::EuSigner::ec().store(), clock);
    const QString text = validText();

    auto first = pipeline.processFrame(frameOf(text));
    REQUIRE(first.codes.size() == 1);
    REQUIRE(first.outcome.has_value());
    CHECK(first.outcome->verdict.kind == VerdictKind::Valid);
    CHECK(first.outcome->verification.credential.holder.displayName() == QStringLiteral("홍길동"));
    CHECK(first.outcome->decided >= first.outcome->captured);

    // Still in view a moment later: decoded, but not checked again.
    clock.advance(std::chrono::seconds(2));
    auto again = pipeline.processFrame(frameOf(text));
    CHECK(again.codes.size() == 1);
    CHECK_FALSE(again.outcome.has_value());

    // After the repeat window it is a new scan.
    clock.advance(std::chrono::seconds(6));
    CHECK(pipeline.processFrame(frameOf(text)).outcome.has_value());

    // An empty frame, a colour frame with no code, and a frame of the wrong type give nothing.
    CHECK_FALSE(pipeline.processFrame(Frame{cv::Mat(480, 640, CV_8UC1, cv::Scalar(200)), {}}).outcome.has_value());
    CHECK_FALSE(pipeline.processFrame(Frame{cv::Mat(480, 640, CV_8UC3, cv::Scalar(0, 0, 0)), {}}).outcome.has_value());
    CHECK(pipeline.processFrame(Frame{cv::Mat(10, 10, CV_32F), {}}).codes.isEmpty());
}

TEST_CASE("Text from a scanner or a person goes through the same policy", "[scan][pipeline]")
{
    FixedClock clock(test::during());
    ScanPipeline pipeline(test::EuSigner::ec().store(), clock);
    const auto garbage = pipeline.processText(QStringLiteral("HC1:not base45 at all!!"), InputKind::Wedge);
    REQUIRE(garbage.has_value());
    CHECK(garbage->verdict.kind == VerdictKind::Unreadable);
    CHECK(garbage->input == InputKind::Wedge);

    rules::Policy strict;
    strict.alwaysCheckId = true;
    pipeline.setPolicy(strict);
    const auto valid = pipeline.processText(validText(), InputKind::Manual);
    REQUIRE(valid.has_value());
    CHECK(valid->verdict.kind == VerdictKind::CheckId);
    CHECK(valid->verdict.reasons.contains(QStringLiteral("policy.check_id")));

    // The same certificate past its expiry (fixed verification time) is invalid with the reason.
    pipeline.forgetRecent();
    pipeline.setFixedTime(test::expires().addDays(1));
    const auto expired = pipeline.processText(validText(), InputKind::Manual);
    REQUIRE(expired.has_value());
    CHECK(expired->verdict.kind == VerdictKind::Invalid);
    CHECK(expired->verdict.reasons.contains(QStringLiteral("cert.expired")));

    // A trust store swapped in whole: the old issuer is now unknown.
    pipeline.forgetRecent();
    pipeline.setFixedTime(std::nullopt);
    pipeline.setTrust(std::make_shared<trust::TrustStore>());
    const auto unknown = pipeline.processText(validText(), InputKind::Manual);
    REQUIRE(unknown.has_value());
    CHECK(unknown->verdict.kind == VerdictKind::UnknownIssuer);
}

TEST_CASE("SMART Health Card chunks are gathered across frames in any order", "[scan][pipeline]")
{
    FixedClock clock(test::during());
    const auto& signer = test::ShcSigner::instance();
    ScanPipeline pipeline(signer.store(), clock);
    const QList<QByteArray> chunks = credential::DemoIssuer::shcNumeric(signer.jws(), 3);
    REQUIRE(chunks.size() == 3);
    CHECK_FALSE(pipeline.processText(QString::fromLatin1(chunks[2]), InputKind::Camera).has_value());
    CHECK_FALSE(pipeline.processText(QString::fromLatin1(chunks[0]), InputKind::Camera).has_value());
    CHECK_FALSE(pipeline.processText(QString::fromLatin1(chunks[0]), InputKind::Camera).has_value()); // the next frame
    // Chunks follow the decoder's own rule (ShcChunks): an upper-case SHC:/ is no chunk to wait for but
    // an unreadable code, answered at once, and an out-of-range chunk is reported, not kept.
    const auto upper = pipeline.processText(QStringLiteral("SHC:/") + QString::fromLatin1(chunks[1].mid(5)), InputKind::Camera);
    REQUIRE(upper.has_value());
    CHECK(upper->verdict.kind == VerdictKind::Unreadable);
    CHECK(upper->verification.reasonCodes() == QStringList{QStringLiteral("prefix.unknown")});
    const auto range = pipeline.processText(QStringLiteral("shc:/4/3/5676"), InputKind::Camera);
    REQUIRE(range.has_value());
    CHECK(range->verification.reasonCodes() == QStringList{QStringLiteral("shc.chunk_range")});
    const auto done = pipeline.processText(QString::fromLatin1(chunks[1]), InputKind::Camera);
    REQUIRE(done.has_value());
    CHECK(done->texts.size() == 3);
    CHECK(done->verdict.kind == VerdictKind::Valid);
}

TEST_CASE("File sources play images, folders and stop or loop at the end", "[scan][source]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto corpus = test::FrameCorpus::fromDemo(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/demo"));
    for (int i = 0; i < 3; ++i) {
        REQUIRE(cv::imwrite((dir.filePath(QStringLiteral("f%1.png").arg(i))).toStdString(),
                            corpus.frame(test::Degradation::Clean, 320, 240, uint64_t(i + 1)).gray));
    }
    QFile junk(dir.filePath(QStringLiteral("f9.png")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a png");
    junk.close();

    FileSource once(dir.path(), false, std::chrono::milliseconds(0));
    REQUIRE(once.isValid());
    int frames = 0;
    for (int i = 0; i < 10 && once.state() != SourceState::Finished; ++i) {
        frames += once.read().has_value() ? 1 : 0;
    }
    CHECK(frames == 3); // the corrupt file is skipped, not fatal
    CHECK(once.state() == SourceState::Finished);

    FileSource looping(dir.path(), true, std::chrono::milliseconds(100));
    int looped = 0;
    for (int i = 0; i < 12; ++i) {
        looped += looping.read().has_value() ? 1 : 0;
    }
    CHECK(looped == 9);
    CHECK(looping.state() == SourceState::Live);

    QString error;
    CHECK(FrameSource::create(QStringLiteral("/nonexistent/thing"), {}, &error) == nullptr);
    CHECK(error.startsWith(QStringLiteral("source.unknown")));
    CHECK(FrameSource::create(QStringLiteral("camera:x"), {}, &error) == nullptr);
    auto camera = FrameSource::create(QStringLiteral("camera:7"), {}, &error);
    REQUIRE(camera != nullptr);
    CHECK(camera->name() == QStringLiteral("camera 7"));
}

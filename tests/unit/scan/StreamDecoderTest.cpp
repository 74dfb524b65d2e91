#include "scan/QrDecoder.h"
#include "scan/StreamDecoder.h"
#include "support/QrRenderer.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

using namespace passdesk;
using namespace passdesk::scan;

namespace {
const QString kText = QStringLiteral("HC1:6BFOXN%TSMAHN-HWWK2RL99TEZP3Z9M52N651WGRJPTWG%E5EM5K:3.UAXCVEM7F/8X*G-O9 WUQRELS4 CT");

// A 640x480 frame with the code at `x`,`y`, four pixels a module.
cv::Mat frameWith(const QString& text, int x, int y, bool darkMode = false)
{
    cv::Mat frame(480, 640, CV_8UC1, cv::Scalar(darkMode ? 20 : 235));
    cv::Mat code;
    cv::resize(test::QrRenderer::modules(text), code, {}, 4, 4, cv::INTER_NEAREST);
    if (darkMode) {
        cv::bitwise_not(code, code);
    }
    code.copyTo(frame(cv::Rect(x, y, code.cols, code.rows)));
    return frame;
}

bool holds(const QList<DecodedCode>& codes, const QString& text)
{
    return std::any_of(codes.cbegin(), codes.cend(), [&](const DecodedCode& c) { return c.text == text; });
}
} // namespace

TEST_CASE("A stream decoder reads a clean code in its first frame and nothing in frames without one", "[scan][stream]")
{
    StreamDecoder decoder;
    const auto codes = decoder.decode(frameWith(kText, 100, 60));
    REQUIRE(codes.size() == 1);
    CHECK(codes.at(0).text == kText);
    // Corners as QrDecoder gives them: top-left first, inside the frame.
    CHECK(codes.at(0).corners[0].x() < codes.at(0).corners[2].x());
    CHECK(codes.at(0).corners[0].y() < codes.at(0).corners[2].y());

    CHECK(decoder.decode(cv::Mat(480, 640, CV_8UC1, cv::Scalar(200))).isEmpty());
    CHECK(decoder.lastFrame().regions == 0);
    CHECK(decoder.lastFrame().steps == 0);
}

TEST_CASE("A code only a late clean-up reads is read over the next frames of the same scene", "[scan][stream]")
{
    // Dark mode: the whole-frame read (ZXing looks for dark modules) and zbar miss it; the region's
    // cascade reads it at its inverted steps. With no budget at all, nothing fits: one piece of work
    // runs every fifth frame (a rescue step, or zbar's quarter when it has waited ten frames).
    const cv::Mat first = frameWith(kText, 120, 70, true);
    REQUIRE(QrDecoder().decode(first).size() == 1); // the full cascade, on one frame, reads it
    StreamDecoder::Options tight;
    tight.budget = std::chrono::microseconds(1);
    tight.emptyBudget = std::chrono::microseconds(1);
    StreamDecoder decoder(tight);

    int readAt = 0;
    int stepFrames = 0;
    int zbarFrames = 0;
    const int limit = 10 * (RegionRescue::StepCount + 1);
    int frame = 1;
    for (; frame <= limit && readAt == 0; ++frame) {
        // The phone moves a little between frames: the region is tracked, not started over.
        const auto codes = decoder.decode(frameWith(kText, 120 + frame % 3, 70 + frame % 2, true));
        INFO("frame " << frame);
        const auto& r = decoder.lastFrame();
        CHECK(r.regions >= 1);
        const int pieces = r.steps + (r.zbarTile >= 0 ? 1 : 0);
        CHECK(pieces == (frame % 5 == 0 ? 1 : 0)); // four frames of five keep the budget
        CHECK(r.forced == (pieces > 0));
        stepFrames += r.steps;
        zbarFrames += r.zbarTile >= 0 ? 1 : 0;
        if (frame > 1) {
            CHECK(r.carried >= 1);
        }
        if (holds(codes, kText)) {
            readAt = frame;
        }
    }
    CHECK(readAt > 5); // read (0 is never), though no single frame's budget was enough: the cascade went on
    CHECK(zbarFrames >= 1);
    CHECK(stepFrames >= zbarFrames);
    // The step that read it is tried first when the region next gets a step.
    bool again = false;
    for (int i = 0; i < 10 && !again; ++i, ++frame) {
        const auto codes = decoder.decode(frameWith(kText, 121, 71, true));
        if (decoder.lastFrame().steps == 1) {
            CHECK(holds(codes, kText));
            again = true;
        }
    }
    CHECK(again);

    // A different scene (the code elsewhere, no overlap) starts its region's cascade again.
    decoder.decode(frameWith(kText, 400, 250, true));
    CHECK(decoder.lastFrame().carried == 0);
}

TEST_CASE("A region no step reads costs nothing more until it looks different", "[scan][stream]")
{
    // Modules without finder patterns: dense edges, so a region, but no code in it.
    cv::Mat pattern(37, 37, CV_8UC1);
    cv::RNG rng(11);
    rng.fill(pattern, cv::RNG::UNIFORM, 0, 2);
    pattern *= 255;
    cv::Mat big;
    cv::resize(pattern, big, {}, 4, 4, cv::INTER_NEAREST);
    cv::Mat frame(480, 640, CV_8UC1, cv::Scalar(20));
    big.copyTo(frame(cv::Rect(120, 70, big.cols, big.rows)));

    // A budget that fits the rescue steps however busy the machine is (this checks what is tried,
    // not how fast): the region's whole cascade runs over a few frames.
    StreamDecoder::Options roomy;
    roomy.budget = std::chrono::seconds(2);
    roomy.emptyBudget = std::chrono::seconds(2);
    StreamDecoder decoder(roomy);
    int steps = 0;
    int frames = 0;
    while (steps < RegionRescue::StepCount && frames < 10 * RegionRescue::StepCount) {
        CHECK(decoder.decode(frame).isEmpty());
        REQUIRE(decoder.lastFrame().regions >= 1);
        steps += decoder.lastFrame().steps;
        ++frames;
    }
    CHECK(steps == RegionRescue::StepCount); // one full cascade...
    for (int i = 0; i < 20; ++i) {
        CHECK(decoder.decode(frame).isEmpty());
        CHECK(decoder.lastFrame().steps == 0); // ...then nothing
    }
    // A code appears where the pattern was: the region looks different, the cascade starts again.
    int readAt = 0;
    for (int i = 1; i <= 10 * RegionRescue::StepCount && readAt == 0; ++i) {
        if (holds(decoder.decode(frameWith(kText, 120, 70, true)), kText)) {
            readAt = i;
        }
    }
    CHECK(readAt > 0);
}

TEST_CASE("With its default budget, a stream decoder reads a dark-mode code within a few frames", "[scan][stream]")
{
    StreamDecoder decoder;
    int frames = 0;
    bool read = false;
    while (!read && frames < 30) {
        ++frames;
        read = holds(decoder.decode(frameWith(kText, 200, 100, true)), kText);
    }
    CHECK(read);
}

TEST_CASE("A stream decoder gives nothing for empty, wrong-type or oversized frames", "[scan][stream]")
{
    StreamDecoder decoder;
    CHECK(decoder.decode(cv::Mat()).isEmpty());
    CHECK(decoder.decode(cv::Mat(480, 640, CV_8UC3, cv::Scalar(0, 0, 0))).isEmpty());
    CHECK(decoder.decode(cv::Mat(10, 10, CV_32F, cv::Scalar(0))).isEmpty());
    CHECK(decoder.decode(cv::Mat(QrDecoder::kMaxSide + 1, 8, CV_8UC1, cv::Scalar(0))).isEmpty());
    CHECK(decoder.decode(cv::Mat(2, 2, CV_8UC1, cv::Scalar(0))).isEmpty());
    // Random noise: no code, no crash.
    cv::Mat noise(480, 640, CV_8UC1);
    cv::RNG rng(7);
    rng.fill(noise, cv::RNG::UNIFORM, 0, 256);
    for (int i = 0; i < 5; ++i) {
        CHECK(decoder.decode(noise).isEmpty());
    }
    decoder.reset();
    CHECK(decoder.decode(frameWith(kText, 10, 10)).size() == 1);
}

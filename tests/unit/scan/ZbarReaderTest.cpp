#include "scan/ZbarReader.h"
#include "scan/QrDecoder.h"
#include "support/QrRenderer.h"
#include "support/WebcamScene.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

using namespace passdesk;
using namespace passdesk::scan;

namespace {
// A code drawn at `pixelsPerModule` on a white frame with room around it.
cv::Mat rendered(const QString& text, int pixelsPerModule = 4)
{
    const cv::Mat modules = test::QrRenderer::modules(text);
    REQUIRE(!modules.empty());
    cv::Mat big;
    cv::resize(modules, big, {}, pixelsPerModule, pixelsPerModule, cv::INTER_NEAREST);
    cv::Mat out;
    cv::copyMakeBorder(big, out, 40, 40, 60, 60, cv::BORDER_CONSTANT, cv::Scalar(255));
    return out;
}
} // namespace

TEST_CASE("ZbarReader reads a rendered EU DCC and a SMART Health Card text unchanged", "[scan]")
{
    const QString text = GENERATE(
        QStringLiteral("HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N "
                       "IOP-IA%NFQGRJPC%OQHIZC4.OI1RM8ZA.A5:S9MKN4NN3F85QNCY0O%0VZ001HOC9JU0D0HT0HB2PL/"
                       "IB*09B9LW4T*8+DCMH0LDK2%K:XFE70*LP$V25$0Q:J:4MO1P0%0L0HD+9E/"
                       "HY+4J6TH48S%4K.GJ2PT3QY:GQ3TE2I+-CPHN6D7LLK*2HG%89UV-0LZ 2ZJJ524-LH/CJTK96L6SR9MU9DHGZ%P "
                       "WUQRENS431T1XCNCF+47AY0-IFO0500TGPN8F5G.41Q2E4T8ALW.INSV$ 07UV5SR+BNQHNML7 /KD3TU "
                       "4V4*GTEN$96WMZ%6DC3NVPJ0LVWG5P8OUKT1ALUTX-J+WQ0F0E$3H4N$8CX1HU7F%MY1YBKAP-5MPN/V4P/"
                       "9:PJ.:M0:PHNF9V3DUPCEL5E7AAE.MIMUBN "
                       "NN04QV9ZJ/WXTR7DF4G8R6$-DOOV6+7U2K7-6H+0XQWD7ETI6QW0KUF-JBZW4R:3P4E+$C "
                       "/L+S8W%FBBDJNR.:U4P6GCL*XUDU7H3*52YFXNX70-G+ 2SRNH2"),
        QStringLiteral(
            "shc:/56762909524320603460292437404460312229595326546034602925407728043360287028647167452228092861"));
    const QList<ZbarCode> codes = ZbarReader().read(rendered(text));
    REQUIRE(codes.size() == 1);
    CHECK(QString::fromLatin1(codes.at(0).payload) == text);
    // Where the code is: zbar's outline lies on the drawn code, inside the margins.
    REQUIRE(!codes.at(0).outline.empty());
    for (const QPointF& p : codes.at(0).outline) {
        CHECK(p.x() >= 55);
        CHECK(p.y() >= 35);
    }
}

TEST_CASE("ZbarReader gives nothing, without crashing, for images that hold no code", "[scan]")
{
    const ZbarReader reader;
    CHECK(reader.read(cv::Mat()).isEmpty());
    CHECK(reader.read(cv::Mat(1, 1, CV_8UC1, cv::Scalar(0))).isEmpty());
    CHECK(reader.read(cv::Mat(64, 64, CV_8UC3, cv::Scalar(0, 0, 0))).isEmpty());
    cv::Mat noise(480, 640, CV_8UC1);
    cv::theRNG().state = 12;
    cv::randu(noise, 0, 256);
    CHECK(reader.read(noise).isEmpty());
    // The largest side accepted, a thin strip (not gigabytes), and one pixel more.
    CHECK(reader.read(cv::Mat(16, ZbarReader::kMaxSide, CV_8UC1, cv::Scalar(255))).isEmpty());
    CHECK(reader.read(cv::Mat(ZbarReader::kMaxSide + 1, 16, CV_8UC1, cv::Scalar(255))).isEmpty());
    // A region of a larger image (not contiguous) is read like a copy of it.
    const cv::Mat frame = rendered(QStringLiteral("HC1:NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL-AH-R6IOO6+IDOEZ/VYO6JA7VS"));
    cv::Mat wide;
    cv::copyMakeBorder(frame, wide, 0, 0, 0, 100, cv::BORDER_CONSTANT, cv::Scalar(255));
    const cv::Mat roi = wide(cv::Rect(0, 0, frame.cols, frame.rows));
    REQUIRE(!roi.isContinuous());
    REQUIRE(reader.read(roi).size() == 1);
}

// Printed, folded certificates from the second generator: plain ZXing-C++ and QrDecoder's ZXing
// cascade read none of these seeds at 640x480 (the decode benchmark's --failures before zbar was
// added); zbar reads them.
TEST_CASE("QrDecoder reads folded paper codes that only zbar reads", "[scan]")
{
    static const test::WebcamScene scene =
        test::WebcamScene::fromDirectory(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/demo/certificates"));
    const uint64_t seed = GENERATE(1, 2);
    const test::SceneFrame f = scene.frame(test::SceneClass::Paper, 640, 480, seed);
    REQUIRE(f.texts.size() == 1);
    REQUIRE(ZbarReader().read(f.gray).size() == 1);
    const QList<DecodedCode> codes = QrDecoder().decode(f.gray);
    REQUIRE(codes.size() == 1);
    CHECK(codes.at(0).text == f.texts.at(0));
}

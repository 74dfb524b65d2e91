#include "qrcode/QrEncoder.h"
#include "scan/QrDecoder.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>

using namespace passdesk;
using qrcode::QrEncoder;

namespace {
// The modules drawn 4 pixels each with a quiet zone of 4 modules, as a page or a screen shows them.
cv::Mat draw(const qrcode::QrMatrix& m)
{
    constexpr int kScale = 4;
    const int side = (m.size + 8) * kScale;
    cv::Mat img(side, side, CV_8UC1, cv::Scalar(255));
    for (int y = 0; y < m.size; ++y) {
        for (int x = 0; x < m.size; ++x) {
            if (m.dark(x, y)) {
                cv::rectangle(img, cv::Rect((x + 4) * kScale, (y + 4) * kScale, kScale, kScale), cv::Scalar(0), cv::FILLED);
            }
        }
    }
    return img;
}
} // namespace

TEST_CASE("QrEncoder writes codes the decoder reads back, text for text", "[qrcode]")
{
    const scan::QrDecoder decoder;
    for (const QString& text : {QStringLiteral("PASSDESK-BUNDLE:0123456789abcdef"), QStringLiteral("HC1:6BF+70790T9WJWG.FKY*4GO0.O1CV2"),
                                QStringLiteral("shc:/5676290952432060346029243740446031222959532654603460292540772804336028702864716745"),
                                QStringLiteral("영수증 확인 ✓")}) {
        INFO(text.toStdString());
        const auto m = QrEncoder::encode(text);
        REQUIRE(m.ok());
        CHECK(m->size >= 21);
        CHECK((m->size - 17) % 4 == 0); // a QR version's side: 17 + 4v
        CHECK(m->modules.size() == qsizetype(m->size) * m->size);
        CHECK(std::all_of(m->modules.cbegin(), m->modules.cend(), [](char c) { return c == 0 || c == 1; }));
        const auto codes = decoder.decode(draw(*m));
        REQUIRE(codes.size() == 1);
        CHECK(codes.first().text == text);
    }
}

TEST_CASE("QrEncoder: more error correction makes a larger code; too long or empty is an error", "[qrcode]")
{
    const QString text(200, QLatin1Char('x'));
    const auto low = QrEncoder::encode(text, QrEncoder::ErrorCorrection::L);
    const auto high = QrEncoder::encode(text, QrEncoder::ErrorCorrection::H);
    REQUIRE(low.ok());
    REQUIRE(high.ok());
    CHECK(high->size > low->size);
    // Digits stay numeric: the same number of digits fits a smaller code than letters do.
    const auto digits = QrEncoder::encode(QString(200, QLatin1Char('7')));
    REQUIRE(digits.ok());
    CHECK(digits->size < low->size);

    const auto tooLong = QrEncoder::encode(QString(8000, QLatin1Char('x')));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == QStringLiteral("qr.encode"));
    CHECK(QrEncoder::encode(QString()).error().code == QStringLiteral("qr.encode"));
}

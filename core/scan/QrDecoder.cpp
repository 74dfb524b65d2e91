#include "scan/QrDecoder.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>

#include <opencv2/core.hpp>

#include <algorithm>

namespace passdesk::scan {

namespace {

ZXing::DecodeHints qrHints()
{
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    hints.setMaxNumberOfSymbols(QrDecoder::kMaxCodes);
    return hints;
}

QList<DecodedCode> read(const cv::Mat& gray, const ZXing::DecodeHints& hints)
{
    const ZXing::ImageView view(gray.data, gray.cols, gray.rows, ZXing::ImageFormat::Lum, int(gray.step[0]), 1);
    QList<DecodedCode> out;
    for (const auto& r : ZXing::ReadBarcodes(view, hints)) {
        if (!r.isValid()) {
            continue;
        }
        DecodedCode code;
        code.text = QString::fromStdWString(r.text());
        const auto& p = r.position();
        code.corners = {QPointF(p.topLeft().x, p.topLeft().y), QPointF(p.topRight().x, p.topRight().y),
                        QPointF(p.bottomRight().x, p.bottomRight().y), QPointF(p.bottomLeft().x, p.bottomLeft().y)};
        out.append(std::move(code));
    }
    return out;
}

QPointF centre(const DecodedCode& c)
{
    QPointF sum;
    for (const auto& p : c.corners) {
        sum += p;
    }
    return sum / 4.0;
}

} // namespace

QList<DecodedCode> QrDecoder::decode(const cv::Mat& gray) const
{
    if (gray.empty() || gray.type() != CV_8UC1 || gray.cols > kMaxSide || gray.rows > kMaxSide) {
        return {};
    }
    static const ZXing::DecodeHints hints = qrHints();
    QList<DecodedCode> codes = read(gray, hints);
    if (codes.isEmpty()) {
        // Light-on-dark codes (dark-mode phone screens): ZXing 1.4 has no inverted pass of its own.
        cv::Mat inverted;
        cv::bitwise_not(gray, inverted);
        codes = read(inverted, hints);
    }
    std::stable_sort(codes.begin(), codes.end(), [](const DecodedCode& a, const DecodedCode& b) {
        const QPointF ca = centre(a);
        const QPointF cb = centre(b);
        return ca.y() != cb.y() ? ca.y() < cb.y() : ca.x() < cb.x();
    });
    return codes;
}

} // namespace passdesk::scan

#include "scan/QrCascade.h"
#include "scan/ZbarReader.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace passdesk::scan {

namespace {

ZXing::DecodeHints hints(ZXing::Binarizer binarizer)
{
    ZXing::DecodeHints h;
    h.setBinarizer(binarizer);
    // EU DCCs may be printed as Aztec codes (the Irish ones are); SMART Health Cards are QR only.
    h.setFormats(ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::Aztec);
    h.setTryHarder(true);
    h.setTryRotate(false); // QR finder patterns are rotation invariant; rotation only helps 1D codes
    h.setTryDownscale(true);
    h.setMaxNumberOfSymbols(QrDecoder::kMaxCodes);
    return h;
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

QList<DecodedCode> QrCascade::read(const cv::Mat& gray, bool globalThreshold)
{
    static const ZXing::DecodeHints local = hints(ZXing::Binarizer::LocalAverage);
    static const ZXing::DecodeHints histogram = hints(ZXing::Binarizer::GlobalHistogram);
    const ZXing::ImageView view(gray.data, gray.cols, gray.rows, ZXing::ImageFormat::Lum, int(gray.step[0]), 1);
    QList<DecodedCode> out;
    for (const auto& r : ZXing::ReadBarcodes(view, globalThreshold ? histogram : local)) {
        if (!r.isValid()) {
            continue;
        }
        const auto& p = r.position();
        DecodedCode code;
        code.text = QString::fromStdWString(r.text());
        code.corners = {QPointF(p.topLeft().x, p.topLeft().y), QPointF(p.topRight().x, p.topRight().y),
                        QPointF(p.bottomRight().x, p.bottomRight().y), QPointF(p.bottomLeft().x, p.bottomLeft().y)};
        out.append(std::move(code));
    }
    return out;
}

QList<DecodedCode> QrCascade::readZbar(const cv::Mat& gray)
{
    static const ZbarReader reader;
    QList<DecodedCode> out;
    for (const ZbarCode& z : reader.read(gray)) {
        DecodedCode code;
        code.text = QString::fromUtf8(z.payload);
        if (!z.outline.empty()) {
            const auto by = [&](auto key) {
                return *std::min_element(z.outline.cbegin(), z.outline.cend(),
                                         [&](const QPointF& a, const QPointF& b) { return key(a) < key(b); });
            };
            code.corners[0] = by([](const QPointF& p) { return p.x() + p.y(); });
            code.corners[1] = by([](const QPointF& p) { return p.y() - p.x(); });
            code.corners[2] = by([](const QPointF& p) { return -(p.x() + p.y()); });
            code.corners[3] = by([](const QPointF& p) { return p.x() - p.y(); });
        }
        out.append(std::move(code));
    }
    return out;
}

void QrCascade::mapBack(QList<DecodedCode>& codes, const cv::Mat& toOriginal)
{
    for (auto& code : codes) {
        std::vector<cv::Point2f> pts;
        for (const auto& c : code.corners) {
            pts.emplace_back(float(c.x()), float(c.y()));
        }
        cv::perspectiveTransform(pts, pts, toOriginal);
        for (size_t i = 0; i < 4; ++i) {
            code.corners[i] = QPointF(pts[i].x, pts[i].y);
        }
    }
}

// Found on a half-size copy. Clutter has edges along lines; a QR code has them everywhere inside
// its square.
std::vector<cv::Rect> QrCascade::candidateRegions(const cv::Mat& gray)
{
    constexpr double kScale = 0.5;
    cv::Mat half;
    cv::resize(gray, half, cv::Size(), kScale, kScale, cv::INTER_AREA);
    cv::blur(half, half, cv::Size(3, 3));
    cv::Mat grad;
    cv::morphologyEx(half, grad, cv::MORPH_GRADIENT, cv::Mat());
    cv::Mat edges = grad > 18;
    cv::Mat density;
    const int k = std::max(7, half.rows / 14) | 1;
    cv::boxFilter(edges, density, CV_32F, cv::Size(k, k), cv::Point(-1, -1), true);
    cv::Mat dense = density > (0.30 * 255);
    cv::morphologyEx(dense, dense, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(dense, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<cv::Rect> out;
    const int minSide = half.rows / 8;
    for (const auto& c : contours) {
        const cv::Rect r = cv::boundingRect(c);
        if (r.width < minSide || r.height < minSide || r.width > 4 * r.height || r.height > 4 * r.width) {
            continue;
        }
        // Back to full size, with a margin for the quiet zone the density map eats into.
        const int m = std::max(r.width, r.height) / 6;
        cv::Rect full(int((r.x - m) / kScale), int((r.y - m) / kScale), int((r.width + 2 * m) / kScale), int((r.height + 2 * m) / kScale));
        out.push_back(full & cv::Rect(0, 0, gray.cols, gray.rows));
    }
    std::sort(out.begin(), out.end(), [](const cv::Rect& a, const cv::Rect& b) { return a.area() > b.area(); });
    if (out.size() > size_t(QrDecoder::kMaxCodes)) {
        out.resize(size_t(QrDecoder::kMaxCodes));
    }
    return out;
}

std::vector<QrCascade::ReadArea> QrCascade::readAreas(const QList<DecodedCode>& codes, const cv::Size& frame)
{
    std::vector<ReadArea> out;
    for (const auto& code : codes) {
        const QPointF m = centre(code);
        ReadArea area;
        for (const auto& c : code.corners) {
            const QPointF p = m + (c - m) * 1.3;
            area.outline.emplace_back(int(std::lround(p.x())), int(std::lround(p.y())));
        }
        area.box = cv::boundingRect(area.outline) & cv::Rect(cv::Point(), frame);
        if (!area.box.empty()) {
            out.push_back(std::move(area));
        }
    }
    return out;
}

void QrCascade::paintOut(cv::Mat& image, const std::vector<ReadArea>& areas)
{
    for (const auto& area : areas) {
        cv::fillConvexPoly(image, area.outline, cv::mean(image(area.box)));
    }
}

bool QrCascade::mostlyRead(const cv::Rect& region, const std::vector<ReadArea>& areas)
{
    return std::any_of(areas.cbegin(), areas.cend(), [&](const ReadArea& a) { return (region & a.box).area() * 2 > region.area(); });
}

bool QrCascade::among(const cv::Rect& region, const std::vector<cv::Rect>& others, double overlap)
{
    return std::any_of(others.cbegin(), others.cend(), [&](const cv::Rect& r) {
        const double common = (region & r).area();
        return common > overlap * (region.area() + r.area() - common);
    });
}

int QrCascade::merge(QList<DecodedCode>& into, const QList<DecodedCode>& more)
{
    int added = 0;
    for (const auto& code : more) {
        const bool seen = std::any_of(into.cbegin(), into.cend(), [&](const DecodedCode& c) { return c.text == code.text; });
        if (!seen) {
            into.append(code);
            ++added;
        }
    }
    return added;
}

void QrCascade::sortByPosition(QList<DecodedCode>& codes)
{
    std::stable_sort(codes.begin(), codes.end(), [](const DecodedCode& a, const DecodedCode& b) {
        const QPointF ca = centre(a);
        const QPointF cb = centre(b);
        return ca.y() != cb.y() ? ca.y() < cb.y() : ca.x() < cb.x();
    });
}

} // namespace passdesk::scan

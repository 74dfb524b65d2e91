#include "scan/QrDecoder.h"
#include "scan/ZbarReader.h"

#include <ZXing/DecodeHints.h>
#include <ZXing/ReadBarcode.h>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace passdesk::scan {

namespace {

using Quad = std::array<cv::Point2f, 4>;

struct Pass
{
    QList<DecodedCode> codes;
    QList<Quad> undecoded; // symbols ZXing located but could not read
};

ZXing::DecodeHints hints(bool returnErrors, ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage)
{
    ZXing::DecodeHints h;
    h.setBinarizer(binarizer);
    h.setFormats(ZXing::BarcodeFormat::QRCode);
    h.setTryHarder(true);
    h.setTryRotate(false); // QR finder patterns are rotation invariant; rotation only helps 1D codes
    h.setTryDownscale(true);
    h.setReturnErrors(returnErrors);
    h.setMaxNumberOfSymbols(QrDecoder::kMaxCodes);
    return h;
}

Pass read(const cv::Mat& gray, bool returnErrors, bool globalHistogram = false)
{
    static const ZXing::DecodeHints withErrors = hints(true);
    static const ZXing::DecodeHints plain = hints(false);
    static const ZXing::DecodeHints histogram = hints(false, ZXing::Binarizer::GlobalHistogram);
    const ZXing::ImageView view(gray.data, gray.cols, gray.rows, ZXing::ImageFormat::Lum, int(gray.step[0]), 1);
    Pass pass;
    for (const auto& r : ZXing::ReadBarcodes(view, globalHistogram ? histogram : returnErrors ? withErrors : plain)) {
        const auto& p = r.position();
        const Quad quad{cv::Point2f(float(p.topLeft().x), float(p.topLeft().y)), cv::Point2f(float(p.topRight().x), float(p.topRight().y)),
                        cv::Point2f(float(p.bottomRight().x), float(p.bottomRight().y)),
                        cv::Point2f(float(p.bottomLeft().x), float(p.bottomLeft().y))};
        if (!r.isValid()) {
            pass.undecoded.append(quad);
            continue;
        }
        DecodedCode code;
        code.text = QString::fromStdWString(r.text());
        for (int i = 0; i < 4; ++i) {
            code.corners[size_t(i)] = QPointF(quad[size_t(i)].x, quad[size_t(i)].y);
        }
        pass.codes.append(std::move(code));
    }
    return pass;
}

// zbar's reads as codes: corners put in QrDecoder's order (top-left first, clockwise), whatever
// order zbar lists them in.
QList<DecodedCode> readZbar(const cv::Mat& gray)
{
    QList<DecodedCode> out;
    for (const ZbarCode& z : ZbarReader().read(gray)) {
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

// Maps corners found in a transformed image back to the original frame.
void mapBack(QList<DecodedCode>& codes, const cv::Mat& toOriginal)
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

// Where codes may be: regions dense with strong edges, found on a half-size copy. Clutter has
// edges along lines; a QR code has them everywhere inside its square. An empty counter has none,
// which is what keeps empty frames cheap.
std::vector<cv::Rect> candidateRegions(const cv::Mat& gray)
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

// The bright screen around a code, as four corners (top-left first, clockwise), if there is one.
// The code's quiet zone is an unbroken bright ring, so the outline of the bright area it belongs to
// is the screen's edge, whatever the dark modules inside do. Only a small closing, against noise:
// a kernel of several modules would bridge a bezel foreshortened by tilt and merge the screen
// into a bright counter behind the phone.
std::optional<Quad> screenQuad(const cv::Mat& image)
{
    cv::Mat bin;
    cv::threshold(image, bin, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    cv::morphologyEx(bin, bin, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(bin, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);
    std::sort(contours.begin(), contours.end(), [](const auto& a, const auto& b) { return cv::contourArea(a) > cv::contourArea(b); });
    // The largest bright quadrilateral that is not the whole region (the counter behind the phone).
    std::vector<cv::Point> poly;
    for (const auto& c : contours) {
        const double area = cv::contourArea(c);
        if (area < 0.15 * double(image.total())) {
            return std::nullopt;
        }
        if (area > 0.9 * double(image.total())) {
            continue;
        }
        cv::approxPolyDP(c, poly, 0.03 * cv::arcLength(c, true), true);
        if (poly.size() == 4 && cv::isContourConvex(poly)) {
            break;
        }
        poly.clear();
    }
    if (poly.size() != 4) {
        return std::nullopt;
    }
    // Order: top-left has the smallest x+y, bottom-right the largest; top-right the smallest y-x.
    Quad q;
    const auto by = [&](auto key) {
        return *std::min_element(poly.cbegin(), poly.cend(), [&](const cv::Point& a, const cv::Point& b) { return key(a) < key(b); });
    };
    q[0] = by([](const cv::Point& p) { return p.x + p.y; });
    q[1] = by([](const cv::Point& p) { return p.y - p.x; });
    q[2] = by([](const cv::Point& p) { return -(p.x + p.y); });
    q[3] = by([](const cv::Point& p) { return p.x - p.y; });
    return q;
}

// Undoes a Gaussian blur of `sigma` pixels (a defocused lens, roughly) with a Wiener filter: the
// blur's spectrum divided out, damped where the blur leaves mostly noise. Unsharp masking only
// steepens edges; this restores single modules that blur had merged into their neighbours. A
// Gaussian is separable, so the filter is applied as one row and one column kernel: much cheaper
// than a 2-D transform of the region, and as good on webcam blur.
cv::Mat deblurred(const cv::Mat& image, double sigma)
{
    constexpr double kNoiseToSignal = 0.01;
    constexpr int kSamples = 256; // frequencies sampled to build the kernel; far more than its taps
    const int maxHalf = std::min(kSamples / 2 - 1, int(std::ceil(10 * sigma)));
    // The Gaussian's spectrum is exp(-2 pi^2 sigma^2 u^2); the kernel is the inverse transform of
    // g / (g^2 + noise), real and symmetric, so a cosine sum.
    auto response = std::vector<double>(size_t(kSamples));
    for (int i = 0; i < kSamples; ++i) {
        const double u = double(i <= kSamples / 2 ? i : i - kSamples) / kSamples;
        const double g = std::exp(-2 * CV_PI * CV_PI * sigma * sigma * u * u);
        response[size_t(i)] = g / (g * g + kNoiseToSignal);
    }
    cv::Mat kernel(2 * maxHalf + 1, 1, CV_32F);
    for (int k = 0; k <= maxHalf; ++k) {
        double tap = 0;
        for (int i = 0; i < kSamples; ++i) {
            tap += response[size_t(i)] * std::cos(2 * CV_PI * i * k / kSamples);
        }
        kernel.at<float>(maxHalf + k) = kernel.at<float>(maxHalf - k) = float(tap / kSamples);
    }
    cv::Mat out;
    cv::sepFilter2D(image, out, CV_8U, kernel, kernel, cv::Point(-1, -1), 0, cv::BORDER_REFLECT);
    return out;
}

// Tries a short list of clean-ups on one region: cheap, because a region is a fraction of the frame.
// Small regions are enlarged first; ZXing wants about three pixels per module.
QList<DecodedCode> rescue(const cv::Mat& gray, const cv::Rect& region)
{
    cv::Mat roi = gray(region);
    const double scale = std::clamp(700.0 / std::max(region.width, region.height), 1.0, 2.0);
    cv::Mat work;
    if (scale > 1.05) {
        cv::resize(roi, work, cv::Size(), scale, scale, cv::INTER_CUBIC);
    } else {
        work = roi.clone();
    }
    cv::Mat smooth;
    cv::GaussianBlur(work, smooth, cv::Size(), 0.9 * scale);

    const cv::Mat workToOriginal = (cv::Mat_<double>(3, 3) << 1.0 / scale, 0, region.x, 0, 1.0 / scale, region.y, 0, 0, 1);
    const auto attemptMapped = [&](const cv::Mat& image, const cv::Mat& toWork, bool globalHistogram = false) {
        Pass pass = read(image, false, globalHistogram);
        if (!pass.codes.isEmpty()) {
            mapBack(pass.codes, workToOriginal * toWork);
        }
        return pass.codes;
    };
    const auto attempt = [&](const cv::Mat& image) { return attemptMapped(image, cv::Mat::eye(3, 3, CV_64F)); };
    // Noise: a little smoothing gives the binarizer clean module edges.
    if (auto c = attempt(smooth); !c.isEmpty()) {
        return c;
    }
    // zbar's finder and binarizer read codes ZXing's miss (and the other way round); the enlarged
    // region is cheap for it.
    if (auto c = readZbar(work); !c.isEmpty()) {
        mapBack(c, workToOriginal);
        return c;
    }
    // Blur and uneven light defeat the local-average binarizer before they defeat a global one.
    if (auto c = attemptMapped(smooth, cv::Mat::eye(3, 3, CV_64F), true); !c.isEmpty()) {
        return c;
    }
    // A phone tipped towards the camera: find the screen's quadrilateral and straighten it.
    cv::Mat straight;
    cv::Mat straightToWork;
    if (auto quad = screenQuad(smooth)) {
        const float side = float(std::max(cv::norm((*quad)[1] - (*quad)[0]), cv::norm((*quad)[3] - (*quad)[0])));
        const cv::Point2f square[4] = {{0, 0}, {side, 0}, {side, side}, {0, side}};
        const cv::Mat toSquare = cv::getPerspectiveTransform(quad->data(), square);
        straightToWork = toSquare.inv();
        // The unsmoothed image: straightening already interpolates, and codes far away (two pixels
        // a module) lose their modules to any further smoothing.
        cv::warpPerspective(work, straight, toSquare, cv::Size(int(side), int(side)), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        if (auto c = attemptMapped(straight, straightToWork); !c.isEmpty()) {
            return c;
        }
    }
    // Dark mode. ZXing only looks for dark modules on a light ground, so the images that read
    // normal codes best are tried again inverted: the region as it is (what step 1 of decode()
    // had for normal codes), smoothed, then straightened (dark screens are tipped as often as
    // light ones).
    cv::Mat inverted;
    cv::bitwise_not(roi, inverted);
    const cv::Mat roiToWork = (cv::Mat_<double>(3, 3) << scale, 0, 0, 0, scale, 0, 0, 0, 1);
    if (auto c = attemptMapped(inverted, roiToWork); !c.isEmpty()) {
        return c;
    }
    cv::bitwise_not(smooth, inverted);
    if (auto c = attempt(inverted); !c.isEmpty()) {
        return c;
    }
    if (!straight.empty()) {
        cv::bitwise_not(straight, straight);
        if (auto c = attemptMapped(straight, straightToWork); !c.isEmpty()) {
            return c;
        }
    }
    // Out of focus: deconvolve a blur of about two frame pixels (more than smoothing or
    // sharpening can recover).
    constexpr double kBlurSigma = 2.0;
    const cv::Mat sharpened = deblurred(work, kBlurSigma * scale);
    if (auto c = attempt(sharpened); !c.isEmpty()) {
        return c;
    }
    // Deblurring leaves high contrast but some ringing, which a global threshold ignores better.
    if (auto c = attemptMapped(sharpened, cv::Mat::eye(3, 3, CV_64F), true); !c.isEmpty()) {
        return c;
    }
    // Low contrast and glare: equalise locally.
    cv::Mat clahe;
    cv::createCLAHE(2.5, cv::Size(6, 6))->apply(smooth, clahe);
    if (auto c = attempt(clahe); !c.isEmpty()) {
        return c;
    }
    // Blur: sharpen.
    cv::Mat sharp;
    cv::GaussianBlur(work, sharp, cv::Size(), 2.0 * scale);
    cv::addWeighted(work, 2.0, sharp, -1.0, 0, sharp);
    if (auto c = attempt(sharp); !c.isEmpty()) {
        return c;
    }
    // Uneven light: a local threshold decides each module against its own neighbourhood.
    cv::Mat binary;
    const int block = std::max(15, (std::max(work.cols, work.rows) / 20) | 1);
    cv::adaptiveThreshold(clahe, binary, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY, block, 3);
    if (auto c = attempt(binary); !c.isEmpty()) {
        return c;
    }
    cv::bitwise_not(binary, binary);
    return attempt(binary);
}

QPointF centre(const DecodedCode& c)
{
    QPointF sum;
    for (const auto& p : c.corners) {
        sum += p;
    }
    return sum / 4.0;
}

// Where a code already read lies: its outline grown by 15 % on each side, over its quiet zone and
// the edges of a phone's bezel, and that outline's box.
struct ReadArea
{
    std::vector<cv::Point> outline;
    cv::Rect box;
};

std::vector<ReadArea> readAreas(const QList<DecodedCode>& codes, const cv::Size& frame)
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

// Fills codes already read flat with their own mean grey, so edge density no longer marks them
// as codes.
void paintOut(cv::Mat& image, const std::vector<ReadArea>& areas)
{
    for (const auto& area : areas) {
        cv::fillConvexPoly(image, area.outline, cv::mean(image(area.box)));
    }
}

// Whether most of `region` is a code already read: what is left of a painted-out code (a sliver
// of bezel the fill missed) can still look dense, and is not worth a rescue.
bool mostlyRead(const cv::Rect& region, const std::vector<ReadArea>& areas)
{
    return std::any_of(areas.cbegin(), areas.cend(), [&](const ReadArea& a) { return (region & a.box).area() * 2 > region.area(); });
}

// Whether `region` is, near enough, one of `before`.
bool among(const cv::Rect& region, const std::vector<cv::Rect>& before)
{
    return std::any_of(before.cbegin(), before.cend(), [&](const cv::Rect& r) {
        const double common = (region & r).area();
        return common > 0.8 * (region.area() + r.area() - common);
    });
}

void merge(QList<DecodedCode>& into, const QList<DecodedCode>& more)
{
    for (const auto& code : more) {
        const bool seen = std::any_of(into.cbegin(), into.cend(), [&](const DecodedCode& c) { return c.text == code.text; });
        if (!seen) {
            into.append(code);
        }
    }
}

} // namespace

QList<DecodedCode> QrDecoder::decode(const cv::Mat& gray) const
{
    if (gray.empty() || gray.type() != CV_8UC1 || gray.cols > kMaxSide || gray.rows > kMaxSide) {
        return {};
    }
    // 1. The frame as it is: most codes on a decent screen are read here.
    QList<DecodedCode> codes = read(gray, false).codes;
    // 1b. Nothing read: zbar on the whole frame, which finds codes the region search below misses
    // (small, or in clutter), before the cascade's costlier clean-ups.
    if (codes.isEmpty()) {
        codes = readZbar(gray);
    }

    // 2. Each code-like region where nothing was read gets the clean-up cascade. Codes already read
    // are painted out first: a region that joins a read code to an unread neighbour (chunks of a
    // SMART Health Card side by side) still shows the neighbour, and nothing is read twice. When a
    // rescue reads something, the regions are looked for again, as that region may hold another
    // code (the cascade stops at its first success). A region that gave nothing is not rescued
    // again, and one now mostly painted out is skipped, so a frame with nothing more to read costs
    // one more look at the edge map, not another cascade.
    std::vector<ReadArea> done = readAreas(codes, gray.size());
    cv::Mat rest = gray.clone();
    paintOut(rest, done);
    std::vector<cv::Rect> fruitless;
    for (int round = 0; round < kMaxCodes; ++round) {
        bool readMore = false;
        for (const cv::Rect& region : candidateRegions(rest)) {
            if (mostlyRead(region, done) || among(region, fruitless)) {
                continue;
            }
            const QList<DecodedCode> more = rescue(rest, region);
            const qsizetype known = codes.size();
            merge(codes, more);
            if (codes.size() == known) {
                fruitless.push_back(region);
                continue;
            }
            const std::vector<ReadArea> areas = readAreas(more, gray.size());
            paintOut(rest, areas);
            done.insert(done.end(), areas.cbegin(), areas.cend());
            readMore = true;
        }
        if (!readMore) {
            break;
        }
    }

    std::stable_sort(codes.begin(), codes.end(), [](const DecodedCode& a, const DecodedCode& b) {
        const QPointF ca = centre(a);
        const QPointF cb = centre(b);
        return ca.y() != cb.y() ? ca.y() < cb.y() : ca.x() < cb.x();
    });
    return codes;
}

} // namespace passdesk::scan

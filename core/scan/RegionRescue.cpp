#include "scan/RegionRescue.h"
#include "scan/QrCascade.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace passdesk::scan {

namespace {

using Quad = std::array<cv::Point2f, 4>;

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
cv::Mat wienerDeblur(const cv::Mat& image, double sigma)
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

cv::Mat inverted(const cv::Mat& image)
{
    cv::Mat out;
    cv::bitwise_not(image, out);
    return out;
}

} // namespace

// Small regions are enlarged first: ZXing wants about three pixels per module. A region is a
// fraction of the frame, so each step is cheap.
RegionRescue::RegionRescue(const cv::Mat& gray, const cv::Rect& region) : m_roi(gray(region)), m_region(region)
{
    m_scale = std::clamp(700.0 / std::max(region.width, region.height), 1.0, 2.0);
    if (m_scale > 1.05) {
        cv::resize(m_roi, m_work, cv::Size(), m_scale, m_scale, cv::INTER_CUBIC);
    } else {
        m_work = m_roi.clone();
    }
    cv::GaussianBlur(m_work, m_smooth, cv::Size(), 0.9 * m_scale);
    m_workToFrame = (cv::Mat_<double>(3, 3) << 1.0 / m_scale, 0, region.x, 0, 1.0 / m_scale, region.y, 0, 0, 1);
}

const char* RegionRescue::name(int step)
{
    static constexpr std::array<const char*, StepCount> names{
        "smoothed",    "zbar",      "global threshold", "straightened", "inverted", "inverted zbar", "inverted smoothed", "inverted straightened",
        "deblurred",   "deblurred global", "equalised", "sharpened", "binarised", "inverted binarised"};
    return step >= 0 && step < StepCount ? names[size_t(step)] : "?";
}

QList<DecodedCode> RegionRescue::attempt(const cv::Mat& image, const cv::Mat& toWork, bool globalThreshold) const
{
    QList<DecodedCode> codes = QrCascade::read(image, globalThreshold);
    if (!codes.isEmpty()) {
        QrCascade::mapBack(codes, toWork.empty() ? m_workToFrame : m_workToFrame * toWork);
    }
    return codes;
}

// A phone tipped towards the camera: the screen's quadrilateral, straightened. The unsmoothed image:
// straightening already interpolates, and codes far away (two pixels a module) lose their modules
// to any further smoothing.
const cv::Mat& RegionRescue::straightened()
{
    if (!m_hasStraight) {
        m_hasStraight = false;
        if (auto quad = screenQuad(m_smooth)) {
            const float side = float(std::max(cv::norm((*quad)[1] - (*quad)[0]), cv::norm((*quad)[3] - (*quad)[0])));
            const cv::Point2f square[4] = {{0, 0}, {side, 0}, {side, side}, {0, side}};
            const cv::Mat toSquare = cv::getPerspectiveTransform(quad->data(), square);
            m_straightToWork = toSquare.inv();
            cv::warpPerspective(m_work, m_straight, toSquare, cv::Size(int(side), int(side)), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
            m_hasStraight = !m_straight.empty();
        }
    }
    return m_straight;
}

// Out of focus: deconvolve a blur of about two frame pixels (more than smoothing or sharpening can
// recover).
const cv::Mat& RegionRescue::deblurred()
{
    constexpr double kBlurSigma = 2.0;
    if (m_deblurred.empty()) {
        m_deblurred = wienerDeblur(m_work, kBlurSigma * m_scale);
    }
    return m_deblurred;
}

const cv::Mat& RegionRescue::equalised()
{
    if (m_equalised.empty()) {
        cv::createCLAHE(2.5, cv::Size(6, 6))->apply(m_smooth, m_equalised);
    }
    return m_equalised;
}

// Uneven light: each module decided against its own neighbourhood.
const cv::Mat& RegionRescue::binarised()
{
    if (m_binary.empty()) {
        const int block = std::max(15, (std::max(m_work.cols, m_work.rows) / 20) | 1);
        cv::adaptiveThreshold(equalised(), m_binary, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY, block, 3);
    }
    return m_binary;
}

QList<DecodedCode> RegionRescue::run(int step)
{
    switch (step) {
    case Smoothed: // noise: a little smoothing gives the binarizer clean module edges
        return attempt(m_smooth, {});
    case Zbar: { // zbar's finder and binarizer read codes ZXing's miss, and the other way round
        QList<DecodedCode> codes = QrCascade::readZbar(m_work);
        QrCascade::mapBack(codes, m_workToFrame);
        return codes;
    }
    case GlobalThreshold: // blur and uneven light defeat the local-average binarizer first
        return attempt(m_smooth, {}, true);
    case Straightened:
        return straightened().empty() ? QList<DecodedCode>{} : attempt(m_straight, m_straightToWork);
    // Dark mode. ZXing only looks for dark modules on a light ground, so the images that read normal
    // codes best are tried again inverted: the region as it is (what the whole-frame read had for
    // normal codes), smoothed, then straightened (dark screens are tipped as often as light ones).
    case InvertedAsIs:
        return attempt(inverted(m_roi), (cv::Mat_<double>(3, 3) << m_scale, 0, 0, 0, m_scale, 0, 0, 0, 1));
    case InvertedZbar: { // zbar reads some dark-mode codes ZXing's finder misses, as it does normal ones
        QList<DecodedCode> codes = QrCascade::readZbar(inverted(m_work));
        QrCascade::mapBack(codes, m_workToFrame);
        return codes;
    }
    case InvertedSmoothed:
        return attempt(inverted(m_smooth), {});
    case InvertedStraightened:
        return straightened().empty() ? QList<DecodedCode>{} : attempt(inverted(m_straight), m_straightToWork);
    case Deblurred:
        return attempt(deblurred(), {});
    case DeblurredGlobal: // deblurring leaves some ringing, which a global threshold ignores better
        return attempt(deblurred(), {}, true);
    case Equalised: // low contrast and glare
        return attempt(equalised(), {});
    case Sharpened: { // blur: unsharp masking
        cv::Mat sharp;
        cv::GaussianBlur(m_work, sharp, cv::Size(), 2.0 * m_scale);
        cv::addWeighted(m_work, 2.0, sharp, -1.0, 0, sharp);
        return attempt(sharp, {});
    }
    case Binarised:
        return attempt(binarised(), {});
    case InvertedBinarised:
        return attempt(inverted(binarised()), {});
    default:
        return {};
    }
}

} // namespace passdesk::scan

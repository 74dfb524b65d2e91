#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <array>

namespace cv {
class Mat;
}

namespace passdesk::scan {

/// One QR code found in an image: its text and where it sits (corners clockwise from top-left, in
/// image pixels), so the counter screen can draw an outline around it.
struct DecodedCode
{
    QString text;
    std::array<QPointF, 4> corners;
};

/// Finds and decodes QR codes in 8-bit grayscale images, every step at once: ZXing-C++ on the whole
/// image (QrCascade, the one place that calls ZXing), zbar when that reads nothing, then each
/// code-like region left unread gets RegionRescue's clean-ups (smoothing, a global binarizer,
/// straightening a tipped screen, inversion for light-on-dark codes, deblurring, local equalisation
/// and thresholds), stopping at the first that reads. For files and still images; a live camera's
/// frames go through StreamDecoder, which spreads the same steps over frames within a budget.
/// Stateless and thread-safe.
class QrDecoder
{
public:
    /// Largest image side accepted, in pixels; larger frames give no codes rather than a slow scan.
    static constexpr int kMaxSide = 8192;
    /// At most this many codes per image (a chunked SMART Health Card has at most a handful).
    static constexpr int kMaxCodes = 16;

    /// Every valid QR code in `gray` (CV_8UC1), ordered top to bottom then left to right. Returns
    /// nothing for an empty, wrong-type or oversized image.
    QList<DecodedCode> decode(const cv::Mat& gray) const;
};

} // namespace passdesk::scan

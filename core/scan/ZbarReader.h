#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>

#include <vector>

namespace cv {
class Mat;
}

namespace passdesk::scan {

/// One QR code zbar read: its payload as the bytes the code holds, and the outline zbar reports
/// (image pixels, in zbar's order; empty when zbar gave no location).
struct ZbarCode
{
    QByteArray payload;
    std::vector<QPointF> outline;
};

/// Reads QR codes with zbar (the only place that includes it): QR symbology only, payloads raw
/// (ZBAR_CFG_BINARY, so no guessing of a character set changes an `HC1:` or `shc:/` text). A second
/// opinion beside ZXing-C++ in QrDecoder: zbar's finder and binarizer succeed on frames ZXing misses.
/// Stateless and thread-safe: each call owns its own scanner.
class ZbarReader
{
public:
    /// Largest image side accepted, in pixels; larger images give no codes.
    static constexpr int kMaxSide = 8192;

    /// Every QR code zbar reads in `gray` (CV_8UC1). Nothing for an empty, wrong-type or oversized image.
    QList<ZbarCode> read(const cv::Mat& gray) const;
};

} // namespace passdesk::scan

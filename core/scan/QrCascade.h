#pragma once

#include "scan/QrDecoder.h"

#include <opencv2/core/types.hpp>

#include <vector>

namespace passdesk::scan {

/// The steps of QR decoding that QrDecoder (one image, every step) and StreamDecoder (a camera's
/// frames, within a time budget per frame) share: whole-frame reads with ZXing-C++ and zbar, the
/// search for code-like regions, and the bookkeeping of codes already read. The per-region clean-ups
/// are RegionRescue. All functions are pure and thread-safe.
class QrCascade
{
public:
    /// Where a code already read lies: its outline grown by 15 % on each side, over its quiet zone
    /// and the edges of a phone's bezel, and that outline's box.
    struct ReadArea
    {
        std::vector<cv::Point> outline;
        cv::Rect box;
    };

    /// ZXing-C++ (QR only, try harder, downscaled reads) with its local-average binarizer, or its
    /// global-histogram one (better on blur and uneven light).
    static QList<DecodedCode> read(const cv::Mat& gray, bool globalThreshold = false);
    /// zbar, corners put in QrDecoder's order (top-left first, clockwise) whatever zbar's order.
    static QList<DecodedCode> readZbar(const cv::Mat& gray);
    /// Maps corners found in a transformed image back through the 3x3 `toOriginal`.
    static void mapBack(QList<DecodedCode>& codes, const cv::Mat& toOriginal);

    /// Regions dense with strong edges, where codes may be: largest first, at most
    /// QrDecoder::kMaxCodes. An empty counter has none, which keeps empty frames cheap.
    static std::vector<cv::Rect> candidateRegions(const cv::Mat& gray);

    static std::vector<ReadArea> readAreas(const QList<DecodedCode>& codes, const cv::Size& frame);
    /// Fills codes already read flat with their own mean grey, so edge density no longer marks them.
    static void paintOut(cv::Mat& image, const std::vector<ReadArea>& areas);
    /// Whether most of `region` is a code already read (a sliver of bezel the fill missed).
    static bool mostlyRead(const cv::Rect& region, const std::vector<ReadArea>& areas);
    /// Whether `region` overlaps one of `others` by more than `overlap` of their union.
    static bool among(const cv::Rect& region, const std::vector<cv::Rect>& others, double overlap = 0.8);
    /// Appends the codes of `more` whose text `into` does not hold yet; returns how many.
    static int merge(QList<DecodedCode>& into, const QList<DecodedCode>& more);
    /// Top to bottom, then left to right, by each code's centre.
    static void sortByPosition(QList<DecodedCode>& codes);
};

} // namespace passdesk::scan

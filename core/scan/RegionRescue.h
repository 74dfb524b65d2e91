#pragma once

#include "scan/QrDecoder.h"

#include <opencv2/core/mat.hpp>

#include <optional>

namespace passdesk::scan {

/// The clean-up cascade for one code-like region of one frame where nothing was read, one step at a
/// time: smoothing, zbar, a global binarizer, straightening a tipped screen, inversion for dark mode,
/// deblurring, local equalisation, sharpening and thresholds. Each step is tried on the region's
/// pixels as they are in this frame; the images a step needs are made once and kept for the later
/// steps. QrDecoder runs every step until one reads; StreamDecoder runs as many as a frame's budget
/// allows and carries on at the next step in the next frame. Borrows the frame: it must outlive this.
class RegionRescue
{
public:
    /// The steps, in the order they are tried (cheap and most often successful first).
    enum Step {
        Smoothed,
        Zbar,
        GlobalThreshold,
        Straightened,
        InvertedAsIs,
        InvertedZbar,
        InvertedSmoothed,
        InvertedStraightened,
        Deblurred,
        DeblurredGlobal,
        Equalised,
        Sharpened,
        Binarised,
        InvertedBinarised,
        StepCount
    };

    RegionRescue(const cv::Mat& gray, const cv::Rect& region);

    /// The codes step `step` reads in the region, in frame coordinates (empty if none).
    QList<DecodedCode> run(int step);

    static const char* name(int step);

private:
    const cv::Mat& straightened();
    const cv::Mat& deblurred();
    const cv::Mat& equalised();
    const cv::Mat& binarised();
    QList<DecodedCode> attempt(const cv::Mat& image, const cv::Mat& toWork, bool globalThreshold = false) const;

    cv::Mat m_roi;
    cv::Rect m_region;
    double m_scale = 1.0;
    cv::Mat m_work;   ///< the region, enlarged to about three pixels a module
    cv::Mat m_smooth; ///< m_work lightly smoothed
    cv::Mat m_workToFrame;
    std::optional<bool> m_hasStraight;
    cv::Mat m_straight;
    cv::Mat m_straightToWork;
    cv::Mat m_deblurred;
    cv::Mat m_equalised;
    cv::Mat m_binary;
};

} // namespace passdesk::scan

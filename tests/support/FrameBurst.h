#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <vector>

namespace passdesk::test {

/// The frames a webcam delivers while one phone is held up in front of it, made from one generated
/// frame: each frame of the burst has the hand's tremor (a shift of up to two pixels and a turn of
/// up to half a degree), its own sensor noise, and is compressed again as MJPEG (quality 70-85).
/// Deterministic for a given seed.
class FrameBurst
{
public:
    static std::vector<cv::Mat> of(const cv::Mat& gray, int count, uint64_t seed);
};

} // namespace passdesk::test

#include "support/FrameBurst.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <random>

namespace passdesk::test {

std::vector<cv::Mat> FrameBurst::of(const cv::Mat& gray, int count, uint64_t seed)
{
    std::seed_seq seq{uint32_t(seed), uint32_t(seed >> 32), 0x42u};
    std::mt19937 rng(seq);
    const auto uniform = [&](double lo, double hi) { return lo + (hi - lo) * (double(rng()) / double(std::mt19937::max())); };
    std::vector<cv::Mat> out;
    for (int i = 0; i < count; ++i) {
        cv::Mat frame;
        if (i == 0) {
            frame = gray.clone(); // the generated frame itself
        } else {
            const cv::Point2f centre(float(gray.cols) / 2, float(gray.rows) / 2);
            cv::Mat m = cv::getRotationMatrix2D(centre, uniform(-0.5, 0.5), 1.0);
            m.at<double>(0, 2) += uniform(-2, 2);
            m.at<double>(1, 2) += uniform(-2, 2);
            cv::warpAffine(gray, frame, m, gray.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
            cv::Mat noise(gray.size(), CV_16S);
            cv::RNG sensor(rng());
            sensor.fill(noise, cv::RNG::NORMAL, 0, uniform(1.5, 3.0));
            cv::Mat wide;
            frame.convertTo(wide, CV_16S);
            wide += noise;
            wide.convertTo(frame, CV_8U);
            std::vector<uchar> jpeg;
            cv::imencode(".jpg", frame, jpeg, {cv::IMWRITE_JPEG_QUALITY, int(uniform(70, 85))});
            frame = cv::imdecode(jpeg, cv::IMREAD_GRAYSCALE);
        }
        out.push_back(frame);
    }
    return out;
}

} // namespace passdesk::test

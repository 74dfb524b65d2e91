#include "support/QrRenderer.h"

#include "qrcode/QrEncoder.h"

#include <algorithm>

namespace passdesk::test {

cv::Mat QrRenderer::modules(const QString& text, int eccLevel)
{
    using Level = qrcode::QrEncoder::ErrorCorrection;
    const Level levels[] = {Level::L, Level::M, Level::Q, Level::H};
    const auto code = qrcode::QrEncoder::encode(text, levels[std::clamp(eccLevel, 0, 3)]);
    if (!code) {
        return {};
    }
    constexpr int kQuiet = 4;
    const int n = code->size;
    cv::Mat out(n + 2 * kQuiet, n + 2 * kQuiet, CV_8UC1, cv::Scalar(255));
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if (code->dark(x, y)) {
                out.at<uchar>(y + kQuiet, x + kQuiet) = 0;
            }
        }
    }
    return out;
}

} // namespace passdesk::test

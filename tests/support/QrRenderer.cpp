#include "support/QrRenderer.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace passdesk::test {

cv::Mat QrRenderer::modules(const QString& text, int eccLevel)
{
    const QRecLevel levels[] = {QR_ECLEVEL_L, QR_ECLEVEL_M, QR_ECLEVEL_Q, QR_ECLEVEL_H};
    const QByteArray bytes = text.toUtf8();
    // Case-sensitive mixed-mode encoding picks the cheapest segments (numeric runs stay numeric).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(bytes.constData(), 0, levels[std::clamp(eccLevel, 0, 3)], QR_MODE_8, 1), &QRcode_free);
    if (!code) {
        return {};
    }
    constexpr int kQuiet = 4;
    const int n = code->width;
    cv::Mat out(n + 2 * kQuiet, n + 2 * kQuiet, CV_8UC1, cv::Scalar(255));
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if ((code->data[y * n + x] & 1) != 0) {
                out.at<uchar>(y + kQuiet, x + kQuiet) = 0;
            }
        }
    }
    return out;
}

} // namespace passdesk::test

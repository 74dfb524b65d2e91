#include "scan/QrDecoder.h"
#include "scan/QrCascade.h"
#include "scan/RegionRescue.h"

#include <opencv2/core.hpp>

namespace passdesk::scan {

QList<DecodedCode> QrDecoder::decode(const cv::Mat& gray) const
{
    if (gray.empty() || gray.type() != CV_8UC1 || gray.cols > kMaxSide || gray.rows > kMaxSide) {
        return {};
    }
    // 1. The frame as it is: most codes on a decent screen are read here.
    QList<DecodedCode> codes = QrCascade::read(gray);
    // 1b. Nothing read: zbar on the whole frame, which finds codes the region search below misses
    // (small, or in clutter), before the cascade's costlier clean-ups.
    if (codes.isEmpty()) {
        codes = QrCascade::readZbar(gray);
    }

    // 2. Each code-like region where nothing was read gets the clean-up cascade. Codes already read
    // are painted out first: a region that joins a read code to an unread neighbour (chunks of a
    // SMART Health Card side by side) still shows the neighbour, and nothing is read twice. When a
    // rescue reads something, the regions are looked for again, as that region may hold another
    // code (the cascade stops at its first success). A region that gave nothing is not rescued
    // again, and one now mostly painted out is skipped, so a frame with nothing more to read costs
    // one more look at the edge map, not another cascade.
    std::vector<QrCascade::ReadArea> done = QrCascade::readAreas(codes, gray.size());
    cv::Mat rest = gray.clone();
    QrCascade::paintOut(rest, done);
    std::vector<cv::Rect> fruitless;
    for (int round = 0; round < kMaxCodes; ++round) {
        bool readMore = false;
        for (const cv::Rect& region : QrCascade::candidateRegions(rest)) {
            if (QrCascade::mostlyRead(region, done) || QrCascade::among(region, fruitless)) {
                continue;
            }
            RegionRescue rescue(rest, region);
            QList<DecodedCode> more;
            for (int step = 0; step < RegionRescue::StepCount && more.isEmpty(); ++step) {
                more = rescue.run(step);
            }
            if (QrCascade::merge(codes, more) == 0) {
                fruitless.push_back(region);
                continue;
            }
            const auto areas = QrCascade::readAreas(more, gray.size());
            QrCascade::paintOut(rest, areas);
            done.insert(done.end(), areas.cbegin(), areas.cend());
            readMore = true;
        }
        if (!readMore) {
            break;
        }
    }
    QrCascade::sortByPosition(codes);
    return codes;
}

} // namespace passdesk::scan

#pragma once

#include "scan/QrDecoder.h"
#include "scan/RegionRescue.h"

#include <opencv2/core/types.hpp>

#include <array>
#include <chrono>
#include <vector>

namespace passdesk::scan {

/// Decodes a camera's frames within a time budget per frame. A phone stays in view for many frames
/// (15-30 a second), so the work QrDecoder does on one image is spread over the frames of one held-up
/// code instead of one frame taking 100 ms: each frame gets ZXing-C++ on the whole frame and the
/// search for code-like regions; each region is tracked from frame to frame (its box overlapping the
/// one before) and its clean-up cascade goes on at the step where the last frame stopped, on the new
/// frame's pixels. zbar (what reads codes too small to be a region) runs on one overlapping tile of
/// the frame per frame, in turn: a quarter when the budget allows, else the largest tile of a finer
/// grid that fits. Once a step reads a
/// region's code, later frames of that region try that step first.
///
/// Work is only started when its estimated cost (learnt per step, per pixel, on this machine, and
/// estimated high) still fits in the budget, so a frame overruns it only when an estimate was wrong.
/// The whole-frame read and the region search always run. On a machine too slow for the budget, where
/// nothing else fitted for four frames in a row while a region may hold a code, one piece of work runs
/// anyway (the longest-waiting region's next step, or zbar's quarter when it has waited ten frames): a
/// code held up is read in the end, and the budget holds on four frames of five. A scene with nothing
/// code-like in it never overruns the empty budget for zbar. A region whose every step has failed (a phone showing no code, a printed
/// page) costs nothing more until it looks different.
/// Not thread-safe: the scan thread owns one per camera.
class StreamDecoder
{
public:
    struct Options
    {
        /// Per-frame budget with something code-like in view.
        std::chrono::microseconds budget{std::chrono::milliseconds(30)};
        /// Per-frame budget when nothing code-like is in view (no region, nothing tracked).
        std::chrono::microseconds emptyBudget{std::chrono::milliseconds(10)};
    };

    /// What one frame's decode did (for the benchmark and tests).
    struct FrameReport
    {
        int regions = 0;      ///< code-like regions found
        int steps = 0;        ///< rescue steps run
        int carried = 0;      ///< regions whose cascade went on from an earlier frame
        int zbarGrid = 0;     ///< the grid of zbar's tile (2: quarters, up to 6), or 0 when zbar did not run
        int zbarTile = -1;    ///< which tile of that grid, or -1
        double readMs = 0;    ///< of which the whole-frame read
        double searchMs = 0;  ///< and the search for regions
        double zbarMs = 0;    ///< and zbar's tile
        double rescueMs = 0;  ///< and the regions' rescue steps (their preparation included)
        bool forced = false;  ///< a piece of work ran that did not fit the budget
        double ms = 0;        ///< time spent in decode()
    };

    StreamDecoder();
    explicit StreamDecoder(Options options);

    /// The codes in this frame (CV_8UC1), ordered as QrDecoder orders them; nothing for an empty,
    /// wrong-type or oversized image.
    QList<DecodedCode> decode(const cv::Mat& gray);
    /// Forgets the tracked regions (a new camera, or the scene changed completely).
    void reset();

    const FrameReport& lastFrame() const { return m_report; }

private:
    struct Track
    {
        cv::Rect region;
        int nextStep = 0;     ///< where the cascade goes on
        int frameServed = -1; ///< last frame that ran one of its steps
        int stepsSinceRead = 0; ///< steps run since it last read (or since it was first seen)
        /// Set once every step has been tried without a read: the region's look (a 16x16 thumbnail)
        /// then. It gets no more steps until it looks different (a code appears on the phone).
        cv::Mat fruitlessLook;
    };
    /// Learnt cost of a piece of work, in ms per megapixel of the image it runs on: a running mean
    /// and mean deviation, estimated high (mean + 2 deviations) so that work which varies with the
    /// image rarely overruns the budget.
    struct Cost
    {
        double msPerMpx;
        double deviation = 0;
        void learn(double ms, double mpx);
        double estimate(double mpx) const { return (msPerMpx + 2 * deviation) * mpx; }
    };

    Options m_options;
    std::vector<Track> m_tracks;
    Cost m_prepare{2.0};
    std::array<Cost, RegionRescue::StepCount> m_steps{};
    Cost m_zbar{25.0};
    int m_frame = 0;
    /// zbar's grids, coarsest first: n x n overlapping tiles.
    static constexpr std::array<int, 4> kZbarGrids{2, 3, 4, 6};
    std::array<int, 7> m_nextTile{}; ///< per grid size, the next tile
    int m_zbarSkipped = 0;   ///< frames since zbar last ran, while nothing was read
    int m_starved = 0;       ///< frames in a row where work was waiting and none fitted the budget
    FrameReport m_report;
};

} // namespace passdesk::scan

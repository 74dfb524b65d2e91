#include "scan/StreamDecoder.h"
#include "scan/QrCascade.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace passdesk::scan {

namespace {

using SteadyClock = std::chrono::steady_clock;

double msSince(SteadyClock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - t0).count();
}

double mpx(const cv::Size& s)
{
    return double(s.area()) / 1e6;
}

// The work image a RegionRescue makes of a region (enlarged to about 700 pixels a side, at most 2x).
double workMpx(const cv::Rect& region)
{
    const double scale = std::clamp(700.0 / std::max(region.width, region.height), 1.0, 2.0);
    return double(region.area()) * scale * scale / 1e6;
}

cv::Mat lookOf(const cv::Mat& gray, const cv::Rect& region)
{
    cv::Mat thumb;
    cv::resize(gray(region), thumb, cv::Size(16, 16), 0, 0, cv::INTER_AREA);
    return thumb;
}

// Tile i of an n x n grid of overlapping tiles, each (1/n + 1/10) of the frame's side: the quarters
// (n = 2, 60 % a side) hold wholly any code up to a fifth of the frame across; the finer grids, the
// codes too small to be a region (at n = 6 up to an eighth of the frame's height).
cv::Rect tile(const cv::Size& frame, int n, int i)
{
    const int w = std::min(frame.width, frame.width / n + frame.width / 10);
    const int h = std::min(frame.height, frame.height / n + frame.height / 10);
    const int col = i % n;
    const int row = i / n;
    return {n > 1 ? col * (frame.width - w) / (n - 1) : 0, n > 1 ? row * (frame.height - h) / (n - 1) : 0, w, h};
}

} // namespace

void StreamDecoder::Cost::learn(double ms, double mpx)
{
    if (mpx <= 0) {
        return;
    }
    // Quick to learn at first, then smooth: a slow frame (another process ran) moves it a little.
    const double error = ms / mpx - msPerMpx;
    msPerMpx += 0.3 * error;
    deviation = 0.7 * deviation + 0.3 * std::abs(error);
}

StreamDecoder::StreamDecoder() : StreamDecoder(Options{}) {}

StreamDecoder::StreamDecoder(Options options) : m_options(options)
{
    m_steps.fill(Cost{20.0});
}

void StreamDecoder::reset()
{
    m_tracks.clear();
    m_nextTile.fill(0);
}

QList<DecodedCode> StreamDecoder::decode(const cv::Mat& gray)
{
    const auto t0 = SteadyClock::now();
    m_report = {};
    if (gray.empty() || gray.type() != CV_8UC1 || gray.cols > QrDecoder::kMaxSide || gray.rows > QrDecoder::kMaxSide) {
        return {};
    }
    ++m_frame;
    // 1. The frame as it is, always: most codes on a decent screen are read here.
    QList<DecodedCode> codes = QrCascade::read(gray);
    m_report.readMs = msSince(t0);
    const auto search0 = SteadyClock::now();

    // 2. Code-like regions where nothing was read, with what earlier frames tried on them.
    std::vector<QrCascade::ReadArea> done = QrCascade::readAreas(codes, gray.size());
    cv::Mat rest;
    if (done.empty()) {
        rest = gray;
    } else {
        rest = gray.clone();
        QrCascade::paintOut(rest, done);
    }
    std::vector<Track> tracks;
    for (const cv::Rect& region : QrCascade::candidateRegions(rest)) {
        if (QrCascade::mostlyRead(region, done)) {
            continue;
        }
        Track t;
        t.region = region;
        // The same region as in an earlier frame: the phone moved a little, the cascade goes on.
        const auto before = std::find_if(m_tracks.cbegin(), m_tracks.cend(),
                                         [&](const Track& old) { return QrCascade::among(region, {old.region}, 0.4); });
        if (before != m_tracks.cend()) {
            t.nextStep = before->nextStep;
            t.frameServed = before->frameServed;
            t.stepsSinceRead = before->stepsSinceRead;
            t.fruitlessLook = before->fruitlessLook;
            ++m_report.carried;
            // Given up on, and still looking the same (within sensor noise and a hand's tremor)?
            if (!t.fruitlessLook.empty() && cv::norm(lookOf(rest, region), t.fruitlessLook, cv::NORM_L1) / 256.0 > 12.0) {
                t.fruitlessLook.release();
                t.stepsSinceRead = 0;
            }
        }
        tracks.push_back(t);
    }
    m_report.regions = int(tracks.size());
    m_report.searchMs = msSince(search0);
    const bool anyHope = std::any_of(tracks.cbegin(), tracks.cend(), [](const Track& t) { return t.fruitlessLook.empty(); });
    const auto budget = anyHope ? m_options.budget : m_options.emptyBudget;
    const double budgetMs = std::chrono::duration<double, std::milli>(budget).count();
    const auto fits = [&](double estimateMs) { return msSince(t0) + estimateMs <= budgetMs; };

    // 3. The regions' cascades, the one served longest ago first, each going on where it stopped,
    // while the budget lasts. 4. Then zbar on a tile of the frame, in turn, while nothing is read:
    // it finds codes too small or too cluttered to be a region. zbar goes first when it has waited
    // four frames, so the regions' steps never shut it out.
    // When nothing fitted for four frames in a row (a machine too slow for the budget), one piece of
    // work runs anyway: a held-up code is read in the end, and four frames of five keep the budget.
    // Only where a region may still hold a code: a scene with nothing code-like in view, or only
    // regions given up on, keeps the empty budget (zbar then reads the tiles that fit).
    const bool force = anyHope && m_starved >= 4;
    bool ranAny = false;
    bool waiting = false;
    // zbar reads the largest tile that fits what is left of the budget (or a quarter when forced),
    // each grid's tiles in turn.
    const auto runZbar = [&](bool forced) {
        int grid = 0;
        cv::Rect q;
        for (int n : kZbarGrids) {
            q = tile(gray.size(), n, m_nextTile[size_t(n)] % (n * n));
            if (forced || fits(m_zbar.estimate(mpx(q.size())))) {
                grid = n;
                break;
            }
        }
        if (grid == 0) {
            waiting = true;
            return false;
        }
        m_report.forced = m_report.forced || forced;
        m_zbarSkipped = 0;
        const auto z0 = SteadyClock::now();
        QList<DecodedCode> found = QrCascade::readZbar(gray(q));
        m_report.zbarMs = msSince(z0);
        m_zbar.learn(m_report.zbarMs, mpx(q.size()));
        QrCascade::mapBack(found, (cv::Mat_<double>(3, 3) << 1, 0, q.x, 0, 1, q.y, 0, 0, 1));
        m_report.zbarGrid = grid;
        m_report.zbarTile = m_nextTile[size_t(grid)] % (grid * grid);
        ++m_nextTile[size_t(grid)];
        if (QrCascade::merge(codes, found) > 0) {
            const auto areas = QrCascade::readAreas(found, gray.size());
            if (rest.data == gray.data) {
                rest = gray.clone();
            }
            QrCascade::paintOut(rest, areas);
            done.insert(done.end(), areas.cbegin(), areas.cend());
        }
        return true;
    };
    const bool zbarWanted = codes.isEmpty();
    bool zbarRan = false;
    // Forced work goes to zbar when it has waited ten frames: on a slow machine, every other forced
    // piece, so neither the regions nor the small codes only zbar finds are shut out.
    const bool forceZbar = force && zbarWanted && m_zbarSkipped + 1 >= 10;
    if (zbarWanted && (++m_zbarSkipped > 4 || forceZbar)) {
        zbarRan = runZbar(forceZbar);
        ranAny = zbarRan;
    }

    std::stable_sort(tracks.begin(), tracks.end(), [](const Track& a, const Track& b) { return a.frameServed < b.frameServed; });
    for (Track& t : tracks) {
        if (QrCascade::mostlyRead(t.region, done) || !t.fruitlessLook.empty()) {
            continue; // zbar read it, or every step has failed on it as it looks now
        }
        const double work = workMpx(t.region);
        const bool forced = force && !ranAny;
        if (!forced && !fits(m_prepare.estimate(work) + m_steps[size_t(t.nextStep)].estimate(work))) {
            waiting = true;
            continue;
        }
        m_report.forced = m_report.forced || forced;
        ranAny = true;
        const auto p0 = SteadyClock::now();
        RegionRescue rescue(rest, t.region);
        m_prepare.learn(msSince(p0), work);
        t.frameServed = m_frame;
        // Each step at most once per frame; after the last, the next frame starts again at the first
        // (new pixels: noise, glare and blur change from frame to frame).
        for (int tried = 0; tried < RegionRescue::StepCount; ++tried) {
            const int step = t.nextStep;
            if (tried > 0 && !fits(m_steps[size_t(step)].estimate(work))) {
                waiting = true;
                break;
            }
            const auto s0 = SteadyClock::now();
            const QList<DecodedCode> more = rescue.run(step);
            m_steps[size_t(step)].learn(msSince(s0), work);
            ++m_report.steps;
            ++t.stepsSinceRead;
            if (!more.isEmpty()) {
                t.stepsSinceRead = 0;
                if (QrCascade::merge(codes, more) > 0) {
                    const auto areas = QrCascade::readAreas(more, gray.size());
                    done.insert(done.end(), areas.cbegin(), areas.cend());
                }
                break; // keeps nextStep: the step that read it is tried first next time
            }
            t.nextStep = (step + 1) % RegionRescue::StepCount;
            if (t.stepsSinceRead >= RegionRescue::StepCount) {
                t.fruitlessLook = lookOf(rest, t.region);
                break;
            }
        }
    }
    if (zbarWanted && codes.isEmpty() && !zbarRan) {
        zbarRan = runZbar(force && !ranAny);
        ranAny = ranAny || zbarRan;
    }
    m_starved = ranAny || !waiting ? 0 : m_starved + 1;
    m_tracks = std::move(tracks);
    QrCascade::sortByPosition(codes);
    m_report.ms = msSince(t0);
    m_report.rescueMs = m_report.ms - m_report.readMs - m_report.searchMs - m_report.zbarMs;
    return codes;
}

} // namespace passdesk::scan

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <vector>

namespace passdesk::test {

/// What a frame shows, each a mix of a few camera and scene effects (see WebcamScene.cpp for the mix).
/// Empty frames show the scene (counter, hand, a phone or paper without a code) for the false-code check.
enum class SceneClass {
    Clean,    ///< a phone held up, slight tilt, mild noise
    Tilted,   ///< perspective 25-45 degrees, any rotation
    Motion,   ///< motion blur in any direction, rolling-shutter skew
    Far,      ///< about 1 m away: modules of 1.5-2 px
    Glare,    ///< specular patches on the glass, auto-exposure overshoot
    LowLight, ///< dim room: sensor shot and read noise, blown-out screen, defocus
    Inverted, ///< dark-mode screen, light modules on black
    Multiple, ///< two or three codes in view (phones and paper)
    Occluded, ///< a finger over one corner of the code, or a cracked screen
    Paper,    ///< a printed certificate, folded (crease and shading) or curled (cylinder)
    Moire,    ///< close-up of a screen: subpixel stripes beat with the sensor, strong refresh banding
    Empty,    ///< no code at all
};

/// One generated camera frame: 8-bit grayscale as a webcam's Y plane after MJPEG, and the texts of
/// every code in it (empty for SceneClass::Empty).
struct SceneFrame {
    cv::Mat gray;
    QStringList texts;
    SceneClass sceneClass = SceneClass::Empty;
    uint64_t seed = 0;
};

/// A second, independent generator of webcam frames of certificate QR codes, written without reference
/// to FrameCorpus: a phone screen is drawn with its RGB subpixel stripes and resampled through a
/// perspective camera (moire), with refresh banding, a bezel and a hand over a counter; paper is
/// printed, folded or curled; the camera adds barrel distortion, rolling shutter, motion blur, defocus,
/// vignetting, auto-exposure (with overshoot and blooming), shot and read noise, the sensor's tone curve
/// and, last for every frame, JPEG at webcam quality (40-75).
///
/// Payloads are the texts of real (demo) certificates read at run time, encoded as issuers do: `HC1:`
/// in one alphanumeric segment at ECC Q, `shc:/` as a byte segment plus a numeric one at ECC L.
///
/// Deterministic: every random choice comes from a std::mt19937 seeded from (seed, class, size) through
/// std::seed_seq, with hand-written distributions, so one seed gives the same frame on every build
/// of the same OpenCV (OpenCV's SIMD paths may round a float differently on another CPU family).
///
/// Seed ranges: seeds 1-50 are the tuning range (use them while changing a decoder); seeds 1001-1050
/// are the held-out range (`passdesk_bench_decode --generator scene --seed-offset 1000`), to be used
/// only to report, never to tune.
class WebcamScene
{
public:
    /// Payloads given directly (each a complete `HC1:` or `shc:/` text).
    explicit WebcamScene(QStringList payloads);

    /// Every `*.txt` in the folder (e.g. resources/demo/certificates), sorted by name, trimmed.
    static WebcamScene fromDirectory(const QString& certificatesDir);

    const QStringList& payloads() const { return m_payloads; }

    /// One frame of the class at width x height (CV_8UC1); the same arguments give the same bytes.
    SceneFrame frame(SceneClass sceneClass, int width, int height, uint64_t seed) const;

    /// perKind frames of every class (Empty included) at seeds seedOffset+1 .. seedOffset+perKind.
    QList<SceneFrame> generate(int width, int height, int perKind, uint64_t seedOffset = 0) const;

    static QList<SceneClass> allClasses();
    static QString toString(SceneClass sceneClass);

private:
    QStringList m_payloads;
    std::vector<cv::Mat> m_symbols; ///< per payload: CV_8U, 1 = dark module, no quiet zone
};

} // namespace passdesk::test

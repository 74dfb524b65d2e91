#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <cstdint>

namespace passdesk::test {

/// What a phone held up at a counter does to a QR code, one kind per frame.
enum class Degradation {
    Clean,    ///< Upright, sharp, well lit, 3 to 4.5 pixels per module.
    Small,    ///< Held far away: 2 to 2.4 pixels per module, near the limit of any decoder.
    Rotated,  ///< Turned 20-340 degrees.
    Tilted,   ///< Perspective: the phone tipped towards or away from the camera.
    Blurred,  ///< Out of focus or moving.
    Dark,     ///< Screen brightness turned down: low contrast, sensor noise.
    Glare,    ///< A bright reflection washing out part of the code.
    Inverted, ///< Dark mode: light modules on a dark screen.
    Multiple, ///< Two or three codes in view (chunks of one SMART Health Card).
    Cracked,  ///< A cracked screen protector: lines across the code.
    Empty,    ///< No code at all: an empty counter.
};

QString toString(Degradation d);
QList<Degradation> allDegradations();

/// One generated frame and the texts of every code in it (none for Empty).
struct CorpusFrame
{
    cv::Mat gray;
    QStringList texts;
    Degradation degradation = Degradation::Clean;
    uint64_t seed = 0;
};

/// Generates webcam-like frames of real-sized EU DCC and SMART Health Card codes, reproducibly:
/// the same seed, size and degradation always give the same pixels.
class FrameCorpus
{
public:
    /// `hc1Texts` and `shcTexts` are the payloads drawn (cycled through); `shcChunks` are sets of
    /// chunk texts used for Multiple.
    FrameCorpus(QStringList hc1Texts, QStringList shcTexts, QList<QStringList> shcChunks);

    /// The payloads of the shipped demo (resources/demo): the real sizes PassDesk sees.
    static FrameCorpus fromDemo(const QString& demoDir);

    CorpusFrame frame(Degradation degradation, int width, int height, uint64_t seed) const;
    /// A frame showing this text (for Multiple, these chunk texts) with the given degradation.
    static CorpusFrame render(const QStringList& texts, Degradation degradation, int width, int height, uint64_t seed);

    /// `perKind` frames of each degradation, seeds 1..perKind.
    QList<CorpusFrame> generate(int width, int height, int perKind) const;

private:
    QStringList m_hc1;
    QStringList m_shc;
    QList<QStringList> m_chunks;
};

} // namespace passdesk::test

#include "support/FrameCorpus.h"

#include "support/DemoIssuer.h"
#include "credential/ShcChunks.h"
#include "support/QrRenderer.h"

#include <QDir>
#include <QFile>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace passdesk::test {

namespace {

constexpr double kPi = 3.14159265358979323846;

// A cluttered counter: a lit gradient, a few objects, sensor noise.
cv::Mat background(int width, int height, cv::RNG& rng)
{
    cv::Mat bg(height, width, CV_8UC1);
    const double a = rng.uniform(90.0, 170.0);
    const double gx = rng.uniform(-60.0, 60.0) / width;
    const double gy = rng.uniform(-60.0, 60.0) / height;
    for (int y = 0; y < height; ++y) {
        auto* row = bg.ptr<uchar>(y);
        for (int x = 0; x < width; ++x) {
            row[x] = cv::saturate_cast<uchar>(a + gx * x + gy * y);
        }
    }
    for (int i = 0; i < 6; ++i) {
        const cv::Point p(rng.uniform(0, width), rng.uniform(0, height));
        const cv::Size s(rng.uniform(width / 20, width / 5), rng.uniform(height / 20, height / 5));
        cv::rectangle(bg, cv::Rect(p, s), cv::Scalar(rng.uniform(30, 230)), cv::FILLED);
    }
    return bg;
}

void addNoise(cv::Mat& img, double sigma, cv::RNG& rng)
{
    cv::Mat noise(img.size(), CV_16SC1);
    rng.fill(noise, cv::RNG::NORMAL, 0, sigma);
    cv::Mat wide;
    img.convertTo(wide, CV_16SC1);
    wide += noise;
    wide.convertTo(img, CV_8UC1);
}

struct Look
{
    double pitch = 3.5;         // pixels per module in the frame
    double angleDeg = 0;
    double tilt = 0;            // corner jitter as a fraction of the side
    uchar dark = 20;            // module colours on the screen
    uchar light = 235;
    bool inverted = false;
};

// Draws `modules` as a phone screen (bezel included) warped into `frame`, centred at `centre`, and
// small enough that the whole phone, turned and tipped, stays inside a `cell`-sized square: a code
// half out of view is not a test of the decoder.
void placeCode(cv::Mat& frame, const cv::Mat& modules, const Look& look, cv::Point2f centre, float cell, cv::RNG& rng)
{
    const double a0 = look.angleDeg * kPi / 180.0;
    const double turn = std::abs(std::cos(a0)) + std::abs(std::sin(a0));
    const float fit = float(cell / (1.2 * turn * (1.0 + 2.0 * look.tilt)));
    const float side = std::min(float(look.pitch * modules.cols), fit);
    const int px = std::max(2, int(std::ceil(2.0f * side / float(modules.cols))));
    cv::Mat big;
    cv::resize(modules, big, cv::Size(modules.cols * px, modules.rows * px), 0, 0, cv::INTER_NEAREST);
    cv::Mat screen = big.clone();
    screen.setTo(look.inverted ? look.light : look.dark, big == 0);
    screen.setTo(look.inverted ? look.dark : look.light, big != 0);
    // The phone's bezel around the screen.
    const int bezel = big.cols / 10;
    cv::Mat phone(big.rows + 2 * bezel, big.cols + 2 * bezel, CV_8UC1, cv::Scalar(15));
    screen.copyTo(phone(cv::Rect(bezel, bezel, big.cols, big.rows)));

    const float scale = side / float(big.cols);
    const float half = float(phone.cols) * scale / 2.0f;
    const double a = look.angleDeg * kPi / 180.0;
    const float c = float(std::cos(a));
    const float s = float(std::sin(a));
    const cv::Point2f local[4] = {{-half, -half}, {half, -half}, {half, half}, {-half, half}};
    cv::Point2f dst[4];
    for (int i = 0; i < 4; ++i) {
        cv::Point2f p = local[i];
        p.x += float(rng.uniform(-look.tilt, look.tilt)) * 2 * half;
        p.y += float(rng.uniform(-look.tilt, look.tilt)) * 2 * half;
        dst[i] = {centre.x + c * p.x - s * p.y, centre.y + s * p.x + c * p.y};
    }
    // Warp at twice the frame's resolution and average down, as a lens and sensor do: a plain warp
    // aliases the modules into shapes no camera produces.
    const cv::Point2f src[4] = {{0, 0}, {float(phone.cols), 0}, {float(phone.cols), float(phone.rows)}, {0, float(phone.rows)}};
    cv::Point2f dst2[4];
    for (int i = 0; i < 4; ++i) {
        dst2[i] = dst[i] * 2.0f;
    }
    const cv::Mat h = cv::getPerspectiveTransform(src, dst2);
    const cv::Size big2(frame.cols * 2, frame.rows * 2);
    cv::Mat warped;
    cv::Mat mask;
    cv::warpPerspective(phone, warped, h, big2, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::warpPerspective(cv::Mat(phone.size(), CV_8UC1, cv::Scalar(255)), mask, h, big2, cv::INTER_LINEAR);
    cv::resize(warped, warped, frame.size(), 0, 0, cv::INTER_AREA);
    cv::resize(mask, mask, frame.size(), 0, 0, cv::INTER_AREA);
    cv::Mat f;
    cv::Mat w;
    cv::Mat m;
    frame.convertTo(f, CV_32F);
    warped.convertTo(w, CV_32F);
    mask.convertTo(m, CV_32F, 1.0 / 255);
    f = f.mul(1.0 - m) + w.mul(m);
    f.convertTo(frame, CV_8UC1);
}

} // namespace

QString toString(Degradation d)
{
    switch (d) {
    case Degradation::Clean: return QStringLiteral("clean");
    case Degradation::Small: return QStringLiteral("small");
    case Degradation::Rotated: return QStringLiteral("rotated");
    case Degradation::Tilted: return QStringLiteral("tilted");
    case Degradation::Blurred: return QStringLiteral("blurred");
    case Degradation::Dark: return QStringLiteral("dark");
    case Degradation::Glare: return QStringLiteral("glare");
    case Degradation::Inverted: return QStringLiteral("inverted");
    case Degradation::Multiple: return QStringLiteral("multiple");
    case Degradation::Cracked: return QStringLiteral("cracked");
    case Degradation::Empty: return QStringLiteral("empty");
    }
    return {};
}

QList<Degradation> allDegradations()
{
    return {Degradation::Clean,  Degradation::Small,    Degradation::Rotated,  Degradation::Tilted,
            Degradation::Blurred, Degradation::Dark,    Degradation::Glare,    Degradation::Inverted,
            Degradation::Multiple, Degradation::Cracked, Degradation::Empty};
}

FrameCorpus::FrameCorpus(QStringList hc1Texts, QStringList shcTexts, QList<QStringList> shcChunks)
    : m_hc1(std::move(hc1Texts)), m_shc(std::move(shcTexts)), m_chunks(std::move(shcChunks))
{
}

FrameCorpus FrameCorpus::fromDemo(const QString& demoDir)
{
    QStringList hc1;
    QStringList shc;
    const QDir dir(demoDir + QStringLiteral("/certificates"));
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString text = QString::fromLatin1(f.readAll()).trimmed();
        (text.startsWith(QLatin1String("HC1:")) ? hc1 : shc) << text;
    }
    QList<QStringList> chunks;
    for (const QString& single : shc) {
        const auto jws = credential::ShcChunks::assemble({single.toLatin1()});
        if (!jws) {
            continue;
        }
        for (int n : {2, 3}) {
            QStringList set;
            for (const QByteArray& chunk : credential::DemoIssuer::shcNumeric(*jws, n)) {
                set << QString::fromLatin1(chunk);
            }
            chunks << set;
        }
    }
    return FrameCorpus(hc1, shc, chunks);
}

CorpusFrame FrameCorpus::frame(Degradation degradation, int width, int height, uint64_t seed) const
{
    // Alternate EU DCC and SMART Health Card payloads.
    const bool useShc = !m_shc.isEmpty() && (seed % 3 == 2 || m_hc1.isEmpty());
    QStringList texts;
    if (degradation == Degradation::Multiple && !m_chunks.isEmpty()) {
        texts = m_chunks.at(int(seed % uint64_t(m_chunks.size())));
    } else if (degradation != Degradation::Empty) {
        texts << (useShc ? m_shc.at(int(seed % uint64_t(m_shc.size()))) : m_hc1.at(int(seed % uint64_t(m_hc1.size()))));
    }
    return render(texts, degradation, width, height, seed);
}

CorpusFrame FrameCorpus::render(const QStringList& texts, Degradation degradation, int width, int height, uint64_t seed)
{
    cv::RNG rng(seed * 7919 + uint64_t(degradation) * 104729 + uint64_t(width));
    CorpusFrame out;
    out.degradation = degradation;
    out.seed = seed;
    out.gray = background(width, height, rng);

    Look look;
    look.pitch = rng.uniform(3.0, 4.5);
    look.angleDeg = rng.uniform(-6.0, 6.0);
    look.tilt = 0.02;
    const cv::Point2f centre(float(width) * float(rng.uniform(0.42, 0.58)), float(height) * float(rng.uniform(0.45, 0.55)));
    const QString text = texts.value(0);
    const int ecc = text.startsWith(QLatin1String("shc:/")) ? 0 : 2; // issuers' usual levels: SHC L, EU DCC Q

    switch (degradation) {
    case Degradation::Clean:
        break;
    case Degradation::Small:
        look.pitch = rng.uniform(2.0, 2.4);
        break;
    case Degradation::Rotated:
        look.angleDeg = rng.uniform(20.0, 340.0);
        look.pitch = rng.uniform(2.6, 3.6);
        break;
    case Degradation::Tilted:
        look.tilt = rng.uniform(0.10, 0.16);
        break;
    case Degradation::Dark:
        look.dark = uchar(rng.uniform(5, 25));
        look.light = uchar(look.dark + rng.uniform(35, 55));
        break;
    case Degradation::Inverted:
        look.inverted = true;
        look.dark = uchar(rng.uniform(15, 40));
        look.light = uchar(rng.uniform(170, 230));
        break;
    default:
        break;
    }

    if (degradation == Degradation::Empty || texts.isEmpty()) {
        // A phone screen with no code on it, so the decoder sees a code-like rectangle.
        cv::rectangle(out.gray, cv::Rect(int(centre.x) - height / 5, int(centre.y) - height / 4, height / 2, height / 2),
                      cv::Scalar(rng.uniform(180, 240)), cv::FILLED);
    } else if (texts.size() > 1) {
        const QStringList& set = texts;
        look.pitch = rng.uniform(2.3, 2.8);
        // One row if the codes fit at this pitch, otherwise two rows.
        const int n = int(set.size());
        const float need = float(look.pitch * QrRenderer::modules(set.at(0), 0).cols * 1.25);
        const int cols = need * float(n) <= float(width) * 0.95f ? n : (n + 1) / 2;
        const int rows = (n + cols - 1) / cols;
        const float cw = float(width) / float(cols);
        const float ch = float(height) / float(rows);
        for (int i = 0; i < n; ++i) {
            const cv::Point2f at(cw * (float(i % cols) + 0.5f), ch * (float(i / cols) + 0.5f));
            placeCode(out.gray, QrRenderer::modules(set.at(i), 0), look, at, 0.95f * std::min(cw, ch), rng);
        }
        out.texts = set;
    } else {
        placeCode(out.gray, QrRenderer::modules(text, ecc), look, centre, 0.92f * float(std::min(width, height)), rng);
        out.texts = {text};
    }

    switch (degradation) {
    case Degradation::Blurred: {
        const double sigma = rng.uniform(1.2, 2.0) * height / 720.0;
        cv::GaussianBlur(out.gray, out.gray, cv::Size(), sigma);
        break;
    }
    case Degradation::Glare: {
        cv::Mat glare(out.gray.size(), CV_8UC1, cv::Scalar(0));
        const float r = float(look.pitch * 100) * float(rng.uniform(0.18, 0.26));
        const cv::Point g(int(centre.x + rng.uniform(-r, r)), int(centre.y + rng.uniform(-r, r)));
        cv::ellipse(glare, g, cv::Size(int(r * 1.6f), int(r)), rng.uniform(0.0, 180.0), 0, 360, cv::Scalar(150), cv::FILLED);
        cv::GaussianBlur(glare, glare, cv::Size(), r / 2.5);
        cv::add(out.gray, glare, out.gray);
        break;
    }
    case Degradation::Cracked: {
        const int cracks = rng.uniform(2, 5);
        const float reach = float(look.pitch * 100) / 2.0f;
        for (int i = 0; i < cracks; ++i) {
            cv::Point2f p(centre.x + float(rng.uniform(-reach, reach)), centre.y + float(rng.uniform(-reach, reach)));
            for (int seg = 0; seg < 3; ++seg) {
                const cv::Point2f q(p.x + float(rng.uniform(-reach, reach)) / 2, p.y + float(rng.uniform(-reach, reach)) / 2);
                cv::line(out.gray, p, q, cv::Scalar(rng.uniform(0, 2) == 0 ? 250 : 60), rng.uniform(1, 3) == 1 ? 1 : 2, cv::LINE_AA);
                p = q;
            }
        }
        break;
    }
    default:
        break;
    }
    addNoise(out.gray, degradation == Degradation::Dark ? 6.0 : 3.0, rng);
    return out;
}

QList<CorpusFrame> FrameCorpus::generate(int width, int height, int perKind) const
{
    QList<CorpusFrame> out;
    for (Degradation d : allDegradations()) {
        for (int i = 1; i <= perKind; ++i) {
            out.append(frame(d, width, height, uint64_t(i)));
        }
    }
    return out;
}

} // namespace passdesk::test

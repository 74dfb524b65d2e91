#include "support/WebcamScene.h"

#include <QDir>
#include <QFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <qrencode.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <stdexcept>

// The scene is built in linear light (1.0 = white paper under the room's light) at twice the output
// resolution; the sensor integrates it down to the output grid (INTER_AREA), which is where a screen's
// subpixel stripes alias into moire. Everything after that is the camera: optics, exposure, noise,
// tone curve, the webcam's sharpening and its JPEG.

namespace passdesk::test {

namespace {

constexpr double kPi = 3.14159265358979323846;

// std::uniform_real_distribution and friends are implementation-defined; these are not.
class Rng
{
public:
    explicit Rng(std::seed_seq& seq) : m_gen(seq) {}
    double uniform() { return (double(m_gen()) + 0.5) / 4294967296.0; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int integer(int lo, int hi) { return std::min(hi, lo + int(uniform() * double(hi - lo + 1))); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        if (m_haveSpare) {
            m_haveSpare = false;
            return m_spare;
        }
        const double r = std::sqrt(-2.0 * std::log(uniform()));
        const double a = 2.0 * kPi * uniform();
        m_spare = r * std::sin(a);
        m_haveSpare = true;
        return r * std::cos(a);
    }

private:
    std::mt19937 m_gen;
    double m_spare = 0;
    bool m_haveSpare = false;
};

cv::Mat encodeSymbol(const QString& text)
{
    const QByteArray bytes = text.toLatin1();
    const bool shc = text.startsWith(QLatin1String("shc:/"));
    QRinput* input = QRinput_new2(0, shc ? QR_ECLEVEL_L : QR_ECLEVEL_Q);
    if (input == nullptr) {
        throw std::runtime_error("QRinput_new2 failed");
    }
    bool ok = true;
    if (shc) {
        ok = QRinput_append(input, QR_MODE_8, 5, reinterpret_cast<const unsigned char*>(bytes.constData())) == 0 &&
             QRinput_append(input, QR_MODE_NUM, int(bytes.size() - 5),
                            reinterpret_cast<const unsigned char*>(bytes.constData() + 5)) == 0;
    } else {
        ok = QRinput_append(input, QR_MODE_AN, int(bytes.size()),
                            reinterpret_cast<const unsigned char*>(bytes.constData())) == 0;
    }
    QRcode* code = ok ? QRcode_encodeInput(input) : nullptr;
    QRinput_free(input);
    if (code == nullptr) {
        throw std::runtime_error("cannot encode payload as QR: " + text.left(20).toStdString());
    }
    cv::Mat m(code->width, code->width, CV_8U);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            m.at<uchar>(y, x) = (code->data[y * code->width + x] & 1) ? 1 : 0;
        }
    }
    QRcode_free(code);
    return m;
}

// Smooth random field in [-1, 1] of the given size, from a coarse grid of cellsX x cellsY values.
cv::Mat smoothField(Rng& rng, cv::Size size, int cellsX, int cellsY)
{
    cv::Mat coarse(std::max(2, cellsY), std::max(2, cellsX), CV_32F);
    for (int y = 0; y < coarse.rows; ++y) {
        for (int x = 0; x < coarse.cols; ++x) {
            coarse.at<float>(y, x) = float(rng.uniform(-1, 1));
        }
    }
    cv::Mat out;
    cv::resize(coarse, out, size, 0, 0, cv::INTER_CUBIC);
    return out;
}

// An object ready to be placed in the scene: linear radiance premultiplied by alpha, in texture
// pixels whose physical size is (sx, sy) (a phone's subpixel columns are a third of a pixel wide).
struct Layer {
    cv::Mat value;
    cv::Mat alpha;
    double sx = 1;
    double sy = 1;
    std::array<cv::Point2d, 4> code{};  // symbol corners TL, TR, BR, BL (without quiet zone), texture px
    std::array<cv::Point2d, 4> quiet{}; // the same with the 4-module quiet zone
    int modules = 0;
    bool emissive = false;
    QString text;
};

struct Look {
    bool darkUi = false;
    bool inverted = false;
    double emission = 1.3;       // screen white relative to white paper in the room's light
    double ambient = 1.0;        // the room's light on reflective things
    int screenPxPerModule = 6;
    bool crack = false;
    bool finger = false;
    int glarePatches = 0;
    double glarePeak = 0;
    double fold = 0;             // paper: fold angle (radians), 0 = none
    double curl = 0;             // paper: cylinder radius as a fraction of the paper's width, 0 = none
};

void drawTextLines(cv::Mat& img, Rng& rng, cv::Rect area, double lineHeight, float ink)
{
    const int lh = std::max(1, int(lineHeight));
    for (int y = area.y; y + lh < area.y + area.height; y += int(lh * rng.uniform(1.8, 2.6))) {
        int x = area.x;
        const int end = area.x + int(area.width * rng.uniform(0.5, 1.0));
        while (x < end) {
            const int word = int(lh * rng.uniform(1.5, 6));
            cv::rectangle(img, cv::Rect(x, y, std::min(word, end - x), lh), cv::Scalar(ink), cv::FILLED);
            x += word + int(lh * rng.uniform(0.6, 1.2));
        }
    }
}

// A fingertip over one corner of the symbol, drawn into (value, alpha) at physical resolution. The
// corner without a finder pattern is covered as deep as the error correction can bear; the two finder
// corners only at their outer ring, so a careful decoder still has all three finders.
void drawFinger(cv::Mat& value, cv::Mat& alpha, Rng& rng, const std::array<cv::Point2d, 4>& code, int modules,
                double budget, double skin)
{
    const int corner = rng.chance(0.75) ? 2 : (rng.chance(0.5) ? 1 : 3);
    const cv::Point2d c = code[size_t(corner)];
    const cv::Point2d centre = (code[0] + code[2]) * 0.5;
    cv::Point2d inward = centre - c;
    inward /= std::hypot(inward.x, inward.y);
    const double modulePx = std::hypot(code[1].x - code[0].x, code[1].y - code[0].y) / modules;
    const double depthModules = corner == 2 ? std::sqrt(budget) * modules * rng.uniform(0.35, 0.7) : rng.uniform(1, 2.5);
    const double angle = std::atan2(inward.y, inward.x) + rng.uniform(-0.5, 0.5);
    const cv::Point2d dir(std::cos(angle), std::sin(angle));
    const double width = modules * modulePx * rng.uniform(0.28, 0.38);
    const double length = width * 4;
    const cv::Point2d tip = c + inward * (depthModules * modulePx);
    const cv::Point2d mid = tip - dir * (length / 2);
    const double deg = angle * 180 / kPi;
    // Concentric ellipses: a rounded finger is darker at its sides.
    cv::ellipse(alpha, cv::RotatedRect(mid, cv::Size2f(float(length), float(width)), float(deg)), cv::Scalar(1), cv::FILLED);
    for (int i = 0; i < 4; ++i) {
        const double k = 1.0 - 0.2 * i;
        cv::ellipse(value, cv::RotatedRect(mid + dir * (length / 2 * (1 - k)), cv::Size2f(float(length * k), float(width * k)), float(deg)),
                    cv::Scalar(skin * (0.55 + 0.15 * i)), cv::FILLED);
    }
    // The nail: a lighter patch at the tip.
    cv::ellipse(value, cv::RotatedRect(tip - dir * (width * 0.45), cv::Size2f(float(width * 0.5), float(width * 0.55)), float(deg)),
                cv::Scalar(skin * 1.25), cv::FILLED);
}

void drawCrack(cv::Mat& img, Rng& rng, cv::Size size, int thickness)
{
    const cv::Point2d impact(size.width * rng.uniform(0.05, 0.95), size.height * rng.uniform(0.2, 0.8));
    const int rays = rng.integer(5, 9);
    // Broken glass scatters the light: thin lines, dark on a light screen and grey on a dark one.
    const float shade = float(rng.uniform(0.2, 0.5));
    for (int r = 0; r < rays; ++r) {
        double a = rng.uniform(0, 2 * kPi);
        cv::Point2d p = impact;
        const int segments = rng.integer(3, 7);
        for (int s = 0; s < segments; ++s) {
            a += rng.uniform(-0.35, 0.35);
            const cv::Point2d q = p + cv::Point2d(std::cos(a), std::sin(a)) * (size.width * rng.uniform(0.05, 0.15));
            cv::line(img, p, q, cv::Scalar(shade), thickness, cv::LINE_8);
            p = q;
        }
    }
}

// A phone held up: screen content per screen pixel, expanded to RGB stripe subpixels, in a bezel.
Layer phoneLayer(const cv::Mat* symbol, const QString& text, const Look& look, Rng& rng)
{
    const int sp = look.screenPxPerModule;
    const int n = symbol != nullptr ? symbol->cols : 57;
    const int quiet = 4;
    const int cardPx = (n + 2 * quiet + 2) * sp;
    const int w = int(cardPx * rng.uniform(1.08, 1.2));
    const int h = int(w * rng.uniform(1.9, 2.15));
    const float uiBack = look.darkUi ? 0.03f : 0.93f;
    cv::Mat screen(h, w, CV_32F, cv::Scalar(uiBack));
    cv::rectangle(screen, cv::Rect(0, 0, w, int(h * 0.09)), cv::Scalar(look.darkUi ? 0.12 : rng.uniform(0.2, 0.5)), cv::FILLED);
    const int cardX = (w - cardPx) / 2;
    const int cardY = int((h - cardPx) * rng.uniform(0.35, 0.6));
    const float textInk = look.darkUi ? 0.7f : 0.35f;
    drawTextLines(screen, rng, cv::Rect(cardX, int(h * 0.12), cardPx, std::max(1, cardY - int(h * 0.14))), sp * 2.5, textInk);
    drawTextLines(screen, rng, cv::Rect(cardX, cardY + cardPx + sp * 3, cardPx, std::max(1, h - cardY - cardPx - sp * 6)), sp * 2.5,
                  textInk);
    const float cardBack = look.inverted ? 0.02f : 1.0f;
    const float ink = look.inverted ? 0.95f : 0.01f;
    cv::rectangle(screen, cv::Rect(cardX, cardY, cardPx, cardPx), cv::Scalar(cardBack), cv::FILLED);
    const int codeX = cardX + (quiet + 1) * sp;
    const int codeY = cardY + (quiet + 1) * sp;
    if (symbol != nullptr) {
        cv::Mat big;
        cv::resize(*symbol, big, cv::Size(n * sp, n * sp), 0, 0, cv::INTER_NEAREST);
        cv::Mat roi = screen(cv::Rect(codeX, codeY, n * sp, n * sp));
        roi.setTo(cv::Scalar(ink), big);
    } else {
        // Something else on the card: a portrait-like blob and more text.
        cv::ellipse(screen, cv::Point(cardX + cardPx / 2, cardY + cardPx / 3), cv::Size(cardPx / 6, cardPx / 5), 0, 0, 360,
                    cv::Scalar(0.4), cv::FILLED);
        drawTextLines(screen, rng, cv::Rect(cardX + sp * 4, cardY + cardPx * 2 / 3, cardPx - sp * 8, cardPx / 3 - sp * 4), sp * 2, 0.3f);
    }
    if (look.crack) {
        drawCrack(screen, rng, screen.size(), std::max(1, sp / 3));
    }

    // Body: bezel around the screen; physical resolution = screen pixels.
    const int bezel = std::max(2, int(w * rng.uniform(0.025, 0.05)));
    const int chin = bezel + int(w * rng.uniform(0.0, 0.06));
    const int bw = w + 2 * bezel;
    const int bh = h + bezel + chin;
    cv::Mat reflect(bh, bw, CV_32F, cv::Scalar(0.05 * look.ambient));
    cv::Mat body(bh, bw, CV_32F, cv::Scalar(0));
    const int radius = int(bw * 0.09);
    cv::rectangle(body, cv::Rect(radius, 0, bw - 2 * radius, bh), cv::Scalar(1), cv::FILLED);
    cv::rectangle(body, cv::Rect(0, radius, bw, bh - 2 * radius), cv::Scalar(1), cv::FILLED);
    for (const cv::Point c : {cv::Point(radius, radius), cv::Point(bw - radius - 1, radius), cv::Point(radius, bh - radius - 1),
                              cv::Point(bw - radius - 1, bh - radius - 1)}) {
        cv::circle(body, c, radius, cv::Scalar(1), cv::FILLED);
    }
    cv::Mat screenMask(bh, bw, CV_32F, cv::Scalar(0));
    screenMask(cv::Rect(bezel, bezel, w, h)).setTo(cv::Scalar(1));

    std::array<cv::Point2d, 4> code{cv::Point2d(bezel + codeX, bezel + codeY), cv::Point2d(bezel + codeX + n * sp, bezel + codeY),
                                    cv::Point2d(bezel + codeX + n * sp, bezel + codeY + n * sp),
                                    cv::Point2d(bezel + codeX, bezel + codeY + n * sp)};
    cv::Mat finger(bh, bw, CV_32F, cv::Scalar(0));
    cv::Mat fingerValue(bh, bw, CV_32F, cv::Scalar(0));
    if (look.finger && symbol != nullptr) {
        const double budget = text.startsWith(QLatin1String("shc:/")) ? 0.07 : 0.25;
        drawFinger(fingerValue, finger, rng, code, n, budget * 0.35, 0.45 * look.ambient);
        cv::GaussianBlur(finger, finger, cv::Size(0, 0), std::max(0.6, sp * 0.3));
        cv::max(body, finger, body);
    }
    cv::Mat glare(bh, bw, CV_32F, cv::Scalar(0));
    {
        // Glass reflects the room evenly, and a window or lamp as bright patches.
        const cv::Size small(std::max(8, bw / 8), std::max(8, bh / 8));
        cv::Mat g(small, CV_32F, cv::Scalar(rng.uniform(0.01, 0.05) * look.ambient));
        for (int i = 0; i < look.glarePatches; ++i) {
            // Patches land on or near the symbol, where they matter.
            const double cx = (code[0].x + (code[1].x - code[0].x) * rng.uniform(-0.1, 1.1)) / 8;
            const double cy = (code[0].y + (code[3].y - code[0].y) * rng.uniform(-0.1, 1.1)) / 8;
            const double rx = (n * sp / 8.0) * rng.uniform(0.08, 0.22);
            const double ry = rx * rng.uniform(0.4, 1.6);
            const double peak = look.glarePeak * rng.uniform(0.5, 1.0);
            const double rot = rng.uniform(0, kPi);
            for (int y = 0; y < g.rows; ++y) {
                for (int x = 0; x < g.cols; ++x) {
                    const double dx = x - cx;
                    const double dy = y - cy;
                    const double u = (dx * std::cos(rot) + dy * std::sin(rot)) / rx;
                    const double v = (-dx * std::sin(rot) + dy * std::cos(rot)) / ry;
                    g.at<float>(y, x) += float(peak * std::exp(-0.5 * (u * u + v * v) * (u * u + v * v) * 0.5));
                }
            }
        }
        cv::resize(g, glare, glare.size(), 0, 0, cv::INTER_LINEAR);
    }

    // Subpixel stripes: each screen pixel is three columns R, G, B; in luminance G is bright, B dim.
    // A diffuser and the lens spread part of the light evenly.
    const float stripe[3] = {float(0.35 + 0.65 * 3 * 0.2126), float(0.35 + 0.65 * 3 * 0.7152), float(0.35 + 0.65 * 3 * 0.0722)};
    cv::Mat wide;
    cv::resize(screen, wide, cv::Size(w * 3, h), 0, 0, cv::INTER_NEAREST);
    for (int y = 0; y < h; ++y) {
        float* row = wide.ptr<float>(y);
        for (int x = 0; x < w * 3; ++x) {
            row[x] *= stripe[x % 3] * float(look.emission);
        }
    }
    auto expand = [&](const cv::Mat& m) {
        cv::Mat out;
        cv::resize(m, out, cv::Size(bw * 3, bh), 0, 0, cv::INTER_LINEAR);
        return out;
    };
    Layer layer;
    const cv::Mat bodyW = expand(body);
    const cv::Mat fingerW = expand(finger);
    const cv::Mat fingerValueW = expand(fingerValue);
    const cv::Mat glareW = expand(glare);
    const cv::Mat screenMaskW = expand(screenMask);
    cv::Mat surface = expand(reflect);
    cv::Mat wideFull(bh, bw * 3, CV_32F, cv::Scalar(0));
    wide.copyTo(wideFull(cv::Rect(bezel * 3, bezel, w * 3, h)));
    // surface = bezel or screen, then glare on the glass, then the finger on top of both.
    surface = surface.mul(1 - screenMaskW) + wideFull.mul(screenMaskW) + glareW;
    surface = surface.mul(1 - fingerW) + fingerValueW.mul(fingerW);
    layer.value = surface.mul(bodyW);
    layer.alpha = bodyW;
    layer.sx = 1.0 / 3;
    layer.sy = 1;
    for (size_t i = 0; i < 4; ++i) {
        layer.code[i] = cv::Point2d(code[i].x * 3, code[i].y);
    }
    const double q = quiet * sp;
    const std::array<cv::Point2d, 4> qd{cv::Point2d(-q, -q), cv::Point2d(q, -q), cv::Point2d(q, q), cv::Point2d(-q, q)};
    for (size_t i = 0; i < 4; ++i) {
        layer.quiet[i] = cv::Point2d((code[i].x + qd[i].x) * 3, code[i].y + qd[i].y);
    }
    layer.modules = n;
    layer.emissive = true;
    layer.text = text;
    return layer;
}

// A printed certificate: paper under the room's light, ink, text; folded or curled.
Layer paperLayer(const cv::Mat* symbol, const QString& text, const Look& look, Rng& rng)
{
    const int ppm = 4;
    const int n = symbol != nullptr ? symbol->cols : 57;
    const int quiet = 4;
    const int codePx = n * ppm;
    const int w = int(codePx / rng.uniform(0.42, 0.6));
    const int h = int(w * 1.414);
    const double paper = rng.uniform(0.78, 0.92);
    cv::Mat v = 1 + 0.03 * smoothField(rng, cv::Size(w, h), w / 6, h / 6);
    v *= paper;
    const int codeX = int((w - codePx) * rng.uniform(0.3, 0.9));
    const int codeY = int((h - codePx) * rng.uniform(0.45, 0.85));
    drawTextLines(v, rng, cv::Rect(w / 10, h / 12, w * 8 / 10, codeY - h / 12 - quiet * ppm - 4), ppm * 2.2, 0.12f);
    const float ink = float(rng.uniform(0.04, 0.1));
    if (symbol != nullptr) {
        cv::Mat big;
        cv::resize(*symbol, big, cv::Size(codePx, codePx), 0, 0, cv::INTER_NEAREST);
        cv::Mat roi = v(cv::Rect(codeX, codeY, codePx, codePx));
        roi.setTo(cv::Scalar(ink), big);
    } else {
        drawTextLines(v, rng, cv::Rect(w / 10, codeY, w * 8 / 10, h - codeY - h / 12), ppm * 2.2, 0.12f);
    }
    // The room's light falls unevenly across the sheet.
    const double gx = rng.uniform(-0.25, 0.25);
    const double gy = rng.uniform(-0.25, 0.25);
    for (int y = 0; y < h; ++y) {
        float* row = v.ptr<float>(y);
        for (int x = 0; x < w; ++x) {
            row[x] *= float(look.ambient * (1 + gx * (x - w / 2.0) / w + gy * (y - h / 2.0) / h));
        }
    }
    cv::Mat a(h, w, CV_32F, cv::Scalar(1));
    std::array<cv::Point2d, 4> code{cv::Point2d(codeX, codeY), cv::Point2d(codeX + codePx, codeY),
                                    cv::Point2d(codeX + codePx, codeY + codePx), cv::Point2d(codeX, codeY + codePx)};
    const double q = quiet * ppm;
    std::array<cv::Point2d, 4> quietPts{code[0] + cv::Point2d(-q, -q), code[1] + cv::Point2d(q, -q), code[2] + cv::Point2d(q, q),
                                        code[3] + cv::Point2d(-q, q)};

    if (look.fold > 0 || look.curl > 0) {
        cv::Mat mapX(h, w, CV_32F);
        cv::Mat mapY(h, w, CV_32F);
        cv::Mat shade(h, w, CV_32F, cv::Scalar(1));
        if (look.fold > 0) {
            // The sheet folded along a line through the symbol: the far side is foreshortened by
            // cos(angle) across the crease and lit differently; the crease itself is a dark line.
            const cv::Point2d c = (code[0] + code[2]) * 0.5 + cv::Point2d(rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3)) * codePx;
            const double b = rng.uniform(0, kPi);
            const cv::Point2d nrm(std::cos(b), std::sin(b));
            const double k = std::cos(look.fold);
            const double sideShade = rng.chance(0.5) ? rng.uniform(0.7, 0.9) : rng.uniform(1.05, 1.15);
            const double creaseW = rng.uniform(1.0, 2.5);
            for (int y = 0; y < h; ++y) {
                for (int x = 0; x < w; ++x) {
                    const double d = (x - c.x) * nrm.x + (y - c.y) * nrm.y;
                    double sx = x;
                    double sy = y;
                    double s = 1 - 0.3 * std::exp(-(d * d) / (creaseW * creaseW));
                    if (d > 0) {
                        sx += nrm.x * (d / k - d);
                        sy += nrm.y * (d / k - d);
                        s *= sideShade;
                    }
                    mapX.at<float>(y, x) = float(sx);
                    mapY.at<float>(y, x) = float(sy);
                    shade.at<float>(y, x) = float(s);
                }
            }
            // The symbol's corners move with the far side (approximately: by their own distance).
            auto move = [&](cv::Point2d p) {
                const double d = (p.x - c.x) * nrm.x + (p.y - c.y) * nrm.y;
                return d > 0 ? p - nrm * (d - d * k) : p;
            };
            for (size_t i = 0; i < 4; ++i) {
                code[i] = move(code[i]);
                quietPts[i] = move(quietPts[i]);
            }
        } else {
            // Curled about a vertical axis: x on the page is arc length s, seen at R sin(s / R); depth
            // R (1 - cos(s / R)) makes the far parts look smaller vertically as well.
            const double radius = w * look.curl;
            const double cx = w / 2.0;
            const double cy = h / 2.0;
            const double dist = w * rng.uniform(2.5, 5);
            const double light = rng.uniform(-0.6, 0.6);
            for (int y = 0; y < h; ++y) {
                for (int x = 0; x < w; ++x) {
                    const double u = (x - cx) / radius;
                    double sx = -1;
                    double sy = -1;
                    double s = 1;
                    if (std::abs(u) < 0.999) {
                        const double arc = std::asin(u);
                        const double z = radius * (1 - std::cos(arc));
                        sx = cx + radius * arc;
                        sy = cy + (y - cy) * (1 + z / dist);
                        s = 0.72 + 0.28 * std::cos(arc - light);
                    }
                    mapX.at<float>(y, x) = float(sx);
                    mapY.at<float>(y, x) = float(sy);
                    shade.at<float>(y, x) = float(s);
                }
            }
            auto move = [&](cv::Point2d p) {
                const double arc = (p.x - cx) / radius;
                const double z = radius * (1 - std::cos(arc));
                return cv::Point2d(cx + radius * std::sin(arc), cy + (p.y - cy) / (1 + z / dist));
            };
            for (size_t i = 0; i < 4; ++i) {
                code[i] = move(code[i]);
                quietPts[i] = move(quietPts[i]);
            }
        }
        cv::Mat v2;
        cv::Mat a2;
        cv::remap(v, v2, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
        cv::remap(a, a2, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
        v = v2.mul(shade);
        a = a2;
    }
    Layer layer;
    layer.value = v.mul(a);
    layer.alpha = a;
    layer.code = code;
    layer.quiet = quietPts;
    layer.modules = n;
    layer.emissive = false;
    layer.text = text;
    return layer;
}

struct View {
    double moduleMin = 3;
    double moduleMax = 6;
    double tiltMin = 0;
    double tiltMax = 15 * kPi / 180;
    bool anyRoll = false;
    double bandDepth = 0.05;
    double fit = 0.85; // the quiet zone's share of the cell, at most
};

double quadArea(const std::array<cv::Point2d, 4>& q)
{
    double a = 0;
    for (size_t i = 0; i < 4; ++i) {
        a += q[i].x * q[(i + 1) % 4].y - q[(i + 1) % 4].x * q[i].y;
    }
    return std::abs(a) / 2;
}

// Places the layer in the cell of the 2x scene through a pinhole camera, composites it, and returns the
// phone's outline in scene pixels (for the hand behind it). False if it could not be placed.
bool place(cv::Mat& scene, const Layer& layer, cv::Rect2d cell, const View& view, Rng& rng, bool withHand, double ambient)
{
    const double pw = layer.value.cols * layer.sx;
    const double ph = layer.value.rows * layer.sy;
    auto phys = [&](cv::Point2d t) { return cv::Point3d(t.x * layer.sx - pw / 2, t.y * layer.sy - ph / 2, 0); };
    const double roll = view.anyRoll ? rng.uniform(-kPi, kPi) : rng.normal() * 12 * kPi / 180;
    const double tilt = rng.uniform(view.tiltMin, view.tiltMax);
    const double axisAngle = rng.uniform(0, 2 * kPi);
    const cv::Vec3d axis(std::cos(axisAngle), std::sin(axisAngle), 0);
    // Rodrigues by hand: R = I cos t + (1 - cos t) a a^T + sin t [a]x, then the in-plane roll.
    const double ct = std::cos(tilt);
    const double st = std::sin(tilt);
    cv::Matx33d rt(ct + axis[0] * axis[0] * (1 - ct), axis[0] * axis[1] * (1 - ct), axis[1] * st, axis[0] * axis[1] * (1 - ct),
                   ct + axis[1] * axis[1] * (1 - ct), -axis[0] * st, -axis[1] * st, axis[0] * st, ct);
    const cv::Matx33d rr(std::cos(roll), -std::sin(roll), 0, std::sin(roll), std::cos(roll), 0, 0, 0, 1);
    const cv::Matx33d r = rt * rr;
    const double distance = std::max(pw, ph) * rng.uniform(1.6, 3.0);
    auto project = [&](cv::Point2d t) {
        const cv::Point3d p = phys(t);
        const cv::Vec3d q = r * cv::Vec3d(p.x, p.y, p.z) + cv::Vec3d(0, 0, distance);
        return cv::Point2d(q[0] / q[2], q[1] / q[2]);
    };
    std::array<cv::Point2d, 4> code{};
    std::array<cv::Point2d, 4> quiet{};
    for (size_t i = 0; i < 4; ++i) {
        code[i] = project(layer.code[i]);
        quiet[i] = project(layer.quiet[i]);
    }
    // Scale so a module is the wanted size (in output pixels; the scene is at 2x), then shrink to fit.
    const double module = rng.uniform(view.moduleMin, view.moduleMax) * 2;
    double scale = module / (std::sqrt(quadArea(code)) / layer.modules);
    double minX = 1e18, maxX = -1e18, minY = 1e18, maxY = -1e18;
    for (const auto& p : quiet) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    scale = std::min({scale, cell.width * view.fit / (maxX - minX), cell.height * view.fit / (maxY - minY)});
    const double bw = (maxX - minX) * scale;
    const double bh = (maxY - minY) * scale;
    const double ox = cell.x + rng.uniform(0.04 * cell.width, std::max(0.04 * cell.width, cell.width * 0.96 - bw)) - minX * scale;
    const double oy = cell.y + rng.uniform(0.04 * cell.height, std::max(0.04 * cell.height, cell.height * 0.96 - bh)) - minY * scale;
    const int tw = layer.value.cols;
    const int th = layer.value.rows;
    std::array<cv::Point2d, 4> corners{cv::Point2d(0, 0), cv::Point2d(tw, 0), cv::Point2d(tw, th), cv::Point2d(0, th)};
    std::array<cv::Point2f, 4> src{};
    std::array<cv::Point2f, 4> dst{};
    double quadW = 0;
    for (size_t i = 0; i < 4; ++i) {
        const cv::Point2d p = project(corners[i]) * scale + cv::Point2d(ox, oy);
        dst[i] = cv::Point2f(float(p.x), float(p.y));
    }
    for (size_t i = 0; i < 4; ++i) {
        quadW = std::max(quadW, double(cv::norm(dst[i] - dst[(i + 1) % 4])));
    }
    // A texture far finer than the scene is pre-filtered to about two texels per scene pixel: enough to
    // keep a screen's stripes aliasing as a camera's sensor does, without sampling noise.
    cv::Mat value = layer.value;
    cv::Mat alpha = layer.alpha;
    double shrink = 1;
    const double texelsPerPixel = std::max(tw, th) / quadW;
    if (texelsPerPixel > 2.5) {
        shrink = 2.0 / texelsPerPixel;
        cv::resize(layer.value, value, cv::Size(), shrink, shrink, cv::INTER_AREA);
        cv::resize(layer.alpha, alpha, cv::Size(), shrink, shrink, cv::INTER_AREA);
    }
    for (size_t i = 0; i < 4; ++i) {
        src[i] = cv::Point2f(float(corners[i].x * shrink), float(corners[i].y * shrink));
    }
    // Exact corners: the shrunk texture's extent is rounded to whole texels.
    src[1].x = src[2].x = float(value.cols);
    src[2].y = src[3].y = float(value.rows);
    const cv::Mat homography = cv::getPerspectiveTransform(src.data(), dst.data());

    if (withHand) {
        // The hand holding the phone, behind it: palm at the lower edge, fingers along the sides.
        const cv::Point2d bl(dst[3]);
        const cv::Point2d br(dst[2]);
        const cv::Point2d mid = (bl + br) * 0.5;
        const double width = cv::norm(br - bl);
        const double deg = std::atan2(br.y - bl.y, br.x - bl.x) * 180 / kPi;
        const double skin = rng.uniform(0.3, 0.55) * ambient;
        cv::ellipse(scene, cv::RotatedRect(mid, cv::Size2f(float(width * 1.3), float(width * 0.9)), float(deg)), cv::Scalar(skin), cv::FILLED);
        for (const cv::Point2d side : {cv::Point2d(dst[0]) * 0.3 + bl * 0.7, cv::Point2d(dst[1]) * 0.3 + br * 0.7}) {
            cv::ellipse(scene, cv::RotatedRect(side, cv::Size2f(float(width * 0.25), float(width * 0.5)), float(deg)),
                        cv::Scalar(skin * 1.1), cv::FILLED);
        }
    }
    cv::Mat wv;
    cv::Mat wa;
    cv::warpPerspective(value, wv, homography, scene.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
    cv::warpPerspective(alpha, wa, homography, scene.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
    if (layer.emissive && view.bandDepth > 0) {
        // Refresh banding: the screen's PWM dimming against the rolling shutter, as bright and dark rows.
        const double period = rng.uniform(30, 160) * 2;
        const double phase = rng.uniform(0, 2 * kPi);
        for (int y = 0; y < wv.rows; ++y) {
            wv.row(y) *= 1 - view.bandDepth * (0.5 + 0.5 * std::sin(2 * kPi * y / period + phase));
        }
    }
    scene = scene.mul(1 - wa) + wv;
    return true;
}

cv::Mat background(cv::Size size, Rng& rng, double ambient)
{
    // A counter: grain along one direction, low-frequency stains, a few objects on it.
    const double refl = rng.uniform(0.15, 0.6);
    cv::Mat grain = smoothField(rng, size, 6, size.height / 6);
    cv::Mat stains = smoothField(rng, size, 8, 5);
    cv::Mat bg = refl * (1 + 0.12 * grain + 0.15 * stains);
    const int objects = rng.integer(1, 4);
    for (int i = 0; i < objects; ++i) {
        const cv::RotatedRect rect(cv::Point2f(float(rng.uniform(0, size.width)), float(rng.uniform(0, size.height))),
                                   cv::Size2f(float(size.width * rng.uniform(0.05, 0.35)), float(size.height * rng.uniform(0.03, 0.3))),
                                   float(rng.uniform(0, 180)));
        cv::Point2f pts[4];
        rect.points(pts);
        std::array<cv::Point, 4> ip{};
        for (size_t k = 0; k < 4; ++k) {
            ip[k] = cv::Point(int(pts[k].x), int(pts[k].y));
        }
        cv::fillConvexPoly(bg, ip.data(), 4, cv::Scalar(rng.uniform(0.05, 0.9)));
    }
    // Room light falling off across the counter.
    cv::Mat light = 1 + 0.3 * smoothField(rng, size, 2, 2);
    return bg.mul(light) * ambient;
}

struct Camera {
    double barrel = 0;
    double skew = 0;      // rolling shutter: horizontal shift per row, as a fraction of the row index
    double squash = 0;    // rolling shutter with vertical motion
    double vignette = 0.2;
    double sigma = 0.6;   // the lens at best focus
    double defocus = 0;   // disk radius, px
    double motion = 0;    // line length, px
    double motionAngle = 0;
    double overshoot = 1; // auto-exposure overshoot factor
    double gainMax = 8;
    double fullWell = 3000; // electrons at digital white
    double readNoise = 3;   // electrons
    double bloom = 0;
    double sharpen = 0;
    int jpeg = 70;
};

cv::Mat lineKernel(double length, double angle)
{
    const int size = int(std::ceil(length)) | 1;
    cv::Mat k(size + 2, size + 2, CV_32F, cv::Scalar(0));
    const double c = (size + 1) / 2.0;
    const int steps = int(length * 8) + 1;
    for (int i = 0; i < steps; ++i) {
        const double t = (double(i) / std::max(1, steps - 1) - 0.5) * length;
        const double x = c + t * std::cos(angle);
        const double y = c + t * std::sin(angle);
        const int x0 = int(std::floor(x));
        const int y0 = int(std::floor(y));
        const double fx = x - x0;
        const double fy = y - y0;
        k.at<float>(y0, x0) += float((1 - fx) * (1 - fy));
        k.at<float>(y0, x0 + 1) += float(fx * (1 - fy));
        k.at<float>(y0 + 1, x0) += float((1 - fx) * fy);
        k.at<float>(y0 + 1, x0 + 1) += float(fx * fy);
    }
    return k / cv::sum(k)[0];
}

cv::Mat diskKernel(double radius)
{
    const int half = int(std::ceil(radius));
    cv::Mat k(2 * half + 1, 2 * half + 1, CV_32F, cv::Scalar(0));
    for (int y = 0; y < k.rows; ++y) {
        for (int x = 0; x < k.cols; ++x) {
            int inside = 0;
            for (int sy = 0; sy < 4; ++sy) {
                for (int sx = 0; sx < 4; ++sx) {
                    const double dx = x - half + (sx + 0.5) / 4 - 0.5;
                    const double dy = y - half + (sy + 0.5) / 4 - 0.5;
                    inside += dx * dx + dy * dy <= radius * radius ? 1 : 0;
                }
            }
            k.at<float>(y, x) = float(inside);
        }
    }
    return k / cv::sum(k)[0];
}

cv::Mat shoot(const cv::Mat& scene2x, const Camera& cam, Rng& rng, cv::Size out)
{
    // Optics first (they act on the light, at scene resolution): barrel distortion and the rolling
    // shutter's skew as one remap.
    cv::Mat mapX(scene2x.size(), CV_32F);
    cv::Mat mapY(scene2x.size(), CV_32F);
    const double cx = scene2x.cols / 2.0;
    const double cy = scene2x.rows / 2.0;
    const double norm = std::hypot(cx, cy);
    for (int y = 0; y < scene2x.rows; ++y) {
        float* mx = mapX.ptr<float>(y);
        float* my = mapY.ptr<float>(y);
        for (int x = 0; x < scene2x.cols; ++x) {
            const double dx = (x - cx) / norm;
            const double dy = (y - cy) / norm;
            const double f = 1 + cam.barrel * (dx * dx + dy * dy);
            mx[x] = float(cx + (x - cx) * f + cam.skew * (y - cy));
            my[x] = float(cy + (y - cy) * f * (1 + cam.squash));
        }
    }
    cv::Mat warped;
    cv::remap(scene2x, warped, mapX, mapY, cv::INTER_LINEAR, cv::BORDER_REFLECT);
    cv::Mat img;
    cv::resize(warped, img, out, 0, 0, cv::INTER_AREA);
    cv::GaussianBlur(img, img, cv::Size(0, 0), cam.sigma);
    if (cam.defocus > 0.3) {
        cv::filter2D(img, img, -1, diskKernel(cam.defocus), cv::Point(-1, -1), 0, cv::BORDER_REFLECT);
    }
    if (cam.motion > 1) {
        cv::filter2D(img, img, -1, lineKernel(cam.motion, cam.motionAngle), cv::Point(-1, -1), 0, cv::BORDER_REFLECT);
    }
    const double ocx = out.width / 2.0;
    const double ocy = out.height / 2.0;
    const double onorm = std::hypot(ocx, ocy);
    for (int y = 0; y < img.rows; ++y) {
        float* row = img.ptr<float>(y);
        for (int x = 0; x < img.cols; ++x) {
            const double dx = (x - ocx) / onorm;
            const double dy = (y - ocy) / onorm;
            row[x] *= float(1 - cam.vignette * (dx * dx + dy * dy));
        }
    }
    // Auto-exposure aims the frame's mean at mid-grey (18 % in linear light), within the gain it has.
    const double mean = std::max(1e-4, cv::mean(img)[0]);
    const double gain = std::clamp(0.18 / mean, 0.25, cam.gainMax) * cam.overshoot;
    img *= gain;
    if (cam.bloom > 0) {
        cv::Mat excess;
        cv::max(img - 1.0, 0.0, excess);
        cv::GaussianBlur(excess, excess, cv::Size(0, 0), 2.5);
        img += cam.bloom * excess;
    }
    // Sensor: shot noise (Poisson, as a normal of variance N electrons) and read noise; clip; tone curve.
    std::array<uchar, 4096> lut{};
    for (size_t i = 0; i < lut.size(); ++i) {
        lut[i] = uchar(std::lround(255.0 * std::pow(double(i) / 4095.0, 1 / 2.2)));
    }
    cv::Mat gray(out, CV_8U);
    for (int y = 0; y < img.rows; ++y) {
        const float* row = img.ptr<float>(y);
        uchar* g = gray.ptr<uchar>(y);
        for (int x = 0; x < img.cols; ++x) {
            const double e = std::max(0.0, double(row[x])) * cam.fullWell;
            const double noisy = e + std::sqrt(e) * rng.normal() + cam.readNoise * rng.normal();
            const double v = std::clamp(noisy / cam.fullWell, 0.0, 1.0);
            g[x] = lut[size_t(v * 4095 + 0.5)];
        }
    }
    if (cam.sharpen > 0) {
        cv::Mat soft;
        cv::GaussianBlur(gray, soft, cv::Size(0, 0), 1.2);
        cv::addWeighted(gray, 1 + cam.sharpen, soft, -cam.sharpen, 0, gray);
    }
    // The webcam's MJPEG, last for every frame.
    std::vector<uchar> jpeg;
    cv::imencode(".jpg", gray, jpeg, {cv::IMWRITE_JPEG_QUALITY, cam.jpeg});
    return cv::imdecode(jpeg, cv::IMREAD_GRAYSCALE);
}

} // namespace

WebcamScene::WebcamScene(QStringList payloads) : m_payloads(std::move(payloads))
{
    if (m_payloads.isEmpty()) {
        throw std::runtime_error("WebcamScene needs at least one payload");
    }
    for (const QString& p : m_payloads) {
        m_symbols.push_back(encodeSymbol(p));
    }
}

WebcamScene WebcamScene::fromDirectory(const QString& certificatesDir)
{
    const QDir dir(certificatesDir);
    QStringList payloads;
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("cannot read " + f.fileName().toStdString());
        }
        const QString text = QString::fromLatin1(f.readAll()).trimmed();
        if (text.startsWith(QLatin1String("HC1:")) || text.startsWith(QLatin1String("shc:/"))) {
            payloads << text;
        }
    }
    return WebcamScene(payloads);
}

QList<SceneClass> WebcamScene::allClasses()
{
    return {SceneClass::Clean,    SceneClass::Tilted,   SceneClass::Motion,   SceneClass::Far,
            SceneClass::Glare,    SceneClass::LowLight, SceneClass::Inverted, SceneClass::Multiple,
            SceneClass::Occluded, SceneClass::Paper,    SceneClass::Moire,    SceneClass::Empty};
}

QString WebcamScene::toString(SceneClass c)
{
    switch (c) {
    case SceneClass::Clean: return QStringLiteral("clean");
    case SceneClass::Tilted: return QStringLiteral("tilted");
    case SceneClass::Motion: return QStringLiteral("motion");
    case SceneClass::Far: return QStringLiteral("far");
    case SceneClass::Glare: return QStringLiteral("glare");
    case SceneClass::LowLight: return QStringLiteral("lowlight");
    case SceneClass::Inverted: return QStringLiteral("inverted");
    case SceneClass::Multiple: return QStringLiteral("multiple");
    case SceneClass::Occluded: return QStringLiteral("occluded");
    case SceneClass::Paper: return QStringLiteral("paper");
    case SceneClass::Moire: return QStringLiteral("moire");
    case SceneClass::Empty: return QStringLiteral("empty");
    }
    return QStringLiteral("?");
}

SceneFrame WebcamScene::frame(SceneClass sceneClass, int width, int height, uint64_t seed) const
{
    std::seed_seq seq{uint32_t(seed), uint32_t(seed >> 32), uint32_t(sceneClass), uint32_t(width), uint32_t(height), 0x5ce9e2u};
    Rng rng(seq);
    const cv::Size out(width, height);
    const cv::Size big(width * 2, height * 2);

    // Defaults: an ordinary counter with a cheap webcam; each class changes a few of them.
    double ambient = 1.0;
    Look look;
    look.emission = rng.uniform(0.9, 2.0);
    look.darkUi = rng.chance(0.2);
    View view;
    view.bandDepth = rng.chance(0.5) ? rng.uniform(0.02, 0.12) : 0;
    Camera cam;
    cam.barrel = rng.uniform(0.0, 0.12);
    cam.skew = rng.uniform(-0.01, 0.01);
    cam.vignette = rng.uniform(0.1, 0.45);
    cam.sigma = rng.uniform(0.45, 0.8);
    cam.fullWell = rng.uniform(1500, 5000);
    cam.readNoise = rng.uniform(2, 5);
    cam.overshoot = rng.chance(0.1) ? rng.uniform(1.2, 1.6) : 1.0;
    cam.sharpen = rng.chance(0.6) ? rng.uniform(0.2, 0.7) : 0;
    cam.jpeg = rng.integer(55, 75);
    double paperChance = 0.2;
    int objects = 1;

    switch (sceneClass) {
    case SceneClass::Clean:
        cam.barrel = rng.uniform(0.0, 0.04);
        cam.jpeg = rng.integer(60, 75);
        break;
    case SceneClass::Tilted:
        view.tiltMin = 25 * kPi / 180;
        view.tiltMax = 45 * kPi / 180;
        view.anyRoll = true;
        view.moduleMin = 3;
        view.moduleMax = 5.5;
        cam.jpeg = rng.integer(50, 75);
        break;
    case SceneClass::Motion:
        view.moduleMin = 3.5;
        view.moduleMax = 6;
        view.tiltMax = 20 * kPi / 180;
        cam.motion = rng.uniform(2, 7);
        cam.motionAngle = rng.uniform(0, kPi);
        cam.skew = rng.uniform(-0.06, 0.06);
        cam.squash = rng.uniform(-0.03, 0.03);
        cam.jpeg = rng.integer(45, 70);
        break;
    case SceneClass::Far:
        view.moduleMin = 1.5;
        view.moduleMax = 2.0;
        cam.sigma = rng.uniform(0.4, 0.55);
        cam.jpeg = rng.integer(60, 75);
        break;
    case SceneClass::Glare:
        view.tiltMax = 25 * kPi / 180;
        look.glarePatches = rng.integer(1, 3);
        look.glarePeak = look.emission * rng.uniform(0.4, 2.0);
        cam.overshoot = rng.uniform(1.0, 1.6);
        cam.bloom = rng.uniform(0.1, 0.5);
        paperChance = 0;
        cam.jpeg = rng.integer(50, 75);
        break;
    case SceneClass::LowLight:
        ambient = rng.uniform(0.03, 0.15);
        look.emission = rng.uniform(0.3, 1.0);
        paperChance = 0.35;
        cam.gainMax = rng.uniform(6, 12);
        cam.fullWell = rng.uniform(80, 300);
        cam.readNoise = rng.uniform(3, 6);
        cam.overshoot = rng.uniform(1.0, 1.8);
        cam.bloom = rng.uniform(0.2, 0.6);
        cam.defocus = rng.chance(0.5) ? rng.uniform(0.5, 1.5) : 0;
        cam.jpeg = rng.integer(40, 65);
        break;
    case SceneClass::Inverted:
        look.darkUi = true;
        look.inverted = true;
        view.tiltMax = 25 * kPi / 180;
        paperChance = 0;
        cam.jpeg = rng.integer(50, 75);
        break;
    case SceneClass::Multiple:
        objects = width >= 1000 ? rng.integer(2, 3) : 2;
        view.moduleMin = 2.2;
        view.moduleMax = 4;
        view.tiltMax = 25 * kPi / 180;
        view.fit = 0.72; // a phone's body is wider than its code: keep it off the neighbour's code
        paperChance = 0.35;
        break;
    case SceneClass::Occluded:
        look.finger = rng.chance(0.65);
        look.crack = !look.finger || rng.chance(0.3);
        view.tiltMax = 20 * kPi / 180;
        paperChance = 0;
        break;
    case SceneClass::Paper:
        paperChance = 1;
        if (rng.chance(0.5)) {
            look.fold = rng.uniform(10, 35) * kPi / 180;
        } else {
            look.curl = rng.uniform(0.8, 1.6);
        }
        view.tiltMax = 30 * kPi / 180;
        cam.jpeg = rng.integer(50, 75);
        break;
    case SceneClass::Moire:
        view.moduleMin = 5;
        view.moduleMax = 9;
        view.bandDepth = rng.uniform(0.15, 0.35);
        paperChance = 0;
        cam.sigma = rng.uniform(0.4, 0.55);
        break;
    case SceneClass::Empty:
        paperChance = 0.3;
        break;
    }
    look.ambient = ambient;

    cv::Mat scene = background(big, rng, ambient);
    SceneFrame result;
    result.sceneClass = sceneClass;
    result.seed = seed;
    const bool noObject = sceneClass == SceneClass::Empty && rng.chance(0.3);
    const int firstPayload = rng.integer(0, int(m_payloads.size()) - 1);
    for (int i = 0; i < (noObject ? 0 : objects); ++i) {
        const int index = (firstPayload + i) % int(m_payloads.size());
        const cv::Mat* symbol = sceneClass == SceneClass::Empty ? nullptr : &m_symbols[size_t(index)];
        const QString text = symbol != nullptr ? m_payloads[index] : QString();
        const int n = symbol != nullptr ? symbol->cols : 57;
        // A phone shows the symbol about 4 cm wide at 400 ppi; a close-up moire frame needs about one
        // screen pixel per camera pixel.
        look.screenPxPerModule = std::clamp(int(std::lround(600.0 / n)), 3, 12);
        if (sceneClass == SceneClass::Moire) {
            look.screenPxPerModule = std::clamp(int(std::lround(rng.uniform(view.moduleMin, view.moduleMax) / rng.uniform(0.7, 1.3))), 3, 12);
        }
        const bool paper = rng.chance(paperChance);
        const Layer layer = paper ? paperLayer(symbol, text, look, rng) : phoneLayer(symbol, text, look, rng);
        const double cellW = double(big.width) / objects;
        const cv::Rect2d cell(cellW * i, 0, cellW, big.height);
        place(scene, layer, cell, view, rng, !paper && rng.chance(0.7), ambient);
        if (!text.isEmpty()) {
            result.texts << text;
        }
    }
    result.gray = shoot(scene, cam, rng, out);
    return result;
}

QList<SceneFrame> WebcamScene::generate(int width, int height, int perKind, uint64_t seedOffset) const
{
    QList<SceneFrame> frames;
    for (SceneClass c : allClasses()) {
        for (int i = 1; i <= perKind; ++i) {
            frames.append(frame(c, width, height, seedOffset + uint64_t(i)));
        }
    }
    return frames;
}

} // namespace passdesk::test

// Decode benchmark over a generated webcam-like corpus: success rate per degradation and overall,
// median and p95 decode time with a code present and on empty frames, for PassDesk's QrDecoder beside
// plain ZXing-C++ (default options) and zbar on the same frames.
//
//   build/dev/tests/bench/passdesk_bench_decode [--generator corpus|scene] [--per-kind N]
//                                               [--decoder passdesk,stream,zxing,zbar] [--size WxH]
//                                               [--seed-offset N] [--failures [--dump DIR]] [--bursts K]
//   build/dev/tests/bench/passdesk_bench_decode --photos DIR[,DIR...] [--decoder ...]
//
// --generator corpus (the default) is tests/support/FrameCorpus; --generator scene is the second,
// independently written tests/support/WebcamScene (its classes are its own; seeds 1-50 tune,
// 1001-1050, i.e. --seed-offset 1000, are held out).
// --seed-offset N draws seeds N+1..N+perKind instead of 1..perKind: a second, unseen sample of the
// same corpus, to check that a change generalises. --failures lists each frame that was not read.
//
// --decoder stream is scan::StreamDecoder with its default per-frame budget (30 ms with something
// code-like in view, 10 ms without), a fresh one per frame: what one frame alone gets within the budget.
// --bursts K makes each generated frame a burst of K frames of one held-up phone (test::FrameBurst:
// tremor, fresh sensor noise, MJPEG again) and reports, per decoder, how many bursts were read, the
// time to first read and the per-frame time. The stream decoder is one per burst, as a camera has one.
// Time to first read models a 30 fps camera: a frame is decoded when it has arrived and the previous
// decode has finished, and the time runs from the first frame's arrival to the end of the decode that
// read every code of the frame.
//
// --photos decodes every image (.png, .jpg, .jpeg) under the folders, as files are decoded (QrDecoder,
// not the stream decoder): per folder, how many images each decoder read a code in, and the images
// where a free decoder read a code PassDesk did not, by name.
//
// Runs single-threaded. Prints one table per decoder and frame size.
// zbar's C++ header first: ZXing-C++ 1.4 defines a macro named UnsupportedError that breaks it.
#include <zbar.h>

#include "scan/ImageLoader.h"
#include "scan/QrDecoder.h"
#include "scan/StreamDecoder.h"
#include "support/FrameBurst.h"
#include "support/FrameCorpus.h"
#include "support/WebcamScene.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QSet>
#include <QSize>
#include <QTextStream>

#include <ZXing/ReadBarcode.h>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <memory>

using namespace passdesk;
using passdesk::test::CorpusFrame;
using passdesk::test::Degradation;

namespace {

// A frame from either generator; kinds keep the generator's own order in the tables.
struct BenchFrame {
    cv::Mat gray;
    QStringList texts;
    int kind = 0;
    uint64_t seed = 0;
};

using Decoder = std::function<QStringList(const cv::Mat&)>;

QString g_dumpDir; ///< --dump: where --failures writes the frames not read, as PNG

QStringList passdeskDecode(const cv::Mat& gray)
{
    static const scan::QrDecoder decoder;
    QStringList out;
    for (const auto& c : decoder.decode(gray)) {
        out << c.text;
    }
    return out;
}

QStringList streamDecode(scan::StreamDecoder& decoder, const cv::Mat& gray)
{
    QStringList out;
    for (const auto& c : decoder.decode(gray)) {
        out << c.text;
    }
    return out;
}

// ZXing-C++ with its default options. Its reads in 1D formats are left out: a certificate is a QR or
// an Aztec code (EU DCC: either; SMART Health Cards: QR), and on a QR code's texture the 1D readers
// now and then "find" a few characters ("4-7"), which no verifier should count as a read.
QStringList zxingDefault(const cv::Mat& gray)
{
    const ZXing::ImageView view(gray.data, gray.cols, gray.rows, ZXing::ImageFormat::Lum, int(gray.step[0]));
    QStringList out;
    for (const auto& r : ZXing::ReadBarcodes(view, ZXing::DecodeHints())) {
        if (r.isValid() && (r.format() == ZXing::BarcodeFormat::QRCode || r.format() == ZXing::BarcodeFormat::Aztec)) {
            out << QString::fromStdWString(r.text());
        }
    }
    return out;
}

QStringList zbarDecode(const cv::Mat& gray)
{
    zbar::ImageScanner scanner;
    scanner.set_config(zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 0);
    scanner.set_config(zbar::ZBAR_QRCODE, zbar::ZBAR_CFG_ENABLE, 1);
    cv::Mat contiguous = gray.isContinuous() ? gray : gray.clone();
    zbar::Image image(unsigned(contiguous.cols), unsigned(contiguous.rows), "Y800", contiguous.data,
                      unsigned(contiguous.total()));
    scanner.scan(image);
    QStringList out;
    for (auto s = image.symbol_begin(); s != image.symbol_end(); ++s) {
        out << QString::fromStdString(s->get_data());
    }
    image.set_data(nullptr, 0);
    return out;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// Whether each frame holding codes was read in full, in frame order.
std::vector<bool> run(QTextStream& out, const QString& name, const Decoder& decode, const QList<BenchFrame>& frames,
                      const QStringList& kindNames, int w, int h, bool listFailures)
{
    std::vector<bool> read;
    std::map<int, std::pair<int, int>> perKind; // ok, total
    std::vector<double> codeMs;
    std::vector<double> emptyMs;
    int falsePositives = 0;
    int ok = 0;
    int total = 0;
    for (const BenchFrame& f : frames) {
        const auto t0 = std::chrono::steady_clock::now();
        const QStringList got = decode(f.gray);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        if (f.texts.isEmpty()) {
            emptyMs.push_back(ms);
            falsePositives += got.isEmpty() ? 0 : 1;
            if (!got.isEmpty() && listFailures) {
                out << "  false code: seed " << f.seed << "\n";
            }
            continue;
        }
        codeMs.push_back(ms);
        const QSet<QString> found(got.cbegin(), got.cend());
        const bool success = std::all_of(f.texts.cbegin(), f.texts.cend(), [&](const QString& t) { return found.contains(t); });
        if (!success && listFailures) {
            out << "  failed: " << kindNames.value(f.kind) << " seed " << f.seed << "\n";
            if (!g_dumpDir.isEmpty()) {
                cv::imwrite(QStringLiteral("%1/%2-%3-%4x%5-seed%6.png").arg(g_dumpDir, name, kindNames.value(f.kind)).arg(w).arg(h).arg(f.seed).toStdString(), f.gray);
            }
        }
        auto& k = perKind[f.kind];
        k.first += success ? 1 : 0;
        k.second += 1;
        read.push_back(success);
        ok += success ? 1 : 0;
        ++total;
    }
    out << "\n" << name << " " << w << "x" << h << "\n";
    for (const auto& [d, counts] : perKind) {
        out << QStringLiteral("  %1 %2/%3  %4 %\n")
                   .arg(kindNames.value(d), -10)
                   .arg(counts.first, 3)
                   .arg(counts.second)
                   .arg(100.0 * counts.first / counts.second, 5, 'f', 1);
    }
    out << QStringLiteral("  overall    %1/%2  %3 %\n").arg(ok).arg(total).arg(100.0 * ok / std::max(1, total), 5, 'f', 1);
    out << QStringLiteral("  code present: median %1 ms, p95 %2 ms\n").arg(percentile(codeMs, 0.5), 0, 'f', 1).arg(percentile(codeMs, 0.95), 0, 'f', 1);
    out << QStringLiteral("  empty frame:  median %1 ms, p95 %2 ms, false codes %3\n")
               .arg(percentile(emptyMs, 0.5), 0, 'f', 1)
               .arg(percentile(emptyMs, 0.95), 0, 'f', 1)
               .arg(falsePositives);
    out.flush();
    return read;
}

// One decoder's figures over bursts.
struct BurstFigures
{
    std::map<int, std::pair<int, int>> perKind; // bursts read, bursts
    std::vector<double> firstReadMs;
    std::vector<double> framesToRead;
    std::vector<double> codeFrameMs;
    std::vector<double> emptyFrameMs;
    std::vector<bool> read; // per burst with codes, in order
    int falseCodes = 0;
    std::vector<double> readMs, searchMs; // the stream decoder's whole-frame read and region search
    /// The stream decoder's frames over its budget: what their time went on (sums), and how many ran
    /// work that did not fit (forced).
    struct Over
    {
        int frames = 0, of = 0, forced = 0, withRegions = 0;
        double read = 0, search = 0, zbar = 0, rescue = 0;
    };
    Over overCode, overEmpty; // over 30 ms with a code, over 10 ms without
    /// The stream decoder's empty frames: with nothing code-like in view, and with code-like regions
    /// (a phone or paper showing no code), which get the rescue cascade until every step has failed.
    std::vector<double> emptyBareMs, emptyRegionMs;
};

// Runs one decoder over one burst; `decode` is made fresh for the burst.
void runBurst(BurstFigures& fig, const Decoder& decode, const std::vector<cv::Mat>& burst, const BenchFrame& f)
{
    constexpr double kFrameInterval = 1000.0 / 30;
    double clock = 0;
    bool done = false;
    for (size_t i = 0; i < burst.size(); ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const QStringList got = decode(burst[i]);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        clock = std::max(clock, double(i) * kFrameInterval) + ms;
        if (f.texts.isEmpty()) {
            fig.emptyFrameMs.push_back(ms);
            fig.falseCodes += got.isEmpty() ? 0 : 1;
            continue;
        }
        fig.codeFrameMs.push_back(ms);
        const QSet<QString> found(got.cbegin(), got.cend());
        if (!done && std::all_of(f.texts.cbegin(), f.texts.cend(), [&](const QString& t) { return found.contains(t); })) {
            done = true;
            fig.firstReadMs.push_back(clock);
            fig.framesToRead.push_back(double(i + 1));
        }
    }
    if (!f.texts.isEmpty()) {
        auto& k = fig.perKind[f.kind];
        k.first += done ? 1 : 0;
        k.second += 1;
        fig.read.push_back(done);
    }
}

void printBursts(QTextStream& out, const QString& name, const BurstFigures& fig, const QStringList& kindNames, int w, int h, int k)
{
    out << "\n" << name << " " << w << "x" << h << ", bursts of " << k << " frames\n";
    int ok = 0;
    int total = 0;
    for (const auto& [d, counts] : fig.perKind) {
        out << QStringLiteral("  %1 %2/%3  %4 %\n")
                   .arg(kindNames.value(d), -10)
                   .arg(counts.first, 3)
                   .arg(counts.second)
                   .arg(100.0 * counts.first / counts.second, 5, 'f', 1);
        ok += counts.first;
        total += counts.second;
    }
    out << QStringLiteral("  overall    %1/%2  %3 % of bursts read\n").arg(ok).arg(total).arg(100.0 * ok / std::max(1, total), 5, 'f', 1);
    out << QStringLiteral("  time to first read: median %1 ms, p95 %2 ms (frames: median %3, p95 %4)\n")
               .arg(percentile(fig.firstReadMs, 0.5), 0, 'f', 1)
               .arg(percentile(fig.firstReadMs, 0.95), 0, 'f', 1)
               .arg(percentile(fig.framesToRead, 0.5), 0, 'f', 0)
               .arg(percentile(fig.framesToRead, 0.95), 0, 'f', 0);
    out << QStringLiteral("  per frame, code present: median %1 ms, p95 %2 ms\n")
               .arg(percentile(fig.codeFrameMs, 0.5), 0, 'f', 1)
               .arg(percentile(fig.codeFrameMs, 0.95), 0, 'f', 1);
    out << QStringLiteral("  per frame, empty:        median %1 ms, p95 %2 ms, false codes %3\n")
               .arg(percentile(fig.emptyFrameMs, 0.5), 0, 'f', 1)
               .arg(percentile(fig.emptyFrameMs, 0.95), 0, 'f', 1)
               .arg(fig.falseCodes);
    if (!fig.readMs.empty()) {
        out << QStringLiteral("  of which whole-frame read: median %1 ms, p95 %2 ms; region search: median %3 ms, p95 %4 ms\n")
                   .arg(percentile(fig.readMs, 0.5), 0, 'f', 1)
                   .arg(percentile(fig.readMs, 0.95), 0, 'f', 1)
                   .arg(percentile(fig.searchMs, 0.5), 0, 'f', 1)
                   .arg(percentile(fig.searchMs, 0.95), 0, 'f', 1);
        out << QStringLiteral("  empty frames, nothing code-like in view: %1 frames, median %2 ms, p95 %3 ms; with code-like regions: %4 frames, median %5 ms, p95 %6 ms\n")
                   .arg(fig.emptyBareMs.size())
                   .arg(percentile(fig.emptyBareMs, 0.5), 0, 'f', 1)
                   .arg(percentile(fig.emptyBareMs, 0.95), 0, 'f', 1)
                   .arg(fig.emptyRegionMs.size())
                   .arg(percentile(fig.emptyRegionMs, 0.5), 0, 'f', 1)
                   .arg(percentile(fig.emptyRegionMs, 0.95), 0, 'f', 1);
        for (const auto& [label, o] : {std::pair{"frames with a code over 30 ms", fig.overCode}, std::pair{"empty frames over 10 ms", fig.overEmpty}}) {
            const double n = std::max(1, o.frames);
            out << QStringLiteral("  %1: %2 of %3 (%4 with regions, %5 ran forced work); on average read %6, search %7, zbar %8, rescue %9 ms\n")
                       .arg(QLatin1String(label))
                       .arg(o.frames)
                       .arg(o.of)
                       .arg(o.withRegions)
                       .arg(o.forced)
                       .arg(o.read / n, 0, 'f', 1)
                       .arg(o.search / n, 0, 'f', 1)
                       .arg(o.zbar / n, 0, 'f', 1)
                       .arg(o.rescue / n, 0, 'f', 1);
        }
    }
    out.flush();
}

// The --photos mode: real images, each decoded once by every decoder.
int runPhotos(QTextStream& out, const QStringList& dirs, QStringList decoders, const std::map<QString, Decoder>& all)
{
    decoders.removeAll(QStringLiteral("stream")); // files are decoded whole, not as a stream
    int missedTotal = 0;
    for (const QString& dir : dirs) {
        QStringList files;
        QDirIterator it(dir, {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next();
        }
        files.sort();
        std::map<QString, int> readCount;
        std::map<QString, std::vector<double>> ms;
        QStringList missed;
        int unreadable = 0;
        for (const QString& file : files) {
            const auto gray = scan::ImageLoader::loadGray(file);
            if (!gray) {
                ++unreadable;
                continue;
            }
            std::map<QString, QSet<QString>> got;
            for (const QString& d : decoders) {
                const auto t0 = std::chrono::steady_clock::now();
                const QStringList texts = all.at(d)(*gray);
                ms[d].push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
                got[d] = QSet<QString>(texts.cbegin(), texts.cend());
                readCount[d] += texts.isEmpty() ? 0 : 1;
            }
            if (got.count(QStringLiteral("passdesk")) != 0) {
                for (const auto& [d, texts] : got) {
                    if (d != QLatin1String("passdesk") && !got[QStringLiteral("passdesk")].contains(texts)) {
                        QStringList only;
                        for (const QString& t : texts - got[QStringLiteral("passdesk")]) {
                            only << (t.size() > 40 ? t.left(40) + QStringLiteral("... (%1 chars)").arg(t.size()) : t);
                        }
                        missed << QStringLiteral("%1 (%2 read %3)").arg(file, d, only.join(QStringLiteral(", ")));
                    }
                }
            }
        }
        out << "\nphotos in " << dir << ": " << files.size() << " images" << (unreadable ? QStringLiteral(", %1 unreadable").arg(unreadable) : QString()) << "\n";
        for (const QString& d : decoders) {
            out << QStringLiteral("  %1 read a code in %2 of %3 (median %4 ms, p95 %5 ms)\n")
                       .arg(d, -9)
                       .arg(readCount[d], 3)
                       .arg(files.size() - unreadable)
                       .arg(percentile(ms[d], 0.5), 0, 'f', 1)
                       .arg(percentile(ms[d], 0.95), 0, 'f', 1);
        }
        out << "  peer read, passdesk missed: " << missed.size() << "\n";
        for (const QString& m : missed) {
            out << "    " << m << "\n";
        }
        missedTotal += int(missed.size());
        out.flush();
    }
    return missedTotal == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int perKind = 40;
    QStringList decoders{QStringLiteral("passdesk"), QStringLiteral("stream"), QStringLiteral("zxing"), QStringLiteral("zbar")};
    QList<QSize> sizes{{1280, 720}, {640, 480}};
    uint64_t seedOffset = 0;
    bool listFailures = false;
    int bursts = 0;
    QString generator = QStringLiteral("corpus");
    QStringList photos;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--per-kind") && i + 1 < args.size()) {
            perKind = args[++i].toInt();
        } else if (args[i] == QLatin1String("--decoder") && i + 1 < args.size()) {
            decoders = args[++i].split(QLatin1Char(','));
        } else if (args[i] == QLatin1String("--size") && i + 1 < args.size()) {
            const QStringList wh = args[++i].split(QLatin1Char('x'));
            sizes = {QSize(wh.value(0).toInt(), wh.value(1).toInt())};
        } else if (args[i] == QLatin1String("--seed-offset") && i + 1 < args.size()) {
            seedOffset = args[++i].toULongLong();
        } else if (args[i] == QLatin1String("--generator") && i + 1 < args.size()) {
            generator = args[++i];
        } else if (args[i] == QLatin1String("--failures")) {
            listFailures = true;
        } else if (args[i] == QLatin1String("--bursts") && i + 1 < args.size()) {
            bursts = args[++i].toInt();
        } else if (args[i] == QLatin1String("--dump") && i + 1 < args.size()) {
            g_dumpDir = args[++i];
        } else if (args[i] == QLatin1String("--photos") && i + 1 < args.size()) {
            photos = args[++i].split(QLatin1Char(','));
        } else {
            QTextStream(stderr) << "usage: passdesk_bench_decode [--generator corpus|scene] [--per-kind N] [--decoder passdesk,stream,zxing,zbar] [--size WxH] [--seed-offset N] [--failures] [--bursts K] | --photos DIR[,DIR...]\n";
            return 2;
        }
    }
    if (generator != QLatin1String("corpus") && generator != QLatin1String("scene")) {
        QTextStream(stderr) << "unknown generator " << generator << "\n";
        return 2;
    }
    const bool scene = generator == QLatin1String("scene");
    QStringList kindNames;
    if (scene) {
        for (const auto c : test::WebcamScene::allClasses()) {
            kindNames << test::WebcamScene::toString(c);
        }
    } else {
        for (Degradation d : test::allDegradations()) {
            kindNames << test::toString(d);
        }
    }
    const std::map<QString, Decoder> all{{QStringLiteral("passdesk"), passdeskDecode},
                                         {QStringLiteral("stream"),
                                          [](const cv::Mat& gray) {
                                              scan::StreamDecoder fresh;
                                              return streamDecode(fresh, gray);
                                          }},
                                         {QStringLiteral("zxing"), zxingDefault},
                                         {QStringLiteral("zbar"), zbarDecode}};
    QTextStream out(stdout);
    if (!photos.isEmpty()) {
        return runPhotos(out, photos, decoders, all);
    }
    out << "decode benchmark (" << generator << " generator): " << perKind << " frames per degradation and size (seeds " << seedOffset + 1 << ".."
        << seedOffset + uint64_t(perKind) << "), single thread\n";
    for (const QSize& size : sizes) {
        QList<BenchFrame> frames;
        if (scene) {
            const auto webcam = test::WebcamScene::fromDirectory(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/demo/certificates"));
            const auto classes = test::WebcamScene::allClasses();
            for (const auto& f : webcam.generate(size.width(), size.height(), perKind, seedOffset)) {
                frames.append(BenchFrame{f.gray, f.texts, int(classes.indexOf(f.sceneClass)), f.seed});
            }
        } else {
            const auto corpus = test::FrameCorpus::fromDemo(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/demo"));
            const auto degradations = test::allDegradations();
            for (int k = 0; k < int(degradations.size()); ++k) {
                for (int i = 1; i <= perKind; ++i) {
                    const CorpusFrame f = corpus.frame(degradations[k], size.width(), size.height(), seedOffset + uint64_t(i));
                    frames.append(BenchFrame{f.gray, f.texts, k, f.seed});
                }
            }
        }
        for (const QString& d : decoders) {
            if (all.count(d) == 0) {
                QTextStream(stderr) << "unknown decoder " << d << "\n";
                return 2;
            }
        }
        std::map<QString, std::vector<bool>> results;
        if (bursts > 0) {
            std::map<QString, BurstFigures> figures;
            for (const BenchFrame& f : frames) {
                const std::vector<cv::Mat> burst = test::FrameBurst::of(f.gray, bursts, f.seed * 64 + uint64_t(f.kind));
                for (const QString& d : decoders) {
                    if (d == QLatin1String("stream")) {
                        auto decoder = std::make_shared<scan::StreamDecoder>(); // one per burst, as per camera
                        BurstFigures& fig = figures[d];
                        runBurst(fig, [decoder, &fig, &f](const cv::Mat& g) {
                            QStringList got = streamDecode(*decoder, g);
                            const auto& r = decoder->lastFrame();
                            fig.readMs.push_back(r.readMs);
                            fig.searchMs.push_back(r.searchMs);
                            if (f.texts.isEmpty()) {
                                (r.regions > 0 ? fig.emptyRegionMs : fig.emptyBareMs).push_back(r.ms);
                            }
                            auto& o = f.texts.isEmpty() ? fig.overEmpty : fig.overCode;
                            ++o.of;
                            static const scan::StreamDecoder::Options budgets;
                            const auto budget = f.texts.isEmpty() ? budgets.emptyBudget : budgets.budget;
                            if (r.ms > std::chrono::duration<double, std::milli>(budget).count()) {
                                ++o.frames;
                                o.forced += r.forced ? 1 : 0;
                                o.withRegions += r.regions > 0 ? 1 : 0;
                                o.read += r.readMs;
                                o.search += r.searchMs;
                                o.zbar += r.zbarMs;
                                o.rescue += r.rescueMs;
                            }
                            return got;
                        }, burst, f);
                    } else {
                        runBurst(figures[d], all.at(d), burst, f);
                    }
                }
            }
            for (const QString& d : decoders) {
                printBursts(out, d, figures[d], kindNames, size.width(), size.height(), bursts);
                results[d] = figures[d].read;
            }
        } else {
            for (const QString& d : decoders) {
                results[d] = run(out, d, all.at(d), frames, kindNames, size.width(), size.height(), listFailures);
            }
        }
        // The figure issue 12 is about: frames (or bursts) a free decoder reads in full that PassDesk
        // does not; PassDesk is the stream decoder when it runs, else QrDecoder.
        const QString us = results.count(QStringLiteral("stream")) != 0 ? QStringLiteral("stream") : QStringLiteral("passdesk");
        const auto isUs = [](const QString& d) { return d == QLatin1String("passdesk") || d == QLatin1String("stream"); };
        if (results.count(us) != 0) {
            const std::vector<bool>& ours = results.at(us);
            int missedByAny = 0;
            for (size_t i = 0; i < ours.size(); ++i) {
                const bool peerRead = std::any_of(results.cbegin(), results.cend(), [&](const auto& r) {
                    return !isUs(r.first) && i < r.second.size() && r.second[i];
                });
                missedByAny += peerRead && !ours[i] ? 1 : 0;
            }
            for (const auto& [peer, theirs] : results) {
                if (isUs(peer)) {
                    continue;
                }
                int missed = 0;
                for (size_t i = 0; i < ours.size() && i < theirs.size(); ++i) {
                    missed += theirs[i] && !ours[i] ? 1 : 0;
                }
                out << "  peer read, " << us << " missed (" << peer << "): " << missed << " of " << ours.size() << "\n";
            }
            if (results.size() > 2) {
                out << "  peer read, " << us << " missed (any peer): " << missedByAny << " of " << ours.size() << "\n";
            }
            out.flush();
        }
    }
    return 0;
}

// Decode benchmark over the generated webcam-like corpus (tests/support/FrameCorpus): success rate per
// degradation and overall, median and p95 decode time with a code present and on empty frames, for
// PassDesk's QrDecoder beside plain ZXing-C++ (default options) and zbar on the same frames.
//
//   build/dev/tests/bench/passdesk_bench_decode [--per-kind N] [--decoder passdesk|zxing|zbar] [--size WxH]
//                                               [--seed-offset N] [--failures]
//
// --seed-offset N draws seeds N+1..N+perKind instead of 1..perKind: a second, unseen sample of the
// same corpus, to check that a change generalises. --failures lists each frame that was not read.
//
// Runs single-threaded. Prints one table per decoder and frame size.
// zbar's C++ header first: ZXing-C++ 1.4 defines a macro named UnsupportedError that breaks it.
#include <zbar.h>

#include "scan/QrDecoder.h"
#include "support/FrameCorpus.h"

#include <QCoreApplication>
#include <QSet>
#include <QSize>
#include <QTextStream>

#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>

using namespace passdesk;
using passdesk::test::CorpusFrame;
using passdesk::test::Degradation;

namespace {

using Decoder = std::function<QStringList(const cv::Mat&)>;

QStringList passdeskDecode(const cv::Mat& gray)
{
    static const scan::QrDecoder decoder;
    QStringList out;
    for (const auto& c : decoder.decode(gray)) {
        out << c.text;
    }
    return out;
}

QStringList zxingDefault(const cv::Mat& gray)
{
    const ZXing::ImageView view(gray.data, gray.cols, gray.rows, ZXing::ImageFormat::Lum, int(gray.step[0]));
    QStringList out;
    for (const auto& r : ZXing::ReadBarcodes(view, ZXing::DecodeHints())) {
        if (r.isValid()) {
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

void run(QTextStream& out, const QString& name, const Decoder& decode, const QList<CorpusFrame>& frames, int w, int h,
         bool listFailures)
{
    std::map<Degradation, std::pair<int, int>> perKind; // ok, total
    std::vector<double> codeMs;
    std::vector<double> emptyMs;
    int falsePositives = 0;
    int ok = 0;
    int total = 0;
    for (const CorpusFrame& f : frames) {
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
            out << "  failed: " << test::toString(f.degradation) << " seed " << f.seed << "\n";
        }
        auto& k = perKind[f.degradation];
        k.first += success ? 1 : 0;
        k.second += 1;
        ok += success ? 1 : 0;
        ++total;
    }
    out << "\n" << name << " " << w << "x" << h << "\n";
    for (const auto& [d, counts] : perKind) {
        out << QStringLiteral("  %1 %2/%3  %4 %\n")
                   .arg(test::toString(d), -10)
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
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int perKind = 40;
    QStringList decoders{QStringLiteral("passdesk"), QStringLiteral("zxing"), QStringLiteral("zbar")};
    QList<QSize> sizes{{1280, 720}, {640, 480}};
    uint64_t seedOffset = 0;
    bool listFailures = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--per-kind") && i + 1 < args.size()) {
            perKind = args[++i].toInt();
        } else if (args[i] == QLatin1String("--decoder") && i + 1 < args.size()) {
            decoders = {args[++i]};
        } else if (args[i] == QLatin1String("--size") && i + 1 < args.size()) {
            const QStringList wh = args[++i].split(QLatin1Char('x'));
            sizes = {QSize(wh.value(0).toInt(), wh.value(1).toInt())};
        } else if (args[i] == QLatin1String("--seed-offset") && i + 1 < args.size()) {
            seedOffset = args[++i].toULongLong();
        } else if (args[i] == QLatin1String("--failures")) {
            listFailures = true;
        } else {
            QTextStream(stderr) << "usage: passdesk_bench_decode [--per-kind N] [--decoder passdesk|zxing|zbar] [--size WxH] [--seed-offset N] [--failures]\n";
            return 2;
        }
    }
    const auto corpus = test::FrameCorpus::fromDemo(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/demo"));
    const std::map<QString, Decoder> all{{QStringLiteral("passdesk"), passdeskDecode},
                                         {QStringLiteral("zxing"), zxingDefault},
                                         {QStringLiteral("zbar"), zbarDecode}};
    QTextStream out(stdout);
    out << "decode benchmark: " << perKind << " frames per degradation and size (seeds " << seedOffset + 1 << ".."
        << seedOffset + uint64_t(perKind) << "), single thread\n";
    for (const QSize& size : sizes) {
        QList<CorpusFrame> frames;
        for (Degradation d : test::allDegradations()) {
            for (int i = 1; i <= perKind; ++i) {
                frames.append(corpus.frame(d, size.width(), size.height(), seedOffset + uint64_t(i)));
            }
        }
        for (const QString& d : decoders) {
            if (all.count(d) == 0) {
                QTextStream(stderr) << "unknown decoder " << d << "\n";
                return 2;
            }
            run(out, d, all.at(d), frames, size.width(), size.height(), listFailures);
        }
    }
    return 0;
}

// Writes the decode corpus (tests/support/FrameCorpus) as PNG files, to look at or to feed
// `passdesk-cli decode`:  passdesk-corpus-forge OUTDIR [--per-kind N] [--size WxH]
// Each file is <degradation>-<seed>-<W>x<H>.png; OUTDIR/EXPECTED.tsv lists the texts in each.
#include "support/FrameCorpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSize>
#include <QTextStream>

#include <opencv2/imgcodecs.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: passdesk-corpus-forge OUTDIR [--per-kind N] [--size WxH]\n";
        return 2;
    }
    const QString outDir = args[1];
    int perKind = 5;
    QSize size(1280, 720);
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--per-kind")) {
            perKind = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--size")) {
            const QStringList wh = args[i + 1].split(QLatin1Char('x'));
            size = QSize(wh.value(0).toInt(), wh.value(1).toInt());
        }
    }
    QDir().mkpath(outDir);
    QFile tsv(outDir + QStringLiteral("/EXPECTED.tsv"));
    if (!tsv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << "cannot write " << tsv.fileName() << "\n";
        return 2;
    }
    QTextStream list(&tsv);
    list << "# file\tdegradation\tcode texts (space separated)\n";
    const auto corpus = passdesk::test::FrameCorpus::fromDemo(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/demo"));
    for (const auto& f : corpus.generate(size.width(), size.height(), perKind)) {
        const QString name = QStringLiteral("%1-%2-%3x%4.png").arg(passdesk::test::toString(f.degradation)).arg(f.seed).arg(size.width()).arg(size.height());
        cv::imwrite((outDir + QLatin1Char('/') + name).toStdString(), f.gray);
        list << name << "\t" << passdesk::test::toString(f.degradation) << "\t" << f.texts.join(QLatin1Char(' ')) << "\n";
    }
    QTextStream(stdout) << "wrote " << perKind * 11 << " frames to " << outDir << "\n";
    return 0;
}

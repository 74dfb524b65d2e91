// Dumps frames of the second generator (tests/support/WebcamScene) as PNGs, to look at by eye:
//
//   build/dev/tests/passdesk-scene-forge OUT_DIR [--per-class N] [--size WxH] [--seed-offset N]
//
// Writes OUT_DIR/<class>-<seed>-<W>x<H>.png and OUT_DIR/index.tsv (file, class, seed, expected texts'
// first 12 characters).
#include "support/WebcamScene.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <opencv2/imgcodecs.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: passdesk-scene-forge OUT_DIR [--per-class N] [--size WxH] [--seed-offset N]\n";
        return 2;
    }
    const QString outDir = args[1];
    int perClass = 3;
    int width = 1280;
    int height = 720;
    uint64_t seedOffset = 0;
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--per-class")) {
            perClass = args[i + 1].toInt();
        } else if (args[i] == QLatin1String("--size")) {
            const QStringList wh = args[i + 1].split(QLatin1Char('x'));
            width = wh.value(0).toInt();
            height = wh.value(1).toInt();
        } else if (args[i] == QLatin1String("--seed-offset")) {
            seedOffset = args[i + 1].toULongLong();
        } else {
            QTextStream(stderr) << "unknown option " << args[i] << "\n";
            return 2;
        }
    }
    QDir().mkpath(outDir);
    const auto scene = passdesk::test::WebcamScene::fromDirectory(QStringLiteral(PASSDESK_SOURCE_DIR "/resources/demo/certificates"));
    QFile index(outDir + QStringLiteral("/index.tsv"));
    if (!index.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return 1;
    }
    QTextStream tsv(&index);
    for (const auto c : passdesk::test::WebcamScene::allClasses()) {
        for (int i = 1; i <= perClass; ++i) {
            const auto f = scene.frame(c, width, height, seedOffset + uint64_t(i));
            const QString name = QStringLiteral("%1-%2-%3x%4.png").arg(passdesk::test::WebcamScene::toString(c)).arg(f.seed).arg(width).arg(height);
            cv::imwrite((outDir + QLatin1Char('/') + name).toStdString(), f.gray);
            QStringList heads;
            for (const QString& t : f.texts) {
                heads << t.left(12);
            }
            tsv << name << '\t' << passdesk::test::WebcamScene::toString(c) << '\t' << f.seed << '\t' << heads.join(QLatin1Char(' ')) << '\n';
        }
    }
    return 0;
}

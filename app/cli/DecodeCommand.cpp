#include "cli/DecodeCommand.h"

#include "cli/CliParser.h"
#include "cli/ImageCodes.h"
#include "scan/QrDecoder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace passdesk::cli {

int runDecode(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliParser parser(QStringLiteral("decode"));
    if (auto done = parser.parse(args)) {
        return *done;
    }
    const bool json = parser.json();
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        return parser.usageError(QStringLiteral("give at least one IMAGE"));
    }
    const scan::QrDecoder decoder;
    int status = 0;
    for (const QString& file : files) {
        auto image = ImageCodes::load(file);
        if (!image) {
            status = 2;
            if (json) {
                out << QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                                 {QStringLiteral("error"), image.error().code},
                                                 {QStringLiteral("message"), image.error().message}})
                           .toJson(QJsonDocument::Compact)
                    << "\n";
            } else {
                err << file << ": " << image.error().message << " [" << image.error().code << "]\n";
            }
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        const auto codes = decoder.decode(*image);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (json) {
            QJsonArray list;
            for (const auto& c : codes) {
                QJsonArray corners;
                for (const auto& p : c.corners) {
                    corners.append(QJsonArray{p.x(), p.y()});
                }
                list.append(QJsonObject{{QStringLiteral("text"), c.text}, {QStringLiteral("corners"), corners}});
            }
            out << QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                             {QStringLiteral("ms"), qRound(ms * 10) / 10.0},
                                             {QStringLiteral("codes"), list}})
                       .toJson(QJsonDocument::Compact)
                << "\n";
        } else {
            out << file << ": " << codes.size() << (codes.size() == 1 ? " code" : " codes") << " in "
                << QString::number(ms, 'f', 1) << " ms\n";
            for (const auto& c : codes) {
                out << "  " << c.text << "\n";
            }
        }
        out.flush();
    }
    return status;
}

} // namespace passdesk::cli

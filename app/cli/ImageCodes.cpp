#include "cli/ImageCodes.h"

#include "cli/SvgRasterizer.h"
#include "scan/ImageLoader.h"
#include "scan/QrDecoder.h"

namespace passdesk::cli {

namespace {
QList<QByteArray> codesIn(const cv::Mat& image)
{
    static const scan::QrDecoder decoder;
    QList<QByteArray> out;
    for (const auto& code : decoder.decode(image)) {
        out.append(code.text.toUtf8());
    }
    return out;
}
} // namespace

Result<QList<QByteArray>> ImageCodes::read(const QString& path)
{
    auto image = path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? SvgRasterizer::rasterize(path)
                                                                            : scan::ImageLoader::loadGray(path);
    if (!image) {
        return image.error();
    }
    return codesIn(*image);
}

Result<QList<QByteArray>> ImageCodes::readEncoded(const QByteArray& encoded)
{
    auto image = scan::ImageLoader::decodeGray(encoded);
    if (!image) {
        return image.error();
    }
    return codesIn(*image);
}

} // namespace passdesk::cli

#include "cli/ImageCodes.h"

#include "cli/SvgRasterizer.h"
#include "scan/ImageLoader.h"
#include "scan/QrDecoder.h"

#include <opencv2/imgcodecs.hpp>

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

Result<cv::Mat> ImageCodes::load(const QString& path)
{
    return path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? SvgRasterizer::rasterize(path) : scan::ImageLoader::loadGray(path);
}

Result<QList<QByteArray>> ImageCodes::read(const QString& path)
{
    auto image = load(path);
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

Result<QList<QByteArray>> ImageCodes::readSvgAs(const QString& svgPath, const QString& format)
{
    auto image = SvgRasterizer::rasterize(svgPath);
    if (!image) {
        return image.error();
    }
    std::vector<uchar> encoded;
    const std::string ext = "." + format.toStdString();
    try {
        if (!cv::imencode(ext, *image, encoded)) {
            return Error{QStringLiteral("image.unreadable"), QStringLiteral("cannot encode as ") + format};
        }
    } catch (const cv::Exception& e) {
        return Error{QStringLiteral("image.unreadable"), QString::fromUtf8(e.what())};
    }
    return readEncoded(QByteArray(reinterpret_cast<const char*>(encoded.data()), qsizetype(encoded.size())));
}

} // namespace passdesk::cli

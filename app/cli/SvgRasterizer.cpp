#include "cli/SvgRasterizer.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace passdesk::cli {

Result<cv::Mat> SvgRasterizer::rasterize(const QString& path, int width)
{
    QSvgRenderer renderer(path);
    if (!renderer.isValid()) {
        return Error{QStringLiteral("image.unreadable"), QStringLiteral("%1 is not a readable SVG image").arg(path)};
    }
    const QSizeF viewBox = renderer.viewBoxF().size();
    const QSizeF natural = viewBox.isEmpty() ? QSizeF(renderer.defaultSize()) : viewBox;
    if (natural.isEmpty() || width <= 0) {
        return Error{QStringLiteral("image.unreadable"), QStringLiteral("%1 has no size").arg(path)};
    }
    const int height = qBound(1, qRound(width * natural.height() / natural.width()), 4 * width);
    const int margin = width / 10; // quiet zone, in case the SVG has none of its own
    QImage image(width + 2 * margin, height + 2 * margin, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderer.render(&painter, QRectF(margin, margin, width, height));
    }
    const cv::Mat view(image.height(), image.width(), CV_8UC1, image.bits(), size_t(image.bytesPerLine()));
    return view.clone();
}

} // namespace passdesk::cli

#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace passdesk::cli {

/// Reads the QR codes in image files for the command line: PNG, JPEG and BMP through core/scan, SVG
/// through QtSvg (core stays free of QtGui).
class ImageCodes
{
public:
    /// The image at `path` as 8-bit gray: SVG through QtSvg, the rest through core/scan.
    /// Errors: `image.unreadable`, `image.too_large`.
    static Result<cv::Mat> load(const QString& path);
    /// Every code text found in the image at `path`, top to bottom. Errors: `image.unreadable`.
    static Result<QList<QByteArray>> read(const QString& path);
    /// The same for an in-memory PNG/JPEG/BMP.
    static Result<QList<QByteArray>> readEncoded(const QByteArray& encoded);
    /// Renders an SVG, encodes it as `format` ("png", "jpg" or "bmp") and reads the codes back
    /// through that format's decoder: how conformance runs image rows whose raster file is absent.
    static Result<QList<QByteArray>> readSvgAs(const QString& svgPath, const QString& format);
};

} // namespace passdesk::cli

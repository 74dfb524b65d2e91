#pragma once

#include "common/Result.h"

#include <QString>

#include <opencv2/core/mat.hpp>

namespace passdesk::cli {

/// Renders an SVG file (the SMART Health Card examples ship their QR codes as SVG) to an 8-bit
/// grayscale image for core/scan. Wraps QtSvg; lives in app/ so core never needs QtGui.
class SvgRasterizer
{
public:
    /// Rendered `width` pixels wide (height by the SVG's aspect ratio), on white, plus a quiet zone.
    /// Errors: `image.unreadable`.
    static Result<cv::Mat> rasterize(const QString& path, int width = 800);
};

} // namespace passdesk::cli

#pragma once

#include <QString>

#include <opencv2/core/mat.hpp>

namespace passdesk::test {

/// Draws QR codes for test corpora and demo footage (with qrcode::QrEncoder, as the report does).
/// Segments are chosen as issuers' encoders do: an `shc:/` text becomes a byte segment and a
/// numeric one, an `HC1:` text one alphanumeric segment, so the codes have their real versions.
class QrRenderer
{
public:
    /// The code's modules at one pixel per module, black (0) on white (255), with a 4-module quiet
    /// zone. Error correction 0 = L, 1 = M, 2 = Q, 3 = H (EU DCC issuers mostly use Q, SHC uses L).
    /// An empty matrix if the text does not fit in a version 40 code.
    static cv::Mat modules(const QString& text, int eccLevel = 2);
};

} // namespace passdesk::test

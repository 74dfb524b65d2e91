#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace passdesk::qrcode {

/// A QR code's modules: `size` x `size`, row by row, 1 = dark. No quiet zone: the caller leaves at
/// least four modules of white around it.
struct QrMatrix
{
    int size = 0;
    QByteArray modules;
    bool dark(int x, int y) const { return modules.at(qsizetype(y) * size + x) != 0; }
};

/// Makes QR codes: the printed report's integrity block, and the test corpora and demo footage.
/// Wraps libqrencode: qrcode/ is the only folder that includes it (scan/ reads codes, this writes
/// them), so the report draws a code without linking the camera and decoder libraries.
class QrEncoder
{
public:
    enum class ErrorCorrection { L, M, Q, H };

    /// Encodes `text` (UTF-8) in the smallest version that holds it, with mixed-mode segments (runs of
    /// digits stay numeric, as issuers' encoders write them). Errors: `qr.encode` (longer than a
    /// version 40 code holds, or the writer failed).
    static Result<QrMatrix> encode(const QString& text, ErrorCorrection level = ErrorCorrection::L);
};

} // namespace passdesk::qrcode

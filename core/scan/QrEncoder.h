#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace passdesk::scan {

/// A QR code's modules: `size` x `size`, row by row, 1 = dark. No quiet zone: the caller leaves at
/// least four modules of white around it.
struct QrMatrix
{
    int size = 0;
    QByteArray modules;
    bool dark(int x, int y) const { return modules.at(qsizetype(y) * size + x) != 0; }
};

/// Makes QR codes (for the printed report's integrity block). Wraps ZXing-C++'s writer: scan/ is the
/// only folder that includes ZXing (QrDecoder reads, QrEncoder writes).
class QrEncoder
{
public:
    /// Encodes `text` (UTF-8, the writer's default error correction). Errors: `qr.encode` (too long, or the
    /// writer failed).
    static Result<QrMatrix> encode(const QString& text);
};

} // namespace passdesk::scan

#include "scan/QrEncoder.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <exception>

namespace passdesk::scan {

Result<QrMatrix> QrEncoder::encode(const QString& text)
{
    if (text.size() > 1000) {
        return Result<QrMatrix>::failure(QStringLiteral("qr.encode"), QStringLiteral("text too long for a printed QR code"));
    }
    // ZXing's writer reports failures by throwing; they stop here.
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setMargin(0).setEncoding(ZXing::CharacterSet::UTF8);
        // Width and height 0: one pixel per module, the code's own size.
        const ZXing::BitMatrix bits = writer.encode(text.toStdString(), 0, 0);
        if (bits.width() <= 0 || bits.width() != bits.height()) {
            return Result<QrMatrix>::failure(QStringLiteral("qr.encode"), QStringLiteral("the QR writer returned no code"));
        }
        QrMatrix m;
        m.size = bits.width();
        m.modules.resize(qsizetype(m.size) * m.size);
        for (int y = 0; y < m.size; ++y) {
            for (int x = 0; x < m.size; ++x) {
                m.modules[qsizetype(y) * m.size + x] = bits.get(x, y) ? 1 : 0;
            }
        }
        return m;
    } catch (const std::exception& e) {
        return Result<QrMatrix>::failure(QStringLiteral("qr.encode"), QString::fromUtf8(e.what()));
    }
}

} // namespace passdesk::scan

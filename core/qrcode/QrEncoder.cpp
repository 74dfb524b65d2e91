#include "qrcode/QrEncoder.h"

#include <qrencode.h>

#include <memory>

namespace passdesk::qrcode {

Result<QrMatrix> QrEncoder::encode(const QString& text, ErrorCorrection level)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty()) {
        return Result<QrMatrix>::failure(QStringLiteral("qr.encode"), QStringLiteral("no text to encode"));
    }
    QRecLevel ecc = QR_ECLEVEL_L;
    switch (level) {
    case ErrorCorrection::L:
        break;
    case ErrorCorrection::M:
        ecc = QR_ECLEVEL_M;
        break;
    case ErrorCorrection::Q:
        ecc = QR_ECLEVEL_Q;
        break;
    case ErrorCorrection::H:
        ecc = QR_ECLEVEL_H;
        break;
    }
    // Version 0: the smallest that fits. Case-sensitive mixed mode picks the cheapest segments.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString(bytes.constData(), 0, ecc, QR_MODE_8, 1),
                                                               &QRcode_free);
    if (!code || code->width <= 0) {
        return Result<QrMatrix>::failure(QStringLiteral("qr.encode"), QStringLiteral("text does not fit in a QR code"));
    }
    QrMatrix m;
    m.size = code->width;
    m.modules.resize(qsizetype(m.size) * m.size);
    for (qsizetype i = 0; i < m.modules.size(); ++i) {
        m.modules[i] = static_cast<char>(code->data[i] & 1); // bit 0: dark; the others say which part it is
    }
    return m;
}

} // namespace passdesk::qrcode

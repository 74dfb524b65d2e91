#include "scan/ImageLoader.h"

#include <QFile>

#include <opencv2/imgcodecs.hpp>

namespace passdesk::scan {

namespace {

quint32 be32(const uchar* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}
quint16 be16(const uchar* p)
{
    return quint16((p[0] << 8) | p[1]);
}
qint32 le32(const uchar* p)
{
    return qint32(quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24));
}

QSize pngSize(const uchar* d, qsizetype n)
{
    static const uchar kSig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (n < 24 || memcmp(d, kSig, 8) != 0 || memcmp(d + 12, "IHDR", 4) != 0) {
        return {};
    }
    const quint32 w = be32(d + 16);
    const quint32 h = be32(d + 20);
    if (w == 0 || h == 0 || w > 0x7fffffffU || h > 0x7fffffffU) {
        return {};
    }
    return {int(w), int(h)};
}

QSize bmpSize(const uchar* d, qsizetype n)
{
    if (n < 26 || d[0] != 'B' || d[1] != 'M') {
        return {};
    }
    const qint32 w = le32(d + 18);
    qint32 h = le32(d + 22);
    if (h < 0 && h != INT32_MIN) {
        h = -h; // top-down bitmap
    }
    if (w <= 0 || h <= 0) {
        return {};
    }
    return {w, h};
}

QSize jpegSize(const uchar* d, qsizetype n)
{
    if (n < 4 || d[0] != 0xFF || d[1] != 0xD8) {
        return {};
    }
    qsizetype i = 2;
    while (i + 4 <= n) {
        if (d[i] != 0xFF) {
            return {};
        }
        const uchar marker = d[i + 1];
        if (marker == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            i += 2;
            continue;
        }
        const qsizetype len = be16(d + i + 2);
        if (len < 2) {
            return {};
        }
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (i + 9 > n) {
                return {};
            }
            const int h = be16(d + i + 5);
            const int w = be16(d + i + 7);
            if (w == 0 || h == 0) {
                return {};
            }
            return {w, h};
        }
        i += 2 + len;
    }
    return {};
}

} // namespace

QSize ImageLoader::headerSize(const QByteArray& encoded)
{
    const auto* d = reinterpret_cast<const uchar*>(encoded.constData());
    const qsizetype n = encoded.size();
    for (auto probe : {pngSize, jpegSize, bmpSize}) {
        const QSize s = probe(d, n);
        if (s.isValid()) {
            return s;
        }
    }
    return {};
}

Result<cv::Mat> ImageLoader::loadGray(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("image.unreadable"), QStringLiteral("cannot open %1: %2").arg(path, file.errorString())};
    }
    if (file.size() > kMaxFileBytes) {
        return Error{QStringLiteral("image.too_large"),
                     QStringLiteral("%1 is %2 bytes; images over %3 bytes are refused").arg(path).arg(file.size()).arg(kMaxFileBytes)};
    }
    return decodeGray(file.readAll());
}

Result<cv::Mat> ImageLoader::decodeGray(const QByteArray& encoded)
{
    if (encoded.size() > kMaxFileBytes) {
        return Error{QStringLiteral("image.too_large"), QStringLiteral("encoded image over %1 bytes").arg(kMaxFileBytes)};
    }
    const QSize size = headerSize(encoded);
    if (!size.isValid()) {
        return Error{QStringLiteral("image.unreadable"), QStringLiteral("not a PNG, JPEG or BMP image")};
    }
    if (qint64(size.width()) * size.height() > kMaxPixels) {
        return Error{QStringLiteral("image.too_large"),
                     QStringLiteral("%1x%2 pixels is over the %3 pixel limit").arg(size.width()).arg(size.height()).arg(kMaxPixels)};
    }
    try {
        const cv::Mat raw(1, int(encoded.size()), CV_8UC1, const_cast<char*>(encoded.constData()));
        cv::Mat gray = cv::imdecode(raw, cv::IMREAD_GRAYSCALE);
        if (gray.empty()) {
            return Error{QStringLiteral("image.unreadable"), QStringLiteral("the image data is corrupt")};
        }
        return gray;
    } catch (const cv::Exception& e) {
        return Error{QStringLiteral("image.unreadable"), QString::fromUtf8(e.what())};
    }
}

} // namespace passdesk::scan

#include "codec/Base45.h"

#include <array>

namespace passdesk::codec {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

constexpr std::array<int, 256> makeReverse()
{
    std::array<int, 256> table{};
    for (int& v : table) {
        v = -1;
    }
    for (int i = 0; i < 45; ++i) {
        table[static_cast<unsigned char>(kAlphabet[i])] = i;
    }
    return table;
}
constexpr std::array<int, 256> kReverse = makeReverse();

Result<QByteArray> invalid(const char* why)
{
    return Result<QByteArray>::failure(QStringLiteral("b45.invalid"), QString::fromLatin1(why));
}
} // namespace

Result<QByteArray> Base45::decode(QByteArrayView text)
{
    const qsizetype n = text.size();
    if (n % 3 == 1) {
        return invalid("length leaves a single dangling character");
    }
    QByteArray out(n / 3 * 2 + (n % 3 == 2 ? 1 : 0), Qt::Uninitialized);
    char* o = out.data();
    for (qsizetype i = 0; i < n; i += 3) {
        const qsizetype chunk = std::min<qsizetype>(3, n - i);
        int digits[3] = {0, 0, 0};
        for (qsizetype j = 0; j < chunk; ++j) {
            digits[j] = kReverse[static_cast<unsigned char>(text[i + j])];
            if (digits[j] < 0) {
                return invalid("character outside the Base45 alphabet");
            }
        }
        const int value = digits[0] + digits[1] * 45 + digits[2] * 45 * 45;
        if (chunk == 3) {
            if (value > 0xFFFF) {
                return invalid("triple encodes a value above 65535");
            }
            *o++ = static_cast<char>(value >> 8);
            *o++ = static_cast<char>(value & 0xFF);
        } else {
            if (value > 0xFF) {
                return invalid("final pair encodes a value above 255");
            }
            *o++ = static_cast<char>(value);
        }
    }
    return out;
}

QByteArray Base45::encode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() / 2 * 3 + 2);
    for (qsizetype i = 0; i < bytes.size(); i += 2) {
        if (i + 1 < bytes.size()) {
            int value = (static_cast<unsigned char>(bytes[i]) << 8) | static_cast<unsigned char>(bytes[i + 1]);
            for (int k = 0; k < 3; ++k) {
                out.append(kAlphabet[value % 45]);
                value /= 45;
            }
        } else {
            int value = static_cast<unsigned char>(bytes[i]);
            out.append(kAlphabet[value % 45]);
            out.append(kAlphabet[value / 45]);
        }
    }
    return out;
}

} // namespace passdesk::codec

#include "crypto/PasswordHash.h"

#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace passdesk::crypto {

namespace {
QByteArray derive(const QString& secret, const QByteArray& salt, int iterations)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray out(32, '\0');
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()),
                          iterations, EVP_sha256(), int(out.size()), reinterpret_cast<unsigned char*>(out.data())) != 1) {
        return {};
    }
    return out;
}
} // namespace

QString PasswordHash::create(const QString& secret, int iterations)
{
    QByteArray salt(16, '\0');
    RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), int(salt.size()));
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derive(secret, salt, iterations).toBase64()));
}

bool PasswordHash::matches(const QString& secret, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256")) {
        return false;
    }
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10000000) {
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts[2].toLatin1());
    const QByteArray expect = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray got = derive(secret, salt, iterations);
    return expect.size() == 32 && got.size() == 32 && CRYPTO_memcmp(got.constData(), expect.constData(), 32) == 0;
}

} // namespace passdesk::crypto

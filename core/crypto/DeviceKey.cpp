#include "crypto/DeviceKey.h"

#include "crypto/Sha256.h"

#include <QFile>
#include <QSaveFile>

namespace passdesk::crypto {

QString DeviceKey::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral(".device-key");
}

Result<SigningKey> DeviceKey::loadOrCreate(const QString& path)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return Result<SigningKey>::failure(QStringLiteral("key.io"), QStringLiteral("cannot read ") + path);
        }
        auto key = SigningKey::fromPem(file.readAll());
        if (!key || key->publicKey().type() != PublicKey::Type::Ed25519) {
            return Result<SigningKey>::failure(QStringLiteral("key.invalid"), path + QStringLiteral(" is not an Ed25519 private key"));
        }
        return key;
    }
    const SigningKey key = SigningKey::generate(SigningKey::Type::Ed25519);
    // Owner-only before any key byte is written: QSaveFile writes a temporary that we restrict first.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || out.write(key.toPem()) < 0 || !out.commit()) {
        return Result<SigningKey>::failure(QStringLiteral("key.io"), QStringLiteral("cannot write ") + path);
    }
    return key;
}

QString DeviceKey::fingerprint(const PublicKey& key)
{
    return QString::fromLatin1(Sha256::hash(key.toSubjectPublicKeyInfo()).toHex());
}

QString DeviceKey::shortFingerprint(const QString& fingerprint)
{
    QStringList groups;
    for (int i = 0; i < 32 && i < fingerprint.size(); i += 4) {
        groups << fingerprint.mid(i, 4);
    }
    return groups.join(QLatin1Char(' '));
}

} // namespace passdesk::crypto

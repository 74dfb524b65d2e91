#include "update/TrustStoreFolder.h"

#include "crypto/X509Certificate.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace passdesk::update {

QString TrustStoreFolder::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/trust");
}

Result<crypto::PublicKey> TrustStoreFolder::loadPin(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Result<crypto::PublicKey>::failure(QStringLiteral("trust.unreadable"),
                                                  QStringLiteral("cannot read pinned key ") + path);
    }
    const QByteArray pem = f.readAll();
    if (pem.contains("BEGIN PUBLIC KEY")) {
        QByteArray body;
        for (const QByteArray& line : pem.split('\n')) {
            if (!line.startsWith("-----")) {
                body += line.trimmed();
            }
        }
        return crypto::PublicKey::fromSubjectPublicKeyInfo(QByteArray::fromBase64(body));
    }
    auto cert = crypto::X509Certificate::fromAnyEncoding(pem);
    if (!cert) {
        return Result<crypto::PublicKey>::failure(QStringLiteral("trust.unreadable"),
                                                  QStringLiteral("no public key or certificate in ") + path);
    }
    return cert->publicKey();
}

Result<std::shared_ptr<trust::TrustRepository>> TrustStoreFolder::open(const QString& storeDir, const QString& pinFile,
                                                                       std::shared_ptr<const trust::TrustStore> base)
{
    const QString dir = storeDir.isEmpty() ? defaultPath() : storeDir;
    // The pin given once is kept beside the updates, so later runs verify them with the same key.
    const QString keptPin = QDir(dir).filePath(QStringLiteral("pinned-key.pem"));
    crypto::PublicKey pin;
    const QString pinPath = pinFile.isEmpty() ? keptPin : pinFile;
    if (!pinFile.isEmpty() || QFile::exists(keptPin)) {
        auto key = loadPin(pinPath);
        if (!key) {
            return key.error();
        }
        pin = *key;
        if (!pinFile.isEmpty() && QDir().mkpath(dir)) {
            QFile::remove(keptPin);
            QFile::copy(pinFile, keptPin);
        }
    }
    auto repo = std::make_shared<trust::TrustRepository>(std::move(base), pin);
    repo->setStorageDir(dir);
    repo->loadStored();
    return repo;
}

} // namespace passdesk::update

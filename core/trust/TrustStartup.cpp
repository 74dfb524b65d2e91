#include "trust/TrustStartup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace passdesk::trust {

QString TrustStartup::defaultStoreDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/trust");
}

Result<crypto::PublicKey> TrustStartup::loadPin(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Result<crypto::PublicKey>::failure(QStringLiteral("trust.unreadable"), QStringLiteral("cannot read pinned key ") + path);
    }
    auto key = crypto::PublicKey::fromKeyOrCertificate(f.readAll());
    if (!key) {
        return Result<crypto::PublicKey>::failure(QStringLiteral("trust.unreadable"),
                                                  QStringLiteral("no public key or certificate in ") + path);
    }
    return key;
}

Result<std::shared_ptr<TrustRepository>> TrustStartup::openStore(const QString& storeDir, const QString& pinFile,
                                                                 std::shared_ptr<const TrustStore> base)
{
    const QString dir = storeDir.isEmpty() ? defaultStoreDir() : storeDir;
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
    auto repo = std::make_shared<TrustRepository>(std::move(base), pin);
    repo->setStorageDir(dir);
    repo->loadStored();
    return repo;
}

TrustStartup::Loaded TrustStartup::load(const Options& options, const QDateTime& now)
{
    Loaded out;
    auto store = std::make_shared<TrustStore>();
    for (const QString& path : options.importPaths) {
        auto imported = store->importPath(path);
        if (imported) {
            out.loadedAt = QFileInfo(path).lastModified().toUTC();
            continue;
        }
        if (!out.error) {
            out.error = imported.error();
            out.failedPath = path;
        }
        if (options.stopAtFirstError) {
            break;
        }
    }
    // Updates sit on top of the imported set.
    out.repository = std::make_shared<TrustRepository>(store);
    if (!options.storeDir.isEmpty() && (!out.error || !options.stopAtFirstError)) {
        auto repo = openStore(options.storeDir, options.pinFile, store);
        if (repo) {
            out.repository = *repo;
        } else if (!out.error) {
            out.error = repo.error();
        }
    }
    out.snapshot = out.repository->snapshot();
    const auto dsc = out.repository->status(TrustSetKind::DscList, now);
    if (dsc.state != TrustSetStatus::State::Missing) {
        out.loadedAt = dsc.fetchedAt; // a list fetched in an earlier run
    }
    return out;
}

} // namespace passdesk::trust

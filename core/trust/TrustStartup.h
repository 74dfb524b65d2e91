#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"
#include "trust/TrustRepository.h"
#include "trust/TrustStore.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace passdesk::trust {

/// The one way PassDesk puts its trust data together at start, shared by the counter window and
/// passdesk-cli: the given trust lists and certificate files are imported into a base store, and the
/// updates applied in earlier runs (kept in a store folder with the pinned trust-list key beside them)
/// are loaded over it. Synchronous; nothing is fetched. A step that fails leaves what loaded before it
/// live (the fallback) and is named in the result, so the caller can show it or refuse to go on.
class TrustStartup
{
public:
    struct Options
    {
        QStringList importPaths; ///< Trust lists, certificate files or folders, imported in this order.
        QString storeDir;        ///< Folder of applied updates (see openStore); empty: none, in memory only.
        QString pinFile;         ///< Key that verifies signed lists (see openStore); only with storeDir.
        /// Stop at the first import that fails (a command line refuses to run on half a trust list);
        /// otherwise the others are still imported (a counter window shows the failure and goes on).
        bool stopAtFirstError = false;
    };

    struct Loaded
    {
        /// Never null: the stored updates over the imported set, or the imported set alone when there
        /// is no store folder or it could not be opened.
        std::shared_ptr<TrustRepository> repository;
        /// The repository's snapshot after loading.
        std::shared_ptr<const TrustStore> snapshot;
        /// When the live trust list was obtained: the fetch time of a DSC list stored by an earlier run,
        /// else the last-modified time of the last imported path; invalid when there is neither.
        QDateTime loadedAt;
        /// The first step that failed: an import (`trust.unreadable`, `trust.invalid`) or the store's
        /// pin file (`trust.unreadable`). Empty when everything loaded.
        std::optional<Error> error;
        /// The import path that failed first; empty when none did.
        QString failedPath;

        bool ok() const { return !error.has_value(); }
    };

    /// Runs the start-up sequence; `now` ages the stored sets.
    static Loaded load(const Options& options, const QDateTime& now);

    /// The user's store folder: the data folder's /trust.
    static QString defaultStoreDir();

    /// The repository kept in `storeDir` (empty: defaultStoreDir()) with its stored updates loaded, over
    /// `base`, pinned to the key in `pinFile` (a PEM public key or a certificate), which is then kept in
    /// the folder as pinned-key.pem for later runs; without `pinFile` the kept one is used, and with
    /// none signed lists are refused. Errors: `trust.unreadable` (pin file).
    static Result<std::shared_ptr<TrustRepository>> openStore(const QString& storeDir, const QString& pinFile,
                                                              std::shared_ptr<const TrustStore> base = {});

    /// A PEM public key, or the key of a certificate in any encoding. Errors: `trust.unreadable`.
    static Result<crypto::PublicKey> loadPin(const QString& path);
};

} // namespace passdesk::trust

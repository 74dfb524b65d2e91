#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"
#include "trust/TrustRepository.h"

#include <memory>

namespace passdesk::update {

/// The folder where applied trust updates are kept between runs (default: the user's data folder
/// /trust), with the pinned trust-list key beside them. Shared by passdesk-cli and the counter.
class TrustStoreFolder
{
public:
    static QString defaultPath();

    /// The repository kept in `storeDir` (empty: defaultPath()) with its stored updates loaded, over
    /// `base`, pinned to the key in `pinFile` (a PEM public key or certificate), which is then kept in
    /// the folder as pinned-key.pem for later runs; without `pinFile` the kept one is used, and with
    /// none signed lists are refused. Errors: `trust.unreadable` (pin file).
    static Result<std::shared_ptr<trust::TrustRepository>> open(const QString& storeDir, const QString& pinFile,
                                                                std::shared_ptr<const trust::TrustStore> base = {});

    /// A PEM public key, or the key of a certificate in any encoding. Errors: `trust.unreadable`.
    static Result<crypto::PublicKey> loadPin(const QString& path);
};

} // namespace passdesk::update

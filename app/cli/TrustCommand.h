#pragma once

#include "common/Result.h"
#include "trust/TrustRepository.h"

#include <QStringList>

#include <memory>

namespace passdesk::cli {

/// `passdesk-cli trust import|fetch|status`: trust-data updates kept in a store folder.
int runTrust(const QStringList& args);

/// The repository kept in `storeDir` (default: the user's data folder /trust) with its stored updates
/// loaded, over `base`, pinned to the key in `pinFile` (a PEM public key or certificate), which is then
/// kept in the store as pinned-key.pem for later runs; without `pinFile` the kept one is used, and
/// with none signed lists are refused. Errors: `trust.unreadable` (pin file).
Result<std::shared_ptr<trust::TrustRepository>> openTrustRepository(const QString& storeDir, const QString& pinFile,
                                                                    std::shared_ptr<const trust::TrustStore> base = {});

} // namespace passdesk::cli

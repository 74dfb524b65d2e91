// libFuzzer target: trust-update documents (DCC revocation batches, the signed envelope, VCI directory
// snapshots, SMART Health Card CRLs), each through the repository that verifies and builds a snapshot.
#include "FuzzSupport.h"
#include "trust/DccRevocationList.h"
#include "trust/SignedTrustList.h"
#include "trust/TrustRepository.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace passdesk::trust;
    const auto& w = passdesk::fuzz::FuzzWorld::instance();
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)); // NOLINT
    (void)DccRevocationList::parse(input, QStringLiteral("fuzz"));
    (void)SignedTrustList::open(input, w.shcKey.publicKey());
    TrustRepository repo(std::make_shared<const TrustStore>(w.store), w.shcKey.publicKey());
    for (const TrustSetKind kind :
         {TrustSetKind::ShcDirectory, TrustSetKind::ShcCrl, TrustSetKind::DscList, TrustSetKind::DccRevocation}) {
        (void)repo.apply({kind, input, QStringLiteral("fuzz"), w.at, w.shcIssuer});
    }
    (void)TrustRepository::detectKind(input);
    return 0;
}

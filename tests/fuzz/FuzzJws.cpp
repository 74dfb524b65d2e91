// libFuzzer target: compact JWS and .smart-health-card file parsing.
#include "FuzzSupport.h"
#include "credential/SmartHealthCardDecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto& w = passdesk::fuzz::FuzzWorld::instance();
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)); // NOLINT
    (void)passdesk::credential::SmartHealthCardDecoder::verifyJws(input, w.store, w.at);
    (void)passdesk::credential::SmartHealthCardDecoder::verifyFile(input, w.store, w.at);
    return 0;
}

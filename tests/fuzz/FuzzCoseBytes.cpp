// libFuzzer target: COSE_Sign1 / CWT / hcert decoding from raw bytes (after Base45 and zlib).
#include "FuzzSupport.h"
#include "credential/EuDccDecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto& w = passdesk::fuzz::FuzzWorld::instance();
    (void)passdesk::credential::EuDccDecoder::verifyCose(
        QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), w.store, w.at); // NOLINT
    return 0;
}

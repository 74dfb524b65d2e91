// libFuzzer target: SMART Health Card numeric QR text, split on newlines into chunks.
#include "FuzzSupport.h"
#include "credential/SmartHealthCardDecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto& w = passdesk::fuzz::FuzzWorld::instance();
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)); // NOLINT
    QList<QByteArray> chunks = input.split('\n');
    (void)passdesk::credential::SmartHealthCardDecoder::verify(chunks, w.store, w.at);
    return 0;
}

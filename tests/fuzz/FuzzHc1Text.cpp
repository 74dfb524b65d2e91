// libFuzzer target: whole EU DCC pipeline from QR text (HC1: prefix, Base45, zlib, COSE, CWT, schema).
#include "FuzzSupport.h"
#include "credential/EuDccDecoder.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto& w = passdesk::fuzz::FuzzWorld::instance();
    QByteArray text("HC1:");
    text.append(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)); // NOLINT
    (void)passdesk::credential::EuDccDecoder::verify(text, w.store, w.at);
    (void)passdesk::credential::EuDccDecoder::verify(QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), w.store, w.at); // NOLINT
    return 0;
}

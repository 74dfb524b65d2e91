#pragma once

#include <QtGlobal>

namespace passdesk::codec {

/// The bounds every CBOR reader in PassDesk keeps on untrusted input (CborCursor in core; the Qt-based
/// reference reader the tests hold it to, tests/support/CborReader).
struct CborLimits
{
    int maxDepth = 16;              ///< Nesting of arrays, maps and tags together.
    qsizetype maxItems = 4096;      ///< Data items in the whole document.
    qsizetype maxBytes = 64 * 1024; ///< Size of the encoded input.
};

} // namespace passdesk::codec

#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli decode [--json] IMAGE...`: every QR code in each image and the time the decoder took.
/// With --json, exactly one JSON object per image per line:
/// {"file": "...", "ms": 3.1, "codes": [{"text": "...", "corners": [[x,y],[x,y],[x,y],[x,y]]}]}
/// Exit 0 if every image was read (codes or not), 2 on usage errors or unreadable images.
int runDecode(const QStringList& args);

} // namespace passdesk::cli

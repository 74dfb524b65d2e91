#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli inspect FILE [--key FINGERPRINT] [--json]`: verifies an evidence bundle; prints
/// AUTHENTIC or ALTERED (naming the part), the digest, the device key and the summary. Exit 0 only
/// when authentic, 1 altered, 2 usage error or unreadable file.
int runInspect(const QStringList& args);

} // namespace passdesk::cli

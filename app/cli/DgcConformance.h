#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli conformance dgc DIR [--known-issues CSV]`: runs every EU DCC test case (dgc-testdata
/// layout) under DIR, each against only its own TESTCTX.CERTIFICATE at its VALIDATIONCLOCK, and prints
/// one line per case and last `N passed, M failed`. Exit 1 when any case disagrees (cases whose only
/// disagreements are listed in the known-issues file are reported as known, with their reason).
int runDgcConformance(const QStringList& args);

} // namespace passdesk::cli

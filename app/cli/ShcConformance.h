#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli conformance shc EXPECTED.tsv [--at ISO8601]`: checks every row of the SMART Health Card
/// dev-tools oracle. Files are looked up beside EXPECTED.tsv in testdata/ and in ../gh-pages/examples.
/// Trust store: the examples issuer's JWKS and CRLs, and the badcrl/ issuers' key with their lists.
/// One line per row, last `N passed, M failed`; exit 1 when any row disagrees.
int runShcConformance(const QStringList& args);

} // namespace passdesk::cli

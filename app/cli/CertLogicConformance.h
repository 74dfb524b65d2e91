#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli conformance certlogic DIR...`: runs the CertLogic specification's test suites. Each
/// `*.json` under each DIR is a suite: evaluation cases (`assertions`: {data, expected}) are checked with
/// CertLogic::evaluate, validation cases (`issues`) with CertLogic::validate. One line per assertion or
/// validation case; a suite, case or assertion marked `directive: "skip"` upstream is reported as
/// skipped and counted apart. The last line is `N passed, M failed`; exit 1 when any disagrees.
int runCertLogicConformance(const QStringList& args);

} // namespace passdesk::cli

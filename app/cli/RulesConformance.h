#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli conformance rules DIR`: runs EU DCC business rules in the dgc-business-rules-testdata
/// layout (`<CC>/<RuleId>/rule.json` and `<CC>/<RuleId>/tests/*.json` with payload, external and expected
/// true/false). One line per test (and per rule that does not parse); a test agrees when the rule passes
/// for expected true and fails for expected false, an open rule never agrees. The last line is
/// `N passed, M failed`; exit 1 when any disagrees.
int runRulesConformance(const QStringList& args);

} // namespace passdesk::cli

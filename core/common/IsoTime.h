#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace passdesk {

/// Parses an ISO 8601 / RFC 3339 instant as the test data and certificates write it.
/// Accepts `YYYY-MM-DD`, `THH:MM`, `THH:MM:SS`, 1 to 9 fraction digits, and a zone of `Z`, `+hh:mm`,
/// `+hhmm` or `+hh`; no zone means UTC. Returns the instant in UTC (fractions beyond milliseconds are
/// truncated). Error code `time.invalid` on anything else.
Result<QDateTime> parseIsoInstant(const QString& text);

/// Formats an instant as `YYYY-MM-DDTHH:MM:SSZ` (UTC).
QString formatIsoInstant(const QDateTime& instant);

} // namespace passdesk

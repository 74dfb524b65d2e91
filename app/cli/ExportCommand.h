#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli export --db PATH [--from DATE] [--to DATE] --format pdf|csv|bundle --out FILE`:
/// a report for local days [from, to] (today by default; --to defaults to --from). PDF also writes
/// the matching signed bundle beside it (FILE with `.bundle`), whose digest the PDF prints. Venue
/// options (--venue-name, --venue-reg, --venue-type CODE, --venue-address, --venue-operator) override
/// the profile stored in the log for this export; --save-venue stores them. --facility-types lists the
/// 16 codes. Only reads the log: a --db that is not a file is an error, never a new empty log.
/// Exit 0 written, 2 usage or I/O error.
int runExport(const QStringList& args);

} // namespace passdesk::cli

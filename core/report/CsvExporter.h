#pragma once

#include "common/Result.h"
#include "report/ReportData.h"

#include <QIODevice>

namespace passdesk::report {

/// Writes a report's visits as CSV for spreadsheet programs: UTF-8 with a byte-order mark (so Excel
/// opens Hangul correctly), CRLF line ends, RFC 4180 quoting (a field holding a comma, quote, CR or LF
/// is quoted, quotes doubled). A text field starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
/// apostrophe so a spreadsheet never runs it as a formula, and control characters other than tab, CR
/// and LF become U+FFFD. Every CSV PassDesk writes goes through field() (or line()).
///
/// Columns (one header row, then one row per visit in chain order):
///   row_id        the log's row id (its place in the hash chain)
///   date          local date, YYYY-MM-DD
///   time          local time, HH:MM:SS
///   utc_offset    the venue's UTC offset at the time, +09:00
///   verdict       valid, invalid, check-id, exempt, unknown-issuer, unreadable
///   reasons       reason codes, space separated (see credential/ReasonCatalog)
///   cert_type     vaccination, test, recovery (empty for unreadable codes)
///   format        eu-dcc, shc
///   country       issuing country (ISO 3166 alpha-2)
///   input         camera, wedge, serial, manual, file
///   staff         who was at the counter (empty when not set)
///   policy        the scan policy in force
///   masked_id     the certificate identifier's keyed hash, masked: a1b2****e9f0
///   row_hash      the row's hash-chain value, hex (ties the line to the signed bundle)
class CsvExporter
{
public:
    /// The header row's column names, in order.
    static const QStringList& columns();
    /// Writes `data` to `out` (an open device). Errors: `io.write`.
    static Status write(const ReportData& data, QIODevice& out);
    /// Writes to a file (replaced atomically). Errors: `io.write`.
    static Status writeFile(const ReportData& data, const QString& path);
    /// One field, quoted and guarded as described above.
    static QString field(const QString& value);
    /// One record: every field through field(), comma separated, CRLF ended.
    static QString line(const QStringList& fields);
    /// What a CSV file starts with: the UTF-8 byte-order mark.
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
};

} // namespace passdesk::report

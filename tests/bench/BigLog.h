#pragma once
// A large visitor log for benchmarks, filled with plain SQL in a temporary folder: 3,000 visits a day
// from 2026-01-01 (15 s apart), one in ten refused, four staff names. Used by the log and day-view
// benchmarks.
#include "log/VisitLog.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace passdesk::bench {

struct BigLog
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<log::VisitLog> log;
    qint64 bytes = 0;

    explicit BigLog(qint64 visits = 1'000'000)
    {
        const QString path = dir.filePath(QStringLiteral("big.db"));
        log = std::move(log::VisitLog::open(path, clock, {})).value();
        auto& db = log->database();
        (void)db.exec(QStringLiteral("BEGIN"));
        const Status filled = db.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO visits (id, at_utc, at_local, local_day, verdict, reasons, format, type, policy, country, input, staff, "
            "id_hash, prev_hash, row_hash) SELECT i, "
            "strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', '+' || (i / 3000) || ' days', '+' || ((i % 3000) * 15) || ' seconds'), "
            "strftime('%Y-%m-%dT%H:%M:%S+09:00', '2026-01-01', '+' || (i / 3000) || ' days', '+' || ((i % 3000) * 15) || ' seconds'), "
            "date('2026-01-01', '+' || (i / 3000) || ' days'), CASE WHEN i % 10 = 0 THEN 'invalid' ELSE 'valid' END, "
            "CASE WHEN i % 10 = 0 THEN 'cert.expired' ELSE '' END, 'eu-dcc', CASE WHEN i % 7 = 0 THEN 'test' ELSE 'vaccination' END, "
            "'standard', 'KR', 'camera', CASE i % 4 WHEN 0 THEN 'minji' WHEN 1 THEN 'junho' WHEN 2 THEN 'seoyeon' ELSE 'alex' END, "
            "randomblob(16), randomblob(32), randomblob(32) FROM n").arg(visits));
        if (!filled) {
            std::fprintf(stderr, "cannot fill the log: %s\n", qPrintable(filled.error().message));
        }
        (void)db.exec(QStringLiteral("COMMIT"));
        (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        bytes = QFileInfo(path).size();
        std::fprintf(stderr, "%lld-visit log: %.1f MB on disk\n", static_cast<long long>(visits), double(bytes) / 1e6);
    }

    /// A day that is full (3,000 visits) in any log of at least 48,000 visits.
    static QDate fullDay() { return QDate(2026, 1, 15); }
};

} // namespace passdesk::bench

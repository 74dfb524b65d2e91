#include "report/CsvExporter.h"

#include <QSaveFile>

#include <algorithm>

namespace passdesk::report {

const QStringList& CsvExporter::columns()
{
    static const QStringList names{QStringLiteral("row_id"),   QStringLiteral("date"),    QStringLiteral("time"),
                                   QStringLiteral("utc_offset"), QStringLiteral("verdict"), QStringLiteral("reasons"),
                                   QStringLiteral("cert_type"), QStringLiteral("format"),  QStringLiteral("country"),
                                   QStringLiteral("input"),    QStringLiteral("staff"),   QStringLiteral("policy"),
                                   QStringLiteral("masked_id"), QStringLiteral("row_hash")};
    return names;
}

namespace {
bool isControl(QChar c)
{
    return (c.unicode() < 0x20 && c != u'\t' && c != u'\r' && c != u'\n') || c.unicode() == 0x7F;
}
} // namespace

QString CsvExporter::field(const QString& raw)
{
    QString cleaned;
    const QString* source = &raw;
    if (std::any_of(raw.begin(), raw.end(), isControl)) {
        cleaned = raw;
        for (QChar& c : cleaned) {
            if (isControl(c)) {
                c = QChar::ReplacementCharacter;
            }
        }
        source = &cleaned;
    }
    const QString& value = *source;
    const bool guard = !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front());
    bool quote = false;
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (!guard && !quote) {
        return value;
    }
    QString v = guard ? QLatin1Char('\'') + value : value;
    if (!quote) {
        return v;
    }
    v.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString CsvExporter::line(const QStringList& fields)
{
    QString out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out += QLatin1Char(',');
        }
        out += field(fields.at(i));
    }
    return out + QLatin1String("\r\n");
}

Status CsvExporter::write(const ReportData& data, QIODevice& out)
{
    // Buffered in chunks: one write per row would dominate the time of a 150,000-row export.
    QByteArray buf = byteOrderMark();
    buf += columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
    const auto flush = [&]() -> bool {
        const bool ok = out.write(buf) == buf.size();
        buf.clear();
        return ok;
    };
    QString line;
    for (const auto& r : data.rows) {
        line.clear();
        line += QString::number(r.id);
        for (const QString& cell : {r.atLocal.left(10), r.atLocal.mid(11, 8), r.atLocal.mid(19), r.verdict, r.reasons, r.type, r.format,
                                    r.country, r.input, r.staff, r.policy, r.maskedId}) {
            line += QLatin1Char(',');
            line += field(cell);
        }
        line += QLatin1Char(',');
        buf += line.toUtf8();
        buf += r.rowHash.toHex();
        buf += "\r\n";
        if (buf.size() > (1 << 20) && !flush()) {
            return Status::failure(QStringLiteral("io.write"), out.errorString());
        }
    }
    if (!flush()) {
        return Status::failure(QStringLiteral("io.write"), out.errorString());
    }
    return {};
}

Status CsvExporter::writeFile(const ReportData& data, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(QStringLiteral("io.write"), QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (Status s = write(data, file); !s) {
        return s;
    }
    if (!file.commit()) {
        return Status::failure(QStringLiteral("io.write"), QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace passdesk::report

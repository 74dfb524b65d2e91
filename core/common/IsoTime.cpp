#include "common/IsoTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace passdesk {

Result<QDateTime> parseIsoInstant(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)"
        R"((?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?$)"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return Result<QDateTime>::failure(QStringLiteral("time.invalid"), QStringLiteral("not an ISO 8601 instant: ") + text);
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int msec = 0;
    if (!m.captured(7).isEmpty()) {
        const QString frac = (m.captured(7) + QStringLiteral("00")).left(3);
        msec = frac.toInt();
    }
    const int hour = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt();
    const int minute = m.captured(5).isEmpty() ? 0 : m.captured(5).toInt();
    const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid()) {
        return Result<QDateTime>::failure(QStringLiteral("time.invalid"), QStringLiteral("no such date or time: ") + text);
    }
    int offsetSeconds = 0;
    if (!m.captured(9).isEmpty()) {
        const int hh = m.captured(10).toInt();
        const int mm = m.captured(11).isEmpty() ? 0 : m.captured(11).toInt();
        if (hh > 23 || mm > 59) {
            return Result<QDateTime>::failure(QStringLiteral("time.invalid"), QStringLiteral("bad zone offset: ") + text);
        }
        offsetSeconds = (hh * 3600 + mm * 60) * (m.captured(9) == QLatin1String("-") ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

QString formatIsoInstant(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

} // namespace passdesk

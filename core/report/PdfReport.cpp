#include "report/PdfReport.h"

#include "credential/CoreCatalogue.h"
#include "credential/ReasonCatalog.h"
#include "report/EvidenceBundle.h"
#include "qrcode/QrEncoder.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace passdesk::report {

namespace {

constexpr double kDpi = 300.0;
constexpr double kMargin = 15.0; // mm

double mm(double v)
{
    return v * kDpi / 25.4;
}

// The Linguist context of the report's texts; lupdate reads the literal in each QT_TRANSLATE_NOOP below.
constexpr const char* kContext = "passdesk::report::PdfReport";

/// The report's words in its language, from core's catalogues (core/translations; English is the source).
struct Words
{
    QString lang;
    QString t(const char* english) const { return credential::CoreCatalogue::translate(kContext, english, lang); }

    QString verdict(const QString& v) const
    {
        if (v == QLatin1String("valid"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Valid"));
        if (v == QLatin1String("invalid"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Invalid"));
        if (v == QLatin1String("check-id"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Check ID"));
        if (v == QLatin1String("exempt"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Exempt"));
        if (v == QLatin1String("unknown-issuer"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Unknown issuer"));
        if (v == QLatin1String("unreadable"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Unreadable"));
        return v;
    }
    QString type(const QString& v) const
    {
        if (v == QLatin1String("vaccination"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Vaccination"));
        if (v == QLatin1String("test"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Test"));
        if (v == QLatin1String("recovery"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Recovery"));
        if (v == QLatin1String("none") || v.isEmpty())
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "None"));
        return v;
    }
    QString evidence(const QString& v) const
    {
        if (v == QLatin1String("camera_lost"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Camera lost"));
        if (v == QLatin1String("scanner_lost"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Scanner lost"));
        if (v == QLatin1String("no_decode"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "No code read for a long time"));
        if (v == QLatin1String("unclean_shutdown"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Unclean shutdown"));
        if (v == QLatin1String("clock_jump"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Clock jump"));
        if (v == QLatin1String("log_error"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Log error"));
        if (v == QLatin1String("trust_stale"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Trust list stale"));
        if (v == QLatin1String("manual_outage"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Outage (manual entry)"));
        if (v == QLatin1String("log_replaced"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Log replaced"));
        if (v == QLatin1String("service_unreachable"))
            return t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Update service unreachable"));
        return v;
    }
};

QColor verdictColor(const QString& v)
{
    if (v == QLatin1String("valid")) return {0x1b, 0x7f, 0x3b};
    if (v == QLatin1String("check-id")) return {0xa8, 0x6a, 0x00};
    if (v == QLatin1String("invalid")) return {0xc6, 0x28, 0x28};
    return {0x55, 0x55, 0x55};
}

struct Column
{
    QString title;
    double width; // mm
};

/// Lays out and draws the pages. Run twice: first without drawing, to count the pages for "n / N".
class Layout
{
public:
    Layout(const ReportData& data, const PdfReport::Options& options, const QString& family, QPainter* painter,
           QPdfWriter* writer, int totalPages)
        : d(data), o(options), w{options.lang}, m_painter(painter), m_writer(writer), m_total(totalPages),
          m_family(family)
    {
        m_multiDay = d.from != d.to;
        m_columns = {{QStringLiteral("#"), 14},
                     {w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Time")), m_multiDay ? 30.0 : 22.0},
                     {w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Verdict")), 24},
                     {w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Type")), 20},
                     {w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Reason")), m_multiDay ? 46.0 : 54.0},
                     {w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Masked ID")), 26},
                     {w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Staff")), 20}};
        // The verdicts and types of this report stay whole in every language ("Unbekannter Aussteller");
        // the reason column, elided anyway, gives up the width.
        QStringList verdicts;
        for (auto it = d.summary.byVerdict.begin(); it != d.summary.byVerdict.end(); ++it) {
            verdicts << w.verdict(it.key());
        }
        QStringList types;
        for (auto it = d.summary.byType.begin(); it != d.summary.byType.end(); ++it) {
            types << w.type(it.key());
        }
        fitColumns(m_columns, 4, {{2, verdicts}, {3, types}}, font(7.5));
        m_pageW = 210.0 - 2 * kMargin;
        m_bottom = 297.0 - kMargin - 8.0;
    }

    int run()
    {
        startPage();
        title();
        venueBlock();
        summaryBlock();
        integrityBlock();
        evidenceBlock();
        visitsBlock();
        footer();
        return m_page;
    }

private:
    bool drawing() const { return m_painter != nullptr; }

    /// Widens each column to its header (bold 8 pt) and to the `cells` given for it (in `cellFont`), taking
    /// the width from column `flexible`, which keeps at least 30 mm; the rest elide as before.
    void fitColumns(QList<Column>& cols, qsizetype flexible, const QHash<qsizetype, QStringList>& cells,
                    const QFont& cellFont) const
    {
        const QFontMetricsF header(font(8, true), m_writer);
        const QFontMetricsF body(cellFont, m_writer);
        const auto toMm = [](double px) { return px * 25.4 / kDpi; };
        for (qsizetype i = 0; i < cols.size(); ++i) {
            if (i == flexible) {
                continue;
            }
            double needed = toMm(header.horizontalAdvance(cols[i].title));
            for (const QString& s : cells.value(i)) {
                needed = std::max(needed, toMm(body.horizontalAdvance(s)));
            }
            needed += 2.0; // the cell's padding, with a little to spare
            const double extra = std::min(needed - cols[i].width, cols[flexible].width - 30.0);
            if (extra > 0) {
                cols[i].width += extra;
                cols[flexible].width -= extra;
            }
        }
    }

    QFont font(double pt, bool bold = false) const
    {
        // Latin letters and digits from DejaVu Sans when installed: Qt maps some of Noto Sans CJK's Latin
        // glyphs to no character in the PDF's ToUnicode table, and pdftotext (or a copy and paste) then
        // loses digits of a digest. Hangul falls through to the CJK font.
        QFont f;
        f.setFamilies({QStringLiteral("DejaVu Sans"), m_family});
        f.setPointSizeF(pt);
        f.setBold(bold);
        f.setHintingPreference(QFont::PreferNoHinting);
        f.setKerning(false);
        // No ligatures either: a drawn "fi" becomes U+FB01 in the PDF's text, and "Zertifikat" or "verifica"
        // could no longer be searched for or copied. Qt shapes without them when letters are spaced.
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
        return f;
    }

    void text(double x, double y, const QString& s, const QFont& f, const QColor& c = Qt::black)
    {
        if (drawing()) {
            m_painter->setFont(f);
            m_painter->setPen(c);
            m_painter->drawText(QPointF(mm(x), mm(y)), s);
        }
    }

    /// `s` elided to `width` mm in `f`; cached because the same reasons and labels repeat for every row.
    QString fit(const QString& s, const QFont& f, double width)
    {
        const QString key = s + QLatin1Char('\x1f') + QString::number(f.pointSizeF()) + QLatin1Char('\x1f') + QString::number(width);
        auto it = m_elided.find(key);
        if (it == m_elided.end()) {
            it = m_elided.insert(key, QFontMetricsF(f, m_writer).elidedText(s, Qt::ElideRight, mm(width)));
        }
        return *it;
    }

    void startPage()
    {
        if (m_page > 0) {
            footer();
            if (drawing()) {
                m_writer->newPage();
            }
        }
        ++m_page;
        m_y = kMargin;
        if (m_page > 1) {
            // Running head: whose report and which period, on every page after the first.
            text(kMargin, m_y + 3, d.venue.name + QStringLiteral("  ·  ") + period(), font(8), QColor(0x55, 0x55, 0x55));
            rule(m_y + 5);
            m_y += 9;
        }
    }

    void footer()
    {
        if (!drawing()) {
            return;
        }
        const QFont f = font(8);
        rule(297.0 - kMargin - 5);
        text(kMargin, 297.0 - kMargin,
             w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "PassDesk check report")) + QStringLiteral("  ·  ") +
                 crypto_short(o.bundleDigest),
             f, QColor(0x55, 0x55, 0x55));
        const QString n = QStringLiteral("%1 / %2").arg(m_page).arg(m_total);
        const double nw = QFontMetricsF(f, m_writer).horizontalAdvance(n) * 25.4 / kDpi;
        text(210.0 - kMargin - nw, 297.0 - kMargin, n, f, QColor(0x55, 0x55, 0x55));
    }

    static QString crypto_short(const QString& digest)
    {
        return digest.isEmpty() ? QString() : QStringLiteral("SHA-256 ") + digest.left(16) + QStringLiteral("…");
    }

    void rule(double y, double thickness = 0.2)
    {
        if (drawing()) {
            m_painter->setPen(QPen(QColor(0x99, 0x99, 0x99), mm(thickness)));
            m_painter->drawLine(QPointF(mm(kMargin), mm(y)), QPointF(mm(210.0 - kMargin), mm(y)));
        }
    }

    void ensure(double height)
    {
        if (m_y + height > m_bottom) {
            startPage();
        }
    }

    QString period() const
    {
        const QString a = d.from.toString(Qt::ISODate);
        return d.from == d.to ? a : a + QStringLiteral(" ~ ") + d.to.toString(Qt::ISODate);
    }

    void heading(const QString& s)
    {
        ensure(14);
        m_y += 4;
        text(kMargin, m_y + 4.5, s, font(12, true));
        m_y += 6;
        rule(m_y, 0.3);
        m_y += 3;
    }

    void field(const QString& label, const QString& value, double labelWidth = 38)
    {
        ensure(6);
        text(kMargin, m_y + 4, label, font(9.5), QColor(0x44, 0x44, 0x44));
        text(kMargin + labelWidth, m_y + 4, value.isEmpty() ? QStringLiteral("-") : value, font(9.5));
        m_y += 5.5;
    }

    void title()
    {
        text(kMargin, m_y + 7, w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Vaccine pass check report")),
             font(18, true));
        m_y += 10;
        text(kMargin, m_y + 4,
             w.t(QT_TRANSLATE_NOOP(
                 "passdesk::report::PdfReport",
                 "Vaccine passes PassDesk checked offline, and the times the system itself could not check.")),
             font(9), QColor(0x44, 0x44, 0x44));
        m_y += 7;
    }

    void venueBlock()
    {
        heading(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Venue")));
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Name")), d.venue.name);
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Business reg. no.")), d.venue.registrationNumber);
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Facility type")), d.venue.facilityName(o.lang));
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Address")), d.venue.address);
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Operator")), d.venue.operatorName);
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Period")),
              period() + QStringLiteral("  (") + d.timeZone + QLatin1Char(')'));
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Policy in force")),
              d.policies.join(QStringLiteral(", ")));
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Generated (UTC)")), d.generatedAt);
    }

    void summaryBlock()
    {
        heading(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Summary")));
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Visits checked")),
              QString::number(d.summary.visits));
        QStringList verdicts;
        for (auto it = d.summary.byVerdict.begin(); it != d.summary.byVerdict.end(); ++it) {
            verdicts << QStringLiteral("%1 %2").arg(w.verdict(it.key())).arg(it.value());
        }
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "By verdict")),
              verdicts.join(QStringLiteral(",  ")));
        QStringList types;
        for (auto it = d.summary.byType.begin(); it != d.summary.byType.end(); ++it) {
            types << QStringLiteral("%1 %2").arg(w.type(it.key())).arg(it.value());
        }
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "By certificate type")),
              types.join(QStringLiteral(",  ")));
        field(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "System failures")),
              w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "%1 windows, unable to check for %2"))
                  .arg(d.evidence.size())
                  .arg(formatDuration(d.unableToCheckSeconds())));

        // Visits per hour: 24 bars with their counts.
        const double chartH = 26;
        ensure(chartH + 12);
        text(kMargin, m_y + 4, w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Visits per hour")), font(9.5),
             QColor(0x44, 0x44, 0x44));
        m_y += 6;
        const qint64 most = std::max<qint64>(1, *std::max_element(d.summary.byHour.begin(), d.summary.byHour.end()));
        const double barW = m_pageW / 24.0;
        const QFont small = font(6);
        for (int h = 0; h < 24; ++h) {
            const qint64 n = d.summary.byHour.value(h);
            const double bh = (chartH - 8) * double(n) / double(most);
            const double x = kMargin + h * barW;
            if (drawing() && n > 0) {
                m_painter->fillRect(QRectF(mm(x + 0.6), mm(m_y + chartH - 4 - bh), mm(barW - 1.2), mm(bh)), QColor(0x3b, 0x6e, 0xa8));
            }
            if (n > 0) {
                text(x + 0.6, m_y + chartH - 5 - bh, QString::number(n), small, QColor(0x33, 0x33, 0x33));
            }
            text(x + 0.6, m_y + chartH, QString::number(h).rightJustified(2, QLatin1Char('0')), small, QColor(0x55, 0x55, 0x55));
        }
        rule(m_y + chartH - 4);
        m_y += chartH + 2;
    }

    void integrityBlock()
    {
        const double qrSize = 32;
        heading(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Integrity")));
        ensure(qrSize + 4);
        const double top = m_y;
        const QFont label = font(8.5);
        // The monospaced face from the same Noto CJK collection, so the digest needs no other font.
        QFont mono(QStringLiteral("Noto Sans Mono CJK KR"));
        mono.setStyleHint(QFont::Monospace);
        mono.setPointSizeF(8);
        const double textW = m_pageW - qrSize - 6;
        const auto line = [&](const QString& s, const QFont& f, const QColor& c = Qt::black) {
            text(kMargin, m_y + 3.6, s, f, c);
            m_y += 4.4;
        };
        line(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Evidence bundle digest (SHA-256)")), label,
             QColor(0x44, 0x44, 0x44));
        line(o.bundleDigest.left(32), mono);
        line(o.bundleDigest.mid(32), mono);
        line(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Device key fingerprint (Ed25519, SHA-256)")), label,
             QColor(0x44, 0x44, 0x44));
        line(o.keyFingerprint.left(32), mono);
        line(o.keyFingerprint.mid(32), mono);
        m_y += 1;
        const QFont note = font(7.5);
        for (const QString& s :
             {w.t(QT_TRANSLATE_NOOP(
                  "passdesk::report::PdfReport",
                  "Check the evidence bundle handed over with this report with `passdesk-cli inspect FILE`:")),
              w.t(QT_TRANSLATE_NOOP(
                  "passdesk::report::PdfReport",
                  "it must print the same digest. The QR code carries the digest and the key fingerprint."))}) {
            text(kMargin, m_y + 3.2, fit(s, note, textW), note, QColor(0x44, 0x44, 0x44));
            m_y += 3.8;
        }
        if (!d.chain.verifiedAtExport) {
            text(kMargin, m_y + 3.6,
                 fit(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport",
                                           "Warning: the log failed its hash-chain check at export - ")) +
                         d.chain.problemAtExport,
                     font(8, true), textW),
                 font(8, true), QColor(0xc6, 0x28, 0x28));
            m_y += 4.4;
        }
        if (drawing() && !o.bundleDigest.isEmpty()) {
            const auto qr = qrcode::QrEncoder::encode(EvidenceBundle::qrText(o.bundleDigest, o.keyFingerprint));
            if (qr) {
                const double x0 = 210.0 - kMargin - qrSize;
                const double module = qrSize / (qr->size + 8); // a quiet zone of 4 modules each side
                m_painter->fillRect(QRectF(mm(x0), mm(top), mm(qrSize), mm(qrSize)), Qt::white);
                for (int y = 0; y < qr->size; ++y) {
                    for (int x = 0; x < qr->size; ++x) {
                        if (qr->dark(x, y)) {
                            // Slightly oversized modules so neighbouring squares leave no hairline gaps.
                            m_painter->fillRect(QRectF(mm(x0 + (x + 4) * module), mm(top + (y + 4) * module), mm(module) + 1, mm(module) + 1),
                                                Qt::black);
                        }
                    }
                }
            }
        }
        m_y = std::max(m_y, top + qrSize) + 2;
    }

    void evidenceBlock()
    {
        ensure(14 + 5.5 + 4.5);
        heading(
            w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Evidence windows (when checking was impossible)")));
        if (d.evidence.isEmpty()) {
            field(QString(),
                  w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "No failures were recorded in this period.")),
                  0);
            return;
        }
        QList<Column> cols{{w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Started")), 34},
                           {w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Ended")), 34},
                           {w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Duration")), 20},
                           {w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Kind")), 30},
                           {w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Cause")), 62}};
        QStringList kinds;
        for (const auto& e : d.evidence) {
            kinds << w.evidence(e.kind) + (e.manual ? QStringLiteral(" *") : QString());
        }
        fitColumns(cols, 4, {{3, kinds}}, font(8));
        tableHeader(cols);
        const QFont f = font(8);
        for (const auto& e : d.evidence) {
            if (m_y + 5 > m_bottom) {
                startPage();
                tableHeader(cols);
            }
            const QStringList cells{e.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    e.ongoing ? w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "(ongoing)"))
                                              : e.ended.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                    formatDuration(e.seconds()),
                                    w.evidence(e.kind) + (e.manual ? QStringLiteral(" *") : QString()), e.cause};
            row(cols, cells, f, {});
        }
        if (std::any_of(d.evidence.begin(), d.evidence.end(), [](const EvidenceWindow& e) { return e.manual; })) {
            field(QString(), w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "* entered by staff")), 0);
        }
    }

    void tableHeader(const QList<Column>& cols)
    {
        const QFont f = font(8, true);
        if (drawing()) {
            m_painter->fillRect(QRectF(mm(kMargin), mm(m_y), mm(m_pageW), mm(5.5)), QColor(0xe8, 0xec, 0xf2));
        }
        double x = kMargin;
        for (const auto& c : cols) {
            text(x + 1, m_y + 4, fit(c.title, f, c.width - 1.5), f);
            x += c.width;
        }
        m_y += 5.5;
    }

    void row(const QList<Column>& cols, const QStringList& cells, const QFont& f, const QList<QColor>& colors)
    {
        double x = kMargin;
        for (qsizetype i = 0; i < cols.size(); ++i) {
            text(x + 1, m_y + 3.4, fit(cells[i], f, cols[i].width - 1.5), f, colors.value(i, Qt::black));
            x += cols[i].width;
        }
        m_y += 4.5;
        if (drawing()) {
            m_painter->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), mm(0.1)));
            m_painter->drawLine(QPointF(mm(kMargin), mm(m_y - 0.6)), QPointF(mm(210.0 - kMargin), mm(m_y - 0.6)));
        }
    }

    void visitsBlock()
    {
        ensure(14 + 5.5 + 4.5 * 5); // the heading stays with the table, which never starts with fewer than five rows
        heading(w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "Visits")) +
                QStringLiteral(" (%1)").arg(d.rows.size()));
        if (d.rows.isEmpty()) {
            field(QString(), w.t(QT_TRANSLATE_NOOP("passdesk::report::PdfReport", "No visits in this period.")), 0);
            return;
        }
        const QFont f = font(7.5);
        tableHeader(m_columns);
        const qsizetype total = d.rows.size();
        for (qsizetype i = 0; i < total; ++i) {
            if (m_y + 4.5 > m_bottom) {
                startPage();
                tableHeader(m_columns);
            }
            if (!drawing()) {
                m_y += 4.5; // the counting pass only needs the height
                continue;
            }
            visitRow(d.rows[i], f);
            if (o.progress && (i % 1000 == 0 || i + 1 == total)) {
                o.progress(i + 1, total);
            }
        }
    }

    /// One visit. The hot path of a month's report (150,000 rows): the font is set once, the pen only
    /// when the colour changes, and the cells that can overflow (verdict, type, reason, staff) are
    /// elided once per distinct value; row number, time and masked identifier always fit.
    void visitRow(const ReportRow& r, const QFont& f)
    {
        m_painter->setFont(f);
        const double y = m_y + 3.4;
        double x = kMargin;
        const auto cell = [&](int column, const QString& s, const QColor& c = Qt::black) {
            if (!s.isEmpty()) {
                if (c != m_painter->pen().color()) {
                    m_painter->setPen(c);
                }
                m_painter->drawText(QPointF(mm(x + 1), mm(y)), s);
            }
            x += m_columns[column].width;
        };
        const auto cached = [&](QHash<QString, QString>& cache, const QString& key, int column, const auto& make) -> const QString& {
            auto it = cache.find(key);
            if (it == cache.end()) {
                it = cache.insert(key, fit(make(), f, m_columns[column].width - 1.5));
            }
            return *it;
        };
        cell(0, QString::number(r.id));
        cell(1, m_multiDay ? r.atLocal.mid(5, 5) + QLatin1Char(' ') + r.atLocal.mid(11, 8) : r.atLocal.mid(11, 8));
        cell(2, cached(m_verdictCells, r.verdict, 2, [&] { return w.verdict(r.verdict); }), verdictColor(r.verdict));
        cell(3, cached(m_typeCells, r.type, 3, [&] { return w.type(r.type); }));
        cell(4, cached(m_reasonCells, r.reasons, 4, [&] {
                 QStringList texts;
                 for (const QString& c : r.reasons.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                     texts << credential::ReasonCatalog::text(c, o.lang);
                 }
                 return texts.join(QStringLiteral("; "));
             }));
        cell(5, r.maskedId);
        cell(6, cached(m_staffCells, r.staff, 6, [&] { return r.staff; }));
        m_y += 4.5;
        m_painter->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), mm(0.1)));
        m_painter->drawLine(QPointF(mm(kMargin), mm(m_y - 0.6)), QPointF(mm(210.0 - kMargin), mm(m_y - 0.6)));
    }

    const ReportData& d;
    const PdfReport::Options& o;
    Words w;
    QPainter* m_painter;
    QPdfWriter* m_writer;
    int m_total;
    QString m_family;
    bool m_multiDay = false;
    QList<Column> m_columns;
    double m_pageW = 0;
    double m_bottom = 0;
    double m_y = 0;
    int m_page = 0;
    QHash<QString, QString> m_elided;
    QHash<QString, QString> m_verdictCells;
    QHash<QString, QString> m_typeCells;
    QHash<QString, QString> m_reasonCells;
    QHash<QString, QString> m_staffCells;
};

} // namespace

QString PdfReport::fontPath()
{
    return QStringLiteral("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
}

Result<QString> PdfReport::fontFamily()
{
    static QString family;
    if (!family.isEmpty()) {
        return family;
    }
    if (!QFile::exists(fontPath())) {
        return Result<QString>::failure(QStringLiteral("report.font_missing"),
                                        QStringLiteral("the Korean font %1 is missing (Debian package fonts-noto-cjk)").arg(fontPath()));
    }
    const int id = QFontDatabase::addApplicationFont(fontPath());
    const QStringList families = QFontDatabase::applicationFontFamilies(id);
    // The bold weight, when installed, keeps headings from being synthesised.
    QString bold = fontPath();
    bold.replace(QLatin1String("-Regular"), QLatin1String("-Bold"));
    if (QFile::exists(bold)) {
        QFontDatabase::addApplicationFont(bold);
    }
    // The collection holds Sans and Sans Mono faces for several regions; the Korean sans one is wanted.
    if (families.contains(QLatin1String("Noto Sans CJK KR"))) {
        family = QStringLiteral("Noto Sans CJK KR");
    }
    if (family.isEmpty() && !families.isEmpty()) {
        family = families.first();
    }
    if (family.isEmpty()) {
        return Result<QString>::failure(QStringLiteral("report.font_missing"), QStringLiteral("cannot load the Korean font ") + fontPath());
    }
    return family;
}

Result<int> PdfReport::write(const ReportData& data, const QString& path, const Options& options)
{
    auto family = fontFamily();
    if (!family) {
        return family.error();
    }
    // First pass without a painter counts the pages.
    QPdfWriter writer(path);
    writer.setResolution(int(kDpi));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("PassDesk report %1 %2").arg(data.venue.name, data.from.toString(Qt::ISODate)));
    writer.setCreator(QStringLiteral("PassDesk"));
    const int pages = Layout(data, options, *family, nullptr, &writer, 0).run();
    QPainter painter;
    if (!painter.begin(&writer)) {
        return Result<int>::failure(QStringLiteral("io.write"), QStringLiteral("cannot write ") + path);
    }
    painter.setRenderHint(QPainter::TextAntialiasing);
    Layout(data, options, *family, &painter, &writer, pages).run();
    if (!painter.end()) {
        return Result<int>::failure(QStringLiteral("io.write"), QStringLiteral("cannot finish ") + path);
    }
    return pages;
}

} // namespace passdesk::report

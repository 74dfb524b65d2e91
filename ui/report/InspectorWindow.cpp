#include "InspectorWindow.h"

#include "OwnerView.h"
#include "report/PdfReport.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace passdesk::ui {

InspectorWindow::InspectorWindow(QString language, QWidget* parent) : QDialog(parent), m_language(std::move(language))
{
    setWindowTitle(tr("PassDesk - inspector"));
    setObjectName(QStringLiteral("inspectorWindow"));
    resize(1100, 760);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open a bundle..."), this);
    m_file = new QLabel(tr("No bundle open"), this);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("inspectorKey"));
    m_key->setPlaceholderText(tr("device key from the paper report (optional)"));
    m_print = new QPushButton(tr("&Printable PDF..."), this);
    m_print->setObjectName(QStringLiteral("inspectorPrint"));
    m_print->setEnabled(false);
    bar->addWidget(open);
    bar->addWidget(m_file, 1);
    bar->addWidget(m_key, 1);
    bar->addWidget(m_print);
    layout->addLayout(bar);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("inspectorVerdict"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setWordWrap(true);
    m_verdict->setMinimumHeight(80);
    QFont big = m_verdict->font();
    big.setPointSize(big.pointSize() + 14);
    big.setBold(true);
    m_verdict->setFont(big);
    layout->addWidget(m_verdict);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("inspectorDetail"));
    m_detail->setWordWrap(true);
    QFont detailFont = m_detail->font();
    detailFont.setPointSize(detailFont.pointSize() + 3);
    detailFont.setBold(true);
    m_detail->setFont(detailFont);
    m_detail->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_detail);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("inspectorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_evidence = new QListWidget(split);
    m_evidence->setObjectName(QStringLiteral("inspectorEvidence"));
    m_visits = new QTableWidget(split);
    m_visits->setObjectName(QStringLiteral("inspectorVisits"));
    m_visits->setEditTriggers(QAbstractItemView::NoEditTriggers); // read-only
    m_visits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_visits->verticalHeader()->hide();
    m_visits->horizontalHeader()->setStretchLastSection(true);
    split->addWidget(m_evidence);
    split->addWidget(m_visits);
    split->setSizes({110, 520});
    layout->addWidget(split, 1);
    connect(open, &QPushButton::clicked, this, &InspectorWindow::choose);
    connect(m_key, &QLineEdit::editingFinished, this, [this] {
        if (!m_path.isEmpty()) {
            openBundle(m_path, m_key->text());
        }
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        const QString pdf = QDir::temp().filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral("-inspected.pdf"));
        if (writePdf(pdf).isEmpty()) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(pdf)); // the desktop's viewer prints it
        }
    });
    display(m_inspection);
}

void InspectorWindow::choose()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open an evidence bundle"), QString(),
                                                      tr("PassDesk evidence bundles (*.bundle);;All files (*)"));
    if (!file.isEmpty()) {
        openBundle(file, m_key->text());
    }
}

void InspectorWindow::openBundle(const QString& path, const QString& expectedKey)
{
    m_path = path;
    m_key->setText(expectedKey);
    m_file->setText(QFileInfo(path).fileName());
    display(report::BundleInspector::inspectFile(path, expectedKey));
}

QString InspectorWindow::writePdf(const QString& path)
{
    if (!m_inspection.authentic || !m_inspection.loaded) {
        return tr("Only an authentic bundle is printed.");
    }
    report::PdfReport::Options options;
    options.lang = m_language;
    options.bundleDigest = m_inspection.digest;
    options.keyFingerprint = m_inspection.keyFingerprint;
    auto pages = report::PdfReport::write(m_inspection.report, path, options);
    return pages ? QString() : pages.error().message;
}

void InspectorWindow::display(const report::Inspection& inspection)
{
    m_inspection = inspection;
    m_evidence->clear();
    m_visits->clear();
    m_visits->setRowCount(0);
    if (m_path.isEmpty()) {
        m_verdict->setText(tr("Open an evidence bundle to check it"));
        m_verdict->setStyleSheet(QStringLiteral("background: #263238; color: #eceff1; border-radius: 8px;"));
        m_summary->clear();
        return;
    }
    m_detail->clear();
    if (inspection.authentic) {
        m_verdict->setText(tr("AUTHENTIC"));
        m_verdict->setStyleSheet(QStringLiteral("background: #1b7f3b; color: white; border-radius: 8px;"));
    } else {
        m_verdict->setText(tr("ALTERED: %1").arg(inspection.part));
        m_detail->setText(inspection.detail);
        m_verdict->setStyleSheet(QStringLiteral("background: #b3261e; color: white; border-radius: 8px;"));
    }
    m_print->setEnabled(inspection.authentic && inspection.loaded);
    if (!inspection.loaded) {
        m_summary->setText(tr("The file's contents could not be read."));
        return;
    }
    const report::ReportData& r = inspection.report;
    QStringList verdicts;
    for (auto it = r.summary.byVerdict.cbegin(); it != r.summary.byVerdict.cend(); ++it) {
        verdicts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    QString summary = tr("%1 (%2), %3\nPeriod %4 to %5 - %6 visits: %7\nDigest %8\nDevice key %9")
                          .arg(r.venue.name, r.venue.facilityName(m_language), r.venue.registrationNumber,
                               r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
                          .arg(r.summary.visits)
                          .arg(verdicts.join(QStringLiteral(", ")), inspection.digest, inspection.keyFingerprint);
    summary += QLatin1Char('\n') + tr("%n outage window(s), unable to check for %1 (overlaps counted once)", nullptr, int(r.evidence.size()))
                                       .arg(report::formatDuration(r.unableToCheckSeconds()));
    for (const QString& w : inspection.warnings) {
        summary += QLatin1Char('\n') + tr("Note: %1").arg(w);
    }
    m_summary->setText(summary);
    for (const auto& e : r.evidence) {
        m_evidence->addItem(QStringLiteral("%1 - %2  %3%4 (%5 min)\n%6")
                                .arg(e.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                     e.ongoing ? tr("ongoing") : e.ended.toLocalTime().toString(QStringLiteral("HH:mm")),
                                     OwnerView::evidenceKindText(e.kind), e.manual ? tr(" (manual)") : QString())
                                .arg(e.seconds() / 60)
                                .arg(e.cause));
    }
    if (r.evidence.isEmpty()) {
        m_evidence->addItem(tr("No outages recorded in this period"));
    }
    const QStringList headers{tr("Row"), tr("Time"), tr("Verdict"), tr("Type"), tr("Reasons"), tr("Identifier"), tr("Staff")};
    m_visits->setColumnCount(int(headers.size()));
    m_visits->setHorizontalHeaderLabels(headers);
    m_visits->setRowCount(int(r.rows.size()));
    for (int i = 0; i < r.rows.size(); ++i) {
        const auto& row = r.rows[i];
        const QStringList cells{QString::number(row.id), row.atLocal.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')), row.verdict,
                                row.type, row.reasons, row.maskedId, row.staff};
        for (int c = 0; c < cells.size(); ++c) {
            m_visits->setItem(i, c, new QTableWidgetItem(cells[c]));
        }
    }
    m_visits->resizeColumnsToContents();
}

} // namespace passdesk::ui

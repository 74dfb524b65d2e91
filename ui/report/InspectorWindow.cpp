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
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QThread>
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
    auto* jobRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("inspectorProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("inspectorStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("inspectorCancel"));
    jobRow->addWidget(m_progress, 1);
    jobRow->addWidget(m_status, 2);
    jobRow->addWidget(m_cancel);
    layout->addLayout(jobRow);
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
        startPdf(QDir::temp().filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral("-inspected.pdf")));
    });
    connect(this, &InspectorWindow::pdfFinished, this, [this](const QString& path, const QString& error) {
        if (error.isEmpty() && m_openWhenDone) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(path)); // the desktop's viewer prints it
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &InspectorWindow::cancel);
    showIdle();
    display(m_inspection);
}

InspectorWindow::~InspectorWindow()
{
    // Core cannot be interrupted: a job in flight runs to its end, then its result is dropped (the
    // posted result dies with this object) and a PDF's temporary file removed.
    for (const Job& job : std::as_const(m_jobs)) {
        job.thread->wait();
        delete job.thread;
        if (!job.partPath.isEmpty()) {
            QFile::remove(job.partPath);
        }
    }
}

void InspectorWindow::reject()
{
    cancel();
    QDialog::reject();
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
    cancel();
    m_path = path;
    m_key->setText(expectedKey);
    m_file->setText(QFileInfo(path).fileName());
    const quint64 id = m_nextJob++;
    auto* thread = QThread::create([this, id, path, expectedKey] {
        const report::Inspection inspection = report::BundleInspector::inspectFile(path, expectedKey);
        QMetaObject::invokeMethod(this, [this, id, inspection] { checkDone(id, inspection); });
    });
    startJob(id, Job{thread, {}}, tr("Checking %1...").arg(QFileInfo(path).fileName()), false);
    display(report::Inspection{});
}

void InspectorWindow::startPdf(const QString& path)
{
    const auto fail = [this, &path](const QString& error) {
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(error);
        Q_EMIT pdfFinished(path, error);
    };
    if (isBusy() && m_jobs.value(m_current).partPath.isEmpty()) {
        fail(tr("Wait for the check to end."));
        return;
    }
    if (!m_inspection.authentic || !m_inspection.loaded) {
        fail(tr("Only an authentic bundle is printed."));
        return;
    }
    cancel();
    // Loaded here on the GUI thread, once, before any worker draws with it.
    if (auto family = report::PdfReport::fontFamily(); !family) {
        fail(tr("The printable PDF could not be written: %1").arg(family.error().message));
        return;
    }
    const QFileInfo target(path);
    QDir().mkpath(target.absolutePath());
    QTemporaryFile part(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.part"));
    part.setAutoRemove(false);
    if (!part.open()) {
        fail(tr("The printable PDF could not be written: %1").arg(part.errorString()));
        return;
    }
    const QString partPath = part.fileName();
    part.close();
    const quint64 id = m_nextJob++;
    report::PdfReport::Options options;
    // The printed report speaks the window's language.
    options.lang = m_language;
    options.bundleDigest = m_inspection.digest;
    options.keyFingerprint = m_inspection.keyFingerprint;
    options.progress = [this, id](qsizetype done, qsizetype total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        QMetaObject::invokeMethod(this, [this, id, percent] {
            if (id == m_current) {
                m_progress->setValue(percent);
            }
        });
    };
    auto* thread = QThread::create([this, id, path, partPath, data = m_inspection.report, options] {
        const auto pages = report::PdfReport::write(data, partPath, options);
        const QString error = pages ? QString() : pages.error().message;
        QMetaObject::invokeMethod(this, [this, id, path, partPath, error] { pdfDone(id, path, partPath, error); });
    });
    startJob(id, Job{thread, partPath}, tr("Writing the printable PDF..."), true);
}

void InspectorWindow::cancel()
{
    if (m_current == 0) {
        return;
    }
    const bool pdf = !m_jobs.value(m_current).partPath.isEmpty();
    m_current = 0; // the worker runs on; endJob() drops what it brings
    if (pdf) {
        showIdle();
        m_status->setText(tr("Printable PDF cancelled: nothing was written."));
        return;
    }
    m_path.clear();
    m_file->setText(tr("No bundle open"));
    display(report::Inspection{});
    showIdle();
    m_status->setText(tr("Check cancelled."));
}

void InspectorWindow::startJob(quint64 id, Job job, const QString& status, bool determinate)
{
    m_jobs.insert(id, job);
    m_current = id;
    m_progress->setRange(0, determinate ? 100 : 0); // a check has no steps to count: a busy bar
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_print->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(status);
    job.thread->start();
}

bool InspectorWindow::endJob(quint64 id)
{
    const Job job = m_jobs.take(id);
    if (job.thread != nullptr) {
        job.thread->wait(); // it has posted its result: ending now
        delete job.thread;
    }
    if (id != m_current) {
        if (!job.partPath.isEmpty()) {
            QFile::remove(job.partPath);
        }
        return false;
    }
    m_current = 0;
    return true;
}

void InspectorWindow::showIdle()
{
    m_progress->hide();
    m_cancel->hide();
    m_print->setEnabled(m_inspection.authentic && m_inspection.loaded);
}

void InspectorWindow::checkDone(quint64 id, const report::Inspection& inspection)
{
    if (!endJob(id)) {
        return;
    }
    display(inspection);
    showIdle();
    m_status->clear();
    Q_EMIT checked();
}

void InspectorWindow::pdfDone(quint64 id, const QString& path, const QString& partPath, const QString& error)
{
    if (!endJob(id)) {
        return;
    }
    showIdle();
    QString problem = error;
    if (problem.isEmpty()) {
        QFile::remove(path); // rename never replaces a file
        if (!QFile::rename(partPath, path)) {
            problem = tr("cannot save %1").arg(path);
        }
    }
    if (!problem.isEmpty()) {
        QFile::remove(partPath);
        m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_status->setText(tr("The printable PDF could not be written: %1").arg(problem));
        Q_EMIT pdfFinished(path, problem);
        return;
    }
    m_status->setText(tr("Printable PDF saved: %1").arg(QDir::toNativeSeparators(path)));
    Q_EMIT pdfFinished(path, QString());
}

void InspectorWindow::display(const report::Inspection& inspection)
{
    m_inspection = inspection;
    m_evidence->clear();
    m_visits->clear();
    m_visits->setRowCount(0);
    m_visits->setColumnCount(0); // no numbered headers over an empty table
    m_print->setEnabled(false);
    if (m_path.isEmpty() || isBusy()) {
        // Nothing open, or its check not yet ended.
        m_verdict->setText(m_path.isEmpty() ? tr("Open an evidence bundle to check it") : tr("Checking..."));
        m_verdict->setStyleSheet(QStringLiteral("background: #263238; color: #eceff1; border-radius: 8px;"));
        m_detail->clear();
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

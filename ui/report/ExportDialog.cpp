#include "ExportDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace passdesk::ui {

ExportDialog::ExportDialog(QString logPath, const report::VenueProfile& venue, QString language, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_logPath(std::move(logPath)), m_venue(venue), m_language(std::move(language)), m_clock(clock)
{
    setWindowTitle(tr("Export a report"));
    setObjectName(QStringLiteral("exportDialog"));
    resize(620, 300);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    const QDate today = clock.now().toLocalTime().date();
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("exportTo"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(e, &QDateEdit::dateChanged, this, &ExportDialog::suggestPath);
    }
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PDF for printing (with its signed bundle)"), QStringLiteral("pdf"));
    m_format->addItem(tr("CSV for spreadsheets"), QStringLiteral("csv"));
    m_format->addItem(tr("Signed evidence bundle (for inspectors)"), QStringLiteral("bundle"));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestPath);
    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto* browse = new QPushButton(tr("&Browse..."), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Save as"), pathRow);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto* buttons = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    auto* close = new QPushButton(tr("&Close"), this);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(close);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the report"), m_path->text());
        if (!file.isEmpty()) {
            m_path->setText(file);
        }
    });
    suggestPath();
}

ExportDialog::~ExportDialog()
{
    if (m_thread != nullptr) {
        m_thread->wait(); // an export in flight finishes; its file is complete or not written
        delete m_thread;
    }
}

void ExportDialog::suggestPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString format = m_format->currentData().toString();
    const QString period = m_from->date() == m_to->date()
                               ? m_from->date().toString(Qt::ISODate)
                               : m_from->date().toString(Qt::ISODate) + QLatin1Char('_') + m_to->date().toString(Qt::ISODate);
    m_path->setText(QDir(folder).filePath(QStringLiteral("passdesk-report-") + period + QLatin1Char('.') + format));
}

void ExportDialog::startExport()
{
    if (m_thread != nullptr) {
        return;
    }
    if (m_to->date() < m_from->date()) {
        m_result->setText(tr("The end of the period is before its start."));
        return;
    }
    report::ReportExporter::Request request;
    request.from = m_from->date();
    request.to = m_to->date();
    request.format = *report::ReportExporter::formatFromString(m_format->currentData().toString());
    request.outPath = m_path->text().trimmed();
    // The printed report speaks the window's language.
    request.lang = m_language;
    request.databasePath = m_logPath;
    QDir().mkpath(QFileInfo(request.outPath).absolutePath());
    request.progress = [this](qsizetype doneRows, qsizetype total) {
        const int percent = total > 0 ? int(doneRows * 100 / total) : 100;
        QMetaObject::invokeMethod(m_progress, [bar = m_progress, percent] { bar->setValue(percent); });
    };
    m_export->setEnabled(false);
    m_progress->setValue(0);
    m_result->setText(tr("Exporting..."));
    // Its own connection on its own thread: the counter keeps logging meanwhile (WAL).
    m_thread = QThread::create([this, request] {
        report::ReportExporter::Exported exported;
        QString error;
        auto log = log::VisitLog::open(m_logPath, m_clock, {});
        if (!log) {
            error = log.error().message;
        } else if (auto result = report::ReportExporter::run(**log, m_venue, request, m_clock)) {
            exported = *result;
        } else {
            error = result.error().message;
        }
        QMetaObject::invokeMethod(this, [this, exported, error] { showResult(exported, error); });
    });
    m_thread->start();
}

void ExportDialog::showResult(const report::ReportExporter::Exported& exported, const QString& error)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_export->setEnabled(true);
    if (!error.isEmpty()) {
        m_result->setText(tr("The report could not be written: %1").arg(error));
        m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
        Q_EMIT finished(error);
        return;
    }
    m_exported = exported;
    m_progress->setValue(100);
    m_result->setStyleSheet(QString());
    QString text = tr("Saved %1 (%n visit(s)).", nullptr, int(exported.visits)).arg(exported.path);
    if (!exported.digest.isEmpty()) {
        text += QLatin1Char('\n') + tr("Digest: %1").arg(exported.digest);
    }
    if (!exported.chainVerified) {
        text += QLatin1Char('\n') + tr("Warning: the visitor log fails its tamper check: %1").arg(exported.chainProblem);
    }
    m_result->setText(text);
    if (m_openWhenDone) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(exported.path));
    }
    Q_EMIT finished(QString());
}

} // namespace passdesk::ui

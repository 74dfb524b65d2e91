#pragma once

#include "common/Clock.h"
#include "report/ReportExporter.h"

#include <QDialog>
#include <QThread>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace passdesk::ui {

/// The owner's report export: a period (a day by default), PDF, CSV or signed evidence bundle, and
/// where to save it. The export runs on its own thread with its own connection to the log, with a
/// progress bar; when done the dialog names the file and its digest and opens it.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(QString logPath, const report::VenueProfile& venue, QString language, const Clock& clock, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// Open the file with the desktop's viewer when the export is done (default on; tests turn it off).
    void setOpenWhenDone(bool open) { m_openWhenDone = open; }

    QDateEdit* fromField() const { return m_from; }
    QDateEdit* toField() const { return m_to; }
    QComboBox* formatField() const { return m_format; }
    QLineEdit* pathField() const { return m_path; }
    QPushButton* exportButton() const { return m_export; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* resultLabel() const { return m_result; }
    /// The last finished export (path empty until one succeeds).
    const report::ReportExporter::Exported& exported() const { return m_exported; }

public Q_SLOTS:
    void startExport();

Q_SIGNALS:
    /// The export ended: `error` empty on success.
    void finished(const QString& error);

private:
    void suggestPath();
    void showResult(const report::ReportExporter::Exported& exported, const QString& error);

    QString m_logPath;
    report::VenueProfile m_venue;
    QString m_language;
    const Clock& m_clock;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_format;
    QLineEdit* m_path;
    QPushButton* m_export;
    QProgressBar* m_progress;
    QLabel* m_result;
    QThread* m_thread = nullptr;
    bool m_openWhenDone = true;
    report::ReportExporter::Exported m_exported;
};

} // namespace passdesk::ui

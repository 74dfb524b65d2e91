#pragma once

#include "report/BundleInspector.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace passdesk::ui {

/// The inspector's view of an evidence bundle, read-only and without the owner's PIN: the verdict
/// (AUTHENTIC in green, or ALTERED in red naming the part), the venue, period and summary, the
/// evidence windows, the visits, and a printable PDF made from the bundle.
///
/// The check and the PDF run on worker threads (a month's bundle takes a while) with a progress bar
/// and a cancel button; the window stays responsive meanwhile. A cancelled job's result is dropped
/// when its thread ends, and a cancelled PDF leaves no file: it is written under a temporary name
/// beside its destination and renamed only when complete and still wanted.
class InspectorWindow : public QDialog
{
    Q_OBJECT
public:
    explicit InspectorWindow(QString language, QWidget* parent = nullptr);
    ~InspectorWindow() override;

    /// Starts verifying a bundle and returns at once; `checked()` follows when the verdict is shown.
    /// `expectedKey`: the device key fingerprint printed on the paper report, if the inspector has it.
    /// A check or PDF still in flight is cancelled.
    void openBundle(const QString& path, const QString& expectedKey = {});
    /// Starts writing the printable PDF of the open bundle (its own data, its digest on the page) to
    /// `path` and returns at once; `pdfFinished()` follows. Only an authentic bundle is printed.
    void startPdf(const QString& path);
    /// Cancels the check or PDF in flight, if any: its result is never shown, a PDF never written.
    void cancel();
    /// A check or PDF is in flight (the progress bar and the cancel button are shown).
    bool isBusy() const { return m_current != 0; }
    /// Some worker thread is still running, a cancelled one included.
    bool hasRunningWorkers() const { return !m_jobs.isEmpty(); }
    /// Open a written PDF with the desktop's viewer (default on; tests turn it off).
    void setOpenWhenDone(bool open) { m_openWhenDone = open; }

    const report::Inspection& inspection() const { return m_inspection; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* detailLabel() const { return m_detail; }
    QLabel* summaryLabel() const { return m_summary; }
    QListWidget* evidenceList() const { return m_evidence; }
    QTableWidget* visitTable() const { return m_visits; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    /// What the window is doing or last did with a job (checking, writing, cancelled, saved, failed).
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    /// A check ended and its verdict is shown (not emitted for a cancelled check).
    void checked();
    /// A PDF ended: `error` empty when `path` was written (not emitted for a cancelled PDF).
    void pdfFinished(const QString& path, const QString& error);

protected:
    void reject() override;

private:
    struct Job
    {
        QThread* thread = nullptr;
        QString partPath; ///< a PDF's temporary file, removed unless renamed into place
    };

    void choose();
    void display(const report::Inspection& inspection);
    void startJob(quint64 id, Job job, const QString& status, bool determinate);
    /// Joins a job's ended thread; returns whether the job is still the wanted one.
    bool endJob(quint64 id);
    void checkDone(quint64 id, const report::Inspection& inspection);
    void pdfDone(quint64 id, const QString& path, const QString& partPath, const QString& error);
    void showIdle();

    QString m_language;
    QString m_path;
    report::Inspection m_inspection;
    QLabel* m_file;
    QLineEdit* m_key;
    QLabel* m_verdict;
    QLabel* m_detail;
    QLabel* m_summary;
    QListWidget* m_evidence;
    QTableWidget* m_visits;
    QPushButton* m_print;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QHash<quint64, Job> m_jobs; ///< running workers, cancelled ones included
    quint64 m_current = 0;      ///< the job whose result is wanted; 0 for none
    quint64 m_nextJob = 1;
    bool m_openWhenDone = true;
};

} // namespace passdesk::ui

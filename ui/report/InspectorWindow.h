#pragma once

#include "report/BundleInspector.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace passdesk::ui {

/// The inspector's view of an evidence bundle, read-only and without the owner's PIN: the verdict
/// (AUTHENTIC in green, or ALTERED in red naming the part), the venue, period and summary, the
/// evidence windows, the visits, and a printable PDF made from the bundle.
class InspectorWindow : public QDialog
{
    Q_OBJECT
public:
    explicit InspectorWindow(QString language, QWidget* parent = nullptr);

    /// Verifies and shows a bundle. `expectedKey`: the device key fingerprint printed on the paper
    /// report, if the inspector has it.
    void openBundle(const QString& path, const QString& expectedKey = {});

    const report::Inspection& inspection() const { return m_inspection; }
    QLabel* verdictLabel() const { return m_verdict; }
    QLabel* detailLabel() const { return m_detail; }
    QLabel* summaryLabel() const { return m_summary; }
    QListWidget* evidenceList() const { return m_evidence; }
    QTableWidget* visitTable() const { return m_visits; }
    QPushButton* printButton() const { return m_print; }
    /// Writes the printable PDF of the open bundle (its own data, its digest on the page) to `path`.
    QString writePdf(const QString& path);

private:
    void choose();
    void display(const report::Inspection& inspection);

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
};

} // namespace passdesk::ui

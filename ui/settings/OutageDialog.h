#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace passdesk::ui {

/// Staff's manual outage entry: when checking was impossible (a power cut, a national app outage) and
/// why, in their words. Stored in the evidence journal marked as manual.
class OutageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OutageDialog(const QDateTime& now, QWidget* parent = nullptr);

    QDateTime started() const;
    QDateTime ended() const;
    QString note() const;
    QDateTimeEdit* startField() const { return m_start; }
    QDateTimeEdit* endField() const { return m_end; }
    QPlainTextEdit* noteField() const { return m_note; }
    QPushButton* saveButton() const { return m_save; }

private:
    void validate();
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
    QPlainTextEdit* m_note;
    QLabel* m_problem;
    QPushButton* m_save;
};

} // namespace passdesk::ui

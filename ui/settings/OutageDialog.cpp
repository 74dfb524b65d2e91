#include "OutageDialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace passdesk::ui {

OutageDialog::OutageDialog(const QDateTime& now, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Record an outage"));
    setObjectName(QStringLiteral("outageDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Record a period when certificates could not be checked, for example a power cut or the national "
                                "system being down. It goes into the evidence journal marked as entered by staff."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const QDateTime local = now.toLocalTime();
    m_start = new QDateTimeEdit(local.addSecs(-3600), this);
    m_start->setObjectName(QStringLiteral("outageStart"));
    m_end = new QDateTimeEdit(local, this);
    m_end->setObjectName(QStringLiteral("outageEnd"));
    for (QDateTimeEdit* e : {m_start, m_end}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setCalendarPopup(true);
        e->setMaximumDateTime(local.addSecs(60));
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("outageNote"));
    m_note->setPlaceholderText(tr("What happened (required)"));
    form->addRow(tr("From"), m_start);
    form->addRow(tr("To"), m_end);
    form->addRow(tr("Cause"), m_note);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &OutageDialog::validate);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &OutageDialog::validate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &OutageDialog::validate);
    validate();
}

void OutageDialog::validate()
{
    QString problem;
    if (m_end->dateTime() < m_start->dateTime()) {
        problem = tr("The end is before the start.");
    } else if (m_note->toPlainText().trimmed().isEmpty()) {
        problem = tr("Say what happened.");
    }
    m_problem->setText(problem);
    m_save->setEnabled(problem.isEmpty());
}

QDateTime OutageDialog::started() const
{
    return m_start->dateTime().toUTC();
}

QDateTime OutageDialog::ended() const
{
    return m_end->dateTime().toUTC();
}

QString OutageDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace passdesk::ui

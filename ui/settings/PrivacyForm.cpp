#include "PrivacyForm.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace passdesk::ui {

PrivacyForm::PrivacyForm(bool contactLogging, int retentionDays, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* retentionText = new QLabel(tr("Each visit is kept for this many days and then deleted for good. The daily counts stay, "
                                        "without anything about the person. Korean guidance in 2021 was four weeks (28 days)."),
                                     this);
    retentionText->setWordWrap(true);
    layout->addWidget(retentionText);
    auto* form = new QFormLayout;
    m_retention = new QSpinBox(this);
    m_retention->setObjectName(QStringLiteral("retentionDays"));
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(retentionDays);
    form->addRow(tr("Keep visits for"), m_retention);
    layout->addLayout(form);
    layout->addSpacing(12);
    m_contact = new QCheckBox(tr("Log names and birth dates (contact logging)"), this);
    m_contact->setObjectName(QStringLiteral("contactLogging"));
    m_contact->setChecked(contactLogging);
    layout->addWidget(m_contact);
    auto* contactText = new QLabel(tr("Off: the log keeps only the time, the verdict, the kind of certificate and a coded fingerprint "
                                      "of it, so nobody can read who visited. Turn it on only if the authorities require a visitor "
                                      "list for contact tracing; names are then deleted with the visit after the period above."),
                                   this);
    contactText->setWordWrap(true);
    layout->addWidget(contactText);
    layout->addStretch(1);
}

bool PrivacyForm::contactLogging() const
{
    return m_contact->isChecked();
}

int PrivacyForm::retentionDays() const
{
    return m_retention->value();
}

} // namespace passdesk::ui

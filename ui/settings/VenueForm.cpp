#include "VenueForm.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace passdesk::ui {

namespace {
// The official Korean name (the category the guidance and an inspector use) beside the name in the
// window's language, from core's catalogue that UiLanguage installs; English beside Korean.
QString facilityLabel(const report::FacilityType& t)
{
    const char* context = "passdesk::report::VenueProfile";
    const QByteArray source = t.en.toUtf8();
    const QString local = QCoreApplication::translate(context, source.constData());
    return t.ko + QStringLiteral(" / ") + (local == t.ko ? t.en : local);
}
} // namespace

VenueForm::VenueForm(const report::VenueProfile& venue, QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(venue.name, this);
    m_name->setObjectName(QStringLiteral("venueName"));
    m_registration = new QLineEdit(venue.registrationNumber, this);
    m_registration->setObjectName(QStringLiteral("venueRegistration"));
    m_registration->setPlaceholderText(QStringLiteral("000-00-00000"));
    m_facility = new QComboBox(this);
    m_facility->setObjectName(QStringLiteral("venueFacility"));
    for (const auto& t : report::VenueProfile::facilityTypes()) {
        m_facility->addItem(facilityLabel(t), t.code);
    }
    const int index = m_facility->findData(venue.facilityType.isEmpty() ? QStringLiteral("restaurant-cafe") : venue.facilityType);
    m_facility->setCurrentIndex(std::max(0, index));
    m_address = new QLineEdit(venue.address, this);
    m_address->setObjectName(QStringLiteral("venueAddress"));
    m_operator = new QLineEdit(venue.operatorName, this);
    m_operator->setObjectName(QStringLiteral("venueOperator"));
    form->addRow(tr("Venue name"), m_name);
    form->addRow(tr("Business registration number"), m_registration);
    form->addRow(tr("Facility type"), m_facility);
    form->addRow(tr("Address"), m_address);
    form->addRow(tr("Operator"), m_operator);
    for (QLineEdit* e : {m_name, m_registration, m_address, m_operator}) {
        connect(e, &QLineEdit::textChanged, this, &VenueForm::changed);
    }
    connect(m_facility, &QComboBox::currentIndexChanged, this, &VenueForm::changed);
}

report::VenueProfile VenueForm::venue() const
{
    report::VenueProfile v;
    v.name = m_name->text().trimmed();
    v.registrationNumber = m_registration->text().trimmed();
    v.facilityType = m_facility->currentData().toString();
    v.address = m_address->text().trimmed();
    v.operatorName = m_operator->text().trimmed();
    return v;
}

QString VenueForm::problem(bool requireName) const
{
    const report::VenueProfile v = venue();
    if (requireName && v.name.isEmpty()) {
        return tr("Enter the venue's name; reports print it.");
    }
    static const QRegularExpression brn(QStringLiteral("^\\d{3}-?\\d{2}-?\\d{5}$"));
    if (!v.registrationNumber.isEmpty() && !brn.match(v.registrationNumber).hasMatch()) {
        return tr("A business registration number has ten digits (000-00-00000).");
    }
    return {};
}

} // namespace passdesk::ui

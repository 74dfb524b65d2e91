#include "VenueForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>

namespace passdesk::ui {

const std::vector<FacilityType>& facilityTypes()
{
    static const std::vector<FacilityType> types = {
        {"entertainment", "유흥시설", "Entertainment venue (bar, club)"},
        {"karaoke", "노래연습장", "Karaoke room"},
        {"bathhouse", "목욕장업", "Public bath, sauna"},
        {"indoor-sports", "실내체육시설", "Indoor sports facility, gym"},
        {"betting-casino", "경륜·경정·경마·카지노", "Racing venue, casino"},
        {"restaurant-cafe", "식당·카페", "Restaurant, cafe"},
        {"private-academy", "학원", "Private academy (hagwon)"},
        {"cinema-theatre", "영화관·공연장", "Cinema, theatre"},
        {"study-cafe", "독서실·스터디카페", "Reading room, study cafe"},
        {"multi-room", "멀티방", "Multi-room (video, game rooms)"},
        {"pc-bang", "PC방", "PC room"},
        {"stadium", "스포츠경기(관람)장", "Sports stadium (spectators)"},
        {"museum", "박물관·미술관·과학관", "Museum, gallery, science centre"},
        {"party-room", "파티룸", "Party room"},
        {"library", "도서관", "Library"},
        {"massage", "마사지업소·안마소", "Massage parlour"},
    };
    return types;
}

VenueForm::VenueForm(const VenueIdentity& venue, QWidget* parent) : QWidget(parent)
{
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(venue.name, this);
    m_name->setObjectName(QStringLiteral("venueName"));
    m_registration = new QLineEdit(venue.registrationNumber, this);
    m_registration->setObjectName(QStringLiteral("venueRegistration"));
    m_registration->setPlaceholderText(QStringLiteral("000-00-00000"));
    m_facility = new QComboBox(this);
    m_facility->setObjectName(QStringLiteral("venueFacility"));
    for (const auto& t : facilityTypes()) {
        m_facility->addItem(QString::fromUtf8(t.korean) + QStringLiteral(" / ") + QString::fromUtf8(t.english), QString::fromLatin1(t.id));
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

VenueIdentity VenueForm::venue() const
{
    VenueIdentity v;
    v.name = m_name->text().trimmed();
    v.registrationNumber = m_registration->text().trimmed();
    v.facilityType = m_facility->currentData().toString();
    v.address = m_address->text().trimmed();
    v.operatorName = m_operator->text().trimmed();
    return v;
}

QString VenueForm::problem(bool requireName) const
{
    const VenueIdentity v = venue();
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

#include "report/VenueProfile.h"

#include "credential/CoreCatalogue.h"
#include "log/MetaStore.h"

namespace passdesk::report {

namespace {
// The Linguist context of the facility names; lupdate reads the literal in each QT_TRANSLATE_NOOP below.
constexpr const char* kContext = "passdesk::report::VenueProfile";

FacilityType f(const char* code, const char* ko, const char* en)
{
    return {QString::fromUtf8(code), QString::fromUtf8(ko), QString::fromUtf8(en)};
}
} // namespace

const QList<FacilityType>& VenueProfile::facilityTypes()
{
    static const QList<FacilityType> types{
        f("entertainment", "유흥시설", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Adult entertainment venues (bars, clubs, colatecs)")),
        f("karaoke", "노래(코인)연습장", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Karaoke rooms")),
        f("bathhouse", "목욕장업", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Public baths and saunas")),
        f("indoor-sports", "실내체육시설", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Indoor sports facilities and gyms")),
        f("racing-casino", "경륜·경정·경마장, 카지노", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Racetracks and casinos")),
        f("restaurant-cafe", "식당·카페", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Restaurants and cafés")),
        f("academy", "학원 등", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Private academies and tutoring centres")),
        f("cinema-theatre", "영화관·공연장", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Cinemas and theatres")),
        f("study-cafe", "독서실·스터디카페", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Reading rooms and study cafés")),
        f("multi-room", "멀티방", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Multi-rooms (DVD and game rooms)")),
        f("pc-cafe", "PC방", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "PC cafés")),
        f("sports-stadium", "스포츠경기(관람)장", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Indoor sports stadiums")),
        f("museum", "박물관·미술관·과학관", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Museums, galleries and science centres")),
        f("party-room", "파티룸", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Party rooms")),
        f("library", "도서관", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Libraries")),
        f("massage", "마사지업소·안마소", QT_TRANSLATE_NOOP("passdesk::report::VenueProfile", "Massage parlours")),
    };
    return types;
}

const FacilityType* VenueProfile::facility(const QString& code)
{
    for (const auto& t : facilityTypes()) {
        if (t.code == code) {
            return &t;
        }
    }
    return nullptr;
}

VenueProfile VenueProfile::load(log::Database& db)
{
    VenueProfile p;
    p.name = log::MetaStore::get(db, QStringLiteral("venue.name"));
    p.registrationNumber = log::MetaStore::get(db, QStringLiteral("venue.registration"));
    p.facilityType = log::MetaStore::get(db, QStringLiteral("venue.facility"));
    p.address = log::MetaStore::get(db, QStringLiteral("venue.address"));
    p.operatorName = log::MetaStore::get(db, QStringLiteral("venue.operator"));
    if (p.name.isEmpty()) {
        p.name = QStringLiteral("PassDesk venue");
    }
    if (p.facilityType.isEmpty()) {
        p.facilityType = QStringLiteral("restaurant-cafe");
    }
    return p;
}

Status VenueProfile::save(log::Database& db) const
{
    if (facility(facilityType) == nullptr) {
        return Status::failure(QStringLiteral("venue.facility"), QStringLiteral("unknown facility type ") + facilityType);
    }
    const QList<QPair<QString, QString>> fields{{QStringLiteral("venue.name"), name},
                                                {QStringLiteral("venue.registration"), registrationNumber},
                                                {QStringLiteral("venue.facility"), facilityType},
                                                {QStringLiteral("venue.address"), address},
                                                {QStringLiteral("venue.operator"), operatorName}};
    for (const auto& [key, value] : fields) {
        if (Status s = log::MetaStore::set(db, key, value); !s) {
            return s;
        }
    }
    return {};
}

QJsonObject VenueProfile::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("registrationNumber"), registrationNumber},
            {QStringLiteral("facilityType"), facilityType},
            {QStringLiteral("address"), address},
            {QStringLiteral("operator"), operatorName}};
}

VenueProfile VenueProfile::fromJson(const QJsonObject& o)
{
    VenueProfile p;
    p.name = o.value(QLatin1String("name")).toString();
    p.registrationNumber = o.value(QLatin1String("registrationNumber")).toString();
    p.facilityType = o.value(QLatin1String("facilityType")).toString();
    p.address = o.value(QLatin1String("address")).toString();
    p.operatorName = o.value(QLatin1String("operator")).toString();
    return p;
}

QString VenueProfile::facilityName(const QString& lang) const
{
    const FacilityType* t = facility(facilityType);
    if (t == nullptr) {
        return facilityType;
    }
    return credential::CoreCatalogue::translate(kContext, t->en.toUtf8().constData(), lang);
}

} // namespace passdesk::report

#pragma once

#include "common/Result.h"
#include "log/Database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace passdesk::report {

/// One of the 16 kinds of venue where Korea required vaccine passes from 13 December 2021.
struct FacilityType
{
    QString code; ///< stable code stored in the log and the bundle, for example `restaurant-cafe`
    QString ko;   ///< the official Korean name of the guidance (a domain term, printed beside translations)
    QString en;   ///< English: the Linguist source (context "passdesk::report::VenueProfile") of facilityName()
};

/// Who the report is about: printed at the top of the PDF and signed into the bundle. Kept in the
/// log database's meta table (keys `venue.name`, `venue.registration`, `venue.facility`,
/// `venue.address`, `venue.operator`); command-line options override it for one export.
struct VenueProfile
{
    QString name;               ///< the venue's trading name
    QString registrationNumber; ///< business registration number, `123-45-67890`
    QString facilityType;       ///< a FacilityType code
    QString address;
    QString operatorName;       ///< the owner or manager responsible

    /// The 16 facility categories, in the order of the December 2021 guidance.
    static const QList<FacilityType>& facilityTypes();
    /// The category with `code`, or nullptr.
    static const FacilityType* facility(const QString& code);

    /// The profile stored in the log's meta table; unset fields take defaults (name "PassDesk venue",
    /// facility `restaurant-cafe`, others empty).
    static VenueProfile load(log::Database& db);
    /// Stores every field. Errors: `db.*`, `venue.facility` (not one of the 16 codes).
    Status save(log::Database& db) const;

    QJsonObject toJson() const;
    static VenueProfile fromJson(const QJsonObject& o);
    /// The facility's name in `lang` ("ko", "de", "it"; anything else is English, from core's catalogues),
    /// or the raw code when unknown.
    QString facilityName(const QString& lang) const;
};

} // namespace passdesk::report

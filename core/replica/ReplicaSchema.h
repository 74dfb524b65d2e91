#pragma once

#include "common/Result.h"
#include "replica/PgConnection.h"

#include <QStringList>

namespace passdesk::replica {

/// The shared venue log's server side (resources/replica/server-schema.sql): tables for visits and
/// evidence entries per counter, the triggers that keep each counter's chain continuous, one login role
/// per counter and row-level security. All calls run as the database's administrator.
class ReplicaSchema
{
public:
    /// The schema script as shipped (a Qt resource compiled into the library).
    static QString sql();
    /// Creates or brings up to date the schema, in one transaction; safe to run again. Errors: `pg.*`,
    /// `replica.schema` (the script is missing from the build).
    static Status apply(PgConnection& admin);
    /// A venue; `contactLogging` lets its counters ship names and birth dates. Safe to run again.
    static Status addVenue(PgConnection& admin, const QString& venue, bool contactLogging);
    /// A counter of `venue` with its own login role `role`; the password reaches the server only as a
    /// SCRAM-SHA-256 hash. Errors: `pg.duplicate` (the counter exists), `pg.*`.
    static Status addCounter(PgConnection& admin, const QString& counter, const QString& venue, const QString& role,
                             const QString& password);
    /// An owner's login role that reads the rows of `venues` (all counters of each) and nothing else.
    static Status addOwner(PgConnection& admin, const QString& role, const QString& password, const QStringList& venues);
};

} // namespace passdesk::replica

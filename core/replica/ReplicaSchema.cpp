#include "replica/ReplicaSchema.h"

#include <QFile>

namespace passdesk::replica {

QString ReplicaSchema::sql()
{
    QFile f(QStringLiteral(":/passdesk/replica/server-schema.sql"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

Status ReplicaSchema::apply(PgConnection& admin)
{
    const QString script = sql();
    if (script.isEmpty()) {
        return Status::failure(QStringLiteral("replica.schema"), QStringLiteral("the server schema is missing from this build"));
    }
    if (Status s = admin.begin(); !s) {
        return s;
    }
    if (Status s = admin.execScript(script); !s) {
        (void)admin.rollback();
        return s;
    }
    return admin.commit();
}

Status ReplicaSchema::addVenue(PgConnection& admin, const QString& venue, bool contactLogging)
{
    auto r = admin.exec(QStringLiteral("SELECT passdesk.add_venue($1, $2::boolean)"),
                        {venue, contactLogging ? QStringLiteral("true") : QStringLiteral("false")});
    return r ? Status() : Status(r.error());
}

Status ReplicaSchema::addCounter(PgConnection& admin, const QString& counter, const QString& venue, const QString& role,
                                 const QString& password)
{
    auto hash = admin.scramHash(role, password);
    if (!hash) {
        return hash.error();
    }
    auto r = admin.exec(QStringLiteral("SELECT passdesk.add_counter($1, $2, $3::name, $4)"), {counter, venue, role, *hash});
    return r ? Status() : Status(r.error());
}

Status ReplicaSchema::addOwner(PgConnection& admin, const QString& role, const QString& password, const QStringList& venues)
{
    auto hash = admin.scramHash(role, password);
    if (!hash) {
        return hash.error();
    }
    for (const QString& venue : venues) {
        auto r = admin.exec(QStringLiteral("SELECT passdesk.add_owner($1::name, $2, ARRAY[$3::text])"), {role, *hash, venue});
        if (!r) {
            return r.error();
        }
    }
    return {};
}

} // namespace passdesk::replica

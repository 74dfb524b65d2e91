#include "log/MetaStore.h"

namespace passdesk::log {

QString MetaStore::get(Database& db, const QString& key)
{
    auto st = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!st) {
        return {};
    }
    st->bind(1, key);
    auto row = st->step();
    return row && *row ? st->text(0) : QString();
}

Status MetaStore::set(Database& db, const QString& key, const QString& value)
{
    auto st = db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!st) {
        return st.error();
    }
    st->bind(1, key).bind(2, value);
    return st->exec();
}

} // namespace passdesk::log

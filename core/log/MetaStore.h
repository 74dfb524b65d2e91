#pragma once

#include "log/Database.h"

namespace passdesk::log {

/// Small key-value settings in the log database's `meta` table (run bookkeeping, the owner's PIN
/// hash and lockout state).
class MetaStore
{
public:
    /// The value for `key`, or empty when unset or unreadable.
    static QString get(Database& db, const QString& key);
    static Status set(Database& db, const QString& key, const QString& value);
};

} // namespace passdesk::log

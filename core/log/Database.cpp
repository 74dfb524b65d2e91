#include "log/Database.h"

#include <QFile>

#include <sqlite3.h>

namespace passdesk::log {

namespace {
Error sqliteError(sqlite3* db, int rc, const QString& what)
{
    return Error{Database::errorCode(rc), what + QStringLiteral(": ") + QString::fromUtf8(db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc))};
}
} // namespace

QString Database::errorCode(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL: return QStringLiteral("db.full");
    case SQLITE_IOERR: return QStringLiteral("db.io");
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return QStringLiteral("db.busy");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return QStringLiteral("db.corrupt");
    default: return QStringLiteral("db.error");
    }
}

Statement::Statement(Statement&& o) noexcept : m_db(o.m_db), m_stmt(o.m_stmt)
{
    o.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& o) noexcept
{
    if (this != &o) {
        sqlite3_finalize(m_stmt);
        m_db = o.m_db;
        m_stmt = o.m_stmt;
        o.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else if (value.typeId() == QMetaType::QByteArray) {
        const QByteArray b = value.toByteArray();
        sqlite3_bind_blob(m_stmt, index, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Bool) {
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
    } else {
        const QByteArray t = value.toString().toUtf8();
        sqlite3_bind_text(m_stmt, index, t.constData(), int(t.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return sqliteError(m_db, rc, QStringLiteral("step"));
}

Status Statement::exec()
{
    while (true) {
        auto r = step();
        if (!r) {
            return r.error();
        }
        if (!*r) {
            return {};
        }
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return t == nullptr ? QString() : QString::fromUtf8(t, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void* b = sqlite3_column_blob(m_stmt, column);
    return b == nullptr ? QByteArray() : QByteArray(static_cast<const char*>(b), sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, bool create)
{
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(db, rc, QStringLiteral("cannot open ") + path);
        e.code = QStringLiteral("db.open");
        sqlite3_close(db);
        return e;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    sqlite3_busy_timeout(db, 5000);
    std::unique_ptr<Database> out(new Database(db, path));
    // Touch the schema: a file that is not a database fails here, not at the first insert.
    if (Status s = out->exec(QStringLiteral("SELECT count(*) FROM sqlite_master")); !s) {
        return Error{QStringLiteral("db.corrupt"), s.error().message};
    }
    return out;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Result<Statement> Database::prepare(const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(m_db, rc, QStringLiteral("prepare"));
    }
    return Statement(m_db, stmt);
}

Status Database::exec(const QString& sql)
{
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message != nullptr ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return Error{errorCode(rc), text};
    }
    return {};
}

int Database::userVersion()
{
    auto st = prepare(QStringLiteral("PRAGMA user_version"));
    if (!st) {
        return -1;
    }
    auto row = st->step();
    if (!row || !*row) {
        return -1;
    }
    return int(st->int64(0));
}

Status Database::migrate(const QStringList& steps)
{
    const int current = userVersion();
    if (current < 0) {
        return Status::failure(QStringLiteral("db.migrate"), QStringLiteral("cannot read the schema version"));
    }
    if (current > steps.size()) {
        return Status::failure(QStringLiteral("db.too_new"),
                               QStringLiteral("the log was written by a newer PassDesk (schema %1, this one knows %2)").arg(current).arg(steps.size()));
    }
    for (int v = current; v < steps.size(); ++v) {
        Transaction t(*this);
        if (Status s = t.begin(); !s) {
            return s;
        }
        if (Status s = exec(steps.at(v)); !s) {
            return Status::failure(QStringLiteral("db.migrate"), QStringLiteral("step %1: %2").arg(v + 1).arg(s.error().message));
        }
        if (Status s = exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1)); !s) {
            return s;
        }
        if (Status s = t.commit(); !s) {
            return s;
        }
    }
    return {};
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QStringList Database::integrityProblems()
{
    QStringList out;
    auto st = prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!st) {
        return {st.error().message};
    }
    while (true) {
        auto row = st->step();
        if (!row) {
            out << row.error().message;
            break;
        }
        if (!*row) {
            break;
        }
        if (st->text(0) != QLatin1String("ok")) {
            out << st->text(0);
        }
    }
    return out;
}

Transaction::Transaction(Database& db) : m_db(db) {}

Transaction::~Transaction()
{
    if (m_open) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::begin()
{
    Status s = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = s.ok();
    return s;
}

Status Transaction::commit()
{
    Status s = m_db.exec(QStringLiteral("COMMIT"));
    if (s) {
        m_open = false;
    }
    return s;
}

} // namespace passdesk::log

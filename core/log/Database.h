#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace passdesk::log {

class Database;

/// A prepared statement (RAII). Bind by 1-based index, step, read columns by 0-based index.
class Statement
{
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    Statement& bind(int index, const QVariant& value);
    /// Runs one step: true while a row is available, false when done. Errors: `db.error`, `db.busy`,
    /// `db.full`, `db.io`.
    Result<bool> step();
    /// Runs to completion (statements without results). Same errors as step().
    Status exec();
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

/// One SQLite connection (RAII), the only place that includes sqlite3.h. Not thread-safe: one
/// connection per thread.
class Database
{
public:
    /// Opens (creating if asked) a database file; the file is made readable by its owner only.
    /// Errors: `db.open` (cannot open or not a database), `db.corrupt`.
    static Result<std::unique_ptr<Database>> open(const QString& path, bool create = true);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Result<Statement> prepare(const QString& sql);
    /// Runs one or more statements without results.
    Status exec(const QString& sql);
    /// Brings the schema to the newest version: `steps[i]` moves it from version i to i + 1 (PRAGMA
    /// user_version), each in its own transaction. Errors: `db.migrate`, `db.too_new`.
    Status migrate(const QStringList& steps);
    int userVersion();
    /// The row id of the last successful INSERT on this connection.
    qint64 lastInsertRowId() const;
    /// PRAGMA integrity_check: empty when the file is sound, else SQLite's findings.
    QStringList integrityProblems();
    QString path() const { return m_path; }

    /// Maps an SQLite result code to a PassDesk error code: `db.full`, `db.io`, `db.busy`, `db.corrupt`, `db.error`.
    static QString errorCode(int sqliteCode);

private:
    Database(sqlite3* db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3* m_db = nullptr;
    QString m_path;
};

/// BEGIN IMMEDIATE ... COMMIT, rolled back if not committed.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Status begin();
    Status commit();

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace passdesk::log

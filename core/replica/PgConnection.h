#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

struct pg_conn;

namespace passdesk::replica {

/// Where and as whom to connect. Each field goes to libpq as its own keyword (PQconnectdbParams), so
/// no value is ever parsed as part of a connection string.
struct PgParams
{
    QString host;           ///< host name, IP address, or the folder of a unix socket (starts with '/')
    int port = 5432;
    QString dbname = QStringLiteral("postgres");
    QString user;
    QString password;
    QString sslmode = QStringLiteral("prefer"); ///< libpq's sslmode: disable, prefer, require, verify-full...
    int connectTimeoutSeconds = 5;
};

/// Rows of a query result, every value in PostgreSQL's text form except `bytea`, which is decoded.
class PgRows
{
public:
    int rows() const { return int(m_values.size()); }
    int columns() const { return m_columns; }
    bool isNull(int row, int column) const { return m_nulls.at(row).at(column); }
    QString text(int row, int column) const { return QString::fromUtf8(m_values.at(row).at(column)); }
    qint64 int64(int row, int column) const { return m_values.at(row).at(column).toLongLong(); }
    /// A `bytea` column (the server's hex output decoded); other columns: their UTF-8 text.
    QByteArray bytes(int row, int column) const;
    /// For INSERT, UPDATE, DELETE: how many rows the command touched.
    qint64 affected() const { return m_affected; }

private:
    friend class PgConnection;
    int m_columns = 0;
    qint64 m_affected = 0;
    QList<QList<QByteArray>> m_values;
    QList<QList<bool>> m_nulls;
};

/// One PostgreSQL connection (libpq, RAII): the only place that includes libpq-fe.h. Synchronous and not
/// thread-safe: one connection per thread. Every query that carries a value is parameterised
/// (PQexecParams): a QByteArray is sent as `bytea` (binary), anything else as text; the SQL decides
/// the type with a cast (`$1::bigint`).
///
/// Errors are values with these codes: `pg.connect` (cannot reach or log in), `pg.lost` (the connection
/// broke; reconnect), `pg.denied` (insufficient privilege, SQLSTATE 42501), `pg.duplicate` (23505),
/// `replica.gap`, `replica.prev_mismatch`, `replica.rewrite`, `replica.names`, `replica.hash`,
/// `replica.unknown_counter` (the shared log's own checks, see resources/replica/server-schema.sql),
/// `pg.error` (anything else). The message starts with the SQLSTATE.
class PgConnection
{
public:
    /// Connects and logs in. Errors: `pg.connect`.
    static Result<std::unique_ptr<PgConnection>> open(const PgParams& params);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    /// Runs one statement with `$1..$n` bound to `params`.
    Result<PgRows> exec(const QString& sql, const QList<QVariant>& params = {});
    /// Runs a constant script of several statements (schema set-up). Takes no values: anything that
    /// comes from outside goes through exec().
    Status execScript(const QString& sql);

    Status begin() { return status(exec(QStringLiteral("BEGIN"))); }
    Status commit() { return status(exec(QStringLiteral("COMMIT"))); }
    Status rollback() { return status(exec(QStringLiteral("ROLLBACK"))); }

    /// False once the connection broke (server stopped, network cut).
    bool isOk() const;
    /// True inside BEGIN ... COMMIT (also when a statement in it failed).
    bool inTransaction() const;
    /// A password hashed for `user` as SCRAM-SHA-256 by libpq itself, so that CREATE ROLE never sees the
    /// plain password. Errors: `pg.error`.
    Result<QString> scramHash(const QString& user, const QString& password);

    /// Maps an SQLSTATE to a PassDesk error code (see the class comment).
    static QString errorCode(const QByteArray& sqlState);

private:
    explicit PgConnection(pg_conn* conn) : m_conn(conn) {}
    static Status status(const Result<PgRows>& r) { return r ? Status() : Status(r.error()); }
    pg_conn* m_conn = nullptr;
};

} // namespace passdesk::replica

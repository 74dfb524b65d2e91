#include "replica/PgConnection.h"

#include <libpq-fe.h>

#include <vector>

namespace passdesk::replica {

namespace {
constexpr Oid kByteaOid = 17;

struct ResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

QString connectionMessage(const PGconn* conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}
} // namespace

QByteArray PgRows::bytes(int row, int column) const
{
    const QByteArray& v = m_values.at(row).at(column);
    if (v.startsWith("\\x")) {
        return QByteArray::fromHex(v.mid(2));
    }
    return v;
}

QString PgConnection::errorCode(const QByteArray& state)
{
    if (state == "42501") {
        return QStringLiteral("pg.denied");
    }
    if (state == "23505") {
        return QStringLiteral("pg.duplicate");
    }
    // The shared log's own checks (server-schema.sql raises them).
    if (state == "PD001") {
        return QStringLiteral("replica.gap");
    }
    if (state == "PD002") {
        return QStringLiteral("replica.prev_mismatch");
    }
    if (state == "PD003") {
        return QStringLiteral("replica.rewrite");
    }
    if (state == "PD004") {
        return QStringLiteral("replica.names");
    }
    if (state == "PD005") {
        return QStringLiteral("replica.hash");
    }
    if (state == "PD006") {
        return QStringLiteral("replica.unknown_counter");
    }
    // Class 08 (connection exception) and 57P01..03 (the server shut down): try again later.
    if (state.startsWith("08") || state.startsWith("57P")) {
        return QStringLiteral("pg.lost");
    }
    return QStringLiteral("pg.error");
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const PgParams& p)
{
    const QByteArray host = p.host.toUtf8();
    const QByteArray port = QByteArray::number(p.port);
    const QByteArray db = p.dbname.toUtf8();
    const QByteArray user = p.user.toUtf8();
    const QByteArray password = p.password.toUtf8();
    const QByteArray sslmode = p.sslmode.toUtf8();
    const QByteArray timeout = QByteArray::number(p.connectTimeoutSeconds);
    const char* keys[] = {"host", "port", "dbname", "user", "password", "sslmode", "connect_timeout", "application_name", nullptr};
    const char* values[] = {host.constData(),     port.constData(),    db.constData(),     user.constData(), password.constData(),
                            sslmode.constData(),  timeout.constData(), "passdesk-replica", nullptr};
    PGconn* conn = PQconnectdbParams(keys, values, 0);
    if (conn == nullptr) {
        return Error{QStringLiteral("pg.connect"), QStringLiteral("out of memory")};
    }
    if (PQstatus(conn) != CONNECTION_OK) {
        Error e{QStringLiteral("pg.connect"), QStringLiteral("cannot connect to %1:%2 as %3: %4").arg(p.host).arg(p.port).arg(p.user, connectionMessage(conn))};
        PQfinish(conn);
        return e;
    }
    // Notices (the schema's "already exists, skipping") are not errors and must not reach stderr.
    PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
    return std::unique_ptr<PgConnection>(new PgConnection(conn));
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

bool PgConnection::isOk() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType t = PQtransactionStatus(m_conn);
    return t == PQTRANS_INTRANS || t == PQTRANS_INERROR || t == PQTRANS_ACTIVE;
}

namespace {
Error resultError(PGconn* conn, const PGresult* r)
{
    const char* state = r != nullptr ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const QByteArray sqlState = state != nullptr ? QByteArray(state) : QByteArray();
    QString message = QString::fromUtf8(r != nullptr ? PQresultErrorMessage(r) : PQerrorMessage(conn)).trimmed();
    if (message.isEmpty()) {
        message = connectionMessage(conn);
    }
    QString code = PgConnection::errorCode(sqlState);
    if (PQstatus(conn) != CONNECTION_OK) {
        code = QStringLiteral("pg.lost");
    }
    return Error{code, (sqlState.isEmpty() ? QStringLiteral("-----") : QString::fromLatin1(sqlState)) + QStringLiteral(": ") + message};
}
} // namespace

Result<PgRows> PgConnection::exec(const QString& sql, const QList<QVariant>& params)
{
    std::vector<QByteArray> storage;
    storage.reserve(size_t(params.size()));
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    std::vector<Oid> types;
    for (const QVariant& v : params) {
        if (v.isNull()) {
            storage.emplace_back();
            values.push_back(nullptr);
            lengths.push_back(0);
            formats.push_back(0);
            types.push_back(0);
            continue;
        }
        const bool binary = v.typeId() == QMetaType::QByteArray;
        storage.push_back(binary ? v.toByteArray() : v.toString().toUtf8());
        values.push_back(storage.back().constData());
        lengths.push_back(int(storage.back().size()));
        formats.push_back(binary ? 1 : 0);
        types.push_back(binary ? kByteaOid : 0);
    }
    const QByteArray text = sql.toUtf8();
    ResultPtr r(PQexecParams(m_conn, text.constData(), int(params.size()), types.data(), values.data(), lengths.data(), formats.data(), 0));
    const ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        return resultError(m_conn, r.get());
    }
    PgRows out;
    out.m_columns = PQnfields(r.get());
    out.m_affected = QByteArray(PQcmdTuples(r.get())).toLongLong();
    const int n = PQntuples(r.get());
    out.m_values.reserve(n);
    out.m_nulls.reserve(n);
    for (int row = 0; row < n; ++row) {
        QList<QByteArray> values_;
        QList<bool> nulls;
        for (int c = 0; c < out.m_columns; ++c) {
            const bool null = PQgetisnull(r.get(), row, c) != 0;
            nulls.append(null);
            values_.append(null ? QByteArray() : QByteArray(PQgetvalue(r.get(), row, c), PQgetlength(r.get(), row, c)));
        }
        out.m_values.append(std::move(values_));
        out.m_nulls.append(std::move(nulls));
    }
    return out;
}

Status PgConnection::execScript(const QString& sql)
{
    ResultPtr r(PQexec(m_conn, sql.toUtf8().constData()));
    const ExecStatusType st = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        return resultError(m_conn, r.get());
    }
    return {};
}

Result<QString> PgConnection::scramHash(const QString& user, const QString& password)
{
    char* hashed = PQencryptPasswordConn(m_conn, password.toUtf8().constData(), user.toUtf8().constData(), "scram-sha-256");
    if (hashed == nullptr) {
        return Error{QStringLiteral("pg.error"), QStringLiteral("cannot hash the password: ") + connectionMessage(m_conn)};
    }
    QString out = QString::fromUtf8(hashed);
    PQfreemem(hashed);
    return out;
}

} // namespace passdesk::replica

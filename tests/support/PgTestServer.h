#pragma once

#include "replica/PgConnection.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace passdesk::test {

/// A real PostgreSQL 15 server for the replica tests: initdb in a temporary folder, then pg_ctl start
/// listening only on a unix socket in that folder (no TCP port), with SCRAM-SHA-256 for every login.
/// The server refuses to run as root, so a root test run starts it as the `postgres` user the Debian
/// package creates (or `nobody`) through runuser, and the folder belongs to that user; a normal user
/// runs it as themselves. Binaries from PASSDESK_PG_BIN, else /usr/lib/postgresql/15/bin. Stopped
/// and removed by the destructor.
class PgTestServer
{
public:
    /// Creates and starts the server; check error() afterwards.
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer&) = delete;
    PgTestServer& operator=(const PgTestServer&) = delete;

    /// Empty while all is well; otherwise what failed, with the server's log.
    const QString& error() const { return m_error; }
    /// pg_ctl stop (fast) and start again: the tests' outage. False with error() set on failure.
    bool stop();
    bool start();
    bool running() const { return m_running; }

    /// The administrator (a superuser) over the socket.
    replica::PgParams admin() const;
    /// Any other login role over the socket.
    replica::PgParams as(const QString& user, const QString& password) const;

private:
    bool run(const QString& binary, const QStringList& args);

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_runAs; ///< empty: run the binaries as ourselves
    QString m_password;
    QString m_error;
    bool m_running = false;
};

} // namespace passdesk::test

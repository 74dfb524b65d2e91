#include "PgTestServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <pwd.h>
#include <unistd.h>

namespace passdesk::test {

namespace {
QString tempTemplate()
{
    // As root the server's user must reach the folder: a TMPDIR under /root would not do.
    const QString base = ::geteuid() == 0 ? QStringLiteral("/tmp") : QDir::tempPath();
    return base + QStringLiteral("/passdesk-pg-XXXXXX");
}
} // namespace

PgTestServer::PgTestServer() : m_dir(tempTemplate())
{
    m_bin = qEnvironmentVariable("PASSDESK_PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin"));
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString();
        return;
    }
    if (!QFile::exists(m_bin + QStringLiteral("/initdb"))) {
        m_error = QStringLiteral("no PostgreSQL server binaries in %1 (install postgresql-15: packaging/install-deps.sh)").arg(m_bin);
        return;
    }
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    if (uid == 0) {
        for (const char* name : {"postgres", "nobody"}) {
            if (const passwd* pw = ::getpwnam(name)) {
                m_runAs = QString::fromLatin1(name);
                uid = pw->pw_uid;
                gid = pw->pw_gid;
                break;
            }
        }
        if (m_runAs.isEmpty()) {
            m_error = QStringLiteral("running as root, and there is neither a postgres nor a nobody user to run the server as");
            return;
        }
    }
    m_password = QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString pwFile = m_dir.filePath(QStringLiteral("pw"));
    {
        QFile f(pwFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(m_password.toUtf8() + '\n') <= 0) {
            m_error = QStringLiteral("cannot write ") + pwFile;
            return;
        }
    }
    if (uid != ::geteuid() && (::chown(QFile::encodeName(m_dir.path()).constData(), uid, gid) != 0 ||
                               ::chown(QFile::encodeName(pwFile).constData(), uid, gid) != 0)) {
        m_error = QStringLiteral("cannot hand %1 to the %2 user").arg(m_dir.path(), m_runAs);
        return;
    }
    if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"), QStringLiteral("pdadmin"),
                                        QStringLiteral("--pwfile=") + pwFile, QStringLiteral("--auth=scram-sha-256"), QStringLiteral("-E"),
                                        QStringLiteral("UTF8"), QStringLiteral("--no-locale"), QStringLiteral("--no-sync")})) {
        return;
    }
    QFile::remove(pwFile);
    start();
}

PgTestServer::~PgTestServer()
{
    if (m_running) {
        stop();
    }
}

bool PgTestServer::run(const QString& binary, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // The server's user may not be able to enter our working folder.
    p.setWorkingDirectory(m_dir.path());
    const QString program = m_bin + QLatin1Char('/') + binary;
    if (m_runAs.isEmpty()) {
        p.start(program, args);
    } else {
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + args);
    }
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        const QString serverLog = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(2000)) : QString();
        m_error = QStringLiteral("%1 %2 failed (%3): %4\n%5")
                      .arg(binary, args.join(QLatin1Char(' ')), p.errorString(), QString::fromUtf8(p.readAll()), serverLog);
        return false;
    }
    return true;
}

bool PgTestServer::start()
{
    // Only the socket in our folder, no TCP; fsync off: a test server's data need not survive a power cut.
    const QString options = QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off")
                                .arg(m_dir.path());
    m_running = run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                                               m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                                               QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")});
    if (m_running) {
        m_error.clear();
    }
    return m_running;
}

bool PgTestServer::stop()
{
    const bool ok = run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                                   QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                                   QStringLiteral("stop")});
    m_running = !ok;
    return ok;
}

replica::PgParams PgTestServer::admin() const
{
    return as(QStringLiteral("pdadmin"), m_password);
}

replica::PgParams PgTestServer::as(const QString& user, const QString& password) const
{
    replica::PgParams p;
    p.host = m_dir.path();
    p.port = 5432;
    p.user = user;
    p.password = password;
    p.sslmode = QStringLiteral("disable"); // a unix socket: nothing to encrypt
    return p;
}

} // namespace passdesk::test

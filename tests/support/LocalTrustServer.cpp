#include "support/LocalTrustServer.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>

namespace passdesk::test {

LocalTrustServer::LocalTrustServer(double slowSeconds)
{
    const QString www = m_dir.filePath(QStringLiteral("www"));
    QDir().mkpath(www);
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=PassDesk test trust server (TEST ONLY)"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                   m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), caFile()});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl could not make a certificate: ") +
                  QString::fromLocal8Bit(openssl.readAllStandardError());
        return;
    }
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral(PASSDESK_SOURCE_DIR "/tests/support/trust_server.py"), QStringLiteral("--dir"), www,
                     QStringLiteral("--cert"), caFile(), QStringLiteral("--key"),
                     m_dir.filePath(QStringLiteral("key.pem")), QStringLiteral("--slow"),
                     QString::number(slowSeconds)});
    if (!m_process.waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start /usr/bin/python3");
        return;
    }
    while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) {
    }
    m_port = m_process.readLine().trimmed().toInt();
    if (m_port <= 0) {
        m_error = QStringLiteral("the trust server did not report its port");
    }
}

LocalTrustServer::~LocalTrustServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void LocalTrustServer::put(const QString& name, const QByteArray& data)
{
    QFile f(m_dir.filePath(QStringLiteral("www/") + name));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(data);
    }
}

QUrl LocalTrustServer::url(const QString& mode, const QString& name) const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1/%2/%3").arg(m_port).arg(mode, name));
}

QString LocalTrustServer::caFile() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QUrl LocalTrustServer::deadUrl()
{
    // Take a free port and let it go again: nothing listens there afterwards.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("https://127.0.0.1:%1/files/dsc.txt").arg(port));
}

} // namespace passdesk::test

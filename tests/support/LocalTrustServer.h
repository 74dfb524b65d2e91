#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace passdesk::test {

/// A real HTTPS server on 127.0.0.1 for trust-update tests: tests/support/trust_server.py run by the
/// system Python 3, with a self-signed certificate (for 127.0.0.1) made by the openssl command at start.
/// Paths choose the behaviour (see trust_server.py): /files/NAME, /wrong-type/NAME, /truncated/NAME,
/// /slow/NAME, /status/CODE. Stopped by its destructor.
class LocalTrustServer
{
public:
    /// Starts the server; `slowSeconds` is the pause of /slow/ answers. Check error() afterwards.
    explicit LocalTrustServer(double slowSeconds = 5.0);
    ~LocalTrustServer();
    LocalTrustServer(const LocalTrustServer&) = delete;
    LocalTrustServer& operator=(const LocalTrustServer&) = delete;

    /// Empty when running; otherwise what went wrong (python3 or openssl missing...).
    const QString& error() const { return m_error; }
    /// Writes a file the server serves.
    void put(const QString& name, const QByteArray& data);
    /// https://127.0.0.1:PORT/MODE/NAME
    QUrl url(const QString& mode, const QString& name) const;
    /// The self-signed certificate (PEM) to add as CA.
    QString caFile() const;
    /// A URL on 127.0.0.1 where nothing listens (server down).
    static QUrl deadUrl();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace passdesk::test

#pragma once

#include "common/Clock.h"
#include "trust/TrustRepository.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace passdesk::update {

/// Limits and TLS trust for trust-data downloads.
struct FetchSettings
{
    /// Whole transfer, from request to last byte; an answer that takes longer is abandoned.
    std::chrono::milliseconds timeout{15000};
    /// Largest body accepted; the download is aborted as soon as it grows past this.
    qint64 maxBytes = 16 * 1024 * 1024;
    /// Extra certificate authorities for the update servers (added to the system's).
    QList<QSslCertificate> caCertificates;
    /// Media types accepted (parameters such as charset ignored). A DSC list as the German backend
    /// serves it is text/plain; JSON documents are application/json.
    QStringList contentTypes{QStringLiteral("application/json"), QStringLiteral("text/plain"),
                             QStringLiteral("application/octet-stream")};
};

/// Downloads trust data over HTTPS (Qt Network) and hands the bytes to a TrustRepository, which
/// verifies them and swaps them in or keeps the live set. Lives on the thread that owns it (an event
/// loop is needed); nothing here runs on the scan path. Only https URLs are fetched. Every failure is
/// recorded in the repository's status with a stable code:
/// `fetch.network` (server down, refused, unreachable), `fetch.timeout`, `fetch.tls`, `fetch.http`
/// (status other than 200), `fetch.too_large`, `fetch.truncated` (fewer bytes than Content-Length),
/// `fetch.content_type`, `fetch.url` (not https); then the repository's own `update.*` codes.
class TrustFetcher : public QObject
{
    Q_OBJECT
public:
    TrustFetcher(trust::TrustRepository& repository, const Clock& clock, FetchSettings settings = {},
                 QObject* parent = nullptr);
    ~TrustFetcher() override;

    /// Starts one download; finished() tells how it went.
    void fetch(trust::TrustSetKind kind, const QUrl& url, const QString& shcIssuer = {});
    /// Downloads in progress.
    int pending() const { return m_pending; }

    /// Reads PEM CA certificates from a file. Errors: `fetch.tls`.
    static Result<QList<QSslCertificate>> loadCaFile(const QString& path);

Q_SIGNALS:
    /// `errorCode` empty: the update was verified and is live. Otherwise the previous set stays live.
    void finished(passdesk::trust::TrustSetKind kind, const QUrl& url, const QString& errorCode,
                  const QString& message);

private:
    void onFinished(QNetworkReply* reply, trust::TrustSetKind kind, const QString& shcIssuer);
    void report(trust::TrustSetKind kind, const QUrl& url, const Error& error);

    trust::TrustRepository& m_repository;
    const Clock& m_clock;
    FetchSettings m_settings;
    QNetworkAccessManager* m_network;
    int m_pending = 0;
};

} // namespace passdesk::update

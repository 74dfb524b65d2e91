#include "update/TrustFetcher.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace passdesk::update {

namespace {
// Set when this fetcher aborts a reply itself, so the abort is reported as what caused it.
constexpr const char* kAbortReason = "passdeskAbortReason";
} // namespace

TrustFetcher::TrustFetcher(trust::TrustRepository& repository, const Clock& clock, FetchSettings settings,
                           QObject* parent)
    : QObject(parent), m_repository(repository), m_clock(clock), m_settings(std::move(settings)),
      m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

TrustFetcher::~TrustFetcher() = default;

Result<QList<QSslCertificate>> TrustFetcher::loadCaFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<QList<QSslCertificate>>::failure(QStringLiteral("fetch.tls"),
                                                       QStringLiteral("cannot read CA file ") + path);
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certs.isEmpty()) {
        return Result<QList<QSslCertificate>>::failure(QStringLiteral("fetch.tls"),
                                                       QStringLiteral("no PEM certificate in ") + path);
    }
    return certs;
}

void TrustFetcher::fetch(trust::TrustSetKind kind, const QUrl& url, const QString& shcIssuer)
{
    if (url.scheme() != QLatin1String("https")) {
        report(kind, url,
               Error{QStringLiteral("fetch.url"), QStringLiteral("only https URLs are fetched: ") + url.toString()});
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(m_settings.timeout.count()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_settings.caCertificates.isEmpty()) {
        tls.addCaCertificates(m_settings.caCertificates);
    }
    request.setSslConfiguration(tls);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QNetworkReply* reply = m_network->get(request);
    ++m_pending;
    const qint64 maxBytes = m_settings.maxBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes) {
            reply->setProperty(kAbortReason, QStringLiteral("fetch.too_large"));
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, kind, shcIssuer] { onFinished(reply, kind, shcIssuer); });
}

void TrustFetcher::onFinished(QNetworkReply* reply, trust::TrustSetKind kind, const QString& shcIssuer)
{
    reply->deleteLater();
    --m_pending;
    const QUrl url = reply->url();
    const auto failWith = [&](const char* code, const QString& message) {
        report(kind, url, Error{QString::fromLatin1(code), message});
    };
    const QString aborted = reply->property(kAbortReason).toString();
    if (aborted == QLatin1String("fetch.too_large")) {
        failWith("fetch.too_large", QStringLiteral("body larger than %1 bytes").arg(m_settings.maxBytes));
        return;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        failWith("fetch.timeout", QStringLiteral("no complete answer within %1 ms").arg(m_settings.timeout.count()));
        return;
    case QNetworkReply::SslHandshakeFailedError:
        failWith("fetch.tls", reply->errorString());
        return;
    case QNetworkReply::RemoteHostClosedError:
        failWith("fetch.truncated", QStringLiteral("the server closed the connection early: ") + reply->errorString());
        return;
    default:
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()) {
            failWith("fetch.http", QStringLiteral("HTTP %1: %2")
                                       .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())
                                       .arg(reply->errorString()));
        } else {
            failWith("fetch.network", reply->errorString());
        }
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        failWith("fetch.http", QStringLiteral("HTTP status %1").arg(status));
        return;
    }
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader)
                                    .toString()
                                    .section(QLatin1Char(';'), 0, 0)
                                    .trimmed()
                                    .toLower();
    if (!m_settings.contentTypes.contains(contentType)) {
        failWith("fetch.content_type", QStringLiteral("unexpected content type \"%1\"").arg(contentType));
        return;
    }
    const QByteArray body = reply->readAll();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != body.size()) {
        failWith("fetch.truncated",
                 QStringLiteral("%1 of %2 bytes received").arg(body.size()).arg(length.toLongLong()));
        return;
    }
    if (body.size() > m_settings.maxBytes) {
        failWith("fetch.too_large", QStringLiteral("body larger than %1 bytes").arg(m_settings.maxBytes));
        return;
    }
    const Status applied = m_repository.apply({kind, body, url.toString(), m_clock.now(), shcIssuer});
    if (!applied) {
        Q_EMIT finished(kind, url, applied.error().code, applied.error().message);
        return;
    }
    Q_EMIT finished(kind, url, {}, {});
}

void TrustFetcher::report(trust::TrustSetKind kind, const QUrl& url, const Error& error)
{
    m_repository.recordFailure(kind, url.toString(), error, m_clock.now());
    Q_EMIT finished(kind, url, error.code, error.message);
}

} // namespace passdesk::update

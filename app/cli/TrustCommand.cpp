#include "cli/TrustCommand.h"

#include "crypto/X509Certificate.h"
#include "update/TrustFetcher.h"
#include "update/TrustStoreFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

namespace passdesk::cli {

namespace {
int usage(const QString& why)
{
    QTextStream(stderr)
        << "passdesk-cli trust: " << why << "\n"
        << "usage: passdesk-cli trust import [--kind K] [--issuer ISS] [--store DIR] [--pin KEY.pem] FILE...\n"
        << "       passdesk-cli trust fetch [--kind K] [--issuer ISS] [--ca CA.pem] [--timeout MS] [--store DIR] "
           "[--pin KEY.pem] URL...\n"
        << "       passdesk-cli trust status [--max-age-hours N] [--json] [--store DIR]\n"
        << "kinds: dsc (signed DSC list), shc-directory (VCI-style snapshot), dcc-revocation (signed), shc-crl\n";
    return 2;
}

QJsonObject toJson(const trust::TrustSetStatus& s)
{
    const auto state = s.state == trust::TrustSetStatus::State::Missing ? QStringLiteral("missing")
                       : s.state == trust::TrustSetStatus::State::Stale ? QStringLiteral("stale")
                                                                        : QStringLiteral("fresh");
    return QJsonObject{{QStringLiteral("kind"), trust::toString(s.kind)},
                       {QStringLiteral("state"), state},
                       {QStringLiteral("source"), s.source},
                       {QStringLiteral("fetchedAt"), s.fetchedAt.toString(Qt::ISODate)},
                       {QStringLiteral("issuedAt"), s.issuedAt.toString(Qt::ISODate)},
                       {QStringLiteral("ageSeconds"), s.ageSeconds},
                       {QStringLiteral("entries"), s.entries},
                       {QStringLiteral("lastError"), s.lastError.code},
                       {QStringLiteral("lastErrorMessage"), s.lastError.message}};
}
} // namespace

int runTrust(const QStringList& argsIn)
{
    QStringList args = argsIn;
    if (args.isEmpty()) {
        return usage(QStringLiteral("give import, fetch or status"));
    }
    const QString sub = args.takeFirst();
    QString storeDir;
    QString pinFile;
    QString kindText;
    QString issuer;
    QString caFile;
    int timeoutMs = 15000;
    int maxAgeHours = 72;
    bool json = false;
    QStringList inputs;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a.startsWith(QLatin1String("--")) && !hasValue) {
            return usage(a + QStringLiteral(" needs a value"));
        } else if (a == QLatin1String("--store")) {
            storeDir = args.at(++i);
        } else if (a == QLatin1String("--pin")) {
            pinFile = args.at(++i);
        } else if (a == QLatin1String("--kind")) {
            kindText = args.at(++i);
        } else if (a == QLatin1String("--issuer")) {
            issuer = args.at(++i);
        } else if (a == QLatin1String("--ca")) {
            caFile = args.at(++i);
        } else if (a == QLatin1String("--timeout")) {
            timeoutMs = args.at(++i).toInt();
        } else if (a == QLatin1String("--max-age-hours")) {
            maxAgeHours = args.at(++i).toInt();
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(QStringLiteral("unknown option ") + a);
        } else {
            inputs << a;
        }
    }
    bool haveKind = false;
    trust::TrustSetKind kind = trust::TrustSetKind::DscList;
    if (!kindText.isEmpty()) {
        auto k = trust::trustSetKindFromString(kindText);
        if (!k) {
            return usage(k.error().message);
        }
        kind = *k;
        haveKind = true;
    }
    auto repo = update::TrustStoreFolder::open(storeDir, pinFile);
    if (!repo) {
        QTextStream(stderr) << "passdesk-cli trust: " << repo.error().message << "\n";
        return 2;
    }
    trust::TrustRepository& r = **repo;
    r.setMaxAge(std::chrono::hours(maxAgeHours));
    QTextStream out(stdout);
    int failures = 0;

    if (sub == QLatin1String("import")) {
        if (inputs.isEmpty()) {
            return usage(QStringLiteral("import needs at least one FILE"));
        }
        for (const QString& path : inputs) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024 * 1024) {
                out << path << ": REFUSED trust.unreadable cannot read (or larger than 64 MB)\n";
                ++failures;
                continue;
            }
            const QByteArray bytes = f.readAll();
            auto detected = haveKind ? Result<trust::TrustSetKind>(kind) : trust::TrustRepository::detectKind(bytes);
            if (!detected) {
                out << path << ": REFUSED " << detected.error().code << " " << detected.error().message << "\n";
                ++failures;
                continue;
            }
            const Status s = r.apply(
                {*detected, bytes, QFileInfo(path).absoluteFilePath(), QDateTime::currentDateTimeUtc(), issuer});
            if (s) {
                out << path << ": applied as " << trust::toString(*detected) << "\n";
            } else {
                out << path << ": REFUSED " << s.error().code << " " << s.error().message
                    << "; the previous set stays live\n";
                ++failures;
            }
        }
    } else if (sub == QLatin1String("fetch")) {
        if (inputs.isEmpty()) {
            return usage(QStringLiteral("fetch needs at least one URL"));
        }
        update::FetchSettings settings;
        settings.timeout = std::chrono::milliseconds(timeoutMs);
        if (!caFile.isEmpty()) {
            auto ca = update::TrustFetcher::loadCaFile(caFile);
            if (!ca) {
                QTextStream(stderr) << "passdesk-cli trust: " << ca.error().message << "\n";
                return 2;
            }
            settings.caCertificates = *ca;
        }
        SystemClock clock;
        update::TrustFetcher fetcher(r, clock, settings);
        QObject::connect(&fetcher, &update::TrustFetcher::finished,
                         [&](trust::TrustSetKind k, const QUrl& url, const QString& code, const QString& message) {
                             if (code.isEmpty()) {
                                 out << url.toString() << ": applied as " << trust::toString(k) << "\n";
                             } else {
                                 out << url.toString() << ": REFUSED " << code << " " << message
                                     << "; the previous set stays live\n";
                                 ++failures;
                             }
                             out.flush();
                             if (fetcher.pending() == 0) {
                                 QCoreApplication::quit();
                             }
                         });
        for (const QString& url : inputs) {
            fetcher.fetch(kind, QUrl(url), issuer);
        }
        if (fetcher.pending() > 0) {
            QCoreApplication::exec();
        }
    } else if (sub != QLatin1String("status")) {
        return usage(QStringLiteral("unknown trust command ") + sub);
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json) {
        QJsonArray sets;
        for (const auto& s : r.status(now)) {
            sets.append(toJson(s));
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("sets"), sets}}).toJson(QJsonDocument::Indented);
    } else {
        for (const auto& s : r.status(now)) {
            out << s.summary() << "\n";
        }
    }
    if (sub == QLatin1String("status")) {
        const auto all = r.status(now);
        const bool stale = std::any_of(all.cbegin(), all.cend(),
                                       [](const auto& s) { return s.state == trust::TrustSetStatus::State::Stale; });
        return stale ? 1 : 0;
    }
    return failures == 0 ? 0 : 1;
}

} // namespace passdesk::cli

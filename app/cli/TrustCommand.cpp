#include "cli/TrustCommand.h"

#include "cli/CliParser.h"
#include "crypto/X509Certificate.h"
#include "update/TrustFetcher.h"
#include "trust/TrustStartup.h"

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
    const QString sub = argsIn.value(0);
    CliParser parser(QStringLiteral("trust ") + sub);
    if (auto done = parser.parse(argsIn.mid(1))) {
        return *done;
    }
    const QString storeDir = parser.value(QStringLiteral("store"));
    const QString pinFile = parser.value(QStringLiteral("pin"));
    const QString kindText = parser.value(QStringLiteral("kind"));
    const QString issuer = parser.value(QStringLiteral("issuer"));
    const QString caFile = parser.value(QStringLiteral("ca"));
    const bool json = parser.json();
    const QStringList inputs = parser.positionalArguments();
    bool ok = false;
    const int timeoutMs = parser.value(QStringLiteral("timeout"), QStringLiteral("15000")).toInt(&ok);
    if (!ok || timeoutMs < 1) {
        return parser.usageError(QStringLiteral("--timeout needs a positive number of milliseconds"));
    }
    const int maxAgeHours = parser.value(QStringLiteral("max-age-hours"), QStringLiteral("72")).toInt(&ok);
    if (!ok || maxAgeHours < 0) {
        return parser.usageError(QStringLiteral("--max-age-hours needs a number of hours (0 or more)"));
    }
    if (sub == QLatin1String("status") && !inputs.isEmpty()) {
        return parser.usageError(QStringLiteral("unexpected argument ") + inputs.first());
    }
    if (sub != QLatin1String("status") && inputs.isEmpty()) {
        return parser.usageError(sub == QLatin1String("fetch") ? QStringLiteral("give at least one URL") : QStringLiteral("give at least one FILE"));
    }
    bool haveKind = false;
    trust::TrustSetKind kind = trust::TrustSetKind::DscList;
    if (!kindText.isEmpty()) {
        auto k = trust::trustSetKindFromString(kindText);
        if (!k) {
            return parser.usageError(QStringLiteral("--kind: ") + k.error().message);
        }
        kind = *k;
        haveKind = true;
    }
    auto repo = trust::TrustStartup::openStore(storeDir, pinFile);
    if (!repo) {
        return parser.fail(repo.error().code, repo.error().message);
    }
    trust::TrustRepository& r = **repo;
    r.setMaxAge(std::chrono::hours(maxAgeHours));
    QTextStream out(stdout);
    int failures = 0;
    // With --json each input's result goes into the one JSON document, so stdout stays parseable.
    QJsonArray results;
    const auto applied = [&](const QString& input, trust::TrustSetKind k) {
        if (json) {
            results.append(QJsonObject{{QStringLiteral("input"), input},
                                       {QStringLiteral("applied"), true},
                                       {QStringLiteral("kind"), trust::toString(k)}});
        } else {
            out << input << ": applied as " << trust::toString(k) << "\n";
        }
    };
    const auto refused = [&](const QString& input, const QString& code, const QString& message, bool previousStaysLive) {
        ++failures;
        if (json) {
            results.append(QJsonObject{{QStringLiteral("input"), input},
                                       {QStringLiteral("applied"), false},
                                       {QStringLiteral("error"), code},
                                       {QStringLiteral("message"), message}});
        } else {
            out << input << ": REFUSED " << code << " " << message << (previousStaysLive ? "; the previous set stays live" : "") << "\n";
        }
    };

    if (sub == QLatin1String("import")) {
        for (const QString& path : inputs) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024 * 1024) {
                refused(path, QStringLiteral("trust.unreadable"), QStringLiteral("cannot read (or larger than 64 MB)"), false);
                continue;
            }
            const QByteArray bytes = f.readAll();
            auto detected = haveKind ? Result<trust::TrustSetKind>(kind) : trust::TrustRepository::detectKind(bytes);
            if (!detected) {
                refused(path, detected.error().code, detected.error().message, false);
                continue;
            }
            const Status s = r.apply(
                {*detected, bytes, QFileInfo(path).absoluteFilePath(), QDateTime::currentDateTimeUtc(), issuer});
            if (s) {
                applied(path, *detected);
            } else {
                refused(path, s.error().code, s.error().message, true);
            }
        }
    } else if (sub == QLatin1String("fetch")) {
        update::FetchSettings settings;
        settings.timeout = std::chrono::milliseconds(timeoutMs);
        if (!caFile.isEmpty()) {
            auto ca = update::TrustFetcher::loadCaFile(caFile);
            if (!ca) {
                return parser.fail(ca.error().code, ca.error().message);
            }
            settings.caCertificates = *ca;
        }
        SystemClock clock;
        update::TrustFetcher fetcher(r, clock, settings);
        QObject::connect(&fetcher, &update::TrustFetcher::finished,
                         [&](trust::TrustSetKind k, const QUrl& url, const QString& code, const QString& message) {
                             if (code.isEmpty()) {
                                 applied(url.toString(), k);
                             } else {
                                 refused(url.toString(), code, message, true);
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
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (json) {
        QJsonArray sets;
        for (const auto& s : r.status(now)) {
            sets.append(toJson(s));
        }
        QJsonObject doc{{QStringLiteral("sets"), sets}};
        if (sub != QLatin1String("status")) {
            doc.insert(QStringLiteral("results"), results);
        }
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
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

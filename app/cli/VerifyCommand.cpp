#include "cli/VerifyCommand.h"

#include "cli/CliOutput.h"
#include "cli/ImageCodes.h"
#include "update/TrustStoreFolder.h"
#include "common/IsoTime.h"
#include "credential/CredentialVerifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace passdesk::cli {

namespace {
int usage(const QString& why)
{
    QTextStream err(stderr);
    err << "passdesk-cli verify: " << why << "\n"
        << "usage: passdesk-cli verify [--trust PATH]... [--trust-store DIR [--pin KEY.pem]] [--at ISO8601] [--json] [--lang ko|en] "
           "(TEXT | --stdin | --image FILE...)\n";
    return 2;
}

bool allChunked(const QList<QByteArray>& texts)
{
    return texts.size() > 1 && std::all_of(texts.cbegin(), texts.cend(), [](const QByteArray& t) {
               return t.startsWith("shc:/") && t.indexOf('/', 5) > 0;
           });
}
} // namespace

int runVerify(const QStringList& args)
{
    QStringList trustPaths;
    QString trustStoreDir;
    QString pinFile;
    QStringList images;
    QString atText;
    QString language = CliOutput::defaultLanguage();
    QString text;
    bool json = false;
    bool fromStdin = false;
    bool haveText = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const auto next = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size()) {
                return std::nullopt;
            }
            return args.at(++i);
        };
        if (a == QLatin1String("--trust")) {
            auto v = next();
            if (!v) {
                return usage(QStringLiteral("--trust needs a path"));
            }
            trustPaths << *v;
        } else if (a == QLatin1String("--trust-store") || a == QLatin1String("--pin")) {
            auto v = next();
            if (!v) {
                return usage(a + QStringLiteral(" needs a path"));
            }
            (a == QLatin1String("--pin") ? pinFile : trustStoreDir) = *v;
        } else if (a == QLatin1String("--at")) {
            auto v = next();
            if (!v) {
                return usage(QStringLiteral("--at needs an ISO 8601 instant"));
            }
            atText = *v;
        } else if (a == QLatin1String("--lang")) {
            auto v = next();
            if (!v) {
                return usage(QStringLiteral("--lang needs ko or en"));
            }
            language = *v;
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--stdin")) {
            fromStdin = true;
        } else if (a == QLatin1String("--image")) {
            while (i + 1 < args.size() && !args.at(i + 1).startsWith(QLatin1String("--"))) {
                images << args.at(++i);
            }
            if (images.isEmpty()) {
                return usage(QStringLiteral("--image needs at least one file"));
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(QStringLiteral("unknown option ") + a);
        } else if (!haveText) {
            text = a;
            haveText = true;
        } else {
            return usage(QStringLiteral("give one TEXT (quote it)"));
        }
    }
    if (int(haveText) + int(fromStdin) + int(!images.isEmpty()) != 1) {
        return usage(QStringLiteral("give exactly one of TEXT, --stdin or --image"));
    }

    QDateTime at = QDateTime::currentDateTimeUtc();
    if (!atText.isEmpty()) {
        auto parsed = parseIsoInstant(atText);
        if (!parsed) {
            return usage(parsed.error().message);
        }
        at = *parsed;
    }

    auto store = std::make_shared<trust::TrustStore>();
    for (const QString& path : trustPaths) {
        auto n = store->importPath(path);
        if (!n) {
            QTextStream(stderr) << "passdesk-cli verify: trust " << path << ": " << n.error().message << "\n";
            return 2;
        }
    }
    std::shared_ptr<const trust::TrustStore> live = store;
    if (!trustStoreDir.isEmpty()) {
        auto repo = update::TrustStoreFolder::open(trustStoreDir, pinFile, store);
        if (!repo) {
            QTextStream(stderr) << "passdesk-cli verify: " << repo.error().message << "\n";
            return 2;
        }
        live = (*repo)->snapshot();
    }
    const credential::CredentialVerifier verifier(live);

    // One group per credential: chunked SMART Health Card codes form one group.
    QList<QList<QByteArray>> groups;
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return usage(QStringLiteral("cannot read standard input"));
        }
        const QByteArray all = in.read(1024 * 1024);
        QList<QByteArray> lines;
        for (const QByteArray& line : all.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                lines << line.trimmed();
            }
        }
        if (lines.isEmpty()) {
            return usage(QStringLiteral("nothing on standard input"));
        }
        if (allChunked(lines)) {
            groups << lines;
        } else {
            for (const auto& l : lines) {
                groups << QList<QByteArray>{l};
            }
        }
    } else if (haveText) {
        groups << QList<QByteArray>{text.toUtf8()};
    } else {
        QList<QByteArray> codes;
        for (const QString& path : images) {
            auto found = ImageCodes::read(path);
            if (!found) {
                QTextStream(stderr) << "passdesk-cli verify: " << path << ": " << found.error().message << "\n";
                return 2;
            }
            if (found->isEmpty()) {
                QTextStream(stderr) << "passdesk-cli verify: " << path << ": no QR code found\n";
            }
            codes << *found;
        }
        if (codes.isEmpty()) {
            return 1;
        }
        if (allChunked(codes)) {
            groups << codes;
        } else {
            for (const auto& c : codes) {
                groups << QList<QByteArray>{c};
            }
        }
    }

    QTextStream out(stdout);
    bool allVerified = true;
    for (const auto& group : groups) {
        const credential::Verification v = verifier.verify(group, at);
        allVerified = allVerified && v.verified();
        if (json) {
            out << QJsonDocument(CliOutput::toJson(v)).toJson(QJsonDocument::Compact) << "\n";
        } else {
            out << CliOutput::toText(v, language) << "\n";
        }
    }
    return allVerified ? 0 : 1;
}

} // namespace passdesk::cli

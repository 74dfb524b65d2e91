#include "cli/VerifyCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliParser.h"
#include "cli/ImageCodes.h"
#include "common/IsoTime.h"
#include "credential/CredentialVerifier.h"
#include "credential/ShcChunks.h"
#include "trust/TrustStartup.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace passdesk::cli {

namespace {
bool allChunked(const QList<QByteArray>& texts)
{
    return texts.size() > 1 && std::all_of(texts.cbegin(), texts.cend(), [](const QByteArray& t) {
               return credential::ShcChunks::isChunk(t);
           });
}
} // namespace

int runVerify(const QStringList& args)
{
    CliParser parser(QStringLiteral("verify"));
    if (auto done = parser.parse(args)) {
        return *done;
    }
    const QStringList trustPaths = parser.values(QStringLiteral("trust"));
    const QString trustStoreDir = parser.value(QStringLiteral("trust-store"));
    const QString pinFile = parser.value(QStringLiteral("pin"));
    const QString atText = parser.value(QStringLiteral("at"));
    const bool json = parser.json();
    const bool fromStdin = parser.isSet(QStringLiteral("stdin"));
    // --image takes every argument as a file (FILE...), so it is a flag and the files are the arguments.
    const QStringList images = parser.isSet(QStringLiteral("image")) ? parser.positionalArguments() : QStringList();
    const bool haveText = !parser.isSet(QStringLiteral("image")) && !parser.positionalArguments().isEmpty();
    if (parser.isSet(QStringLiteral("image")) && images.isEmpty()) {
        return parser.usageError(QStringLiteral("--image needs at least one file"));
    }
    if (haveText && parser.positionalArguments().size() > 1) {
        return parser.usageError(QStringLiteral("give one TEXT (quote it)"));
    }
    const QString text = haveText ? parser.positionalArguments().first() : QString();
    const auto language = parser.language(CliOutput::defaultLanguage());
    if (!language) {
        return 2;
    }
    if (!pinFile.isEmpty() && trustStoreDir.isEmpty()) {
        return parser.usageError(QStringLiteral("--pin applies to --trust-store"));
    }
    if (int(haveText) + int(fromStdin) + int(!images.isEmpty()) != 1) {
        return parser.usageError(QStringLiteral("give exactly one of TEXT, --stdin or --image FILE..."));
    }

    QDateTime at = QDateTime::currentDateTimeUtc();
    if (!atText.isEmpty()) {
        auto parsed = parseIsoInstant(atText);
        if (!parsed) {
            return parser.usageError(QStringLiteral("--at: ") + parsed.error().message);
        }
        at = *parsed;
    }

    trust::TrustStartup::Options trustOptions;
    trustOptions.importPaths = trustPaths;
    trustOptions.storeDir = trustStoreDir;
    trustOptions.pinFile = pinFile;
    trustOptions.stopAtFirstError = true;
    const auto loaded = trust::TrustStartup::load(trustOptions, QDateTime::currentDateTimeUtc());
    if (loaded.error) {
        const QString where = loaded.failedPath.isEmpty() ? QString() : QStringLiteral("trust ") + loaded.failedPath + QStringLiteral(": ");
        return parser.fail(loaded.error->code, where + loaded.error->message);
    }
    const std::shared_ptr<const trust::TrustStore> live = loaded.snapshot;
    const credential::CredentialVerifier verifier(live);

    // One group per credential: chunked SMART Health Card codes form one group.
    QList<QList<QByteArray>> groups;
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return parser.fail(QStringLiteral("input.unreadable"), QStringLiteral("cannot read standard input"));
        }
        const QByteArray all = in.read(1024 * 1024);
        QList<QByteArray> lines;
        for (const QByteArray& line : all.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                lines << line.trimmed();
            }
        }
        if (lines.isEmpty()) {
            return parser.fail(QStringLiteral("input.empty"), QStringLiteral("nothing on standard input"));
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
                return parser.fail(found.error().code, path + QStringLiteral(": ") + found.error().message);
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
            out << CliOutput::toText(v, *language) << "\n";
        }
    }
    return allVerified ? 0 : 1;
}

} // namespace passdesk::cli

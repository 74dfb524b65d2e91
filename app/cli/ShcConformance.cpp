#include "cli/ShcConformance.h"

#include "cli/CliParser.h"
#include "cli/ImageCodes.h"
#include "common/IsoTime.h"
#include "credential/SmartHealthCardDecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace passdesk::cli {

using credential::Outcome;
using credential::SmartHealthCardDecoder;
using credential::Verification;

namespace {
const QString kExamplesIssuer = QStringLiteral("https://spec.smarthealth.cards/examples/issuer");
// testdata/badcrl/info.md: every bad-CRL issuer shares badcrl/public.json and has this iss.
const QString kBadCrlIssuerBase = QStringLiteral("https://github.com/smart-on-fhir/health-cards-dev-tools/blob/main/testdata/badcrl/");

QByteArray readAll(const QString& path, bool* ok)
{
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly) && f.size() < 16 * 1024 * 1024;
    return *ok ? f.readAll() : QByteArray();
}

// Loads the issuers the oracle assumes; a list that is refused is reported, and stays refused.
QStringList buildTrust(trust::TrustStore& store, const QDir& testdata, const QDir& examples)
{
    QStringList notes;
    bool ok = false;
    const QDir issuer(examples.filePath(QStringLiteral("issuer/.well-known")));
    auto n = store.addShcJwks(kExamplesIssuer, readAll(issuer.filePath(QStringLiteral("jwks.json")), &ok), QStringLiteral("SMART Health Card examples"));
    notes << QStringLiteral("examples issuer: ") + (n ? QString::number(*n) + QStringLiteral(" keys") : n.error().message);
    for (const QFileInfo& crl : QDir(issuer.filePath(QStringLiteral("crl"))).entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        const Status s = store.addShcCrl(kExamplesIssuer, readAll(crl.filePath(), &ok));
        notes << QStringLiteral("examples CRL ") + crl.fileName() + QStringLiteral(": ") + (s ? QStringLiteral("imported") : QStringLiteral("refused: ") + s.error().message);
    }
    const QDir bad(testdata.filePath(QStringLiteral("badcrl")));
    const QByteArray badJwks = QByteArrayLiteral("{\"keys\":[") + readAll(bad.filePath(QStringLiteral("public.json")), &ok) + QByteArrayLiteral("]}");
    for (const QFileInfo& d : bad.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString iss = kBadCrlIssuerBase + d.fileName();
        (void)store.addShcJwks(iss, badJwks);
        for (const QFileInfo& crl : QDir(d.filePath() + QStringLiteral("/.well-known/crl")).entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
            const Status s = store.addShcCrl(iss, readAll(crl.filePath(), &ok));
            notes << QStringLiteral("badcrl/") + d.fileName() + QStringLiteral(" CRL: ") + (s ? QStringLiteral("imported") : QStringLiteral("refused: ") + s.error().message);
        }
    }
    return notes;
}

QString describe(const Verification& v)
{
    QStringList codes = v.reasonCodes();
    return toString(v.outcome) + (codes.isEmpty() ? QString() : QStringLiteral(" [") + codes.join(QLatin1Char(',')) + QLatin1Char(']'));
}
} // namespace

int runShcConformance(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliParser parser(QStringLiteral("conformance shc"));
    if (auto done = parser.parse(args)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 1) {
        return parser.usageError(QStringLiteral("give one EXPECTED.tsv"));
    }
    const QString tsvPath = parser.positionalArguments().first();
    const QString atText = parser.value(QStringLiteral("at"), QStringLiteral("2024-06-01T00:00:00Z"));
    auto at = parseIsoInstant(atText);
    QFile tsv(tsvPath);
    if (!at || tsvPath.isEmpty() || !tsv.open(QIODevice::ReadOnly | QIODevice::Text)) {
        err << "passdesk-cli conformance shc: cannot read " << tsvPath << (at ? "" : " (bad --at)") << "\n";
        return 2;
    }
    const QDir root = QFileInfo(tsvPath).absoluteDir();
    const QDir testdata(root.filePath(QStringLiteral("testdata")));
    const QDir examples(root.filePath(QStringLiteral("../gh-pages/examples")));
    trust::TrustStore store;
    for (const QString& note : buildTrust(store, testdata, examples)) {
        out << "trust  " << note << "\n";
    }
    const auto locate = [&](const QString& name) {
        const QString a = testdata.filePath(name);
        return QFileInfo::exists(a) ? a : examples.filePath(name);
    };

    int passed = 0;
    int failed = 0;
    int lineNo = 0;
    while (!tsv.atEnd()) {
        const QString line = QString::fromUtf8(tsv.readLine()).chopped(0).trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("input_type"))) {
            continue;
        }
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() < 5) {
            out << "FAIL   line " << lineNo << ": malformed row\n";
            ++failed;
            continue;
        }
        const QString& type = cols[0];
        const QString& want = cols[1];
        const QStringList files = cols[3].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString& name = cols[4];

        Verification result;
        QString problem;
        QStringList notes;
        bool ok = true;
        if (type == QLatin1String("jws")) {
            result = SmartHealthCardDecoder::verifyJws(readAll(locate(files.value(0)), &ok), store, *at);
        } else if (type == QLatin1String("healthcard")) {
            const QList<Verification> all = SmartHealthCardDecoder::verifyFile(readAll(locate(files.value(0)), &ok), store, *at);
            result = all.first();
            for (const Verification& v : all) {
                if (!v.verified()) {
                    result = v;
                    break;
                }
            }
        } else if (type == QLatin1String("qrnumeric") || type == QLatin1String("qr")) {
            QList<QByteArray> texts;
            for (const QString& f : files) {
                if (type == QLatin1String("qrnumeric")) {
                    bool fileOk = false;
                    texts << readAll(locate(f), &fileOk);
                    ok = ok && fileOk;
                } else {
                    const QString path = locate(f);
                    const QString svg = QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QStringLiteral(".svg");
                    const QString format = QFileInfo(path).suffix().toLower();
                    const bool substitute = !QFileInfo::exists(path) && QFileInfo::exists(svg) &&
                                            (format == QLatin1String("png") || format == QLatin1String("jpg") || format == QLatin1String("bmp"));
                    if (substitute) {
                        notes << f;
                    }
                    // The vectors lack some raster copies of the example QR codes; those rows render the
                    // same card's SVG to that format and read it back through that format's decoder.
                    auto codes = substitute ? ImageCodes::readSvgAs(svg, format) : ImageCodes::read(path);
                    if (!codes) {
                        problem = codes.error().message;
                    } else if (codes->isEmpty()) {
                        problem = QStringLiteral("no QR code decoded in ") + f;
                    } else {
                        texts << *codes;
                    }
                }
            }
            if (problem.isEmpty()) {
                result = SmartHealthCardDecoder::verify(texts, store, *at);
            }
        } else {
            out << "FAIL   " << name << ": unknown input type " << type << "\n";
            ++failed;
            continue;
        }
        if (!ok) {
            out << "FAIL   " << name << ": cannot read " << files.join(QLatin1Char(' ')) << "\n";
            ++failed;
            continue;
        }
        const bool accepted = problem.isEmpty() && result.outcome == Outcome::Verified;
        const QString got = accepted ? QStringLiteral("accept") : QStringLiteral("reject");
        const QString detail = problem.isEmpty() ? describe(result) : QStringLiteral("unreadable (") + problem + QLatin1Char(')');
        const bool agrees = want == QLatin1String("either") || want == got;
        (agrees ? passed : failed)++;
        out << (agrees ? "ok     " : "FAIL   ") << name << "  expected " << want << " got " << got << "  " << detail
            << "  (upstream: " << cols[2] << ")";
        if (!notes.isEmpty()) {
            out << "  [not in the vectors, rendered from the SVG: " << notes.join(QLatin1Char(' ')) << "]";
        }
        out << "\n";
    }
    out << passed << " passed, " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}

} // namespace passdesk::cli

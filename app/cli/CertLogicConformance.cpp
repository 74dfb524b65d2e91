#include "cli/CertLogicConformance.h"

#include "cli/CliParser.h"
#include "rules/CertLogic.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace passdesk::cli {

using rules::CertLogic;
using rules::CertLogicIssue;

namespace {

QString jsonText(const QJsonValue& v)
{
    const QByteArray text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1).chopped(1));
}

// Names run up to the first double space in a result line (tests/conformance/CheckConformance.cmake).
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    while (text.contains(QLatin1String("  "))) {
        text.replace(QLatin1String("  "), QLatin1String(" "));
    }
    return text.trimmed();
}

bool markedSkip(const QJsonObject& o)
{
    return o.value(QLatin1String("directive")).toString() == QLatin1String("skip");
}

QString issuesText(const QList<CertLogicIssue>& issues)
{
    QStringList parts;
    for (const CertLogicIssue& i : issues) {
        parts << jsonText(i.expr) + QStringLiteral(": ") + i.message;
    }
    return QLatin1Char('[') + parts.join(QStringLiteral("; ")) + QLatin1Char(']');
}

class Runner
{
public:
    explicit Runner(QTextStream& out) : m_out(out) {}

    void runFile(const QString& path, const QString& name)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly) || f.size() > 16 * 1024 * 1024) {
            report(false, name, QStringLiteral("cannot read"));
            return;
        }
        const QJsonObject suite = QJsonDocument::fromJson(f.readAll()).object();
        if (!suite.value(QLatin1String("cases")).isArray()) {
            report(false, name, QStringLiteral("not a test suite (no cases array)"));
            return;
        }
        const bool suiteSkip = markedSkip(suite);
        int index = 0;
        for (const QJsonValue& c : suite.value(QLatin1String("cases")).toArray()) {
            const QJsonObject testCase = c.toObject();
            ++index;
            const bool skip = suiteSkip || markedSkip(testCase);
            const QString caseName = name + QStringLiteral(" / ") +
                                     (testCase.contains(QLatin1String("name"))
                                          ? testCase.value(QLatin1String("name")).toString()
                                          : QStringLiteral("case %1").arg(index));
            if (testCase.contains(QLatin1String("issues"))) {
                runValidationCase(testCase, caseName, skip);
            } else {
                runAssertions(testCase, caseName, skip);
            }
        }
    }

    int passed = 0;
    int failed = 0;
    int skipped = 0;

private:
    void report(bool ok, const QString& name, const QString& detail)
    {
        ++(ok ? passed : failed);
        m_out << (ok ? "PASS   " : "FAIL   ") << oneLine(name) << "  " << oneLine(detail) << "\n";
    }

    void reportSkip(const QString& name)
    {
        ++skipped;
        m_out << "skip   " << oneLine(name) << "  marked directive \"skip\" upstream, not run\n";
    }

    void runAssertions(const QJsonObject& testCase, const QString& caseName, bool caseSkip)
    {
        int index = 0;
        for (const QJsonValue& a : testCase.value(QLatin1String("assertions")).toArray()) {
            const QJsonObject assertion = a.toObject();
            const QString name = caseName + QStringLiteral(" #%1").arg(++index);
            if (caseSkip || markedSkip(assertion)) {
                reportSkip(name);
                continue;
            }
            const QJsonObject& source = assertion.contains(QLatin1String("certLogicExpression")) ? assertion : testCase;
            if (!source.contains(QLatin1String("certLogicExpression"))) {
                report(false, name, QStringLiteral("no certLogicExpression in the assertion or its case"));
                continue;
            }
            const QJsonValue expression = source.value(QLatin1String("certLogicExpression"));
            const QJsonValue expected = assertion.value(QLatin1String("expected"));
            const auto got = m_engine.evaluate(expression, assertion.value(QLatin1String("data")));
            const QString message = assertion.value(QLatin1String("message")).toString();
            if (!got) {
                report(false, name, QStringLiteral("expected %1, got error %2: %3").arg(jsonText(expected), got.error().code,
                                                                                          got.error().message));
            } else if (*got != expected) {
                report(false, name, QStringLiteral("expected %1, got %2").arg(jsonText(expected), jsonText(*got)));
            } else {
                report(true, name, jsonText(*got) + (message.isEmpty() ? QString() : QStringLiteral(" (") + message + QLatin1Char(')')));
            }
        }
    }

    void runValidationCase(const QJsonObject& testCase, const QString& caseName, bool skip)
    {
        const QJsonValue expression = testCase.value(QLatin1String("certLogicExpression"));
        const QString name = testCase.contains(QLatin1String("name")) ? caseName
                                                                       : caseName + QStringLiteral(" ") + jsonText(expression);
        if (skip) {
            reportSkip(name);
            return;
        }
        QList<CertLogicIssue> expected;
        for (const QJsonValue& i : testCase.value(QLatin1String("issues")).toArray()) {
            expected.append(CertLogicIssue{i.toObject().value(QLatin1String("expr")),
                                           i.toObject().value(QLatin1String("message")).toString()});
        }
        const QList<CertLogicIssue> got = m_engine.validate(expression);
        bool same = got.size() == expected.size();
        for (qsizetype i = 0; same && i < got.size(); ++i) {
            same = got[i].expr == expected[i].expr && got[i].message == expected[i].message;
        }
        if (same) {
            report(true, name, expected.isEmpty() ? QStringLiteral("valid") : QStringLiteral("issues ") + issuesText(got));
        } else {
            report(false, name, QStringLiteral("expected issues %1, got %2").arg(issuesText(expected), issuesText(got)));
        }
    }

    QTextStream& m_out;
    CertLogic m_engine;
};

} // namespace

int runCertLogicConformance(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliParser parser(QStringLiteral("conformance certlogic"));
    if (auto done = parser.parse(args)) {
        return *done;
    }
    const QStringList dirs = parser.positionalArguments();
    if (dirs.isEmpty()) {
        return parser.usageError(QStringLiteral("give at least one DIR"));
    }
    for (const QString& dir : dirs) {
        if (!QFileInfo(dir).isDir()) {
            err << "passdesk-cli conformance certlogic: no such folder: " << dir << "\n";
            return 2;
        }
    }
    Runner runner(out);
    for (const QString& dir : dirs) {
        const QDir root{QFileInfo(dir).absoluteFilePath()};
        QStringList files;
        QDirIterator it(root.path(), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next();
        }
        files.sort();
        if (files.isEmpty()) {
            err << "passdesk-cli conformance certlogic: no test suite (*.json) under " << dir << "\n";
            return 2;
        }
        for (const QString& path : files) {
            runner.runFile(path, root.dirName() + QLatin1Char('/') + root.relativeFilePath(path));
        }
    }
    out << "skipped (marked \"skip\" upstream): " << runner.skipped << "\n";
    out << runner.passed << " passed, " << runner.failed << " failed\n";
    return runner.failed == 0 ? 0 : 1;
}

} // namespace passdesk::cli

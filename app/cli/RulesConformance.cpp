#include "cli/RulesConformance.h"

#include "cli/CliParser.h"
#include "rules/BusinessRule.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace passdesk::cli {

using rules::BusinessRule;
using rules::RuleOutcome;
using rules::RuleResult;

namespace {

QByteArray readSmallFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 16 * 1024 * 1024) {
        return {};
    }
    return f.readAll();
}

} // namespace

int runRulesConformance(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliParser parser(QStringLiteral("conformance rules"));
    if (auto done = parser.parse(args)) {
        return *done;
    }
    if (parser.positionalArguments().size() != 1) {
        return parser.usageError(QStringLiteral("give one DIR"));
    }
    const QString dirArg = parser.positionalArguments().first();
    if (!QFileInfo(dirArg).isDir()) {
        err << "passdesk-cli conformance rules: no such folder: " << dirArg << "\n";
        return 2;
    }
    const QDir root{QFileInfo(dirArg).absoluteFilePath()};
    QStringList ruleFiles;
    QDirIterator it(root.path(), {QStringLiteral("rule.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        ruleFiles << it.next();
    }
    ruleFiles.sort();
    if (ruleFiles.isEmpty()) {
        err << "passdesk-cli conformance rules: no <CC>/<RuleId>/rule.json under " << dirArg << "\n";
        return 2;
    }
    int passed = 0;
    int failed = 0;
    for (const QString& rulePath : ruleFiles) {
        const QDir ruleDir = QFileInfo(rulePath).dir();
        const auto rule = BusinessRule::fromJson(readSmallFile(rulePath));
        if (!rule) {
            ++failed;
            out << "FAIL   " << root.relativeFilePath(rulePath) << "  cannot load the rule: " << rule.error().message << "\n";
            continue;
        }
        const QStringList tests = QDir(ruleDir.filePath(QStringLiteral("tests")))
                                      .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString& testFile : tests) {
            const QString testPath = ruleDir.filePath(QStringLiteral("tests/") + testFile);
            const QString name = root.relativeFilePath(testPath);
            const QJsonObject test = QJsonDocument::fromJson(readSmallFile(testPath)).object();
            const QJsonValue expected = test.value(QLatin1String("expected"));
            if (!expected.isBool() || !test.contains(QLatin1String("payload"))) {
                ++failed;
                out << "FAIL   " << name << "  not a rule test (needs payload and a boolean expected)\n";
                continue;
            }
            const RuleOutcome outcome = rule->evaluate(test.value(QLatin1String("payload")),
                                                       test.value(QLatin1String("external")).toObject());
            const RuleResult want = expected.toBool() ? RuleResult::Passed : RuleResult::Failed;
            const QString title = test.value(QLatin1String("name")).toString();
            QString line = rules::toString(outcome.result);
            if (!outcome.detail.isEmpty()) {
                line += QStringLiteral(" (") + outcome.detail + QLatin1Char(')');
            }
            if (outcome.result == want) {
                ++passed;
                out << "PASS   " << name << "  " << line << ", as expected";
            } else {
                ++failed;
                out << "FAIL   " << name << "  expected " << rules::toString(want) << ", got " << line;
            }
            out << (title.isEmpty() ? QString() : QStringLiteral(" — ") + title) << "\n";
        }
    }
    out << "rules: " << ruleFiles.size() << "\n";
    out << passed << " passed, " << failed << " failed\n";
    return failed == 0 ? 0 : 1;
}

} // namespace passdesk::cli

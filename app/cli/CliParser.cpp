#include "cli/CliParser.h"

#include "cli/CliCommands.h"
#include "cli/CliOutput.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace passdesk::cli {

namespace {
const CliCommandSpec& specNamed(const QString& command)
{
    static const CliCommandSpec unknown;
    const CliCommandSpec* spec = CliCommands::find(command);
    Q_ASSERT_X(spec != nullptr, "CliParser", "a command missing from CliCommands");
    return spec != nullptr ? *spec : unknown;
}

QString optionColumn(const CliOption& o)
{
    return QStringLiteral("  --") + o.name + (o.valueName.isEmpty() ? QString() : QLatin1Char(' ') + o.valueName);
}
} // namespace

CliParser::CliParser(const QString& command) : m_spec(specNamed(command))
{
    // Long options take two dashes; a single dash is the one-letter -h.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsCompactedShortOptions);
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("print this help")));
    for (const CliOption& o : m_spec.options) {
        m_parser.addOption(QCommandLineOption(o.name, o.description, o.valueName));
    }
}

std::optional<int> CliParser::parse(const QStringList& args)
{
    const bool ok = m_parser.parse(QStringList{QStringLiteral("passdesk-cli")} + args);
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << helpText(m_spec);
        return 0;
    }
    if (!ok) {
        return usageError(m_parser.errorText());
    }
    return std::nullopt;
}

bool CliParser::isSet(const QString& option) const
{
    return m_parser.isSet(option);
}

QString CliParser::value(const QString& option, const QString& fallback) const
{
    return m_parser.isSet(option) ? m_parser.value(option) : fallback;
}

QStringList CliParser::values(const QString& option) const
{
    return m_parser.values(option);
}

QStringList CliParser::positionalArguments() const
{
    return m_parser.positionalArguments();
}

std::optional<QString> CliParser::language(const QString& fallback) const
{
    const QString lang = value(QStringLiteral("lang"), fallback);
    if (CliOutput::languages().contains(lang)) {
        return lang;
    }
    QStringList quoted = CliOutput::languages();
    const QString last = quoted.takeLast();
    usageError(QStringLiteral("--lang must be %1 or %2, not '%3'").arg(quoted.join(QStringLiteral(", ")), last, lang));
    return std::nullopt;
}

bool CliParser::json() const
{
    const bool hasJson = std::any_of(m_spec.options.cbegin(), m_spec.options.cend(),
                                     [](const CliOption& o) { return o.name == QLatin1String("json"); });
    return hasJson && m_parser.isSet(QStringLiteral("json"));
}

int CliParser::usageError(const QString& why) const
{
    QTextStream(stderr) << "passdesk-cli " << m_spec.name << ": " << why << "\n"
                        << usageLine(m_spec) << "\n"
                        << "(passdesk-cli " << m_spec.name << " --help lists the options)\n";
    return 2;
}

int CliParser::fail(const QString& code, const QString& message) const
{
    QTextStream(stderr) << "passdesk-cli " << m_spec.name << ": " << message << " [" << code << "]\n";
    if (json()) {
        QTextStream(stdout) << QJsonDocument(
                                   QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}})
                                   .toJson(QJsonDocument::Compact)
                            << "\n";
    }
    return 2;
}

QString CliParser::usageLine(const CliCommandSpec& spec)
{
    QString line = QStringLiteral("usage: passdesk-cli ") + spec.name + QStringLiteral(" [OPTIONS]");
    if (!spec.arguments.isEmpty()) {
        line += QLatin1Char(' ') + spec.arguments;
    }
    return line;
}

QString CliParser::helpText(const CliCommandSpec& spec)
{
    const CliOption help{QStringLiteral("help"), QString(), QStringLiteral("print this help")};
    qsizetype width = optionColumn(help).size() + 4;
    for (const CliOption& o : spec.options) {
        width = std::max(width, optionColumn(o).size());
    }
    QString text;
    QTextStream out(&text);
    out << usageLine(spec) << "\n\n" << spec.summary << "\n\noptions:\n";
    for (const CliOption& o : spec.options) {
        out << optionColumn(o).leftJustified(width + 2) << o.description << "\n";
    }
    out << QStringLiteral("  -h, --help").leftJustified(width + 2) << help.description << "\n";
    out.flush();
    return text;
}

} // namespace passdesk::cli

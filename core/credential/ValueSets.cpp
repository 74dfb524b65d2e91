#include "credential/ValueSets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace passdesk::credential {

namespace {
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
}

const ValueSets& ValueSets::shipped()
{
    static const ValueSets instance = [] {
        ValueSets sets;
        const Status s = sets.addFolder(QStringLiteral(":/passdesk/valuesets"));
        if (!s) {
            qFatal("PassDesk: shipped value sets are unusable: %s", qPrintable(s.error().message));
        }
        QFile korean(QStringLiteral(":/passdesk/valuesets-ko/display-ko.json"));
        if (korean.open(QIODevice::ReadOnly)) {
            const QJsonObject root = QJsonDocument::fromJson(korean.readAll()).object();
            for (auto set = root.begin(); set != root.end(); ++set) {
                const QJsonObject names = set.value().toObject();
                for (auto it = names.begin(); it != names.end(); ++it) {
                    sets.m_korean[set.key()].insert(it.key(), it.value().toString());
                }
            }
        }
        return sets;
    }();
    return instance;
}

QString ValueSets::display(const QString& valueSetId, const QString& code, const QString& language) const
{
    if (language.startsWith(QLatin1String("ko"))) {
        const QString korean = m_korean.value(valueSetId).value(code);
        if (!korean.isEmpty()) {
            return korean;
        }
    }
    return display(valueSetId, code);
}

Status ValueSets::add(const QString& fileName, const QByteArray& json)
{
    if (json.size() > kMaxFileBytes) {
        return Status::failure(QStringLiteral("valueset.invalid"), fileName + QStringLiteral(": file too large"));
    }
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    const QString id = root.value(QLatin1String("valueSetId")).toString();
    const QJsonObject values = root.value(QLatin1String("valueSetValues")).toObject();
    if (id.isEmpty() || values.isEmpty()) {
        return Status::failure(QStringLiteral("valueset.invalid"),
                               fileName + QStringLiteral(": not a value set (needs valueSetId and valueSetValues)"));
    }
    QHash<QString, Entry> entries;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QJsonObject v = it.value().toObject();
        entries.insert(it.key(), Entry{v.value(QLatin1String("display")).toString(it.key()),
                                       v.value(QLatin1String("active")).toBool(true)});
    }
    m_sets.insert(id, std::move(entries));
    m_idByFile.insert(QFileInfo(fileName).fileName(), id);
    return {};
}

Status ValueSets::addFolder(const QString& path)
{
    const QDir dir(path);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        return Status::failure(QStringLiteral("valueset.unreadable"), path + QStringLiteral(": no value set files"));
    }
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            return Status::failure(QStringLiteral("valueset.unreadable"), f.fileName() + QStringLiteral(": ") + f.errorString());
        }
        if (Status s = add(name, f.read(kMaxFileBytes + 1)); !s) {
            return s;
        }
    }
    return {};
}

QString ValueSets::idForUri(const QString& uri) const
{
    return m_idByFile.value(uri.section(QLatin1Char('/'), -1));
}

QStringList ValueSets::ids() const
{
    QStringList out = m_sets.keys();
    out.sort();
    return out;
}

QStringList ValueSets::codes(const QString& valueSetId) const
{
    QStringList out = m_sets.value(valueSetId).keys();
    out.sort();
    return out;
}

bool ValueSets::contains(const QString& valueSetId, const QString& code) const
{
    const auto set = m_sets.constFind(valueSetId);
    return set != m_sets.constEnd() && set->contains(code);
}

QString ValueSets::display(const QString& valueSetId, const QString& code) const
{
    const auto set = m_sets.constFind(valueSetId);
    if (set == m_sets.constEnd()) {
        return code;
    }
    const auto entry = set->constFind(code);
    return entry == set->constEnd() ? code : entry->display;
}

QStringList ValueSets::unknownCodes(const QJsonObject& hcert) const
{
    struct Field
    {
        const char* entry;
        const char* key;
        const char* valueSetId;
    };
    static const Field kFields[] = {
        {"v", "tg", "disease-agent-targeted"},   {"v", "vp", "sct-vaccines-covid-19"},
        {"v", "mp", "vaccines-covid-19-names"},  {"v", "ma", "vaccines-covid-19-auth-holders"},
        {"v", "co", "country-2-codes"},          {"t", "tg", "disease-agent-targeted"},
        {"t", "tt", "covid-19-lab-test-type"},   {"t", "ma", "covid-19-lab-test-manufacturer-and-name"},
        {"t", "tr", "covid-19-lab-result"},      {"t", "co", "country-2-codes"},
        {"r", "tg", "disease-agent-targeted"},   {"r", "co", "country-2-codes"},
    };
    QStringList out;
    for (const Field& f : kFields) {
        const QString setId = QLatin1String(f.valueSetId);
        if (!m_sets.contains(setId)) {
            continue;
        }
        const QJsonArray entries = hcert.value(QLatin1String(f.entry)).toArray();
        for (qsizetype i = 0; i < entries.size() && i < 16; ++i) {
            const QJsonValue value = entries.at(i).toObject().value(QLatin1String(f.key));
            if (value.isString() && !contains(setId, value.toString())) {
                out << QStringLiteral("%1[%2].%3=%4 (%5)").arg(QLatin1String(f.entry)).arg(i).arg(QLatin1String(f.key),
                                                                                                 value.toString(), setId);
            }
        }
    }
    return out;
}

} // namespace passdesk::credential

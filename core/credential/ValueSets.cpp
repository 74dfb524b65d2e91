#include "credential/ValueSets.h"

#include <vector>

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
        for (const QString& language : displayLanguages()) {
            QFile file(QStringLiteral(":/passdesk/valuesets-%1/display-%1.json").arg(language));
            if (!file.open(QIODevice::ReadOnly)) {
                continue;
            }
            const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
            for (auto set = root.begin(); set != root.end(); ++set) {
                const QJsonObject names = set.value().toObject(); // "_comment" is a string: no names
                for (auto it = names.begin(); it != names.end(); ++it) {
                    sets.m_localized[language][set.key()].insert(it.key(), it.value().toString());
                }
            }
        }
        return sets;
    }();
    return instance;
}

QString ValueSets::display(const QString& valueSetId, const QString& code, const QString& language) const
{
    // "de_DE" and "de" name the same names.
    const auto names = m_localized.constFind(language.left(2).toLower());
    if (names != m_localized.constEnd()) {
        const QString localized = names->value(valueSetId).value(code);
        if (!localized.isEmpty()) {
            return localized;
        }
    }
    return display(valueSetId, code);
}

QStringList ValueSets::displayLanguages()
{
    return {QStringLiteral("ko"), QStringLiteral("de"), QStringLiteral("it")};
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
        QLatin1String key;
        QString valueSetId;
    };
    struct Group
    {
        QLatin1String entry;
        std::vector<Field> fields;
    };
    static const Group kGroups[] = {
        {QLatin1String("v"),
         {{QLatin1String("tg"), QStringLiteral("disease-agent-targeted")},
          {QLatin1String("vp"), QStringLiteral("sct-vaccines-covid-19")},
          {QLatin1String("mp"), QStringLiteral("vaccines-covid-19-names")},
          {QLatin1String("ma"), QStringLiteral("vaccines-covid-19-auth-holders")},
          {QLatin1String("co"), QStringLiteral("country-2-codes")}}},
        {QLatin1String("t"),
         {{QLatin1String("tg"), QStringLiteral("disease-agent-targeted")},
          {QLatin1String("tt"), QStringLiteral("covid-19-lab-test-type")},
          {QLatin1String("ma"), QStringLiteral("covid-19-lab-test-manufacturer-and-name")},
          {QLatin1String("tr"), QStringLiteral("covid-19-lab-result")},
          {QLatin1String("co"), QStringLiteral("country-2-codes")}}},
        {QLatin1String("r"),
         {{QLatin1String("tg"), QStringLiteral("disease-agent-targeted")}, {QLatin1String("co"), QStringLiteral("country-2-codes")}}},
    };
    QStringList out;
    for (const Group& g : kGroups) {
        const auto group = hcert.constFind(g.entry);
        if (group == hcert.constEnd() || !group->isArray()) {
            continue;
        }
        const QJsonArray entries = group->toArray();
        for (qsizetype i = 0; i < entries.size() && i < 16; ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            for (const Field& f : g.fields) {
                const auto set = m_sets.constFind(f.valueSetId);
                const QJsonValue value = entry.value(f.key);
                if (set != m_sets.constEnd() && value.isString() && !set->contains(value.toString())) {
                    out << QStringLiteral("%1[%2].%3=%4 (%5)").arg(g.entry).arg(i).arg(f.key, value.toString(), f.valueSetId);
                }
            }
        }
    }
    return out;
}

} // namespace passdesk::credential

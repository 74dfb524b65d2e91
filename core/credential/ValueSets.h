#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace passdesk::credential {

/// The EU DCC value sets (vaccine products, manufacturers, diseases, test types and results,
/// countries): which codes are valid, and what to show for them. Loaded from the eHealth Network's
/// JSON files (`valueSetId`, `valueSetValues`); PassDesk ships the 2.12.0 release compiled in.
class ValueSets
{
public:
    struct Entry
    {
        QString display;
        bool active = true;
    };

    /// The sets compiled into PassDesk (resources/valuesets).
    static const ValueSets& shipped();

    /// Adds one value set file's JSON. `fileName` is remembered so the schema's `valueset-uri`
    /// ("valuesets/test-type.json") finds it. Errors: `valueset.invalid`.
    Status add(const QString& fileName, const QByteArray& json);
    /// Adds every *.json file in a folder. Errors: `valueset.invalid`, `valueset.unreadable`.
    Status addFolder(const QString& path);

    /// The value set id for a schema `valueset-uri` such as "valuesets/test-type.json", or empty.
    QString idForUri(const QString& uri) const;
    QStringList ids() const;
    /// Codes in the set, sorted; empty for an unknown set.
    QStringList codes(const QString& valueSetId) const;
    bool contains(const QString& valueSetId, const QString& code) const;
    /// The display text for a code ("EU/1/20/1528" gives "Comirnaty"), or the code itself if unknown.
    QString display(const QString& valueSetId, const QString& code) const;
    /// The same in a language: "ko", "de" and "it" use the names shipped in
    /// resources/valuesets/<lang>/display-<lang>.json (falling back to the English display for a code
    /// they do not name), anything else the value set's own display.
    QString display(const QString& valueSetId, const QString& code, const QString& language) const;
    /// The languages shipped() has display names for, besides the value sets' own English.
    static QStringList displayLanguages();

    /// Coded fields of an EU DCC payload whose code is in none of these sets, as
    /// "v[0].ma=ORG-99999999 (vaccines-covid-19-auth-holders)". Fields whose set is not loaded are
    /// not reported.
    QStringList unknownCodes(const QJsonObject& hcert) const;

private:
    QHash<QString, QHash<QString, Entry>> m_sets;
    QHash<QString, QString> m_idByFile;
    QHash<QString, QHash<QString, QHash<QString, QString>>> m_localized; // language -> set -> code -> name
};

} // namespace passdesk::credential

#pragma once

#include "credential/Verification.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace passdesk::cli {

/// Renders verification results for the terminal and as stable JSON.
class CliOutput
{
public:
    /// Stable JSON form of a verification (field names are part of the CLI contract).
    static QJsonObject toJson(const credential::Verification& v);
    /// Several human-readable lines; `language` ("ko", "en", "de" or "it") picks the labels (the CLI's
    /// catalogue, app/translations) and the reason texts (core's).
    static QString toText(const credential::Verification& v, const QString& language);
    /// The languages the CLI speaks, as `--lang` takes them: ko, en, de, it.
    static const QStringList& languages();
    /// The language from the environment: the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set,
    /// when it starts with one of languages() ("de_DE.UTF-8" gives "de"); English otherwise.
    static QString defaultLanguage();
};

} // namespace passdesk::cli

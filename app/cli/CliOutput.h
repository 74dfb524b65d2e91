#pragma once

#include "credential/Verification.h"

#include <QJsonObject>
#include <QString>

namespace passdesk::cli {

/// Renders verification results for the terminal and as stable JSON.
class CliOutput
{
public:
    /// Stable JSON form of a verification (field names are part of the CLI contract).
    static QJsonObject toJson(const credential::Verification& v);
    /// Several human-readable lines; `language` "ko" or "en" picks the reason texts.
    static QString toText(const credential::Verification& v, const QString& language);
    /// The UI language from the environment (LANGUAGE / LC_ALL / LANG starting with "ko" gives "ko").
    static QString defaultLanguage();
};

} // namespace passdesk::cli

#include "credential/Credential.h"

#include <algorithm>

namespace passdesk::credential {

QString Holder::displayName() const
{
    const QString given = givenName.isEmpty() ? givenNameLatin : givenName;
    const QString family = familyName.isEmpty() ? familyNameLatin : familyName;
    // Korean, Chinese and Japanese names are written family name first, without a space (김민준).
    const auto eastAsian = [](const QString& s) {
        return std::any_of(s.cbegin(), s.cend(), [](QChar c) {
            const auto script = c.script();
            return script == QChar::Script_Hangul || script == QChar::Script_Han || script == QChar::Script_Hiragana ||
                   script == QChar::Script_Katakana;
        });
    };
    if (eastAsian(family) && (given.isEmpty() || eastAsian(given))) {
        return family + given;
    }
    return (given + QLatin1Char(' ') + family).trimmed();
}

QString toString(Format format)
{
    switch (format) {
    case Format::EuDcc:
        return QStringLiteral("eu-dcc");
    case Format::SmartHealthCard:
        return QStringLiteral("shc");
    case Format::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString toString(CertificateType type)
{
    switch (type) {
    case CertificateType::Vaccination:
        return QStringLiteral("vaccination");
    case CertificateType::Test:
        return QStringLiteral("test");
    case CertificateType::Recovery:
        return QStringLiteral("recovery");
    case CertificateType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace passdesk::credential

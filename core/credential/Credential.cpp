#include "credential/Credential.h"

namespace passdesk::credential {

QString Holder::displayName() const
{
    const QString given = givenName.isEmpty() ? givenNameLatin : givenName;
    const QString family = familyName.isEmpty() ? familyNameLatin : familyName;
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

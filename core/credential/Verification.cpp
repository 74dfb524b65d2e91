#include "credential/Verification.h"

#include <algorithm>

namespace passdesk::credential {

QStringList Verification::reasonCodes() const
{
    QStringList codes;
    for (const Finding& f : findings) {
        if (f.fatal && !codes.contains(f.code)) {
            codes.append(f.code);
        }
    }
    return codes;
}

bool Verification::hasFinding(const QString& code) const
{
    return std::any_of(findings.cbegin(), findings.cend(), [&code](const Finding& f) { return f.code == code; });
}

void Verification::fail(const QString& code, const QString& detail)
{
    findings.append(Finding{code, detail, true});
}

Outcome Verification::judge() const
{
    if (std::none_of(findings.cbegin(), findings.cend(), [](const Finding& f) { return f.fatal; })) {
        return Outcome::Verified;
    }
    if (!checks.decode.value_or(false)) {
        return Outcome::Unreadable;
    }
    if (hasFinding(QStringLiteral("cert.revoked")) && checks.signature.value_or(false)) {
        return Outcome::Revoked;
    }
    if (hasFinding(QStringLiteral("sig.unknown_kid")) || hasFinding(QStringLiteral("sig.unknown_issuer"))) {
        return Outcome::UnknownIssuer;
    }
    return Outcome::Invalid;
}

QString toString(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified:
        return QStringLiteral("verified");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::Revoked:
        return QStringLiteral("revoked");
    case Outcome::UnknownIssuer:
        return QStringLiteral("unknown-issuer");
    case Outcome::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

} // namespace passdesk::credential

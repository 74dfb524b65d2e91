#include "rules/Verdict.h"

namespace passdesk::rules {

using credential::Outcome;

QString toString(VerdictKind kind)
{
    switch (kind) {
    case VerdictKind::Valid: return QStringLiteral("valid");
    case VerdictKind::CheckId: return QStringLiteral("check-id");
    case VerdictKind::Invalid: return QStringLiteral("invalid");
    case VerdictKind::UnknownIssuer: return QStringLiteral("unknown-issuer");
    case VerdictKind::Unreadable: return QStringLiteral("unreadable");
    }
    return {};
}

Verdict Policy::decide(const credential::Verification& verification) const
{
    Verdict v;
    v.policy = name;
    v.reasons = verification.reasonCodes();
    v.revokedBy = verification.revokedBy;
    switch (verification.outcome) {
    case Outcome::Verified:
        v.kind = alwaysCheckId ? VerdictKind::CheckId : VerdictKind::Valid;
        if (alwaysCheckId) {
            v.reasons.prepend(QStringLiteral("policy.check_id"));
        }
        break;
    case Outcome::Invalid:
    case Outcome::Revoked:
        v.kind = VerdictKind::Invalid;
        break;
    case Outcome::UnknownIssuer:
        v.kind = VerdictKind::UnknownIssuer;
        break;
    case Outcome::Unreadable:
        v.kind = VerdictKind::Unreadable;
        break;
    }
    return v;
}

} // namespace passdesk::rules

#include "rules/Verdict.h"

namespace passdesk::rules {

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

} // namespace passdesk::rules

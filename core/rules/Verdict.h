#pragma once

#include "credential/Verification.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace passdesk::rules {

/// What the counter screen tells staff to do.
enum class VerdictKind {
    Valid,         ///< Green: admit.
    CheckId,       ///< Amber: genuine and current, but compare the name and birth date with an ID.
    Invalid,       ///< Red: expired, tampered, revoked, not valid for this venue; the reason is shown.
    UnknownIssuer, ///< Grey: signed by a key PassDesk does not trust (foreign or unsupported issuer).
    Unreadable,    ///< Grey: not a certificate PassDesk can read.
};

QString toString(VerdictKind kind);

/// A policy's decision about one credential.
struct Verdict
{
    VerdictKind kind = VerdictKind::Unreadable;
    QStringList reasons; ///< Stable reason codes (credential findings, policy reasons), most important first.
    QString policy;      ///< The policy that decided.
    QString revokedBy;   ///< For a revoked certificate (Invalid with `cert.revoked`): the list that revoked it.
    QDateTime firstAdmitted; ///< For a re-used certificate: when it was first admitted (UTC); else invalid.
};

} // namespace passdesk::rules

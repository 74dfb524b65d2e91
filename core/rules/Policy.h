#pragma once

#include "common/Result.h"
#include "credential/Verification.h"
#include "rules/Verdict.h"

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QTimeZone>

namespace passdesk::rules {

/// An exemption staff confirm by looking (a medical exemption letter, a lone diner).
struct Exemption
{
    QString id;      ///< stable code, logged as `exemption.<id>`
    QString korean;
    QString english;
    /// Names in further languages, from the exemption's "de", "it", ... keys (optional).
    QMap<QString, QString> otherNames;

    /// The name in `language`; English where the policy file gives none in it.
    QString displayName(const QString& language) const;
};

/// A CertLogic rule of a policy, evaluated against {payload: <hcert>, external: {validationClock,
/// countryCode}} for EU DCCs; it must yield true.
struct PolicyRule
{
    QString id;
    QString description;
    QJsonValue logic;
};

/// A venue's scan mode as data (resources/policies/*.json, or a file the owner imports): which kinds
/// of proof count, with what thresholds, in which combinations, plus exemptions and ID checks.
///
/// Proof categories a single certificate can satisfy:
///   vaccinated - a complete series, `completeAfterDays` after the last dose, and within
///                `validForDays` of completion (0: no limit) unless boosted;
///   boosted    - a dose beyond the primary series (counts from its own day + `boosterAfterDays`);
///   tested     - a negative test of an accepted type, within its hours (optionally to the next
///                local midnight);
///   recovered  - `recoveryFromDays` to `recoveryForDays` days after the first positive test.
/// `admit` lists alternatives; each is a set of categories that together admit (for example 2G+:
/// [vaccinated, tested] or [boosted]). Two categories may come from two certificates of the same
/// person. Days are calendar days in the policy's time zone.
class Policy
{
public:
    QString id = QStringLiteral("standard");
    QString name = QStringLiteral("standard"); ///< kept for the log (the id)
    QString nameKorean = QStringLiteral("기본");
    QString nameEnglish = QStringLiteral("Standard");
    /// Names in further languages, from the policy file's `name` object ("de": ..., "it": ...): a
    /// policy is data, and an imported one brings its own names, so they are not in a catalogue.
    QMap<QString, QString> otherNames;
    QString description;
    QDate validFrom; ///< the period the rules were in force (informative; invalid: always)
    QDate validTo;
    QTimeZone zone = QTimeZone::utc();
    bool alwaysCheckId = false;

    /// Without thresholds a policy admits every genuine, current certificate (the standard policy).
    bool thresholds = false;
    bool acceptVaccination = true;
    int completeAfterDays = 14;
    int validForDays = 0;
    QStringList singleDoseProducts; ///< products complete after one dose (Janssen: EU/1/20/1525)
    bool boosterNoExpiry = true;
    int boosterAfterDays = 0;
    bool acceptTest = true;
    QHash<QString, int> testHours;  ///< test type code (LP6464-4 NAAT, LP217198-3 RAT) -> hours valid
    bool testUntilMidnight = false; ///< valid to the end of the local day the hours run out in
    bool acceptRecovery = true;
    int recoveryFromDays = 0;
    int recoveryForDays = 180;
    QList<QStringList> admit;       ///< alternatives of categories; empty: any one category
    int minorsBornFrom = 0;         ///< holders born in this year or later are exempt (0: none)
    QList<Exemption> exemptions;
    QList<PolicyRule> rules;        ///< CertLogic rules beyond the thresholds (EU DCC payloads)
    QString countryCode = QStringLiteral("KR"); ///< the venue's country, `external.countryCode` for rules

    /// Parses a policy file. Errors: `policy.invalid` naming the field.
    static Result<Policy> fromJson(const QByteArray& json);
    /// The built-in policies (compiled in from resources/policies), the standard one first.
    static QList<Policy> builtIns();
    /// Built-ins plus every *.json in `dir` (a user's imported policies; unreadable files are listed in
    /// `problems` and skipped).
    static QList<Policy> available(const QString& dir, QStringList* problems = nullptr);
    /// The policy with this id among `policies`, else the standard one.
    static Policy find(const QList<Policy>& policies, const QString& id);

    /// The name in `language`: Korean, English, or one of otherNames; English when the file has none.
    QString displayName(const QString& language) const;
    bool inForce(const QDateTime& at) const;

    /// What one certificate proves at `at`: the categories it satisfies, or why not (reason codes).
    struct Assessment
    {
        QStringList categories;
        QStringList reasons;
    };
    Assessment assess(const credential::Credential& credential, const QDateTime& at) const;

    /// The verdict for one certificate checked at `at`. With two-proof policies a certificate that
    /// is one half of an admitting pair gives CHECK ID with `policy.second_proof`.
    Verdict decide(const credential::Verification& verification, const QDateTime& at) const;
    /// The verdict for two certificates shown together (the second after `policy.second_proof`):
    /// admitted when their categories together satisfy an alternative and both name the same person.
    Verdict decidePair(const credential::Verification& first, const credential::Verification& second, const QDateTime& at) const;

    /// Name and date of birth reduced for comparison: Latin transliteration when present, else the
    /// native-script name, upper case, without spaces, hyphens or dots.
    static QString personKey(const credential::Holder& holder);

private:
    bool admits(const QStringList& categories) const;
    bool partOfPair(const QStringList& categories) const;
    /// The reasons the policy's CertLogic rules refuse this credential (empty: all true).
    QStringList ruleFailures(const credential::Credential& credential, const QDateTime& at) const;
    Verdict base(const credential::Verification& verification) const;
};

} // namespace passdesk::rules

#pragma once

#include "common/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace passdesk::rules {

/// One finding of CertLogic::validate.
struct CertLogicIssue
{
    QJsonValue expr; ///< The (sub-)expression the finding is about, as written.
    QString message; ///< English description, worded as the specification's validation test suite words it.
};

/// CertLogic 1.3.3, the JsonLogic dialect in which EU DCC business rules are written
/// (specification: ../shared/vectors/certlogic/certlogic/specification/README.md).
///
/// Operations: `var` (dotted paths, integer fragments index arrays, anything missing is null), `if`,
/// `===`, `and` (lazy, returns the first falsy operand or the last one), `!`, `<` `>` `<=` `>=` on integers
/// and `before` `after` `not-after` `not-before` on date-times (2 operands, or 3 for "between"), `in`
/// (right-hand side an array), `+` on integers, `reduce` (lambda context `{accumulator, current}`; a null
/// operand gives the initial value), `plusTime` (amount and unit are literals), `dccDateOfBirth` and
/// `extractFromUVCI`. Falsy: false, null, "", 0, [], {}; truthy: true, non-empty strings, arrays and
/// objects, non-zero integers; anything else (fractions, date-times) is neither, and using it as a
/// condition is an error.
///
/// Every violation of the specification (unknown operator, wrong operand count or type, an unparsable
/// date) is an evaluation error, never a quiet false. Hostile input is bounded by Limits: exceeding one
/// is an error too, never a crash or a hang.
class CertLogic
{
public:
    /// Bounds on the work one evaluation may do.
    struct Limits
    {
        int maxDepth = 64;             ///< Nesting of expressions, and of values built while evaluating.
        qint64 maxSteps = 1'000'000;   ///< Expression nodes evaluated, counting every pass of a reduce.
        qint64 maxValueSize = 100'000; ///< Items in one value built while evaluating (array literals, reduce).
    };

    CertLogic() = default;
    explicit CertLogic(Limits limits);

    /// Evaluates `expression` against the data context `data`. A date-time result is returned as its
    /// ISO 8601 text in UTC with milliseconds (`2021-06-01T00:00:00.000Z`).
    /// Errors: `certlogic.invalid` (the expression breaks the specification for this data), `certlogic.limit`.
    Result<QJsonValue> evaluate(const QJsonValue& expression, const QJsonValue& data) const;

    /// Checks the form of `expression` without data, as the specification's validator does: literals,
    /// operator names, operand counts, `var` paths, the literal amount/unit of `plusTime` and the literal
    /// index of `extractFromUVCI`. Empty when the expression is well-formed.
    QList<CertLogicIssue> validate(const QJsonValue& expression) const;

private:
    Limits m_limits;
};

} // namespace passdesk::rules

#pragma once

#include <QList>
#include <QString>

namespace passdesk::credential {

/// Stable reason codes and their user-facing text in English and Korean. Codes never change meaning;
/// the log, reports and JSON output carry codes, screens show the text.
class ReasonCatalog
{
public:
    struct Entry
    {
        const char* code;
        const char* english;
        const char* korean;
    };

    /// All known codes.
    static const QList<Entry>& entries();
    /// Text for `code` in `language` ("ko" or anything else for English); the code itself when unknown.
    static QString text(const QString& code, const QString& language);
    static bool isKnown(const QString& code);
};

} // namespace passdesk::credential

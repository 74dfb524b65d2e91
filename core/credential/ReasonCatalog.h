#pragma once

#include <QList>
#include <QString>

namespace passdesk::credential {

/// Stable reason codes and their user-facing text. Codes never change meaning; the log, reports and JSON
/// output carry codes, screens show the text. The English text is the Linguist source (context
/// "passdesk::credential::ReasonCatalog"); its translations live in core's catalogues (CoreCatalogue).
class ReasonCatalog
{
public:
    struct Entry
    {
        const char* code;    ///< Stable dotted code, e.g. "cert.expired".
        const char* english; ///< Source text, marked for lupdate with QT_TRANSLATE_NOOP.
    };

    /// All known codes.
    static const QList<Entry>& entries();
    /// Text for `code` in `language` ("ko", "de", "it"; anything else is English); the code itself when unknown.
    static QString text(const QString& code, const QString& language);
    static bool isKnown(const QString& code);
};

} // namespace passdesk::credential

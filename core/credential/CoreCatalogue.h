#pragma once

#include <QString>

class QTranslator;

namespace passdesk::credential {

/// Core's own Qt Linguist catalogue (core/translations/passdesk_core_<lang>.ts, compiled into the core
/// library as :/i18n/passdesk_core_<lang>.qm). Core texts are marked with QT_TRANSLATE_NOOP so lupdate
/// finds them; this class looks them up for a caller that names its language (the CLI's JSON carries
/// English and Korean side by side, a PDF is written in the report's language, a window in its own)
/// instead of relying on the translators installed in the application. Safe to call from any thread.
class CoreCatalogue
{
public:
    /// The languages core has catalogues for, besides English (the source language).
    static QStringList languages();
    /// `source` (a string marked with QT_TRANSLATE_NOOP(context, source)) in `language`; the source
    /// itself for English, an unknown language, or a message the catalogue lacks.
    static QString translate(const char* context, const char* source, const QString& language);
    /// The same from another catalogue compiled in under :/i18n (`catalogue` "passdesk_cli" reads
    /// :/i18n/passdesk_cli_<lang>.qm), for a front end that keeps its own texts beside core's.
    static QString translate(const QString& catalogue, const char* context, const char* source,
                             const QString& language);
    /// The resource path of the compiled catalogue, for installing it as an application translator.
    static QString resourcePath(const QString& language);
    /// The resource path of `catalogue` in `language`: ":/i18n/<catalogue>_<language>.qm".
    static QString resourcePath(const QString& catalogue, const QString& language);
};

} // namespace passdesk::credential

#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace passdesk::ui {

/// The interface language of a window: PassDesk's own catalogues (ui/translations and core's reason texts,
/// compiled in) and Qt's (qtbase_<lang>.qm from Debian's qt6-translations-l10n, so dialog buttons such as
/// OK and Cancel follow). Installing sends LanguageChange to every widget; the catalogues are removed
/// again on destruction.
class UiLanguage
{
public:
    UiLanguage() = default;
    ~UiLanguage();
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

    /// The languages PassDesk speaks, in the order the language menu, Ctrl+L and the wizard offer them:
    /// "ko", "en", "de", "it".
    static QStringList supported();
    /// `language` if it is supported, else "en" (the source language); "de_DE" counts as "de".
    static QString normalised(const QString& language);
    /// The language's name in itself ("한국어", "English", "Deutsch", "Italiano"), as a menu lists it.
    static QString nativeName(const QString& language);

    /// Switches to `language` (see normalised()) and returns the language now in force.
    QString install(const QString& language);
    /// True when Qt's own catalogue for the language was found (false for English, which needs none).
    bool qtCatalogueLoaded() const { return m_qtInstalled; }

private:
    void remove();

    QTranslator m_app;
    QTranslator m_core;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_coreInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace passdesk::ui

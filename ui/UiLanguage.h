#pragma once

#include <QString>
#include <QTranslator>

namespace passdesk::ui {

/// The interface language of a window: PassDesk's own catalogue (ui/translations, compiled in) and Qt's
/// (qtbase_<lang>.qm from Debian's qt6-translations-l10n, so dialog buttons such as OK and Cancel follow).
/// Installing sends LanguageChange to every widget; the catalogues are removed again on destruction.
class UiLanguage
{
public:
    UiLanguage() = default;
    ~UiLanguage();
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

    /// Switches to `language` ("ko" or "en"; anything else is English, the source language) and
    /// returns the language now in force.
    QString install(const QString& language);
    /// True when Qt's own catalogue for the language was found (false for English, which needs none).
    bool qtCatalogueLoaded() const { return m_qtInstalled; }

private:
    void remove();

    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace passdesk::ui
